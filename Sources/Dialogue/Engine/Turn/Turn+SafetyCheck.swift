// MARK: The check question before a notice

extension Turn {
  /// Asks the lead category's check question about a line whose words could be a crisis or
  /// an everyday thing. Nothing is recorded yet: a check question is no flag.
  ///
  /// Asked while "carry on, or stop?" waits, the line is taken as carrying on: the person has
  /// moved on to explaining themselves.
  mutating func askCheck(_ line: String, serious: [SafetyMatch]) {
    var then = state.mode
    if case .choosingAfterSafety(let interrupted) = then { then = interrupted }
    let check = SafetyCheck(line: line, categories: serious.map(\.category.id))
    state.mode = .checkingSafety(check, then: then)
    if engine.audience == .facilitator {
      outputs.append(
        .notice(
          engine.safety.rules.wording.workerCheck.replacingOccurrences(
            of: "{{categories}}", with: Template.join(serious.map(\.category.name)))))
    }
  }

  /// The check question of the check's lead category. Every serious category of a file that
  /// loaded has one; the notice's carry-on question stands in otherwise.
  func checkQuestion(for check: SafetyCheck) -> String {
    let lead = engine.safety.rules.categories.first { $0.id == check.categories.first }
    return lead?.check ?? engine.safety.rules.wording.carryOn
  }

  /// The answer to a check question. Yes, or not sure, shows the notice for the line that
  /// raised it; so does an answer with words of a crisis in it, unless it says no. Anything
  /// else gets a short kind line, and the line that raised the check is read as the answer
  /// to what it was typed for: "to many tablets" answers "Is any part of your care hard to
  /// keep up with?".
  mutating func answerSafetyCheck(_ line: String, check: SafetyCheck, then: ConversationState.Mode)
  {
    if let command = Command.parse(line) {
      switch command {
      case .help, .repeatQuestion, .summary:
        if command == .help { outputs.append(.say(Phrases.help(for: engine.audience))) }
        if command == .summary { showSummary() }
        reask()
        return
      case .quit:
        state.mode = then
        outputs.append(.say(Phrases.stopping))
        outputs.append(.stopped)
        return
      case .back, .change, .restart:
        // Moving away from the question: the line that raised the check goes with it.
        state.mode = then
        process(line, raw: line)
        return
      }
    }
    let inAnswer = engine.safety.check(line).filter { $0.category.level != .appointment }
    var answer = SafetyReplies.checkAnswer(line)
    if answer == .other, !inAnswer.isEmpty { answer = .unsure }
    switch answer {
    case .question:
      outputs.append(.say(engine.safety.rules.wording.checkWhy))
      reask()
    case .yes, .unsure:
      // The notice covers what the line could mean, and anything more the answer added.
      var serious = engine.safety.check(check.line).filter {
        check.categories.contains($0.category.id)
      }
      for match in inAnswer where !serious.contains(where: { $0.category == match.category }) {
        serious.append(match)
      }
      serious.sort { $0.category.level < $1.category.level }
      showNotice(for: serious, line: check.line)
      waitForSafetyChoice()
      reask()
    case .no, .other:
      outputs.append(.say(engine.safety.rules.wording.checkAnswered))
      state.mode = then
      if then == .finished { return }
      reply(to: check.line, raw: check.line)
    }
  }
}
