// MARK: Safety

extension Turn {
  /// Runs the safety net on a line. A serious category shows its notice, records a flag per
  /// category and asks whether to carry on or stop. A question for the appointment (a
  /// diagnosis, a medicine change, an unsafe goal) gets a kind reply and is added to the
  /// person's questions. Returns whether the line was taken.
  ///
  /// A line that set off a notice is never read as an answer, nor kept in the plan: it is in
  /// the session's record, and the plan's safety list says what was shown and when. Only a
  /// question for the appointment in the same line is kept, in its own words and apart from
  /// the words that set off the notice.
  mutating func checkSafety(_ line: String) -> Bool {
    let matches = engine.safety.check(line)
    guard !matches.isEmpty else { return false }
    let notice = engine.safety.notice(for: matches, audience: engine.audience)
    let serious = matches.filter { $0.category.level != .appointment }
    if let notice {
      outputs.append(.safety(notice))
      for match in serious {
        state.safetyFlags.append(
          SafetyFlag(
            category: match.category.id, level: match.category.level,
            signposting: notice.signposting, at: at))
      }
      if engine.audience == .facilitator {
        outputs.append(.notice(engine.safety.workerNotice(for: notice)))
      }
    }
    if let question = matches.first(where: { $0.category.level == .appointment }) {
      outputs.append(.say(question.category.message))
      let text: String? =
        notice == nil
        ? line
        : serious.contains(where: { $0.span.overlaps(question.span) })
          ? nil : question.matched.first
      if let text {
        state.planAdditions.append(
          PlanAddition(
            field: .informationNeeds, text: text, rule: "safety:\(question.category.id)", at: at))
      }
    }
    if notice != nil { waitForSafetyChoice() }
    reask()
    return true
  }

  /// After a notice, "carry on, or stop?" comes before anything else, and whatever it
  /// interrupted waits for the reply. A second notice while it waits asks the same question,
  /// and once the conversation is over there is nothing to carry on with.
  mutating func waitForSafetyChoice() {
    switch state.mode {
    case .choosingAfterSafety, .finished:
      break
    case .asking, .changing, .listJustClosed, .confirmingRestart, .confirmingReading:
      state.mode = .choosingAfterSafety(then: state.mode)
    }
  }

  /// Puts again whatever the person was last asked.
  mutating func reask() {
    switch state.mode {
    case .choosingAfterSafety:
      outputs.append(.say(engine.safety.rules.wording.carryOn))
    case .confirmingRestart:
      outputs.append(.notice(Phrases.restartQuestion))
    case .finished:
      break
    case .confirmingReading(let pending, _):
      askToConfirm(pending)
    case .asking, .changing, .listJustClosed:
      if state.current == nil { advance() } else { askCurrent() }
    }
  }

  /// The reply to "carry on, or stop?". Carrying on puts the question again, where the person
  /// left it: the line that set off the notice is not an answer to it.
  ///
  /// A "not" before a choice turns it round ("I don't want to stop" is carry on). A bare "no"
  /// answers neither choice of "carry on, or stop?", so it is asked again.
  /// `then` is the mode the notice interrupted; stopping leaves it as it was too, for when
  /// the conversation is resumed.
  mutating func chooseAfterSafety(_ line: String, then: ConversationState.Mode) {
    let tokens = Tokenizer.tokens(of: line)
    let stopWords: Set<String> = ["stop", "quit", "exit", "end", "finish", "bye", "leave", "pause"]
    let carryOnWords: Set<String> = [
      "carry", "continue", "keep", "yes", "ok", "okay", "on", "yeah", "yep",
    ]
    var stop = false
    var carryOn = false
    for (index, token) in tokens.enumerated() {
      let isStop = stopWords.contains(token.word)
      let isCarryOn = carryOnWords.contains(token.word)
      guard isStop || isCarryOn else { continue }
      let turned = Self.isTurnedRound(at: index, in: tokens)
      if isStop != turned { stop = true } else { carryOn = true }
    }
    if stop || Command.parse(line) == .quit {
      state.mode = then
      outputs.append(.say(Phrases.stopping))
      outputs.append(.stopped)
    } else if let command = Command.parse(line),
      [.help, .summary, .repeatQuestion].contains(command)
    {
      // Something to read before choosing: shown, then the same question again.
      if command == .help { outputs.append(.say(Phrases.help(for: engine.audience))) }
      if command == .summary { showSummary() }
      outputs.append(.say(engine.safety.rules.wording.carryOn))
    } else if carryOn {
      state.mode = then
      outputs.append(.say(Phrases.carryingOn))
      reask()
    } else {
      outputs.append(.notice(engine.safety.rules.wording.carryOnUnclear))
      outputs.append(.say(engine.safety.rules.wording.carryOn))
    }
  }

  /// Whether a negation that turns a choice round (`Negation.choiceReversers`: "not",
  /// "never") comes before the word at `index` in its clause, with only a few words between:
  /// "I don't want to stop", "I'd rather not carry on".
  static func isTurnedRound(at index: Int, in tokens: [Token]) -> Bool {
    var position = index
    while position > 0, index - position < 4, !tokens[position].startsClause {
      position -= 1
      if Negation.choiceReversers.contains(tokens[position].word) { return true }
    }
    return false
  }
}
