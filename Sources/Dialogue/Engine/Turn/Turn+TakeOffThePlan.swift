// MARK: "take out wat is dialysis": one question taken off the plan by its words

extension Turn {
  /// Where a question on the plan came from, so it can be taken off there.
  private enum PlanQuestion {
    case listItem(AnswerKey, String)
    case picked(AnswerKey, choice: String, text: String)
    case added(String)

    var text: String {
      switch self {
      case .listItem(_, let text), .picked(_, _, let text), .added(let text): text
      }
    }
  }

  /// "take out wat is dialysis" to "Are you happy with your plan?", or "take off what are my
  /// options" while her own list is open: one item of a list answer, one stock question
  /// picked from a menu, or a question the glossary added, named by its own words, is taken
  /// off the plan and said back. The words must pick out exactly one across the plan;
  /// otherwise the line is left for the question to read, and nothing goes. Returns whether
  /// one was taken off.
  /// `thenAsk` false leaves the next question to the caller.
  mutating func takeItemOffThePlan(_ line: String, thenAsk: Bool = true) -> Bool {
    guard !line.contains("?") else { return false }
    var found: [PlanQuestion] = []
    for (key, answer) in state.orderedAnswers {
      switch answer.value {
      case .list(let items):
        let places = Turn.itemsNamedToTakeOff(line, from: items) ?? []
        found += places.map { .listItem(key, items[$0]) }
      case .choices(let ids):
        guard let question = script.question(key.question), question.plan == .informationNeeds
        else { continue }
        let picked = ids.compactMap { id in question.choices.first { $0.id == id } }
        let places = Turn.itemsNamedToTakeOff(line, from: picked.map(\.text)) ?? []
        found += places.map { .picked(key, choice: picked[$0].id, text: picked[$0].text) }
      default: continue
      }
    }
    let added = state.planAdditions.filter { $0.field == .informationNeeds }.map(\.text)
    if let places = Turn.itemsNamedToTakeOff(line, from: added) {
      found += places.map { .added(added[$0]) }
    }
    guard found.count == 1, let question = found.first else { return false }
    switch question {
    case .listItem(let key, let item):
      if case .list(let items)? = state.answers[key]?.value {
        state.answers[key]?.value = .list(items.filter { $0 != item })
      }
    case .picked(let key, let choice, _):
      if case .choices(let ids)? = state.answers[key]?.value {
        state.answers[key]?.value = .choices(ids.filter { $0 != choice })
      }
    case .added(let item):
      state.planAdditions.removeAll { $0.field == .informationNeeds && $0.text == item }
    }
    outputs.append(
      .notice(Phrases.itemTakenOffThePlan(Turn.shorten(question.text), for: engine.audience)))
    if thenAsk { askCurrent() }
    return true
  }
}

extension Phrases {
  static func itemTakenOffThePlan(_ item: String, for audience: Audience) -> String {
    "I've taken '\(item)' off \(audience == .facilitator ? "their" : "your") plan."
  }
}
