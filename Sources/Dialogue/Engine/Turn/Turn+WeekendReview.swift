import Foundation

// MARK: A day to look at the plan again that falls at a weekend

extension Turn {
  /// A plan's review day on a Saturday or Sunday is asked about once, kindly: most surgeries
  /// are closed at weekends, and "in 6 weeks" may land on one without the person noticing.
  /// Returns whether the day was said back to check.
  mutating func checkWeekendReview(_ value: AnswerValue, words: String, place: Agenda.Place)
    -> Bool
  {
    guard case .date(let day) = value, let question = place.item.question,
      question.plan == .reviewDate, Turn.isWeekend(day)
    else { return false }
    confirm(.weekendReview(place.key, day: day, words: words))
    return true
  }

  /// The reply to that check: yes keeps the day; no asks for another; a day said instead is
  /// taken as it is, weekend or not, since the person has now been asked.
  mutating func keepWeekendReview(
    _ line: String, raw: String, reply: Bool?, day: Day, words: String, place: Agenda.Place
  ) {
    if reply == true {
      accept(.date(day), words: words, place: place)
      return
    }
    if let other = Turn.dayBesideWeekend(line, day: day) {
      accept(.date(other), words: line, place: place)
      return
    }
    if let question = place.item.question,
      case .value(.date(let other)) = AnswerInterpreter(question: question, today: today).read(
        line)
    {
      accept(.date(other), words: line, place: place)
      return
    }
    if reply == false {
      outputs.append(.notice(Phrases.weekendReviewRejected))
      askCurrent()
      return
    }
    process(line, raw: raw)
  }

  /// "the monday after", "the friday before": a weekday said beside the weekend day, counted
  /// from it rather than from today. Nil when the line says no such thing.
  static func dayBesideWeekend(_ line: String, day: Day) -> Day? {
    let words = AnswerReading.plainWords(line)
    guard let wanted = words.lazy.compactMap({ AnswerReading.weekdays[$0] }).first else {
      return nil
    }
    let step: Int
    if words.contains("after") {
      step = 1
    } else if words.contains("before") {
      step = -1
    } else {
      return nil
    }
    var other = day.adding(days: step)
    while other.weekday != wanted { other = other.adding(days: step) }
    return other
  }

  /// Whether a day is a Saturday or a Sunday (weekday 7 or 1).
  static func isWeekend(_ day: Day) -> Bool { day.weekday == 1 || day.weekday == 7 }
}
