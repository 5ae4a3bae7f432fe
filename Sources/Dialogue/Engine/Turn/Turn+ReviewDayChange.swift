// MARK: "Change the review day" once the day is settled

extension Turn {
  /// Once the day to look at the plan again is settled, "change the review day", "can we
  /// change the review date" or "the review should be in March" opens it: the day it is now
  /// is said, and a new one asked for (or taken at once when the line gives a whole day). A
  /// kept day becomes a new one; the plan is shown again at its next check. Returns whether
  /// the line was used up.
  mutating func changeTheReviewDay(_ line: String) -> Bool {
    guard Turn.asksToChangeTheReviewDay(line),
      let dayQuestion = script.questions.first(where: { $0.plan == .reviewDate }),
      let dayPlace = engine.agenda.place(of: AnswerKey(dayQuestion.id))
    else { return false }
    let dayKey = dayPlace.key
    let keepKey = script.questions.first(where: { $0.plan == .reviewDayKept }).map {
      AnswerKey($0.id)
    }
    let settled = [dayKey, keepKey].compactMap { $0 }
    guard settled.contains(where: { state.answers[$0] != nil }),
      let current = state.current, !settled.contains(current)
    else { return false }
    let dayNow: String? =
      if case .date(let day)? = state.answers[dayKey]?.value {
        Display.day(day)
      } else if case .choice("keep")? = keepKey.flatMap({ state.answers[$0] })?.value {
        engine.background.names[Background.Name.reviewDay]
      } else {
        nil
      }
    outputs.append(.say(Phrases.reviewDayNow(dayNow)))
    // The day was kept: it is a new day now, and the words that said so stay with it.
    if let keepKey, case .choice("keep")? = state.answers[keepKey]?.value {
      state.answers[keepKey] = Answer(
        value: .choice("new"), words: line, concepts: [], at: at)
    }
    // The plan is shown again at the next check, with the new day in it.
    let showingThePlan = Set(
      script.sections.flatMap(\.items).compactMap { item -> String? in
        if case .statement(let statement) = item, statement.showsPlan { return statement.id }
        return nil
      })
    state.said = state.said.filter { !showingThePlan.contains($0.question) }
    if let day = Turn.wholeDay(in: line, today: today),
      !(dayQuestion.validation.futureDate && day < today)
    {
      outputs.append(.say(Phrases.reviewDayChanged(Display.day(day))))
      accept(.date(day), words: line, place: dayPlace, reflecting: false)
      return true
    }
    if let answer = state.answers[dayKey] {
      beginChange(dayKey, answer: answer)
    } else {
      state.focus = dayKey
      state.moveCurrent(to: nil)
      advance()
    }
    return true
  }

  /// Whether the line asks to change the day to look at the plan again: it names the review
  /// and says to change or move it, or says when it should be.
  static func asksToChangeTheReviewDay(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line).map { $0.lowercased() }
    guard words.contains(where: { ["review", "reviews", "reveiw", "reviewed"].contains($0) })
    else { return false }
    let changing: [[String]] = [
      ["change"], ["changed"], ["move"], ["moved"], ["different"], ["new"], ["another"],
      ["should", "be"], ["make", "it"], ["put", "it"], ["instead"], ["want", "it"],
      ["needs", "to", "be"], ["ought", "to", "be"], ["has", "to", "be"],
    ]
    return AnswerReading.containsPhrase(changing, in: words)
  }

  /// A whole day said in the line ("14 March", "next Friday", "in 6 weeks"); a month alone
  /// ("in March") is not a day, so the day is asked for.
  static func wholeDay(in line: String, today: Day) -> Day? {
    guard let day = AnswerReading.date(line, today: today) else { return nil }
    let words = AnswerReading.plainWords(line).map { $0.lowercased() }
    // Whole month names: "may" is as often a word of its own.
    let months = Set(AnswerReading.months.keys.filter { $0.count > 3 })
    let namesAMonth = words.contains(where: months.contains)
    let hasANumber = words.contains { $0.contains(where: \.isNumber) }
    return namesAMonth && !hasANumber ? nil : day
  }
}
