extension ScriptLoader.Builder {
  // MARK: First pass: statements

  mutating func readStatement(_ value: YAMLValue, sectionID: String, index: Int) -> Statement? {
    guard
      let map = value.mapping(
        "a statement (an entry with 'say')", allowed: ScriptLoader.statementKeys,
        aliases: ScriptLoader.statementAliases)
    else { return nil }
    let id = map["id"]?.identifier() ?? "\(sectionID)-say-\(index + 1)"
    let myOrder = nextOrder()
    let condition = map["when"].flatMap {
      readCondition($0, order: myOrder, ownerID: id, role: .item)
    }
    guard let sayValue = map["say"], let wordings = readWordings(sayValue, order: myOrder, id: id)
    else { return nil }
    let facilitator = map["facilitator"].flatMap {
      readTemplate($0, order: myOrder, ownerID: id)
    }
    var statement = Statement(
      id: id, wordings: wordings, facilitatorText: facilitator, condition: condition,
      location: value.location)
    if let showValue = map["show"], let shown = showValue.string("what to show") {
      if shown == "plan" {
        statement.showsPlan = true
      } else {
        showValue.report(
          "a statement can show only 'plan' (the plan so far), not '\(shown)'"
            + Suggestion.hint(for: shown, in: ["plan"]))
      }
    }
    return statement
  }

  /// A statement's `say`: one text, or a list of `{ when, text }` of which the first that holds
  /// is said. A wording with no `when` always holds, so any after it could never be said.
  mutating func readWordings(_ value: YAMLValue, order: Int, id: String) -> [Wording]? {
    if case .scalar = value.node {
      return readTemplate(value, order: order, ownerID: id).map { [Wording(text: $0)] }
    }
    guard let list = value.list("the words to say, or a list of { when, text }") else {
      return nil
    }
    if list.isEmpty { value.report("a statement needs at least one thing to say") }
    var wordings: [Wording] = []
    var unconditional: SourceLocation?
    for entry in list {
      guard
        let map = entry.mapping(
          "one way of saying it, with text and when", allowed: ScriptLoader.wordingKeys,
          required: ["text"], aliases: ScriptLoader.reflectionAliases),
        let text = map["text"].flatMap({ readTemplate($0, order: order, ownerID: id) })
      else { continue }
      if let earlier = unconditional {
        entry.report(
          "this can never be said: the wording at line \(earlier.line) has no 'when', so it is "
            + "always said first; put the one without 'when' last")
      }
      let condition = map["when"].flatMap { readCondition($0, order: order, ownerID: id) }
      if condition == nil && map["when"] == nil && unconditional == nil {
        unconditional = entry.location
      }
      let facilitator = map["facilitator"].flatMap {
        readTemplate($0, order: order, ownerID: id)
      }
      wordings.append(Wording(text: text, condition: condition, facilitatorText: facilitator))
    }
    return wordings.isEmpty ? nil : wordings
  }
}
