// MARK: "Same as the other one" for a goal's check-in day

extension Turn {
  /// "same as the other one" to a goal's check-in day names the day another goal checks in:
  /// that day is taken and said back. A line that says a day of its own ("same as the other
  /// one, 6 weeks") is read for that day as usual. Returns whether the line was used up.
  mutating func takeSameCheckIn(_ line: String, question: Question, place: Agenda.Place) -> Bool {
    guard question.plan == .goalReviewDate, Turn.saysSameAsTheOther(line),
      AnswerReading.date(line, today: today) == nil
    else { return false }
    let others = state.answers.filter {
      $0.key.question == place.key.question && $0.key.round != place.key.round
    }
    guard let latest = others.max(by: { $0.key.round < $1.key.round }),
      case .date(let day) = latest.value.value
    else { return false }
    outputs.append(.say(Phrases.sameCheckIn(Display.day(day))))
    accept(.date(day), words: line, place: place)
    return true
  }

  /// Whether the line points to another goal's answer: "same as the other one", "same day as
  /// my other goal".
  static func saysSameAsTheOther(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line)
    let pointing: [[String]] = [
      ["same", "as", "the", "other"], ["same", "as", "other"], ["same", "as", "my", "other"],
      ["same", "day", "as", "the", "other"], ["same", "as", "the", "first"],
      ["same", "as", "goal"], ["same", "as", "the", "last", "one"],
    ]
    return AnswerReading.containsPhrase(pointing, in: words)
  }
}
