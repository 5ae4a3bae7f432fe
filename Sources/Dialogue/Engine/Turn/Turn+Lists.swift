// MARK: Lists

extension Turn {
  /// One line of a list question: items to add, or "done". A list with a most closes itself
  /// when it is full, and for one line after that a "done" is taken as closing it.
  mutating func answerList(_ line: String, question: Question, place: Agenda.Place) {
    if AnswerReading.isEndOfList(line) {
      accept(.list(state.listDraft), words: state.listWords.joined(separator: "\n"), place: place)
      return
    }
    let items = AnswerReading.listItems(line)
    guard !items.isEmpty else {
      fail(question, place: place, detail: nil)
      return
    }
    state.listDraft += items
    state.listWords.append(line)
    explainKnownTerms(in: items, question: question)
    if let most = question.validation.maxItems, state.listDraft.count >= most {
      // Only what fits is kept, and the person is told which, so nothing goes silently.
      let extra = Array(state.listDraft.dropFirst(most))
      state.listDraft = Array(state.listDraft.prefix(most))
      outputs.append(
        .say(
          extra.isEmpty
            ? Phrases.listFull : Phrases.listOverflow(kept: state.listDraft, left: extra)))
      accept(.list(state.listDraft), words: state.listWords.joined(separator: "\n"), place: place)
      // Accepting may have finished the conversation, and then no line is read as anything.
      if !state.finished { state.mode = .listJustClosed(then: state.mode) }
      return
    }
    outputs.append(.notice(Phrases.gotIt(Turn.shortened(state.listDraft))))
  }

  /// The line after a full list closed itself. The person was told to say done, and may have:
  /// that "done" finishes the list, and is not the answer to the next question. Returns whether
  /// the line was that "done".
  mutating func takeDoneForClosedList(_ line: String) -> Bool {
    guard AnswerReading.isFinishingWord(line) else { return false }
    outputs.append(.notice(Phrases.listAlreadyClosed))
    askCurrent()
    return true
  }

  /// "back" inside a list takes off the last item typed, and its words with it. Returns false
  /// when the current question is no list, or its list is empty, so back goes further.
  mutating func takeBackLastListItem() -> Bool {
    guard let key = state.current, script.question(key.question)?.kind == .list,
      let dropped = state.listDraft.popLast()
    else { return false }
    if let line = state.listWords.popLast() {
      var items = AnswerReading.listItems(line)
      if items.last == dropped {
        items.removeLast()
        if !items.isEmpty { state.listWords.append(items.joined(separator: ", ")) }
      } else {
        state.listWords.append(line)
      }
    }
    outputs.append(.notice(Phrases.listItemRemoved(Turn.shorten(dropped))))
    askCurrent()
    return true
  }
}
