import Foundation

// MARK: A day said where a choice leads to asking for one

extension Turn {
  /// "in a month" to "keep that day, or pick a new one?": no choice is named, but the line is
  /// a day, and the question the choice sends its words to (`content_to`) asks for a day. The
  /// choice that leads there is taken and the day kept as that question's answer, said back,
  /// so the person is not told their answer did not match. False when the line is no day, or
  /// no choice leads to a question asking for one.
  mutating func takeDayForTheChoice(
    _ line: String, question: Question, place: Agenda.Place
  ) -> Bool {
    guard question.kind == .choice, let target = question.contentTo,
      let targetQuestion = script.question(target), targetQuestion.kind == .date
    else { return false }
    let reader = AnswerInterpreter(question: targetQuestion, today: today, acts: engine.acts)
    guard case .value(let day) = reader.read(line), case .date(let chosen) = day else {
      return false
    }
    // A review day at a weekend is asked about first (see checkWeekendReview), which only
    // the day's own question does: the person picks a new day there.
    if targetQuestion.plan == .reviewDate, Turn.isWeekend(chosen) { return false }
    let key = contentKey(for: target, from: question.id, place: place)
    guard state.answers[key] == nil, let targetPlace = engine.agenda.place(of: key) else {
      return false
    }
    for choice in question.choices {
      var trial = state
      trial.answers[place.key] = Answer(
        value: .choice(choice.id), words: line, concepts: [], at: at)
      guard engine.agenda.isActive(targetPlace, in: trial) else { continue }
      state.answers[key] = Answer(value: day, words: line, concepts: [], at: at)
      state.answerOrder.removeAll { $0 == key }
      state.answerOrder.append(key)
      outputs.append(
        .say(
          Phrases.contentKept(Display.day(chosen), as: targetQuestion.label, for: engine.audience)))
      accept(.choice(choice.id), words: line, place: place)
      return true
    }
    return false
  }
}
