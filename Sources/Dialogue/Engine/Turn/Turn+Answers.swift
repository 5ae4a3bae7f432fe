import Foundation

// MARK: Answers

extension Turn {
  /// Whether the line is, word for word, one of the current question's choices. A choice the
  /// question offers ("change it", "keep") is what the person means, even where the same words
  /// would otherwise be a command.
  func namesAChoice(_ line: String) -> Bool {
    guard let key = state.current, let question = engine.agenda.place(of: key)?.item.question,
      question.kind == .choice || question.kind == .multi
    else { return false }
    let text = AnswerInterpreter.normalise(line)
    return question.choices.contains { choice in
      ([choice.text, choice.id.replacingOccurrences(of: "-", with: " ")] + choice.synonyms)
        .map(AnswerInterpreter.normalise).contains(text)
    }
  }

  mutating func answerCurrent(_ line: String) {
    guard let key = state.current, let place = engine.agenda.place(of: key),
      let question = place.item.question
    else { return }
    // "partly, she did it 3 days": the days are how it went in part, not a time.
    if takePartlyHowItWent(line, question: question, place: place) { return }
    // "in a cupla weeks" to "how sure?" says when, not how sure: never a point on the scale.
    if question.kind == .scale, AnswerInterpreter.saysATime(line, today: today) {
      outputs.append(.notice(Phrases.timeAtAScale(question.label)))
      putQuestionAnotherWay()
      return
    }
    // "hmm." is thinking out loud, not an answer: nothing is kept and no try is counted. (A
    // question that reads only some words, such as yes or no, already keeps nothing of it.)
    if question.kind == .text || question.kind == .list, Turn.onlyThinking(line) {
      outputs.append(.say(Phrases.takeYourTime(for: engine.audience)))
      askCurrent()
      return
    }
    // "done" where no list is open, to a question that may be left ("how would you know things
    // had got better?"), ends nothing: the question is left, and said so, rather than "done"
    // kept as the answer. Where words are needed, "done" may say the step was done.
    if question.kind == .text, question.optional, AnswerReading.isFinishingWord(line) {
      outputs.append(.say(Phrases.skipped))
      accept(.skipped(.skipped), words: line, place: place)
      return
    }
    if explainReviewAsked(line, question: question) { return }
    if takeBackTheChoice(line, question: question, place: place) { return }
    if takePicksOff(line, question: question, place: place) { return }
    if takeDaysCorrectedAtTheStart(line, question: question, place: place) { return }
    if question.kind == .multi, addQuestionTypedAtTheCheck(line, question: question) { return }
    if keepEarlierAnswer(line, question: question, place: place) { return }
    if takeScaleInWords(line, question: question, place: place) { return }
    if question.kind == .text, takeEasyChoice(line, question: question, place: place) { return }
    let interpreter = AnswerInterpreter(question: question, today: today, acts: engine.acts)
    // "Not sure" to "how sure are you?" is an answer about the scale, not "don't know": the
    // first time, ask which point is nearest. Said again, it stands as "don't know".
    // "depends on my knees": a hedge is the middle of the scale, said back to check.
    if question.kind == .scale, ScaleWords.isHedge(line) {
      let range = question.scaleRange
      outputs.append(.say(Phrases.itDepends))
      confirm(.scalePoint(key, point: (range.lowerBound + range.upperBound) / 2, words: line))
      return
    }
    if question.kind == .scale, state.failures == 0, interpreter.read(line) == .nearScale {
      state.failures += 1
      outputs.append(.notice(Phrases.nearestPoint(question)))
      askCurrent()
      return
    }
    if question.kind == .text, AnswerInterpreter.declines(line, in: question.decline) {
      outputs.append(.say(Phrases.ratherNotSay(for: engine.audience)))
      accept(.skipped(.ratherNotSay), words: line, place: place)
      return
    }
    if isOverCap(question) {
      chooseWhatToKeep(line, question: question, place: place)
      return
    }
    if let reason = engine.acts.skipReason(line) {
      if question.kind == .list && !state.listDraft.isEmpty {
        accept(.list(state.listDraft), words: state.listWords.joined(separator: "\n"), place: place)
        return
      }
      if reason == .dontKnow { noteSign(.dontKnow) }
      if reason == .dontKnow, offerSuggestions(question, place: place) { return }
      outputs.append(
        .say(
          reason == .skipped
            ? Phrases.skipped
            : reason == .dontKnow
              ? Phrases.dontKnow : Phrases.ratherNotSay(for: engine.audience)))
      accept(.skipped(reason), words: line, place: place)
      return
    }
    if takePartNamedByItsValue(line, question: question, place: place) { return }
    if keepEarlierStep(line, question: question, place: place) { return }
    if takeSameCheckIn(line, question: question, place: place) { return }
    if takeYesInPart(line, question: question, place: place) { return }
    if takeSecondThoughts(line, question: question, place: place) { return }
    // "that'l do", "spose so": a yes or no the lexicon lists, whole, answers a yes/no question
    // before anything looks in it for a step or a part put right.
    if question.kind == .yesNo, let reply = engine.acts.listedYesNo(line),
      question.readBack.isEmpty || stepLeftOut(question, place: place) == nil
    {
      accept(.yesNo(reply), words: line, place: place)
      return
    }
    if amendEarlierStep(line, question: question, place: place) { return }
    if takePartInASentence(line, question: question, place: place) { return }
    if placeStepAnswer(line, question: question, place: place) { return }
    if answerYesOrNoInWords(line, question: question, place: place) { return }
    if question.kind == .list {
      answerList(line, question: question, place: place)
      return
    }
    // "done" to "Is that right?" is the list's word, not a yes: asked again, plainly.
    if question.kind == .yesNo, question.contentChanges || !question.readBack.isEmpty,
      AnswerReading.onlyClosesAList(line)
    {
      outputs.append(.notice(Phrases.doneIsNoYes))
      askCurrent()
      return
    }
    // "thats it now ta" to "Is your plan right?" closes with thanks: a yes.
    if question.kind == .yesNo, question.contentChanges || !question.readBack.isEmpty,
      stepLeftOut(question, place: place) == nil, AnswerReading.closesAsRight(line)
    {
      accept(.yesNo(true), words: line, place: place)
      return
    }
    if question.kind == .yesNo,
      takeDayAfterSaid(line, question: question)
        || answerNoStepOffer(line, question: question, place: place)
        || takeNamedPartChange(line, question: question, place: place)
        || takeOutWords(line, question: question, place: place)
        || takeItemOffThePlan(line)
        || openFirstBit(line, question: question, place: place)
        || takeCorrectedDay(line, question: question, place: place)
        || takeCorrectedStart(line, question: question, place: place)
        || takeCorrectedStep(line, question: question, place: place)
        || takeCorrectedPart(line, question: question, place: place)
        || keepOrAskAgain(line, question: question, place: place)
        || takeContentAnswer(line, question: question, place: place)
        || takeChangeInWords(line, question: question)
        || addQuestionTypedAtTheCheck(line, question: question)
        || answerPartSaidAtReadBack(line, question: question, place: place)
    {
      return
    }
    // "the Tuesday after, 22nd" while a day is being changed counts from the day it was.
    if question.kind == .date, let changing = state.changing, changing.key == key,
      case .date(let said) = changing.answer.value,
      let meant = AnswerReading.dayAfterSaid(line, said: said, today: today)
    {
      putDayRight(meant, words: line, place: place)
      return
    }
    switch interpreter.read(line) {
    case .value(.choice(let id)):
      if let target = question.choices.first(where: { $0.id == id })?.change,
        openToChange(target, from: place) || addToPartsPicked(id, reaching: target, from: place)
      {
        return
      }
      takeChangeSaidWithTheChoice(id, line: line, question: question, place: place)
      keepWordsAfterTheChoice(id, line: line, question: question, place: place)
      accept(.choice(id), words: line, place: place)
    case .value(let read):
      let value = startOnTheStepDay(read, line: line, question: question, place: place)
      if case .text(let text) = value { explainKnownTerms(in: [text], question: question) }
      if case .text(let text) = value, offerStepVersions(text, words: line, place: place) {
        return
      }
      if case .text(let text) = value, offerOneOfSeveral(text, words: line, place: place) {
        return
      }
      acceptDay(value, words: line, place: place)
    case .unreadable(let detail):
      if takeDayForTheChoice(line, question: question, place: place) { return }
      fail(question, place: place, detail: detail)
    case .nearScale:
      fail(question, place: place, detail: nil)
    case .guessedPoint(let point):
      confirm(.scalePoint(key, point: point, words: line))
    }
  }

  /// Whether the line is only a sound made while thinking ("hmm", "hmm.", "erm..."), which
  /// answers no question.
  static func onlyThinking(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line)
    return !words.isEmpty
      && words.allSatisfy { word in
        thinkingSounds.contains(word) || word.hasPrefix("hmm") || word.hasPrefix("umm")
          || word.hasPrefix("erm")
      }
  }

  static let thinkingSounds: Set<String> = ["hm", "hmm", "um", "umm", "er", "erm", "uh", "uhm"]

  /// A choice that means "let me change that part": the earlier question is asked again, as
  /// `change ...` would, in the same round when both are in one repeating group. False when
  /// that question does not apply now, so the choice is kept as an ordinary answer instead.
  mutating func openToChange(_ target: String, from place: Agenda.Place) -> Bool {
    let key = context(for: place).key(for: target)
    guard let targetPlace = engine.agenda.place(of: key),
      engine.agenda.isActive(targetPlace, in: state)
    else { return false }
    if let answer = state.answers[key] {
      beginChange(key, answer: answer)
    } else {
      state.focus = key
      state.moveCurrent(to: nil)
      advance()
    }
    return true
  }

  mutating func fail(_ question: Question, place: Agenda.Place, detail: String?) {
    state.failures += 1
    noteSign(.failedTries)
    let attempt = state.failures
    if moveOnAfterTooManyTries(place: place, attempt: attempt) { return }
    // A script's reprompts are worded for the person ("Which day would you like to start?"),
    // so a worker is given the engine's own words, which speak about the answer typed.
    if engine.audience != .facilitator, attempt <= question.reprompts.count {
      outputs.append(.notice(render(question.reprompts[attempt - 1], place: place)))
    } else {
      outputs.append(
        .notice(
          Phrases.cannotRead(
            question, attempt: attempt, detail: detail, for: engine.audience)))
    }
    if attempt >= 3 {
      outputs.append(
        .notice(Phrases.offerWayOut(simpler: question.plainly(for: engine.audience) != nil)))
    }
    // The third try offers the question in simpler words, when it has them.
    if attempt == 3 && question.plainly(for: engine.audience) != nil {
      putQuestionAnotherWay()
    } else {
      askCurrent()
    }
  }

  mutating func accept(
    _ value: AnswerValue, words: String, place: Agenda.Place, reflecting: Bool = true,
    inWords: String? = nil
  ) {
    let key = place.key
    // "walk up and down the hallway for 5 mins after lunch": how long and when are taken from
    // the step, and what the person will do keeps the action alone.
    var value = value
    var fromTheStep: [PartFromTheStep] = []
    if case .text(let text) = value, let question = place.item.question,
      let found = partsInTheStep(text, words: words, question: question, place: place)
    {
      value = .text(found.what)
      fromTheStep = found.parts
    }
    // A choice picked by number ("the first one") is read for what the choice says, so a goal
    // picked from the ideas brings its areas of life with it, as if typed.
    var read = words
    if case .text(let text) = value, text != words { read = text + "\n" + words }
    let found = value.isGiven ? engine.concepts.analyse(read).conceptIDs : []
    let answer = Answer(value: value, words: words, concepts: found, at: at, inWords: inWords)
    noteShortAnswer(value, words: words, question: place.item.question)
    var before = state
    if let changing = state.changing, changing.key == key {
      before.answers[key] = changing.answer
    }
    state.answers[key] = answer
    state.answerOrder.removeAll { $0 == key }
    state.answerOrder.append(key)
    keepPartsFromTheStep(fromTheStep)
    state.failures = 0
    state.listDraft = []
    state.listWords = []
    if state.focus == key { state.focus = nil }
    var saidTheChange = false
    if let changing = state.changing, changing.key == key {
      state.mode = .asking
      setAsideAnswersWhoseConditionsChanged(before: before, changed: key)
      if changing.answer.value != value { askAgainWhereTheWordingShowedIt(changed: key) }
      sayWhenAnAnswerWasTakenOut(was: changing.answer, now: value, question: place.item.question)
      if reflecting, let question = place.item.question {
        saidTheChange = sayPicksChanged(was: changing.answer, now: value, question: question)
      }
    }
    if reflecting, !saidTheChange, value.isGiven, let question = place.item.question {
      reflect(question, place: place, answer: answer)
      if question.plan == .supportNetwork, case .text(let text) = value {
        let items = WhoHelps.items(text)
        if items.count > 1 { outputs.append(.notice(Phrases.savedAsPeople(items))) }
      }
    }
    advance()
  }

  /// When a changed answer alters whether later questions apply, their answers are set aside
  /// (kept, not lost) and the questions that now apply are asked.
  mutating func setAsideAnswersWhoseConditionsChanged(
    before: ConversationState, changed: AnswerKey
  ) {
    let agenda = engine.agenda
    var changedSomething = true
    while changedSomething {
      changedSomething = false
      let activeBefore = Set(agenda.places(in: before).map(\.key))
      let activeNow = Set(agenda.places(in: state).map(\.key))
      for key in state.answers.keys.sorted() where key != changed {
        if activeBefore.contains(key) != activeNow.contains(key) || !activeNow.contains(key) {
          state.setAside[key] = state.answers.removeValue(forKey: key)
          state.answerOrder.removeAll { $0 == key }
          changedSomething = true
        }
      }
    }
  }

  /// A yes/no question whose words showed the changed answer ("Here is your step: ... Is that
  /// right?") was a confirmation of the old words, so its answer is set aside (kept, not lost)
  /// and it is asked again with the new ones. Other questions that only mention an answer
  /// ("Sam, what makes a good day?") keep theirs: the answer was not about those words.
  ///
  /// Only the latest such confirmation is asked again: it is the one that showed the plan as it
  /// stood. An earlier one ("Here is your step", before the step was made smaller) confirmed
  /// words that a later read-back already replaced.
  mutating func askAgainWhereTheWordingShowedIt(changed: AnswerKey) {
    let showing = state.answerOrder.filter { key in
      guard key != changed, let question = engine.script.question(key.question),
        question.kind == .yesNo,
        question.text.references.contains(where: { $0.name == changed.question })
          || question.readBack.values.contains(changed.question)
      else { return false }
      let group = engine.script.section(holding: key.question)?.repeating?.group
      let sameGroup =
        group != nil && group == engine.script.section(holding: changed.question)?.repeating?.group
      return !(sameGroup && key.round != changed.round)
    }
    guard let latest = showing.last else { return }
    state.setAside[latest] = state.answers.removeValue(forKey: latest)
    state.answerOrder.removeAll { $0 == latest }
  }

  mutating func reflect(_ question: Question, place: Agenda.Place, answer: Answer) {
    let context = context(for: place)
    // A reply already given for what a list line said stands for the close: the list is not
    // thanked twice.
    guard state.answeredKindly.remove(place.key) == nil, !quietReflection,
      let reflection = question.reflections.first(where: {
        $0.condition?.evaluate(in: context) ?? true
      })
    else { return }
    // "done" or "no" with nothing on the list: a reflection for any answer ("I'll add that to
    // your questions") would not be true. One with a condition was written for the case.
    if case .list(let items) = answer.value, items.isEmpty, reflection.condition == nil {
      outputs.append(.say(Phrases.listLeftEmpty))
      return
    }
    let shown = Display.templateValue(answer, question: question).map(Turn.shorten)
    let facilitator = engine.audience == .facilitator ? reflection.facilitatorText : nil
    var extra = shown.map { ["answer": $0] } ?? [:]
    // What was said after the number, yes or no, or choice, so it can be said back too.
    if let note = AnswerNote.note(of: answer, question: question) {
      extra["said_with"] = .text(Turn.shorten(note))
    }
    let text = render(facilitator ?? reflection.text, place: place, extra: extra)
    outputs.append(.say(text))
  }

  /// Long answers are shown back shortened; the stored answer keeps every word.
  static func shorten(_ text: String, to most: Int = 200) -> String {
    text.count <= most ? text : String(text.prefix(most - 3)) + "..."
  }

  /// A list's items as shown back ("a, b and c"), each shortened and the whole kept to a few
  /// lines however many items there are.
  static func shown(_ items: [String]) -> String {
    shorten(Template.join(items.map { shorten($0) }), to: 300)
  }

  /// Items each shortened so that all of them together stay within a few lines, for notices
  /// that show them one by one.
  static func shortened(_ items: [String]) -> [String] {
    let most = max(40, 300 / max(items.count, 1))
    return items.map { shorten($0, to: most) }
  }

  static func shorten(_ value: TemplateValue) -> TemplateValue {
    let cut: (String) -> String = { shorten($0) }
    switch value {
    case .text(let text): return .text(cut(text))
    case .list(let items): return .list(items.map(cut))
    }
  }
}
