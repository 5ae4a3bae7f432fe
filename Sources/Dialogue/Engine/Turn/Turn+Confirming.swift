// MARK: Answers read by a guess, said back before they are kept

extension Turn {
  /// Says back a guessed reading and waits for the person to say it is right.
  mutating func confirm(_ pending: ConversationState.PendingReading) {
    state.mode = .confirmingReading(pending, then: state.mode)
    askToConfirm(pending)
  }

  mutating func askToConfirm(_ pending: ConversationState.PendingReading) {
    guard let key = state.current, let question = script.question(key.question) else { return }
    switch pending {
    case .scalePoint(_, let point, _):
      outputs.append(
        .ask(
          Prompt(
            key: key, text: Phrases.scalePointCheck(point, question: question), kind: .yesNo,
            choices: [], hint: Phrases.scalePointCheckHint)))
    case .listSplit(_, let items, _):
      outputs.append(
        .ask(
          Prompt(
            key: key, text: Phrases.listSplitCheck(items), kind: .yesNo, choices: [],
            hint: Phrases.listSplitCheckHint)))
    case .suggestions(_, let options):
      outputs.append(
        .ask(
          Prompt(
            key: key, text: Phrases.suggestionsOffered(for: engine.audience), kind: .choice,
            choices: options + [Phrases.leaveItOut], hint: Phrases.suggestionsHint)))
    case .listItemCorrection(_, let items, let correction):
      outputs.append(
        .ask(
          Prompt(
            key: key, text: Phrases.whichItemToCorrect(correction), kind: .choice,
            choices: Turn.shortened(items) + [Phrases.keepAllAndAdd(correction)],
            hint: Phrases.suggestionsHint)))
    case .laterCheckIn(_, let said, let start, let offered, _):
      outputs.append(
        .ask(
          Prompt(
            key: key,
            text: Phrases.laterCheckIn(
              said: Display.day(said), start: Display.day(start),
              offered: Display.day(offered), for: engine.audience),
            kind: .yesNo, choices: [], hint: Phrases.laterCheckInHint)))
    case .weekendReview(_, let day, _):
      outputs.append(
        .ask(
          Prompt(
            key: key, text: Phrases.weekendReview(Display.day(day), for: engine.audience),
            kind: .yesNo, choices: [], hint: Phrases.weekendReviewHint)))
    case .stepVersions(_, _, _, let options):
      let text =
        engine.audience == .facilitator
        ? Phrases.stepVersionsOfferedForWorker : Phrases.stepVersionsOffered
      outputs.append(
        .ask(
          Prompt(
            key: key, text: text, kind: .choice,
            choices: options + [Phrases.keepOwnWords(for: engine.audience)],
            hint: Phrases.stepVersionsHint)))
    case .oneOfSeveral(_, let items, _):
      outputs.append(
        .ask(
          Prompt(
            key: key, text: Phrases.whichOneMatters(Turn.shortened(items)), kind: .choice,
            choices: Turn.shortened(items), hint: Phrases.whichOneMattersHint(items.count))))
    case .answerToChange(_, let candidates):
      outputs.append(
        .ask(
          Prompt(
            key: key, text: whichToChange(candidates), kind: .choice,
            choices: changeCandidates(candidates) + [Phrases.noneOfTheseAnswers],
            hint: Phrases.suggestionsHint)))
    case .whichDay(_, let days, _):
      outputs.append(
        .ask(
          Prompt(
            key: key, text: Phrases.whichDayMeant(days, today: today), kind: .choice,
            choices: days.map { Phrases.dayOffered($0, today: today, capitalised: true) },
            hint: Phrases.whichDayMeantHint)))
    case .dayToReplace(_, let newDay, let days, _):
      let names = days.map { AnswerReading.weekdayNames[$0 - 1] }
      outputs.append(
        .ask(
          Prompt(
            key: key, text: Phrases.whichDayToReplace(AnswerReading.weekdayNames[newDay - 1]),
            kind: .choice, choices: names + [Phrases.everyDayNamed(count: days.count)],
            hint: Phrases.whichDayToReplaceHint)))
    }
  }

  /// The reply to a said-back reading. Yes keeps it; no asks for the number, or keeps the list
  /// line as one thing; anything else is read afresh, as a new answer, a command or a question.
  mutating func confirmReading(
    _ line: String, raw: String, pending: ConversationState.PendingReading,
    then: ConversationState.Mode
  ) {
    // "What do you mean?" is about the check itself: it is explained and put again, and what
    // was shown (the suggestions, the reading) stays, so a later "the middle one" still points.
    if engine.acts.read(line).act == .clarify, !asksAboutAKnownWord(line) {
      outputs.append(.notice(Phrases.explaining(pending, for: engine.audience)))
      askToConfirm(pending)
      return
    }
    // "done" to "Is that right?" is a list's closing, not a yes: the check is put again.
    if pending.asksYesOrNo, AnswerReading.onlyClosesAList(line) {
      outputs.append(.notice(Phrases.doneIsNoYes))
      askToConfirm(pending)
      return
    }
    // "quit" stops with the reading still waiting: a resume puts the same check again, and
    // nothing typed is lost or taken as said.
    if Command.parse(line) == .quit {
      run(.quit)
      return
    }
    state.mode = then
    // "no thats wrong" to versions of what was just typed, or things to pick from it: the words
    // typed were wrong, so none is kept and the question is put again.
    if !pending.asksYesOrNo, engine.acts.read(line).act == .correct,
      engine.acts.read(line).content == nil, !isAtAReadBack
    {
      outputs.append(.say(Phrases.letsPutItRight))
      askCurrent()
      return
    }
    guard let key = state.current, let place = engine.agenda.place(of: key),
      let question = place.item.question
    else { return process(line, raw: raw) }
    let reply = engine.acts.yesNo(line)
    switch pending {
    case .scalePoint(let pendingKey, let point, let words) where pendingKey == key:
      if reply == true {
        accept(.number(Double(point)), words: words, place: place)
      } else if reply == false {
        outputs.append(.notice(Phrases.scalePointRejected(question)))
        askCurrent()
      } else {
        process(line, raw: raw)
      }
    case .listSplit(let pendingKey, let items, let typed) where pendingKey == key:
      if reply == true {
        addToList(items, words: typed, question: question, place: place)
      } else if reply == false || Self.isNotQuite(line),
        Self.namesAnotherCut(line, shown: items.count)
      {
        // "not quite - that is three conditions", "depression is separate": the cut was
        // wrong, not the wish to split. One thing a line is asked for, with the line said back.
        outputs.append(.notice(Phrases.listOneALine(typed)))
        askCurrent()
      } else if reply == false || Self.isNotQuite(line) || engine.acts.read(line).act == .dontKnow {
        // "not quite, copd and arthritis are two things", or "dunno": the words are about the
        // cut, not a new thing for the list, so the line is kept whole, as typed.
        outputs.append(.notice(Phrases.listKeptWhole))
        addToList([AnswerReading.wholeItem(typed)], words: typed, question: question, place: place)
      } else {
        // Not a reply to the check: the cut stands as shown, and the line is read afresh.
        addToList(items, words: typed, question: question, place: place, quietly: true)
        process(line, raw: raw)
      }
    case .suggestions(let pendingKey, let options) where pendingKey == key:
      chooseSuggestion(line, raw: raw, options: options, place: place)
    case .listItemCorrection(let pendingKey, let items, let correction) where pendingKey == key:
      chooseItemToCorrect(line, raw: raw, items: items, correction: correction)
    case .stepVersions(let pendingKey, let step, let words, let options) where pendingKey == key:
      chooseStepVersion(
        line, raw: raw, step: step, words: words, options: options, place: place)
    case .laterCheckIn(let pendingKey, _, _, let offered, let words) where pendingKey == key:
      if reply == true {
        accept(.date(offered), words: words, place: place)
      } else if reply == false {
        outputs.append(
          .notice(
            engine.audience == .facilitator
              ? Phrases.laterCheckInRejectedForWorker : Phrases.laterCheckInRejected))
        askCurrent()
      } else {
        process(line, raw: raw)
      }
    case .weekendReview(let pendingKey, let day, let words) where pendingKey == key:
      keepWeekendReview(line, raw: raw, reply: reply, day: day, words: words, place: place)
    case .answerToChange(let pendingKey, let candidates) where pendingKey == key:
      chooseAnswerToChange(line, raw: raw, candidates: candidates)
    case .dayToReplace(let pendingKey, let newDay, let days, let words) where pendingKey == key:
      chooseDayToReplace(line, raw: raw, newDay: newDay, days: days, words: words)
    case .whichDay(let pendingKey, let days, let words):
      // A correction to an earlier day asks from a later question: the day goes to its own.
      chooseDayMeant(
        line, raw: raw, days: days, words: words,
        place: engine.agenda.place(of: pendingKey) ?? place)
    case .oneOfSeveral(let pendingKey, let items, let words) where pendingKey == key:
      chooseOneOfSeveral(line, raw: raw, items: items, words: words, place: place)
    default:
      process(line, raw: raw)
    }
  }

  /// A check-in day on or before the day the step starts: said back, with a week after the
  /// start offered instead, since a check-in comes after a first go. Returns whether it was.
  mutating func offerLaterCheckIn(_ value: AnswerValue, words: String, place: Agenda.Place)
    -> Bool
  {
    guard case .date(let said) = value, let question = place.item.question,
      question.plan == .goalReviewDate,
      let startID = script.questions.first(where: { $0.plan == .actionStartDate })?.id,
      case .date(let start)? = context(for: place).answer(of: startID)?.value, said <= start
    else { return false }
    confirm(
      .laterCheckIn(
        place.key, said: said, start: start, offered: start.adding(days: 7), words: words))
    return true
  }

  /// Whether a no to a list's cut names another: a number of things other than the number
  /// shown ("that is three conditions"), or one thing said to be separate from another.
  static func namesAnotherCut(_ line: String, shown: Int) -> Bool {
    let words = AnswerReading.plainWords(line)
    if words.contains(where: { ["separate", "separately", "seperate", "apart"].contains($0) }) {
      return true
    }
    let counts = [
      "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "2": 2,
      "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8,
    ]
    let things: Set<String> = ["things", "conditions", "problems", "items", "of", "separate"]
    for (index, word) in words.enumerated() {
      guard let count = counts[word], index + 1 < words.count, things.contains(words[index + 1])
      else { continue }
      return count != shown
    }
    return false
  }

  /// A line that opens by saying a reading is not right ("no, ...", "not quite ...", "not
  /// really, ...") whatever follows it.
  static func isNotQuite(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line)
    guard let first = words.first else { return false }
    if ["no", "nope", "nah", "wrong"].contains(first) { return true }
    return first == "not" && words.count > 1
      && ["quite", "really", "right", "exactly", "like", "that"].contains(words[1])
  }
}
