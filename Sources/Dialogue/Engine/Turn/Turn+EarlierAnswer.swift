// MARK: "Same as before" to a question answered last time

extension Turn {
  /// At a question with an answer from last time (`earlier`), a line that only keeps it ("same
  /// answer", "same as before", "no change") keeps that answer, said back, rather than its
  /// own words; the words typed stay with the answer. To "is that still right?" it is a yes. A day that has gone by is asked again,
  /// and a question with nothing from last time says so. An answer being changed in this
  /// conversation is left to `takePartInASentence`, which keeps the one being changed.
  /// Returns whether the line was used up.
  mutating func keepEarlierAnswer(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard let field = question.earlier, state.changing?.key != place.key,
      AnswerReading.keepsTheEarlierAnswer(line)
    else { return false }
    let adds = question.plan.map(Turn.addsToWhatWasThere.contains) == true
    if adds, earlierAnswer(field, place: place) == nil {
      // Nothing was there, and nothing is new.
      outputs.append(.say(Phrases.nothingNewToAdd))
      accept(.skipped(.skipped), words: line, place: place)
      return true
    }
    guard let before = earlierAnswer(field, place: place) else {
      outputs.append(.notice(Phrases.nothingFromLastTime(for: engine.audience)))
      askCurrent()
      return true
    }
    let value: AnswerValue
    var shown = before
    switch question.kind {
    // What is new adds to what was there: kept as it was, nothing is added.
    case _ where adds:
      value = .skipped(.skipped)
    case .scale:
      guard let number = AnswerReading.number(before) else { return false }
      value = .number(number)
    case .date:
      guard let day = Day(iso: before) ?? AnswerReading.date(before, today: today) else {
        return false
      }
      shown = Display.day(day)
      // Today is no day to look forward to either: it is the day of this look back.
      if question.validation.futureDate, day <= today {
        outputs.append(
          .notice(
            day == today ? Phrases.lastTimesDayIsToday(shown) : Phrases.lastTimesDayHasGone(shown)))
        askCurrent()
        return true
      }
      value = .date(day)
    case .list:
      // The list from last time stands, as a skip keeps it.
      value = .skipped(.skipped)
    case .yesNo:
      // "Is that still right?" with words for a no (`content_to`): what was said still holds.
      guard question.contentTo != nil else { return false }
      value = .yesNo(!question.contentMeans)
    default:
      value = .text(before)
    }
    outputs.append(.say(Phrases.keptFromLastTime(Turn.shorten(shown), for: engine.audience)))
    accept(value, words: line, place: place)
    return true
  }

  /// "Same as before" at a question reached by choosing to change something (the new goal
  /// after "Change the goal", a new step after "Choose a new step"): the person has thought
  /// again about the change, so the choice that led here is taken back (`same_as_before`), said
  /// so, and the conversation goes on from the choice that keeps things as they were. Before,
  /// "same as before" was kept as the new goal's words. "Back" then asks the choice again.
  /// Returns whether the line was used up.
  mutating func takeBackTheChoice(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard !question.sameAsBefore.isEmpty, state.changing?.key != place.key,
      AnswerReading.keepsTheEarlierAnswer(line)
    else { return false }
    let answers = context(for: place)
    for rule in question.sameAsBefore {
      let key = answers.key(for: rule.question)
      guard let made = state.answers[key], made.value == .choice(rule.was),
        let choicePlace = engine.agenda.place(of: key),
        let becomes = choicePlace.item.question?.choices.first(where: { $0.id == rule.becomes })
      else { continue }
      let shown =
        engine.audience == .facilitator ? becomes.facilitatorText ?? becomes.text : becomes.text
      outputs.append(.say(Phrases.choiceTakenBack(shown, for: engine.audience)))
      // Made as a change of that answer, so anything that hung on the old choice is set aside.
      state.mode = .changing(key, was: made)
      accept(.choice(rule.becomes), words: line, place: choicePlace)
      return true
    }
    return false
  }

  /// Plan fields whose answers are added to what the plan already has.
  static let addsToWhatWasThere: Set<PlanField> = [.whatMatters, .careNews, .informationNeeds]

  /// The answer from last time the field names: the field of this round's item, when the
  /// question repeats over a list, or else a name the program gave. Nil when it is empty.
  func earlierAnswer(_ field: String, place: Agenda.Place) -> String? {
    let inRound = script.sections[place.sectionIndex].repeating?.over.flatMap {
      engine.background.value(field, of: $0, at: place.round)
    }
    guard let value = inRound ?? engine.background.names[field], !Whitespace.isBlank(value)
    else { return nil }
    return value
  }
}
