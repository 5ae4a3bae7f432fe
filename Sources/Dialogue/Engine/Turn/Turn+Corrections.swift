import Foundation

// MARK: Corrections

extension Turn {
  /// "No, I meant my knees": the corrected words replace the answer just given, and the person
  /// is told what it is now. In a list being typed the last item is the one put right; while an
  /// answer is out for change, the words are simply the new answer. Returns false when there is
  /// nothing to correct, so the line is read as an answer.
  mutating func correctLatestAnswer(with words: String) -> Bool {
    guard !Whitespace.isBlank(words) else { return false }
    if state.changing != nil {
      answerCurrent(words)
      return true
    }
    if let key = state.current, script.question(key.question)?.kind == .list,
      !state.listDraft.isEmpty
    {
      dropLastListLine()
      outputs.append(.say(Phrases.corrected(Turn.shorten(words))))
      answerCurrent(words)
      return true
    }
    // At a read-back ("Here is your step: ... Is that right?") the right version is about the
    // whole read-back, not the answer given last: the read-back's own question takes it.
    if isAtAReadBack { return false }
    guard let key = state.answerOrder.last, let old = state.answers[key],
      let place = engine.agenda.place(of: key), let question = place.item.question
    else { return false }
    guard let value = correctedValue(words, for: question, replacing: old) else {
      outputs.append(
        .notice(
          Phrases.correctionUnreadable(
            label: question.label,
            kept: Turn.shorten(Display.text(of: old.value, question: question)))))
      askCurrent()
      return true
    }
    outputs.append(
      .say(Phrases.corrected(Turn.shorten(Display.text(of: value, question: question)))))
    state.mode = .changing(key, was: old)
    accept(value, words: words, place: place, reflecting: false)
    return true
  }

  /// Whether the current question is a yes/no that shows earlier answers back.
  var isAtAReadBack: Bool {
    guard let key = state.current, let question = script.question(key.question) else {
      return false
    }
    return question.kind == .yesNo && !question.text.references.isEmpty
  }

  /// The corrected words read as the answer to `question`, nil when they cannot be. In a list,
  /// only the items of the last line typed are put right: the rest were not what was just said.
  func correctedValue(_ words: String, for question: Question, replacing old: Answer)
    -> AnswerValue?
  {
    if question.kind == .list {
      let items = AnswerReading.listItems(words)
      guard !items.isEmpty else { return nil }
      guard case .list(var kept) = old.value else { return .list(items) }
      let lines = old.words.split(separator: "\n").map(String.init)
      for item in lines.last.map(AnswerReading.listItems)?.reversed() ?? []
      where kept.last == item {
        kept.removeLast()
      }
      return .list(kept + items)
    }
    if case .value(let value) = AnswerInterpreter(question: question, today: today).read(words) {
      return value
    }
    return nil
  }

  /// Takes the items of the last line typed into a list back off, quietly: the correction
  /// that follows says what they became.
  mutating func dropLastListLine() {
    guard let line = state.listWords.popLast() else { return }
    let items = AnswerReading.listItems(line)
    for item in items.reversed() where state.listDraft.last == item {
      state.listDraft.removeLast()
    }
  }
}
