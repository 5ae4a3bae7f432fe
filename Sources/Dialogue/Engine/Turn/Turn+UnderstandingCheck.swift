// MARK: Chunk and check: after a word is explained the easier way

extension Turn {
  /// In the easier way, the first word explained this turn is checked at the end of it.
  mutating func planUnderstandingCheck(_ entries: [Glossary.Entry]) {
    guard state.easier.isOn, understandingCheck == nil, let first = entries.first else { return }
    understandingCheck = (first.id, outputs.count)
  }

  /// At the end of a turn that explained a word the easier way: "Can you tell me in your own
  /// words what HbA1c is?", before the question waiting is put again. The list's "Got it"
  /// and the question after the explanation are left for then, so the check follows the
  /// explanation directly.
  mutating func checkUnderstanding() {
    guard let check = understandingCheck else { return }
    understandingCheck = nil
    switch state.mode {
    case .asking, .changing: break
    default: return
    }
    let after = outputs[min(check.after, outputs.count)...]
    if after.allSatisfy({ output in
      if case .notice = output { return true }
      if case .ask = output { return true }
      return false
    }) {
      outputs.removeSubrange(check.after..<outputs.count)
    }
    state.mode = .checkingUnderstanding(term: check.term, then: state.mode)
    askUnderstandingCheck(check.term)
  }

  mutating func askUnderstandingCheck(_ term: String) {
    guard let entry = engine.glossary.entry(term) else { return }
    outputs.append(
      .ask(
        Prompt(
          key: state.current ?? AnswerKey(term),
          text: Phrases.understandingCheck(entry.term, for: engine.audience), kind: .text,
          choices: [], hint: nil)))
  }

  /// Any reply is thanked and kept nowhere: the check is of the explaining, never a test. A
  /// "dunno" or "what?" gets the explanation again in other words. A command is a command.
  mutating func takeUnderstandingReply(
    _ line: String, raw: String, term: String, then: ConversationState.Mode
  ) {
    state.mode = then
    if Command.parse(line) != nil { return process(line, raw: raw) }
    let act = engine.acts.read(line, previousAnswer: nil).act
    // A plain no ("no", "nah", "not really") is not saying it back: it is asking again.
    let declined = AnswerReading.yesNo(line) == false && AnswerReading.plainWords(line).count <= 3
    if line.isEmpty || act == .clarify || act == .dontKnow || declined,
      let entry = engine.glossary.entry(term)
    {
      outputs.append(.say(Phrases.inOtherWords(entry.inOtherWords(for: engine.audience))))
    } else {
      outputs.append(.say(Phrases.thanksForSayingItBack))
    }
    putWaitingQuestion()
  }
}
