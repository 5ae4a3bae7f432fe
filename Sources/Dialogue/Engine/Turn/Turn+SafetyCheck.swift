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
    let check = SafetyCheck(line: line, matches: serious)
    state.mode = .checkingSafety(check, then: then)
    if engine.audience == .facilitator {
      let wording = engine.safety.rules.wording
      outputs.append(
        .notice(
          check.byReader
            ? wording.workerReaderCheck
            : wording.workerCheck.replacingOccurrences(
              of: "{{categories}}", with: Template.join(serious.map(\.category.name)))))
    }
  }

  /// The check question of the check's lead category. Every serious category of a file that
  /// loaded has one; the notice's carry-on question stands in otherwise. When only the scored
  /// reader asked, it is the category's general, gentle question: the line is most likely an
  /// ordinary one, and a question about fits or overdoses would frighten for nothing.
  func checkQuestion(for check: SafetyCheck) -> String {
    let lead = engine.safety.rules.categories.first { $0.id == check.categories.first }
    // A worker is asked about the person, not as if the worker were the one in danger.
    let facilitator = engine.audience == .facilitator
    if check.byReader {
      let wording = engine.safety.rules.wording
      return facilitator
        ? lead?.facilitatorReaderCheck ?? wording.facilitatorReaderCheck
        : lead?.readerCheck ?? wording.readerCheck
    }
    let forWorker = facilitator ? lead?.facilitatorCheck : nil
    return forWorker ?? lead?.check ?? engine.safety.rules.wording.carryOn
  }

  /// The answer to a check question. Yes shows the notice for the line that raised it; so
  /// does an answer with words of a crisis in it, unless it says no. "Not sure" gets the lead
  /// category's one calm line with the services that fit (`unsureReply`), as a notice with
  /// every service would be out of proportion to a doubt. A line that only moves on ("done")
  /// is no answer: see `SafetyReplies.onlyMovesOn`. "what do you mean?" gets the question
  /// in plainer words, and is never read as yes or no. Anything else gets a short kind line,
  /// and the line that raised the check is read as the answer to what it was typed for: "to
  /// many tablets" answers "Is any part of your care hard to keep up with?".
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
    var answer = checkAnswer(line)
    // "done", "ok", "carry on": only a clear no is a no. The question is put once more in
    // plainer words; moving on again is read as not sure, so the calm line with its services
    // is shown rather than nothing. Either way the words are no answer to keep.
    if inAnswer.isEmpty, SafetyReplies.onlyMovesOn(line) {
      if !check.askedPlainly {
        var again = check
        again.askedPlainly = true
        state.mode = .checkingSafety(again, then: then)
        explainCheck(again)
        return
      }
      answer = .unsure
    }
    // Words of a crisis in the answer itself are a reason to show the notice, unless it says no.
    if answer == .other || answer == .unsure, !inAnswer.isEmpty { answer = .yes }
    let unsureReply = engine.safety.unsureReply(for: check.categories)
    // A category with no line for a doubt shows its notice, as for yes.
    if answer == .unsure, unsureReply == nil { answer = .yes }
    switch answer {
    case .question:
      explainCheck(check)
    case .unsure:
      guard let reply = unsureReply else { return }
      outputs.append(.say(reply.line))
      if engine.audience == .facilitator {
        outputs.append(.notice(workerUnsureLine(check, services: reply.services)))
      }
      carryOnAfterCheck(check, then: then)
    case .yes:
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
      // Asked and answered: the same words are not asked about again in this conversation.
      for (category, words) in check.words {
        state.answeredChecks[category, default: []].formUnion(words)
      }
      // "Thanks. Let's carry on." stands for the question's own reply: "Thank you for being
      // honest" after "no, I meant the tablets" reads as if the no were being judged.
      outputs.append(.say(engine.safety.rules.wording.checkAnswered))
      quietReflection = true
      carryOnAfterCheck(check, then: then)
      quietReflection = false
    }
  }

  /// What the answer to a check question says. The dialogue-act reader's own lists come
  /// first, so "wat do u mean", "huh" and "dunno" are read here as they are at every other
  /// question; the check's own yes, no and not-sure phrases read the rest.
  func checkAnswer(_ line: String) -> SafetyReplies.CheckAnswer {
    let reply = SafetyReplies.checkAnswer(line)
    if reply == .question { return reply }
    switch engine.acts.read(line).act {
    case .clarify: return .question
    case .dontKnow, .ratherNotSay: return reply == .yes ? .yes : .unsure
    default: return reply
    }
  }

  /// The check question in plainer words, after why it is asked; or why, and the question
  /// again, for a category with no plainer words.
  mutating func explainCheck(_ check: SafetyCheck) {
    let wording = engine.safety.rules.wording
    outputs.append(.say(wording.checkWhy))
    let facilitator = engine.audience == .facilitator
    if check.byReader {
      // Plainer, and still naming no crisis: the reader's line is most likely ordinary.
      outputs.append(
        .say(facilitator ? wording.facilitatorReaderCheckPlainly : wording.readerCheckPlainly))
      return
    }
    let lead = engine.safety.rules.categories.first { $0.id == check.categories.first }
    let forWorker = facilitator ? lead?.facilitatorCheckPlainly : nil
    if let plainly = forWorker ?? lead?.checkPlainly {
      outputs.append(.say(plainly))
    } else {
      reask()
    }
  }

  /// Back to what the check interrupted, with the line that raised it read as the answer it
  /// was typed as: nothing typed is lost.
  mutating func carryOnAfterCheck(_ check: SafetyCheck, then: ConversationState.Mode) {
    state.mode = then
    if then == .finished { return }
    reply(to: check.line, raw: check.line)
  }

  /// The worker's line after a not-sure answer: what the words could have meant, and the only
  /// services shown.
  func workerUnsureLine(_ check: SafetyCheck, services: [SafetyService]) -> String {
    let names = engine.safety.rules.categories.filter { check.categories.prefix(1).contains($0.id) }
      .map(\.name)
    return engine.safety.rules.wording.workerUnsure
      .replacingOccurrences(of: "{{categories}}", with: Template.join(names))
      .replacingOccurrences(
        of: "{{services}}", with: Template.join(services.map { "\($0.name) (\($0.contact))" }))
  }
}
