extension ScriptLoader.Builder {
  /// `same_as_before`: a list of earlier choices that "same as before" typed at this question
  /// takes back, each as `choice` (the choice question), `was` (the choice that led here) and
  /// `becomes` (the choice that keeps things as they were). Checked once every question is
  /// known (`checkChoicesTakenBack`).
  mutating func readSameAsBefore(_ value: YAMLValue, order: Int, ownerID: String)
    -> [ChoiceTakenBack]
  {
    var taken: [ChoiceTakenBack] = []
    for item in value.list("a list of choices to take back") ?? [] {
      guard
        let map = item.mapping(
          "a choice to take back", allowed: ScriptLoader.choiceTakenBackKeys,
          required: ScriptLoader.choiceTakenBackKeys),
        let question = map["choice"]?.identifier("the id of the choice question"),
        let was = map["was"]?.identifier("the id of the choice that led here"),
        let becomes = map["becomes"]?.identifier("the id of the choice that keeps it as it was")
      else { continue }
      if was == becomes {
        item.report("'was' and 'becomes' are both '\(was)', so nothing would be taken back")
        continue
      }
      let rule = ChoiceTakenBack(question: question, was: was, becomes: becomes)
      taken.append(rule)
      choicesTakenBack.append((rule, item.location, order, ownerID))
    }
    return taken
  }

  /// Each choice taken back names a choice question asked before the one naming it, and two of
  /// that question's own choices: otherwise "same as before" would change nothing, or change
  /// an answer not yet given.
  func checkChoicesTakenBack(_ script: Script, order orderOf: [String: Int]) {
    for (rule, location, order, ownerID) in choicesTakenBack {
      guard let question = script.question(rule.question), let asked = orderOf[rule.question]
      else {
        reader.report(
          at: location,
          "same_as_before names '\(rule.question)', but there is no question '\(rule.question)'"
            + Suggestion.hint(for: rule.question, in: script.questions.map(\.id)))
        continue
      }
      guard question.kind == .choice else {
        reader.report(
          at: location,
          "same_as_before names '\(rule.question)', which is a \(question.kind.rawValue) "
            + "question; it can only take back a choice")
        continue
      }
      if asked >= order {
        reader.report(
          at: location,
          "same_as_before names '\(rule.question)', which is not asked before '\(ownerID)'; "
            + "only a choice already made can be taken back")
      }
      let ids = question.choices.map(\.id)
      for id in [rule.was, rule.becomes] where !ids.contains(id) {
        reader.report(
          at: location,
          "'\(id)' is not a choice of '\(rule.question)'\(Suggestion.hint(for: id, in: ids)); "
            + "its choices are: \(ids.joined(separator: ", "))")
      }
    }
  }
}
