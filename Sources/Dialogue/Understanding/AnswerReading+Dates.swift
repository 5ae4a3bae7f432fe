extension AnswerReading {
  /// Weekday names as Foundation numbers them (1 is Sunday). Short forms that are also common
  /// words ("sun", "sat", "wed", "mon") count only after "on", "this" or "next".
  static let weekdays: [String: Int] = [
    "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6,
    "saturday": 7, "tues": 3, "weds": 4, "thurs": 5, "thur": 5,
  ]
  static let shortWeekdays: [String: Int] = [
    "sun": 1, "mon": 2, "tue": 3, "wed": 4, "thu": 5, "fri": 6, "sat": 7,
  ]
  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
  ]
  static let ordinalWords: [String: Int] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
  ]
  /// Days in each unit of "in N units", and the most of each a person plausibly means; a larger
  /// count is not read as a date at all.
  static let spans: [String: (unit: SpanUnit, limit: Int)] = [
    "day": (.days(1), 3660), "days": (.days(1), 3660), "week": (.days(7), 520),
    "weeks": (.days(7), 520), "fortnight": (.days(14), 260), "fortnights": (.days(14), 260),
    "month": (.months(1), 120), "months": (.months(1), 120), "year": (.months(12), 10),
    "years": (.months(12), 10),
  ]

  enum SpanUnit {
    case days(Int)
    case months(Int)
  }

  /// The first day on or after `today` (or after, when `strictlyAfter`) that is `weekday`.
  static func coming(_ weekday: Int, from today: Day, strictlyAfter: Bool) -> Day {
    var ahead = (weekday - today.weekday + 7) % 7
    if ahead == 0 && strictlyAfter { ahead = 7 }
    return today.adding(days: ahead)
  }

  static func lastDay(ofMonthAfter months: Int, from today: Day) -> Day {
    let first = Day(year: today.year, month: today.month, day: 1).adding(months: months)
    return Day(year: first.year, month: first.month, day: first.daysInMonth)
  }

  /// The next `day`/`month` on or after today, or nil when no year has it (31 February). Up
  /// to eight years ahead are tried so that 29 February finds the next leap year.
  static func nextOccurrence(day: Int, month: Int, from today: Day) -> Day? {
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    for year in today.year...(today.year + 8) where Day.isValid(year: year, month: month, day: day)
    {
      let candidate = Day(year: year, month: month, day: day)
      if candidate >= today { return candidate }
    }
    return nil
  }

  /// A day of the month, from "1st", "1", "first", "twenty-first" or "thirty first".
  private static func dayOfMonth(_ tokens: [AnswerToken], at start: Int) -> (Int, Int)? {
    guard start < tokens.count else { return nil }
    let token = tokens[start]
    switch token.kind {
    case .ordinal(let value):
      return (1...31).contains(value) ? (value, start + 1) : nil
    case .number(let value):
      guard token.text.count <= 2, value >= 1, value <= 31, value == value.rounded() else {
        return nil
      }
      return (Int(value), start + 1)
    case .word:
      if let value = ordinalWords[token.text] { return (value, start + 1) }
      guard token.text == "twenty" || token.text == "thirty" else { return nil }
      var index = start + 1
      if index < tokens.count, tokens[index].isSymbol(dashes), !tokens[index].spaced {
        index += 1
      }
      guard index < tokens.count, let unit = ordinalWords[tokens[index].text], unit < 10,
        tokens[index].isWord
      else { return nil }
      let value = (token.text == "twenty" ? 20 : 30) + unit
      return value <= 31 ? (value, index + 1) : nil
    case .symbol:
      return nil
    }
  }

  /// A four-digit year after a day and month: "1 December 2026", "December 1st, 2026".
  private static func year(_ tokens: [AnswerToken], at start: Int) -> (Int, Int)? {
    var index = start
    if index < tokens.count, tokens[index].isSymbol([","]) { index += 1 }
    guard index < tokens.count, tokens[index].text.count == 4, let value = tokens[index].number,
      value >= 1000, value <= 9999
    else { return nil }
    return (Int(value), index + 1)
  }

  /// A day and a month, in either order, with an optional year; nil when that day does not
  /// exist, so "31 February" is never read as some other day.
  private static func dayMonth(_ tokens: [AnswerToken], at start: Int, today: Day) -> (Day?, Int)? {
    var day: Int
    var month: Int
    var index: Int
    if let (found, end) = dayOfMonth(tokens, at: start) {
      var next = end
      if next < tokens.count, tokens[next].isWord("of") { next += 1 }
      guard next < tokens.count, tokens[next].isWord, let found2 = months[tokens[next].text]
      else { return nil }
      (day, month, index) = (found, found2, next + 1)
    } else if tokens[start].isWord, let found = months[tokens[start].text] {
      var next = start + 1
      if next < tokens.count, tokens[next].isWord("the") { next += 1 }
      guard let (found2, end) = dayOfMonth(tokens, at: next) else { return nil }
      (day, month, index) = (found2, found, end)
    } else {
      return nil
    }
    if let (year, end) = year(tokens, at: index) {
      let exists = Day.isValid(year: year, month: month, day: day)
      return (exists ? Day(year: year, month: month, day: day) : nil, end)
    }
    return (nextOccurrence(day: day, month: month, from: today), index)
  }

  /// Dates in figures, UK order: "1/12", "01/12/2026", "01/12/26", "01-12-2026", and ISO
  /// "2026-12-01".
  private static func numericDate(_ tokens: [AnswerToken], at start: Int, today: Day) -> (
    Day?, Int
  )? {
    guard start + 2 < tokens.count, tokens[start].number != nil,
      tokens[start + 2].number != nil, !tokens[start + 1].spaced, !tokens[start + 2].spaced
    else { return nil }
    let separator = tokens[start + 1].text
    guard ["/", "-"].contains(separator), tokens[start + 1].kind == .symbol else { return nil }
    let threeParts = isNumericDate(tokens, at: start)
    // "6-7" and "7.5" are numbers; only a slash makes a two-part date.
    guard threeParts || separator == "/" else { return nil }
    let parts = stride(from: start, through: start + (threeParts ? 4 : 2), by: 2).map {
      tokens[$0].text
    }
    guard parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
      return nil
    }
    let end = start + (threeParts ? 5 : 3)
    let numbers = parts.map { Int($0) ?? -1 }
    if threeParts && parts[0].count == 4 {
      guard parts[1].count <= 2, parts[2].count <= 2 else { return nil }
      let exists = Day.isValid(year: numbers[0], month: numbers[1], day: numbers[2])
      return (exists ? Day(year: numbers[0], month: numbers[1], day: numbers[2]) : nil, end)
    }
    guard parts[0].count <= 2, parts[1].count <= 2 else { return nil }
    if threeParts {
      guard parts[2].count == 4 || parts[2].count == 2 else { return nil }
      let year = parts[2].count == 2 ? 2000 + numbers[2] : numbers[2]
      let exists = Day.isValid(year: year, month: numbers[1], day: numbers[0])
      return (exists ? Day(year: year, month: numbers[1], day: numbers[0]) : nil, end)
    }
    return (nextOccurrence(day: numbers[0], month: numbers[1], from: today), end)
  }

  /// "in 3 days", "in a fortnight", "two weeks from now", "in 2 or 3 weeks' time".
  private static func span(_ tokens: [AnswerToken], at start: Int, today: Day) -> (Day?, Int)? {
    var index = start
    let leadingIn = tokens[index].isWord("in") || tokens[index].isWord("within")
    if leadingIn { index += 1 }
    guard index < tokens.count else { return nil }
    var count: Double
    if tokens[index].isWord("a") || tokens[index].isWord("an"), index + 1 < tokens.count,
      spans[tokens[index + 1].text] != nil, tokens[index + 1].isWord
    {
      (count, index) = (1, index + 1)
    } else if let match = numberPhrase(tokens, at: index), match.outOf == nil {
      (count, index) = (match.value, match.end)
    } else {
      return nil
    }
    guard index < tokens.count, tokens[index].isWord, let (unit, limit) = spans[tokens[index].text]
    else { return nil }
    index += 1
    var trailing = false
    if index < tokens.count, tokens[index].isWord("time") || tokens[index].isWord("s") {
      trailing = true
      index += 1
      if index < tokens.count, tokens[index].isWord("time") { index += 1 }
    } else if index + 1 < tokens.count, tokens[index].isWord("from"),
      tokens[index + 1].isWord("now") || tokens[index + 1].isWord("today")
    {
      trailing = true
      index += 2
    }
    // "I walk 2 days a week" is not a date: a bare count needs "in" or "from now", unless it
    // is the whole answer ("2 weeks", "a month", "erm, 3 days").
    // "same as the other one, 6 weeks": a count that ends the line after a comma is that
    // clause's whole answer.
    let endsAfterComma =
      start > 0 && tokens[start - 1].isSymbol([",", "-", ";"])
      && tokens[index...].allSatisfy { !$0.isWord || trailingSoftWords.contains($0.text) }
    guard leadingIn || trailing || endsAfterComma || isWholeAnswer(tokens, from: start, to: index)
    else {
      return nil
    }
    guard count >= 0, count == count.rounded(), count <= Double(limit) else { return (nil, index) }
    let whole = Int(count)
    switch unit {
    case .days(let size): return (today.adding(days: whole * size), index)
    case .months(let size): return (today.adding(months: whole * size), index)
    }
  }

  /// Words that may follow a span that is the whole answer ("2 weeks or so", "a month ish").
  static let trailingSoftWords: Set<String> = [
    "or", "so", "ish", "please", "thanks", "maybe", "roughly", "about",
  ]

  /// Whether the phrase from `start` to `end` is the whole answer: only lead-ins ("erm",
  /// "about") before it, and nothing but softeners and punctuation after it.
  static func isWholeAnswer(_ tokens: [AnswerToken], from start: Int, to end: Int) -> Bool {
    tokens[..<start].allSatisfy { leadIns.contains($0.text) }
      && tokens[end...].allSatisfy { !$0.isWord || trailingSoftWords.contains($0.text) }
  }

  /// Words that name a day by where it falls: "today", "next Tuesday", "end of next month".
  private static func namedDay(_ tokens: [AnswerToken], at start: Int, today: Day) -> (Day, Int)? {
    func word(_ offset: Int) -> String? {
      let index = start + offset
      return index < tokens.count && tokens[index].isWord ? tokens[index].text : nil
    }
    func weekday(_ offset: Int, allowShort: Bool) -> Int? {
      guard let name = word(offset) else { return nil }
      return weekdays[name] ?? (allowShort ? shortWeekdays[name] : nil)
    }
    func word(at index: Int) -> String? {
      index < tokens.count && tokens[index].isWord ? tokens[index].text : nil
    }
    /// What may follow a weekday, in British speech: "Tuesday week", "Tuesday after next" and
    /// "the Tuesday after" are the Tuesday a week after the coming one; "Tuesday next week" is
    /// the Tuesday of the week that starts on the coming Monday.
    func weekdayWeek(_ day: Day, _ end: Int) -> (Day, Int) {
      switch (word(at: end), word(at: end + 1)) {
      case ("week", _): return (day.adding(days: 7), end + 1)
      case ("after", "next"): return (day.adding(days: 7), end + 2)
      case ("after", nil) where start > 0 && tokens[start - 1].isWord("the"):
        return (day.adding(days: 7), end + 1)
      case ("next", "week"):
        let monday = coming(2, from: today, strictlyAfter: true)
        return (coming(day.weekday, from: monday, strictlyAfter: false), end + 2)
      default: return (day, end)
      }
    }
    switch word(0) ?? "" {
    case "today", "tonight": return (today, start + 1)
    case "tomorrow": return (today.adding(days: 1), start + 1)
    case "yesterday": return (today.adding(days: -1), start + 1)
    case "day" where word(1) == "after" && word(2) == "tomorrow":
      return (today.adding(days: 2), start + 3)
    case "next" where word(1) == "week":
      return (coming(2, from: today, strictlyAfter: true), start + 2)
    case "next" where word(1) == "month":
      return (Day(year: today.year, month: today.month, day: 1).adding(months: 1), start + 2)
    case "week" where word(1) == "after" && word(2) == "next":
      return (coming(2, from: today, strictlyAfter: true).adding(days: 7), start + 3)
    case "next", "on":
      guard let found = weekday(1, allowShort: true) else { return nil }
      return weekdayWeek(coming(found, from: today, strictlyAfter: true), start + 2)
    case "this":
      guard let found = weekday(1, allowShort: true) else { return nil }
      return weekdayWeek(coming(found, from: today, strictlyAfter: false), start + 2)
    case "end" where word(1) == "of":
      var offset = 2
      if word(offset) == "the" || word(offset) == "this" { offset += 1 }
      switch word(offset) ?? "" {
      case "month": return (lastDay(ofMonthAfter: 0, from: today), start + offset + 1)
      case "year": return (Day(year: today.year, month: 12, day: 31), start + offset + 1)
      case "next" where word(offset + 1) == "month":
        return (lastDay(ofMonthAfter: 1, from: today), start + offset + 2)
      case let name where months[name] != nil:
        let month = months[name]!
        let year = month >= today.month ? today.year : today.year + 1
        let last = Day(year: year, month: month, day: 1)
        return (Day(year: year, month: month, day: last.daysInMonth), start + offset + 1)
      default: return nil
      }
    case "start" where word(1) == "of", "beginning" where word(1) == "of":
      guard word(2) == "next", word(3) == "month" else { return nil }
      return (Day(year: today.year, month: today.month, day: 1).adding(months: 1), start + 4)
    default:
      guard let found = weekday(0, allowShort: false) else { return nil }
      return weekdayWeek(coming(found, from: today, strictlyAfter: true), start + 1)
    }
  }

  /// Words after which a day of the month in figures ("on 22nd", "by 3rd") names a date.
  static let beforeADayOfTheMonth: Set<String> = [
    "on", "by", "until", "till", "til", "before", "from", "for",
  ]

  /// "the 5th" alone, or "22nd" as the whole answer or after "on" or "by": the next 5th of a
  /// month on or after today.
  private static func dayOfMonthAlone(_ tokens: [AnswerToken], at start: Int, today: Day) -> (
    Day?, Int
  )? {
    // Only "the 5th" or "5th" in figures: "the first" and "the second" are far more often not
    // dates.
    let saysThe = tokens[start].isWord("the")
    let at = saysThe ? start + 1 : start
    guard at < tokens.count, case .ordinal = tokens[at].kind,
      let (day, end) = dayOfMonth(tokens, at: at)
    else { return nil }
    // "22nd" without "the" only where nothing else could be meant: alone, after "on" or "by",
    // or as a clause of its own after a comma, and with no word after it ("my 2nd goal", "the
    // 1st floor" and "3rd time" are not dates).
    if !saysThe {
      let before = start > 0 ? tokens[start - 1] : nil
      let ledIn =
        before.map {
          $0.isSymbol([",", "-", ";"]) || ($0.isWord && beforeADayOfTheMonth.contains($0.text))
        } ?? true
      let nothingAfter = tokens[end...].allSatisfy {
        !$0.isWord || trailingSoftWords.contains($0.text)
      }
      guard nothingAfter, ledIn || isWholeAnswer(tokens, from: start, to: end) else { return nil }
    }
    var month = Day(year: today.year, month: today.month, day: 1)
    for _ in 0..<3 {
      if Day.isValid(year: month.year, month: month.month, day: day) {
        let candidate = Day(year: month.year, month: month.month, day: day)
        if candidate >= today { return (candidate, end) }
      }
      month = month.adding(months: 1)
    }
    return (nil, end)
  }

  /// The day one date phrase starting at `start` names, and where it ends, as `dateMatches`
  /// reads it; `.some(nil)` day for a phrase that names no real day.
  static func datePhrase(_ tokens: [AnswerToken], at start: Int, today: Day) -> (
    Day?, Int
  )? {
    if let (day, end) = spokenDay(tokens, at: start, today: today) { return (day, end) }
    if let found = weekdayWithDate(tokens, at: start, today: today)
      ?? dayMonth(tokens, at: start, today: today)
      ?? numericDate(tokens, at: start, today: today)
      ?? span(tokens, at: start, today: today)
      ?? dayOfMonthAlone(tokens, at: start, today: today)
    {
      return found
    }
    if let (day, end) = namedDay(tokens, at: start, today: today)
      ?? monthAlone(tokens, at: start, today: today)
    {
      return (day, end)
    }
    return nil
  }

  /// Every date phrase in order. A phrase that names an impossible day is passed over, not
  /// read as a nearby day.
  static func dateMatches(_ text: String, today: Day) -> [Day] {
    let tokens = withDateWordsSpeltRight(tokens(text))
    var found: [Day] = []
    var index = 0
    while index < tokens.count {
      if let (day, end) = spokenDay(tokens, at: index, today: today) {
        found.append(day)
        index = end
      } else if let (day, end) = weekdayWithDate(tokens, at: index, today: today)
        ?? dayMonth(tokens, at: index, today: today)
        ?? numericDate(tokens, at: index, today: today)
        ?? span(tokens, at: index, today: today)
        ?? dayOfMonthAlone(tokens, at: index, today: today)
      {
        if let day { found.append(day) }
        index = end
      } else if let (day, end) = namedDay(tokens, at: index, today: today)
        ?? monthAlone(tokens, at: index, today: today)
      {
        found.append(day)
        index = end
      } else {
        index += 1
      }
    }
    return found
  }

  /// "in January", "by March": a month named alone is its first day, the next one to come
  /// (this month's name is next year's, as its first day has gone).
  static func monthAlone(_ tokens: [AnswerToken], at start: Int, today: Day) -> (Day, Int)? {
    guard start + 1 < tokens.count, ["in", "by", "during", "early"].contains(tokens[start].text),
      tokens[start + 1].isWord, let month = months[tokens[start + 1].text]
    else { return nil }
    // "in may be" is not a month: a month alone is not followed by a verb-like "be".
    if start + 2 < tokens.count, tokens[start + 2].isWord("be") { return nil }
    let year = month > today.month ? today.year : today.year + 1
    return (Day(year: year, month: month, day: 1), start + 2)
  }

  /// "friday 26th", "Friday the 26th of February": a weekday said with its date names a day
  /// that is both, the next Friday that is a 26th (26 February, not the coming Friday 11
  /// December). When none is both (Friday 27 February 2027), nothing is read, so the person is
  /// asked again rather than given either half.
  static func weekdayWithDate(_ tokens: [AnswerToken], at start: Int, today: Day) -> (
    Day?, Int
  )? {
    var index = start
    var allowShort = false
    if index < tokens.count, ["on", "next", "this"].contains(tokens[index].text) {
      index += 1
      allowShort = true
    }
    guard index < tokens.count, tokens[index].isWord,
      let weekday = weekdays[tokens[index].text]
        ?? (allowShort ? shortWeekdays[tokens[index].text] : nil)
    else { return nil }
    index += 1
    if index < tokens.count, tokens[index].isSymbol([","]) { index += 1 }
    if index < tokens.count, tokens[index].isWord("the") { index += 1 }
    guard index < tokens.count else { return nil }
    if let (day, end) = dayMonth(tokens, at: index, today: today) {
      return (day.flatMap { $0.weekday == weekday ? $0 : nil }, end)
    }
    // A day of the month alone only as "26th" or "twenty-sixth": "friday 2" may be a time.
    if case .number = tokens[index].kind { return nil }
    guard let (number, end) = dayOfMonth(tokens, at: index) else { return nil }
    var month = Day(year: today.year, month: today.month, day: 1)
    for _ in 0..<15 {
      if Day.isValid(year: month.year, month: month.month, day: number) {
        let candidate = Day(year: month.year, month: month.month, day: number)
        if candidate >= today, candidate.weekday == weekday { return (candidate, end) }
      }
      month = month.adding(months: 1)
    }
    return (nil, end)
  }
}
