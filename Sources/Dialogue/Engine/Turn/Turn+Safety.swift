// MARK: Safety

extension Turn {
  /// Runs the safety net on a line. A clear statement in a serious category shows its notice,
  /// records a flag per category and asks whether to carry on or stop. Words that could be a
  /// crisis or an everyday thing ask the lead category's check question first, as does a line
  /// that says again the words of the notice just shown (a second notice in a row teaches
  /// the person only that nobody is listening). A question for the appointment (a diagnosis,
  /// a medicine change, an unsafe goal) gets a kind reply and is added to the person's
  /// questions. Returns whether the line was taken.
  ///
  /// A line that set off a notice is never read as an answer, nor kept in the plan: it is in
  /// the session's record, and the plan's safety list says what was shown and when. Only a
  /// question for the appointment in the same line is kept, in its own words and apart from
  /// the words that set off the notice.
  mutating func checkSafety(_ line: String) -> Bool {
    // A check question already answered "no" in this conversation is not asked again for the
    // same words: the line is read as the answer it was typed as.
    let matches = engine.safety.check(line).filter {
      !SafetyCheck.isAnswered($0, by: state.answeredChecks)
    }
    guard !matches.isEmpty else { return false }
    let serious = matches.filter { $0.category.level != .appointment }
    let asksFirst =
      !serious.isEmpty
      && (serious.allSatisfy { $0.tier == .check } || saysAgain(serious, line: line))
    if asksFirst, saysBackTheExplanation(serious, line: line) { return false }
    if asksFirst {
      // "That's not what I meant, I just have a lot of tablets" takes the notice back.
      if takeBackNotice(line) { return true }
      // The answer to a check question is read by it: words that could be a crisis there
      // are a reason to show the notice, unless the answer is no.
      if case .checkingSafety = state.mode { return false }
      // Just after a notice its numbers are on the screen, and the line is the reply to
      // "carry on, or stop?": "I don't want to carry on" is a choice, not a second crisis.
      if case .choosingAfterSafety = state.mode, serious.allSatisfy({ $0.tier == .check }) {
        return false
      }
      askCheck(line, serious: serious)
    } else if !serious.isEmpty {
      showNotice(for: serious, line: line)
    }
    keepQuestionForAppointment(matches, line: line, serious: serious)
    if !serious.isEmpty && !asksFirst { waitForSafetyChoice() }
    reask()
    return true
  }

  /// Shows the notice for `serious` and records a flag per category, remembering the notice
  /// while what it interrupted waits.
  mutating func showNotice(for serious: [SafetyMatch], line: String) {
    guard let notice = engine.safety.notice(for: serious, audience: engine.audience) else {
      return
    }
    outputs.append(.safety(notice))
    let first = state.safetyFlags.count
    for match in serious {
      state.safetyFlags.append(
        SafetyFlag(
          category: match.category.id, level: match.category.level,
          signposting: notice.signposting, at: at))
    }
    var words: [String: Set<String>] = [:]
    for match in serious {
      words[match.category.id, default: []].formUnion(
        match.matched.flatMap(SafetyReplies.contentStems))
    }
    state.lastNotice = ShownNotice(
      flags: first..<state.safetyFlags.count, line: line, words: words, question: state.current)
    if engine.audience == .facilitator {
      outputs.append(.notice(engine.safety.workerNotice(for: notice)))
    }
  }

  /// A question for the appointment in the line: said back kindly and added to the person's
  /// questions, in its own words when the line also set off a notice or a check question.
  mutating func keepQuestionForAppointment(
    _ matches: [SafetyMatch], line: String, serious: [SafetyMatch]
  ) {
    guard let question = matches.first(where: { $0.category.level == .appointment }) else {
      return
    }
    outputs.append(.say(question.category.message))
    let text: String? =
      serious.isEmpty
      ? line
      : serious.contains(where: { $0.span.overlaps(question.span) })
        ? nil : question.matched.first
    if let text {
      state.planAdditions.append(
        PlanAddition(
          field: .informationNeeds, text: text, rule: "safety:\(question.category.id)", at: at))
    }
  }

  /// Whether the line says again, or explains, the words of the notice just shown, while the
  /// question it interrupted still waits: every category found was in that notice, and its
  /// words share a word with the words that set the notice off ("to many tablets", then "too
  /// many tablets"), or the line says it is explaining ("I mean ...") and its words are of
  /// one of the file's word groups with them ("pills" and "tablets"). A different statement,
  /// or the same category in other words, shows its notice at once.
  func saysAgain(_ serious: [SafetyMatch], line: String) -> Bool {
    guard let last = state.lastNotice, last.isCurrent(in: state) else { return false }
    let explains = SafetyReplies.explains(line)
    return serious.allSatisfy { match in
      guard let fired = last.words[match.category.id] else { return false }
      let words = Set(match.matched.flatMap(SafetyReplies.contentStems))
      if !words.isDisjoint(with: fired) { return true }
      return explains && sharesAGroup(words, fired)
    }
  }

  /// Whether the line answers "Can you tell me in your own words what eGFR is?" with the
  /// words of the explanation just given ("they clean ur blood i think"): words that could
  /// be a worry elsewhere ("blood") are here only the person saying it back, so no check
  /// question is put. Only words that ask first count; a clear crisis still shows its notice.
  func saysBackTheExplanation(_ serious: [SafetyMatch], line: String) -> Bool {
    guard case .checkingUnderstanding(let term, _) = state.mode,
      let entry = engine.glossary.entry(term),
      serious.allSatisfy({ $0.tier == .check })
    else { return false }
    let explained = SafetyReplies.contentStems(
      [entry.explanation, entry.inOtherWords, entry.term].joined(separator: " "))
    // Every word that carries meaning, once text-speak is put right and a hedge ("i think")
    // taken off, is a word of the explanation.
    let words = FillerWords.trimmed(
      engine.acts.words.normalised(AnswerReading.plainWords(line)),
      leading: FillerWords.phrases(at: .itemStart), trailing: FillerWords.phrases(at: .itemEnd),
      keepingOne: true)
    let pointers: Set<String> = [
      "they", "them", "their", "you", "your", "he", "she", "his", "her", "we", "our", "its",
    ]
    let said = SafetyReplies.contentStems(
      words.filter { !pointers.contains($0) }.joined(separator: " "))
    return !said.isEmpty && said.isSubset(of: explained)
  }

  /// Whether a word of each set is in one word group of the safety file.
  func sharesAGroup(_ one: Set<String>, _ other: Set<String>) -> Bool {
    engine.safety.rules.groups.contains { group in
      let stems = Set(
        group.terms.filter { !$0.contains(" ") }.map { Stemmer.stem($0.lowercased()) })
      return !stems.isDisjoint(with: one) && !stems.isDisjoint(with: other)
    }
  }

  /// After a notice, "carry on, or stop?" comes before anything else, and whatever it
  /// interrupted waits for the reply. A second notice while it waits asks the same question,
  /// and once the conversation is over there is nothing to carry on with.
  mutating func waitForSafetyChoice() {
    switch state.mode {
    case .choosingAfterSafety, .finished:
      break
    case .checkingSafety(_, let then):
      // The answer to a check question showed the notice: the check is done.
      state.mode = then == .finished ? .finished : .choosingAfterSafety(then: then)
    case .asking, .changing, .listJustClosed, .confirmingRestart, .confirmingReading,
      .checkingUnderstanding:
      state.mode = .choosingAfterSafety(then: state.mode)
    }
  }

  /// Puts again whatever the person was last asked.
  mutating func reask() {
    switch state.mode {
    case .choosingAfterSafety:
      outputs.append(.say(engine.safety.rules.wording.carryOn))
    case .checkingSafety(let check, _):
      outputs.append(.say(checkQuestion(for: check)))
    case .confirmingRestart:
      outputs.append(.notice(Phrases.restartQuestion))
    case .finished:
      break
    case .confirmingReading(let pending, _):
      askToConfirm(pending)
    case .checkingUnderstanding(let term, _):
      askUnderstandingCheck(term)
    case .asking, .changing, .listJustClosed:
      if state.current == nil { advance() } else { askCurrent() }
    }
  }

  /// The reply to "carry on, or stop?". Carrying on says a gentle line and puts the question
  /// again, where the person left it: the line that set off the notice is not an answer to it.
  ///
  /// "Carry on, she meant her knees" carries on and puts the notice right: see
  /// `carryOnPuttingRight`.
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
      if carryOnPuttingRight(line) { return }
      state.mode = then
      outputs.append(.say(engine.safety.rules.wording.afterCarryOn))
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
