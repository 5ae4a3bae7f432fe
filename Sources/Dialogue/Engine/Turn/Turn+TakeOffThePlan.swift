// MARK: "take out wat is dialysis" at a yes or no

extension Turn {
  /// "take out wat is dialysis" to "Are you happy with your plan?": one item of a list answer,
  /// or a question the glossary added, named by its own words, is taken off the plan and said
  /// back. The words must pick out exactly one item across the plan; otherwise the line is left
  /// for the question to read, and nothing goes. Returns whether an item was taken off.
  mutating func takeItemOffThePlan(_ line: String) -> Bool {
    guard !line.contains("?") else { return false }
    var found: [(key: AnswerKey?, item: String)] = []
    for (key, answer) in state.orderedAnswers {
      guard case .list(let items) = answer.value,
        let places = Turn.itemsNamedToTakeOff(line, from: items)
      else { continue }
      found += places.map { (key, items[$0]) }
    }
    let added = state.planAdditions.filter { $0.field == .informationNeeds }.map(\.text)
    if let places = Turn.itemsNamedToTakeOff(line, from: added) {
      found += places.map { (nil, added[$0]) }
    }
    guard found.count == 1, let (key, item) = found.first else { return false }
    if let key, let answer = state.answers[key], case .list(let items) = answer.value {
      state.answers[key]?.value = .list(items.filter { $0 != item })
    } else {
      state.planAdditions.removeAll { $0.field == .informationNeeds && $0.text == item }
    }
    outputs.append(.notice(Phrases.itemTakenOffThePlan(Turn.shorten(item), for: engine.audience)))
    askCurrent()
    return true
  }
}

extension Phrases {
  static func itemTakenOffThePlan(_ item: String, for audience: Audience) -> String {
    "I've taken '\(item)' off \(audience == .facilitator ? "their" : "your") plan."
  }
}
