// MARK: Global rules

extension Turn {
  /// Tries the script's pattern rules; only the highest-priority match fires, so the outcome
  /// never depends on the order rules happen to be stored in.
  mutating func applyRules(_ line: String) -> Bool {
    // The matcher was built from `script.rules` in order, so its index is the rule's place.
    guard let match = engine.rules.firstMatchIndex(line), match.index < script.rules.count
    else { return false }
    let rule = script.rules[match.index]
    let place = state.current.flatMap { engine.agenda.place(of: $0) }
    var extras: [String: TemplateValue] = ["line": .text(line)]
    if let capture = match.captures.first { extras["match"] = .text(capture) }
    for action in rule.actions {
      switch action {
      case .say(let template):
        outputs.append(.say(render(template, place: place, extra: extras)))
      case .addToPlan(let field, let template):
        let text = template.map { render($0, place: place, extra: extras, whole: true) } ?? line
        state.planAdditions.append(PlanAddition(field: field, text: text, rule: rule.id, at: at))
      case .jump(let target):
        let round = state.current?.round ?? 0
        let key = AnswerKey(
          target,
          round: engine.agenda.place(of: AnswerKey(target))
            .map { script.sections[$0.sectionIndex].repeating == nil ? 0 : round } ?? 0)
        if let answer = state.answers[key] { state.mode = .changing(key, was: answer) }
        state.answers.removeValue(forKey: key)
        state.answerOrder.removeAll { $0 == key }
        state.focus = key
        state.moveCurrent(to: nil)
      case .flag(let category):
        state.flags.append(RaisedFlag(category: category, rule: rule.id, at: at))
        outputs.append(.flag(category: category))
      }
    }
    guard rule.consumes else { return false }
    if state.current == nil { advance() } else { askCurrent() }
    return true
  }
}
