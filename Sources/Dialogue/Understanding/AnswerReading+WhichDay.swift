extension AnswerReading {
  /// Which of two days offered ("the Tuesday after, 23rd") a reply picks: "1" or "2", "tomorrow", "the
  /// 15th", "the later one", "next week", or the day said again. Nil when the reply picks
  /// neither, so it is read afresh.
  public static func dayPicked(_ text: String, among days: [Day], today: Day) -> Day? {
    guard days.count == 2 else { return nil }
    // "1", "the second one", "the last": by where the day sits in the two shown.
    if let picked = PositionalChoice.positions(text, count: 2), picked.count == 1 {
      return days[picked[0]]
    }
    let words = plainWords(text).map(meantWord)
    let sooner: Set<String> = ["earlier", "sooner", "nearer", "closer", "first"]
    let later: Set<String> = ["later", "second"]
    if words.contains(where: later.contains) && !words.contains(where: sooner.contains) {
      return days[1]
    }
    if words.contains(where: sooner.contains) && !words.contains(where: later.contains) {
      return days[0]
    }
    let joined = words.joined(separator: " ")
    if joined.hasSuffix("next week") || joined.contains("week after") { return days[1] }
    if joined.hasSuffix("this week") { return days[0] }
    if let read = date(text, today: today), days.contains(read) { return read }
    return nil
  }

  /// "no, the Tuesday after, 22nd" to a day said back: the day meant, counted from `said`
  /// (the day just said back) rather than from today. "the Tuesday after" is that weekday in
  /// the week after `said`; a day of the month said with it wins when both name the same day.
  /// `.clash` holds both when they name different days, so the person is asked which.
  public enum DayAfterSaid: Equatable, Sendable {
    case day(Day)
    case clash(Day, Day)
  }

  public static func dayAfterSaid(_ text: String, said: Day, today: Day) -> DayAfterSaid? {
    let tokens = withDateWordsSpeltRight(tokens(text))
    var after: Day?
    for index in tokens.indices where index + 2 < tokens.count && tokens[index].isWord("the") {
      let name = tokens[index + 1]
      guard name.isWord, let weekday = weekdays[name.text], tokens[index + 2].isWord("after"),
        index + 3 >= tokens.count || !tokens[index + 3].isWord("next")
      else { continue }
      after = coming(weekday, from: said, strictlyAfter: true)
      if weekday == said.weekday { after = said.adding(days: 7) }
      break
    }
    guard let after else { return nil }
    // A day of the month in the same line: "22nd", "the 22nd", "22 December".
    let others = dateMatches(text, today: today).filter { $0 != after }
    let numbers = Set(
      text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { $0 <= 31 })
    guard let other = others.first(where: { numbers.contains($0.day) }) else {
      return .day(after)
    }
    return .clash(after, other)
  }
}
