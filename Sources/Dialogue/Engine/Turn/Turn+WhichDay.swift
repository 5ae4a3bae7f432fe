import Foundation

// MARK: A corrected day that names two days

extension Turn {
  /// A day read as an answer, after the checks that may say it back first: a check-in before
  /// the step starts, or a review day at a weekend.
  mutating func acceptDay(_ value: AnswerValue, words: String, place: Agenda.Place) {
    if offerLaterCheckIn(value, words: words, place: place) { return }
    if checkWeekendReview(value, words: words, place: place) { return }
    accept(value, words: words, place: place)
  }

  /// "no, the Tuesday after, 22nd" to the question after a day was said back ("Is this
  /// right?" after the plan with its review day): the day is put right, counted from the one
  /// said back, rather than read as a plain no with the words dropped. Returns whether it was.
  mutating func takeDayAfterSaid(_ line: String, question: Question) -> Bool {
    guard question.kind == .yesNo, let key = state.answerOrder.last,
      let old = state.answers[key], case .date(let said) = old.value,
      let meant = AnswerReading.dayAfterSaid(line, said: said, today: today),
      let place = engine.agenda.place(of: key)
    else { return false }
    state.mode = .changing(key, was: old)
    putDayRight(meant, words: line, place: place)
    return true
  }

  /// A day counted from the one said back: kept, said as changed, or when its weekday and its
  /// day of the month name different days, both offered to pick from. The answer being
  /// changed is already marked so.
  mutating func putDayRight(
    _ meant: AnswerReading.DayAfterSaid, words: String, place: Agenda.Place
  ) {
    switch meant {
    case .day(let day):
      outputs.append(.say(Phrases.corrected(Display.day(day))))
      accept(.date(day), words: words, place: place, reflecting: false)
    case .clash(let first, let second):
      confirm(.whichDay(place.key, days: [first, second], words: words))
    }
  }

  /// The reply to "Do you mean tomorrow, Tuesday 8 December, or Tuesday 15 December?": "1" or
  /// "2", "tomorrow", "the 15th", "the later one" or "next week" pick one; anything else is
  /// read afresh, as a new day, a command or a question.
  mutating func chooseDayMeant(
    _ line: String, raw: String, days: [Day], words: String, place: Agenda.Place
  ) {
    guard let day = AnswerReading.dayPicked(line, among: days, today: today) else {
      // "yes" picks neither day: the question is put again, not read as a day.
      if engine.acts.yesNo(line) != nil {
        outputs.append(.notice(Phrases.whichDayMeantHint))
        confirm(.whichDay(place.key, days: days, words: words))
        return
      }
      return process(line, raw: raw)
    }
    let said = words + "\n" + line
    if case .changing = state.mode {
      outputs.append(.say(Phrases.corrected(Display.day(day))))
      accept(.date(day), words: said, place: place, reflecting: false)
      return
    }
    acceptDay(.date(day), words: said, place: place)
  }
}

extension Phrases {
  /// "Do you mean tomorrow, Tuesday 8 December, or Tuesday 15 December?"
  static func whichDayMeant(_ days: [Day], today: Day) -> String {
    let said = days.map { dayOffered($0, today: today) }
    return "Do you mean \(said.dropLast().joined(separator: ", ")), or \(said.last ?? "")?"
  }

  /// A day offered to pick, said as people say it: "tomorrow, Tuesday 8 December".
  static func dayOffered(_ day: Day, today: Day, capitalised: Bool = false) -> String {
    let name =
      "\(Display.weekdayNames[day.weekday - 1]) \(day.day) \(Display.monthNames[day.month - 1])"
    if day == today.adding(days: 1) { return "\(capitalised ? "Tomorrow" : "tomorrow"), \(name)" }
    return day.year == today.year ? name : "\(name) \(day.year)"
  }

  static let whichDayMeantHint = "Type 1 or 2, or say the day."
  static let whichDayExplained =
    "Those words could mean more than one day. I want to check which day is meant."
}

// MARK: The day a professional's task is due by

extension Turn {
  /// "pharmacist to put her tablets in a blister pack, by next week": a time said at the end
  /// of what a professional will do is the day it is due by in the plan, so it is said back as
  /// that day, for the person to hear if it is not what was meant.
  mutating func sayDueDays(of items: [String], question: Question) {
    guard question.plan == .professionalActions || question.plan == .otherProfessionalActions
    else { return }
    for found in items.compactMap({ AnswerReading.timeAtTheEnd($0, today: today) }) {
      outputs.append(.notice(Phrases.dueBy(found.said, day: Display.day(found.day))))
    }
  }
}

extension Phrases {
  /// "By next week: that is Monday 14 December 2026."
  static func dueBy(_ said: String, day: String) -> String {
    "\(said.prefix(1).uppercased() + said.dropFirst()): that is \(day)."
  }
}
