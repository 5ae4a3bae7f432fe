// MARK: Lists

extension Turn {
  /// One line of a list question: items to add, or "done". A list with a most closes itself
  /// when it is full, and for one line after that a "done" is taken as closing it. A cut the
  /// person may not have meant is shown first; more items than the most are chosen from.
  mutating func answerList(_ line: String, question: Question, place: Agenda.Place) {
    if isOverCap(question) {
      chooseWhatToKeep(line, question: question, place: place)
      return
    }
    // "keep it" once a list opened for change has been added to keeps it as it now stands.
    if engine.acts.endsTheList(line)
      || (state.changing?.key == place.key && engine.acts.keepsTheAnswer(line))
    {
      if let changing = state.changing, changing.key == place.key,
        changing.answer.value != .list(state.listDraft), !state.listDraft.isEmpty
      {
        outputs.append(
          .say(
            Phrases.listChanged(
              question.label, to: Turn.shortened(state.listDraft), for: engine.audience)))
      }
      accept(.list(state.listDraft), words: state.listWords.joined(separator: "\n"), place: place)
      return
    }
    if SeeAgainWords.asksForTheList(line) {
      outputs.append(
        .notice(Phrases.listReadBack(Turn.shortened(state.listDraft), for: engine.audience)))
      return
    }
    if putBackWhatWasTakenOff(line) { return }
    if takeListItemsOffByPlace(line) { return }
    if saysTheItemIsNotOnTheList(line) { return }
    if takeListLineOff(line, question: question, place: place) { return }
    // "Also, my feet. That's all for now.": the items before the closing are added, then the
    // list is done.
    if let items = AnswerReading.itemsBeforeClosing(line) {
      let split = AnswerReading.listSplit(items)
      if !split.items.isEmpty {
        state.listDraft = AnswerReading.unique(state.listDraft + split.items)
        state.listWords.append(line)
        explainKnownTerms(in: split.items, question: question)
        if !isOverCap(question) {
          outputs.append(.notice(Phrases.gotItAll(Turn.shortened(state.listDraft))))
          accept(
            .list(state.listDraft), words: state.listWords.joined(separator: "\n"), place: place)
        } else {
          askWhatToKeep(question)
        }
        return
      }
    }
    let split = AnswerReading.listSplit(line)
    guard !split.items.isEmpty else {
      fail(question, place: place, detail: nil)
      return
    }
    if !split.sure, split.items.count > 1 {
      confirm(.listSplit(place.key, items: split.items, line: line))
      return
    }
    if split.items.count == 1, let tasks = Turn.twoTasks(in: split.items[0], question: question) {
      confirm(.listSplit(place.key, items: tasks, line: line))
      return
    }
    addToList(split.items, words: line, question: question, place: place)
  }

  /// Adds items to the list being gathered, each only once, and says back the list as it will
  /// be kept. `quietly` leaves out the "Got it" when another reply follows at once.
  mutating func addToList(
    _ items: [String], words: String, question: Question, place: Agenda.Place,
    quietly: Bool = false
  ) {
    let before = state.listDraft
    state.listBeforeTakingOff = nil
    state.listDraft = AnswerReading.unique(state.listDraft + items)
    state.listWords.append(words)
    explainKnownTerms(in: items, question: question)
    if let most = question.validation.maxItems, state.listDraft.count > most {
      askWhatToKeep(question)
      return
    }
    // Exactly as many as it takes: nothing was left out, so nothing is said about a limit.
    // The list is said back, here or by the question's own reflection, once.
    if let most = question.validation.maxItems, state.listDraft.count == most {
      if question.reflections.isEmpty {
        outputs.append(.notice(Phrases.gotItAll(Turn.shortened(state.listDraft))))
      }
      // The list closed itself: said, so the next line is not typed as one more item and
      // kept as the next question's answer.
      if most > 1 { outputs.append(.notice(Phrases.listIsFull(most: most))) }
      closeFullList(place: place)
      return
    }
    sayDueDays(of: items, question: question)
    if !quietly { outputs.append(.notice(Phrases.gotIt(Turn.shortened(state.listDraft)))) }
    replyToTheLine(before: before, question: question, place: place)
  }

  /// "and i been low since my husband past": a reply the question keeps for what its list
  /// says (a reflection whose condition now holds, and did not before this line) is given at
  /// once, while the list goes on, not only when it closes. Remembered, so the close thanks
  /// the person plainly instead of saying it twice.
  mutating func replyToTheLine(before: [String], question: Question, place: Agenda.Place) {
    guard !quietReflection, !state.answeredKindly.contains(place.key) else { return }
    func holding(_ items: [String]) -> Reflection? {
      var trial = state
      let words = items.joined(separator: "\n")
      trial.answers[place.key] = Answer(
        value: .list(items), words: words, concepts: engine.concepts.analyse(words).conceptIDs,
        at: at)
      let trialContext = AnswerContext(
        script: script, state: trial, round: place.round,
        groupID: script.sections[place.sectionIndex].repeating?.group,
        background: engine.background)
      return question.reflections.first { $0.condition?.evaluate(in: trialContext) ?? true }
    }
    guard let now = holding(state.listDraft), now.condition != nil,
      holding(before)?.condition == nil
    else { return }
    let facilitator = engine.audience == .facilitator ? now.facilitatorText : nil
    outputs.append(.say(render(facilitator ?? now.text, place: place)))
    state.answeredKindly.insert(place.key)
  }

  /// Keeps the full list as the answer. Accepting may have finished the conversation, and then
  /// no line is read as anything.
  mutating func closeFullList(place: Agenda.Place) {
    accept(.list(state.listDraft), words: state.listWords.joined(separator: "\n"), place: place)
    if !state.finished { state.mode = .listJustClosed(then: state.mode) }
  }

  /// Whether the list being gathered holds more than its question takes, so the person is
  /// choosing what to keep.
  func isOverCap(_ question: Question) -> Bool {
    guard question.kind == .list, let most = question.validation.maxItems else { return false }
    return state.listDraft.count > most
  }

  mutating func askWhatToKeep(_ question: Question) {
    guard let key = state.current, let most = question.validation.maxItems else { return }
    outputs.append(
      .ask(
        Prompt(
          key: key,
          text: Phrases.listChooseWhatToKeep(most: most, given: state.listDraft.count),
          kind: .multi, choices: Turn.shortened(state.listDraft),
          hint: Phrases.listChooseHint(most: most))))
  }

  /// The reply to "which would you like to keep?": by number or position ("1, 2 and 4", "the
  /// first three"), or by the item's own words. Until the person chooses, nothing is dropped.
  mutating func chooseWhatToKeep(_ line: String, question: Question, place: Agenda.Place) {
    guard let most = question.validation.maxItems else { return }
    let draft = state.listDraft
    var chosen = PositionalChoice.positions(line, count: draft.count)
    if chosen == nil {
      let wanted = AnswerInterpreter.choicePieces(line).map(AnswerInterpreter.normalise)
      let found = draft.indices.filter { wanted.contains(AnswerInterpreter.normalise(draft[$0])) }
      chosen = found.count == wanted.count && !found.isEmpty ? found : nil
    }
    guard let chosen, !chosen.isEmpty else {
      outputs.append(.notice(Phrases.listChooseAgain))
      askWhatToKeep(question)
      return
    }
    guard chosen.count <= most else {
      outputs.append(.notice(Phrases.listChoseTooMany(most: most)))
      askWhatToKeep(question)
      return
    }
    let left = draft.indices.filter { !chosen.contains($0) }.map { draft[$0] }
    state.listDraft = chosen.map { draft[$0] }
    outputs.append(.say(Phrases.listLeftOut(Turn.shortened(left), for: engine.audience)))
    closeFullList(place: place)
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

  /// "and me feet" just after a full list closed itself: one more item for that list, not the
  /// answer to the question asked next. The list is opened again with the new item, and the
  /// person chooses what to keep. Returns whether the line was such an item.
  mutating func takeMoreForClosedList(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line)
    let openers: [[String]] = [["and"], ["also"], ["plus"], ["oh", "and"]]
    guard let opener = Turn.opening(of: words, after: [], among: openers), words.count > opener.end,
      let key = state.answerOrder.last, let answer = state.answers[key],
      case .list = answer.value, let question = script.question(key.question),
      question.kind == .list, let place = engine.agenda.place(of: key)
    else { return false }
    let typed = line.split(separator: " ", omittingEmptySubsequences: true)
    let rest = typed.dropFirst(opener.end).joined(separator: " ")
    let items = AnswerReading.listSplit(rest).items
    guard !items.isEmpty else { return false }
    outputs.append(.notice(Phrases.listWasFull))
    beginChange(key, answer: answer, asking: false)
    addToList(items, words: rest, question: question, place: place)
    return true
  }

  /// "back" inside a list takes off the last item typed, and its words with it. Returns false
  /// when the current question is no list, or its list is empty, so back goes further. A list
  /// opened for change and not yet changed is the old answer: back leaves it as it was.
  mutating func takeBackLastListItem() -> Bool {
    guard let key = state.current, script.question(key.question)?.kind == .list,
      !state.listDraft.isEmpty, !state.listUnchangedSinceOpened
    else { return false }
    takeLastListLineOff()
    askCurrent()
    return true
  }

  /// Takes the whole of the last line typed off the list, and says which items went: "thats
  /// not my name, its maureen, im 71" was one thing typed, however many items it made.
  mutating func takeLastListLineOff() {
    state.listBeforeTakingOff = ListDraft(items: state.listDraft, words: state.listWords)
    var dropped: [String] = []
    if let line = state.listWords.popLast() {
      for item in AnswerReading.listItems(line).reversed() where state.listDraft.last == item {
        dropped.insert(state.listDraft.removeLast(), at: 0)
      }
    }
    if dropped.isEmpty, let last = state.listDraft.popLast() { dropped = [last] }
    let shown = dropped.map { "'\(Turn.shorten($0))'" }.joined(separator: " and ")
    outputs.append(.notice(Phrases.listItemsRemoved(shown)))
  }
}
