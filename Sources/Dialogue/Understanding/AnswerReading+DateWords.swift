extension AnswerReading {
  /// Everyday misspellings and short forms of the words that name a day by where it falls,
  /// and the word each stands for. Only words that cannot mean anything else in a date answer
  /// are here: "nex" is "next", but "mon" stays a weekday only after "on" or "next".
  static let dateWordSpellings: [String: String] = [
    "nex": "next", "nxt": "next", "nexy": "next", "tomoz": "tomorrow", "tomorow": "tomorrow",
    "tommorow": "tomorrow", "tommorrow": "tomorrow", "tomorro": "tomorrow", "tmrw": "tomorrow",
    "tmr": "tomorrow", "tomoro": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow",
    "tomrrow": "tomorrow", "todat": "today", "tday": "today", "wk": "week", "weeek": "week",
    "wks": "weeks", "mnths": "months", "mths": "months",
    "fortnite": "fortnight", "fortnigt": "fortnight", "mnth": "month", "mondy": "monday",
    "munday": "monday", "tuseday": "tuesday", "teusday": "tuesday", "wensday": "wednesday",
    "wednsday": "wednesday", "wendsday": "wednesday", "thrusday": "thursday",
    "thursdy": "thursday", "firday": "friday", "fridy": "friday", "saterday": "saturday",
    "satuday": "saturday", "sundy": "sunday", "cupla": "couple", "coupla": "couple",
    "cuple": "couple", "cupple": "couple", "couplw": "couple", "weks": "weeks",
    "munth": "month", "dys": "days", "tuesdy": "tuesday", "tusday": "tuesday",
    "tuesdey": "tuesday", "wednesdy": "wednesday", "wensdy": "wednesday", "thurday": "thursday",
    "thursdey": "thursday", "frday": "friday", "satdy": "saturday", "sataday": "saturday",
    "sundey": "sunday", "mundy": "monday", "mondey": "monday",
    "satday": "saturday", "saturdy": "saturday", "wensdey": "wednesday",
    "decembr": "december", "decmber": "december", "desember": "december", "januray": "january",
    "janury": "january", "febuary": "february", "feburary": "february",
  ]

  /// The tokens with misspelt date words put right, so every date reader sees the word meant.
  static func withDateWordsSpeltRight(_ tokens: [AnswerToken]) -> [AnswerToken] {
    tokens.map { token in
      guard token.isWord, let meant = dateWordSpellings[token.text] else { return token }
      var fixed = token
      fixed.text = meant
      return fixed
    }
  }

  /// Words that may come before "a week" when it is the whole answer ("erm, about a week").
  static let leadIns: Set<String> = [
    "about", "around", "say", "maybe", "erm", "um", "er", "oh", "in", "like", "just", "",
    ",", "ok", "okay", "well", "hmm",
  ]

  /// Ways of naming a day that need the words around them: "a week" or "a fortnight" on their
  /// own (from today), "a week on Monday" (in the UK, the Monday a week after the coming one),
  /// "mid April" (the 15th) and "the middle of next month".
  static func spokenDay(_ tokens: [AnswerToken], at start: Int, today: Day) -> (Day, Int)? {
    if let found = dayByAHoliday(tokens, at: start, today: today) { return found }
    func word(_ offset: Int) -> String? {
      let index = start + offset
      return index < tokens.count && tokens[index].isWord ? tokens[index].text : nil
    }
    // "a week on Monday", "a week Monday", "a fortnight on Friday".
    if word(0) == "a", let unit = word(1), unit == "week" || unit == "fortnight" {
      let length = unit == "week" ? 7 : 14
      var offset = 2
      if word(offset) == "on" || word(offset) == "from" { offset += 1 }
      if let name = word(offset), let weekday = weekdays[name] ?? shortWeekdays[name],
        offset > 2 || weekdays[name] != nil
      {
        let coming = coming(weekday, from: today, strictlyAfter: true)
        return (coming.adding(days: length), start + offset + 1)
      }
      // "a week" or "a fortnight" as the whole answer, or followed by "today" or "time": in
      // "I walk 2 days a week" it is how often, not when.
      let alone = tokens[..<start].allSatisfy { leadIns.contains($0.text) }
      if alone && (start + 2 == tokens.count || word(2) == "today" || word(2) == "time") {
        let end = start + (word(2) == nil ? 2 : 3)
        return (today.adding(days: length), end)
      }
      return nil
    }
    // "mid April", "mid-April", "the middle of April", "middle of next month".
    var offset = 0
    if word(0) == "the" { offset = 1 }
    guard let first = word(offset), first == "mid" || first == "middle" else { return nil }
    offset += 1
    while offset < 4, start + offset < tokens.count,
      tokens[start + offset].isSymbol(dashes) || word(offset) == "of" || word(offset) == "the"
        || word(offset) == "this"
    {
      offset += 1
    }
    if let name = word(offset), let month = months[name] {
      let year = month >= today.month ? today.year : today.year + 1
      var middle = Day(year: year, month: month, day: 15)
      if middle < today { middle = Day(year: year + 1, month: month, day: 15) }
      return (middle, start + offset + 1)
    }
    if word(offset) == "next", word(offset + 1) == "month" {
      let next = Day(year: today.year, month: today.month, day: 1).adding(months: 1)
      return (Day(year: next.year, month: next.month, day: 15), start + offset + 2)
    }
    if word(offset) == "month" {
      let middle = Day(year: today.year, month: today.month, day: 15)
      return (middle >= today ? middle : middle.adding(months: 1), start + offset + 1)
    }
    return nil
  }
}
