// MARK: Days named by the holiday they fall on or near

extension AnswerReading {
  /// Holidays people plan around, as (day, month), by the words and misspellings they are
  /// typed with: "the monday after crismas" is a day, not next Monday.
  static let holidays: [String: (day: Int, month: Int)] = [
    "christmas": (25, 12), "xmas": (25, 12), "crismas": (25, 12), "chrismas": (25, 12),
    "christmass": (25, 12), "crimbo": (25, 12), "boxing": (26, 12),
    "newyear": (1, 1), "newyears": (1, 1),
  ]

  /// The holiday whose name starts at `start` ("christmas", "christmas day", "boxing day",
  /// "new year", "new years day"), its next day from today, and where the name ends.
  static func holiday(_ tokens: [AnswerToken], at start: Int, today: Day) -> (Day, Int)? {
    func word(_ index: Int) -> String? {
      index < tokens.count && tokens[index].isWord ? tokens[index].text : nil
    }
    guard var name = word(start) else { return nil }
    var end = start + 1
    if name == "new", let next = word(end), next == "year" || next == "years" || next == "year's" {
      name = "newyear"
      end += 1
    }
    guard let (day, month) = holidays[name] else { return nil }
    if name == "boxing", word(end) != "day" { return nil }
    // "a new year resolution" is no day: "new year" is one only said alone or as a day.
    if name == "newyear", let next = word(end), next != "day", next != "eve" { return nil }
    // "christmas eve", "new years eve": the day before.
    let eve = word(end) == "eve"
    if word(end) == "day" || eve { end += 1 }
    guard let date = nextOccurrence(day: day, month: month, from: today.adding(days: eve ? 1 : 0))
    else { return nil }
    return (eve ? date.adding(days: -1) : date, end)
  }

  /// "the monday after crismas", "christmas day", "friday before christmas": a day named by a
  /// holiday. "after christmas" alone names no one day: nil, so the day is asked for, rather
  /// than Christmas Day itself being taken.
  static func dayByAHoliday(_ tokens: [AnswerToken], at start: Int, today: Day) -> (Day, Int)? {
    func word(_ index: Int) -> String? {
      index < tokens.count && tokens[index].isWord ? tokens[index].text : nil
    }
    var index = start
    if word(index) == "the" { index += 1 }
    if let name = word(index), let weekday = weekdays[name],
      let direction = word(index + 1), direction == "after" || direction == "before",
      let (date, end) = holiday(tokens, at: index + 2, today: today)
    {
      let step = direction == "after" ? 1 : -1
      var day = date.adding(days: step)
      while day.weekday != weekday { day = day.adding(days: step) }
      return (day, end)
    }
    let before = start > 0 ? word(start - 1) : nil
    guard !["after", "before", "till", "until", "til", "around", "about"].contains(before ?? ""),
      let found = holiday(tokens, at: start, today: today)
    else { return nil }
    return found
  }
}
