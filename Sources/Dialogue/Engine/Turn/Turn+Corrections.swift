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
    guard let key = state.answerOrder.last, let old = state.answers[key],
      let place = engine.agenda.place(of: key), let question = place.item.question
    else { return false }
    guard let value = correctedValue(words, for: question) else {
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

  /// The corrected words read as the answer to `question`, nil when they cannot be.
  func correctedValue(_ words: String, for question: Question) -> AnswerValue? {
    if question.kind == .list {
      let items = AnswerReading.listItems(words)
      return items.isEmpty ? nil : .list(items)
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
