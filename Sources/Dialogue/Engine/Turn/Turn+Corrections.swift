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
      if correctOneItem(with: words, key: key) { return true }
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
    // "no, the Tuesday after, 22nd": a day counted from the one just said back.
    if question.kind == .date, case .date(let said) = old.value,
      let meant = AnswerReading.dayAfterSaid(words, said: said, today: today)
    {
      state.mode = .changing(key, was: old)
      putDayRight(meant, words: words, place: place)
      return true
    }
    guard let value = correctedValue(words, for: question, replacing: old) else {
      outputs.append(
        .notice(
          Phrases.correctionUnreadable(
            label: question.label,
            kept: Turn.shorten(Display.text(of: old.value, question: question)),
            for: engine.audience)))
      askCurrent()
      return true
    }
    outputs.append(
      .say(Phrases.corrected(Turn.shorten(Display.text(of: value, question: question)))))
    state.mode = .changing(key, was: old)
    accept(value, words: words, place: place, reflecting: false)
    return true
  }

  /// "thats wrong", with nothing after it, at the question after a wrong answer: the answer
  /// just given is opened to be put right, shown as it stands, rather than "thats wrong" kept
  /// as the answer to this question. Inside a list, the line just typed comes off. At a
  /// read-back, its own question reads the line (a no).
  mutating func openLatestAnswerToPutRight() -> Bool {
    if takeBackLastListItem() { return true }
    if isAtAReadBack { return false }
    if state.changing != nil {
      askCurrent()
      return true
    }
    guard let key = state.answerOrder.last, let old = state.answers[key] else { return false }
    outputs.append(.say(Phrases.letsPutItRight))
    beginChange(key, answer: old)
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
      // One thing put right among several said at once: the closest is replaced; when none is
      // clearly closest, nothing goes and the new words are added.
      let lastItems = lines.last.map(AnswerReading.listItems)?.filter(kept.contains) ?? []
      if items.count == 1, lastItems.count > 1 {
        if let index = ClosestItem.index(of: items[0], in: lastItems),
          let position = kept.firstIndex(of: lastItems[index])
        {
          kept[position] = items[0]
        } else {
          kept.append(items[0])
        }
        return .list(AnswerReading.unique(kept))
      }
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

// MARK: One item of a list put right

extension Turn {
  /// "No, I meant my knees" after "sugar, me feet": one item among several typed in one line is
  /// put right, the closest; when it is not clear which, the person is asked. Returns false
  /// when the correction is not one item or the last line held only one, as before.
  mutating func correctOneItem(with words: String, key: AnswerKey) -> Bool {
    let newItems = AnswerReading.listItems(words)
    guard newItems.count == 1, let lastLine = state.listWords.last else { return false }
    let lastItems = AnswerReading.listItems(lastLine).filter(state.listDraft.contains)
    guard lastItems.count > 1 else { return false }
    if let index = ClosestItem.index(of: newItems[0], in: lastItems) {
      replaceListItem(lastItems[index], with: newItems[0], words: words)
    } else {
      confirm(.listItemCorrection(key, items: lastItems, correction: newItems[0]))
    }
    return true
  }

  /// The reply to "which one should I change?": one item by number, position or words, or the
  /// last choice to keep them all and add the new words. Anything else keeps them all, adds
  /// the new words (nothing typed is lost) and is read afresh.
  mutating func chooseItemToCorrect(
    _ line: String, raw: String, items: [String], correction: String
  ) {
    var picked = PositionalChoice.positions(line, count: items.count + 1)
    if picked == nil {
      let said = AnswerInterpreter.normalise(line)
      picked = items.firstIndex { AnswerInterpreter.normalise($0) == said }.map { [$0] }
    }
    if let picked, picked.count == 1, picked[0] < items.count {
      replaceListItem(items[picked[0]], with: correction, words: correction)
      return
    }
    state.listDraft = AnswerReading.unique(state.listDraft + [correction])
    state.listWords.append(correction)
    outputs.append(.notice(Phrases.gotIt(Turn.shortened(state.listDraft))))
    if picked == nil, AnswerReading.yesNo(line) == nil,
      !["all", "keep", "keep them all", "add", "add it"].contains(
        AnswerInterpreter.normalise(line))
    {
      process(line, raw: raw)
    }
  }

  /// Puts `new` in the place of `old` in the list being typed, and says back the whole list.
  mutating func replaceListItem(_ old: String, with new: String, words: String) {
    if let index = state.listDraft.firstIndex(of: old) { state.listDraft[index] = new }
    state.listDraft = AnswerReading.unique(state.listDraft)
    state.listWords.append(words)
    outputs.append(.say(Phrases.itemCorrected(from: old, to: new)))
    outputs.append(.notice(Phrases.gotIt(Turn.shortened(state.listDraft))))
  }
}

extension Phrases {
  static let letsPutItRight = "Let's put that right."
}
