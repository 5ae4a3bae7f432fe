import Foundation

// MARK: Commands

extension Turn {
  /// Runs a command the person typed; a command is never taken as an answer.
  mutating func run(_ command: Command) {
    switch command {
    case .help:
      outputs.append(.say(Phrases.help(for: engine.audience)))
      if let key = state.current, let question = script.question(key.question) {
        let facilitatorHelp = engine.audience == .facilitator ? question.facilitatorHelp : nil
        if let help = facilitatorHelp ?? question.help { outputs.append(.say(help)) }
      }
      askCurrent()
    case .repeatQuestion:
      askCurrent()
    case .summary:
      showSummary()
      askCurrent()
    case .back:
      goBack()
    case .change(let target):
      change(target)
    case .restart:
      askToRestart()
    case .quit:
      outputs.append(.say(Phrases.stopping))
      outputs.append(.stopped)
    }
  }

  mutating func showSummary() {
    let lines = engine.summaryLines(for: state)
    outputs.append(
      lines.isEmpty
        ? .notice(Phrases.nothingYet(for: engine.audience))
        : .summary(title: Phrases.summaryTitle(for: engine.audience), items: lines))
  }

  /// Undoes the latest thing the person did: an item of the list being typed, the change being
  /// made (the old answer goes back), or else the latest answer, whose question is asked again.
  mutating func goBack() {
    if takeBackLastListItem() { return }
    // Going back while changing an answer puts the old answer back as it was.
    if putBackTheAnswerBeingChanged() { return }
    guard let last = state.answerOrder.popLast() else {
      outputs.append(.notice(Phrases.nothingToGoBackTo))
      askCurrent()
      return
    }
    if let taken = state.answers.removeValue(forKey: last), taken.value.isGiven {
      sayWhenAnAnswerWasTakenOut(
        was: taken, now: .skipped(.skipped), question: script.question(last.question))
    }
    state.focus = last
    state.moveCurrent(to: nil)
    advance()
  }

  /// Ends the change being made with the answer as it was, and goes on from there. Returns
  /// whether an answer was being changed.
  mutating func putBackTheAnswerBeingChanged() -> Bool {
    guard let changing = state.changing else { return false }
    state.answers[changing.key] = changing.answer
    state.answerOrder.append(changing.key)
    state.mode = .asking
    state.focus = nil
    state.moveCurrent(to: nil)
    advance()
    return true
  }

  mutating func change(_ target: String) {
    if askLeftOutQuestion(named: target) { return }
    if openOwnQuestions(target) { return }
    let answered = state.orderedAnswers.map(\.key)
    let labels = answered.compactMap { script.question($0.question)?.label }
    guard !target.isEmpty, openAnswer(matching: target, among: answered) else {
      outputs.append(.notice(Phrases.changeWhich(labels.reversed())))
      askCurrent()
      return
    }
  }

  /// Takes an answer out to be given again, showing the old one; `back` puts it back.
  /// `asking` false opens it without putting the question: the caller goes on with it at once
  /// (an item typed just after its list closed is added to it), and a question asked first
  /// would come before the reply to what was typed.
  mutating func beginChange(_ key: AnswerKey, answer: Answer, asking: Bool = true) {
    if let changing = state.changing, changing.key != key {
      state.answers[changing.key] = changing.answer
      state.answerOrder.append(changing.key)
    }
    state.answers.removeValue(forKey: key)
    state.answerOrder.removeAll { $0 == key }
    // An optional question the easier way would leave out is asked, since it was named.
    state.easier.askedFor.insert(key)
    state.mode = .changing(key, was: answer)
    state.focus = key
    state.moveCurrent(to: nil)
    guard asking else {
      state.moveCurrent(to: key)
      state.failures = 0
      return
    }
    advance()
  }

  /// The answer the words name, or the latest of those they fit as well ("no the date is
  /// wrong" at the plan's check is the date just given); see `searchAnswers`.
  func findAnswer(matching target: String, among keys: [AnswerKey]) -> AnswerKey? {
    switch searchAnswers(matching: target, among: keys) {
    case .named(let key), .best(let key): return key
    case .unsure(let keys): return keys.last
    case .nothing: return nil
    }
  }

}

extension Turn {
  /// "change good day" when the easier way left that question out: it is asked now, rather
  /// than the words being matched against some other answer ("who helps you from day to day")
  /// whose answer the next line would then replace. Returns whether it was.
  mutating func askLeftOutQuestion(named target: String) -> Bool {
    let named = script.sections.flatMap(\.items).compactMap(\.question).first { question in
      question.optional && Turn.names(target, question)
    }
    guard let question = named else { return false }
    // In a repeating part (a goal), the latest round the person has reached.
    let group = script.section(holding: question.id)
    let rounds = state.answers.keys.filter { key in
      group?.items.contains { $0.id == key.question } == true
    }.map(\.round)
    let key = AnswerKey(question.id, round: rounds.max() ?? 0)
    guard state.answers[key] == nil,
      state.easier.isOn || state.easier.leftOut.contains(key)
    else { return false }
    state.easier.askedFor.insert(key)
    state.focus = key
    state.moveCurrent(to: nil)
    advance()
    return true
  }
}

extension Turn {
  /// Words around the name of an answer that say nothing about which one ("my", "the bit
  /// about").
  static let changeFiller: Set<Substring> = [
    "my", "the", "a", "an", "answer", "about", "to", "what", "i", "said", "of", "for", "me", "it",
    "that", "your", "you", "our", "please", "bit", "part", "this", "those", "these", "again",
  ]

  /// Whether the words name the question exactly: its id or its label, once filler words are
  /// set aside on both sides ("change my goal" is the label "goal", not "another goal").
  static func names(_ target: String, _ question: Question) -> Bool {
    func core(_ text: String) -> String {
      AnswerInterpreter.normalise(text).split(separator: " ").filter { !changeFiller.contains($0) }
        .joined(separator: " ")
    }
    let wanted = AnswerInterpreter.normalise(target)
    let wantedCore = core(target)
    return wanted == question.id || wanted == AnswerInterpreter.normalise(question.label)
      || (!wantedCore.isEmpty
        && (wantedCore == question.id.replacingOccurrences(of: "_", with: " ")
          || wantedCore == core(question.label)))
  }
}
