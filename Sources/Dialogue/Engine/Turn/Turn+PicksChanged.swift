// MARK: Picks from a menu, opened to change: taken off, and said as what changed

extension Turn {
  /// While picks from a menu are open to change ("change my questions", then the three stock
  /// questions): "take off 1", "remove the first one" or "take off what are my options" takes
  /// those off the picks there were. Before, the line was refused for not being numbers to
  /// keep. A number is the menu's number, as shown. A choice named that was not picked is
  /// said so, and nothing changes. Returns whether the line was used up.
  mutating func takePicksOff(_ line: String, question: Question, place: Agenda.Place) -> Bool {
    guard question.kind == .multi, let changing = state.changing, changing.key == place.key,
      case .choices(let before) = changing.answer.value
    else { return false }
    let texts = question.choices.map(\.text)
    guard
      let places = Turn.placesTakenOff(line, count: texts.count)
        ?? Turn.itemsNamedToTakeOff(line, from: texts)
    else {
      // "take off will me knees get beter", a question of her own on the plan, not one of
      // these: taken off where it is, and the picks left as they were.
      guard Turn.wordsTakenOff(line) != nil, takeItemOffThePlan(line, thenAsk: false) else {
        return false
      }
      return putBackTheAnswerBeingChanged()
    }
    let named = places.map { question.choices[$0].id }
    guard named.contains(where: before.contains) else {
      let shown = places.map { "'\(Turn.shorten(texts[$0]))'" }.joined(separator: " and ")
      outputs.append(.notice(Phrases.notPicked(shown, for: engine.audience)))
      askCurrent()
      return true
    }
    accept(.choices(before.filter { !named.contains($0) }), words: line, place: place)
    return true
  }

  /// Picks changed from what they were: what went and what came, said in place of the
  /// question's own reply, which speaks of the picks as if all were new ("I've added it to
  /// your questions" when one was taken off). Returns whether anything was said.
  mutating func sayPicksChanged(was old: Answer, now value: AnswerValue, question: Question)
    -> Bool
  {
    guard question.kind == .multi, case .choices(let before) = old.value,
      case .choices(let after) = value
    else { return false }
    let text = { (ids: [String]) -> String in
      let texts: [String] = ids.compactMap { id in question.choices.first { $0.id == id }?.text }
      return texts.map { Turn.shorten($0) }.joined(separator: "; ")
    }
    let gone = before.filter { !after.contains($0) }
    let added = after.filter { !before.contains($0) }
    guard !gone.isEmpty || !added.isEmpty else { return false }
    if !gone.isEmpty { outputs.append(.say(Phrases.picksTakenOff(text(gone)))) }
    if !added.isEmpty { outputs.append(.say(Phrases.picksAdded(text(added)))) }
    outputs.append(
      .say(
        after.isEmpty
          ? Phrases.nonePickedNow : Phrases.picksNow(text(after), for: engine.audience)))
    return true
  }
}

extension Phrases {
  static func notPicked(_ shown: String, for audience: Audience) -> String {
    "\(shown) is not on \(audience == .facilitator ? "their" : "your") plan, so nothing has changed."
  }
  static func picksTakenOff(_ shown: String) -> String { sentence("I've taken off: \(shown)") }
  static func picksAdded(_ shown: String) -> String { sentence("I've added: \(shown)") }
  static func picksNow(_ shown: String, for audience: Audience) -> String {
    sentence("Of these, still on \(audience == .facilitator ? "their" : "your") plan: \(shown)")
  }
  static let nonePickedNow = "None of these are on the plan now. Any others stay."
}
