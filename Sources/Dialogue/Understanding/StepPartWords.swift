// MARK: What part of a step some words are

/// What kind of step part some words clearly are: a day to start, days that repeat, a
/// stretch of time, a time of day, an amount, or how often. One reading, used by the one
/// check of whether an answer fits the part it was given to.
public enum StepPartWords: Equatable, Sendable {
  /// A single day: "thursdy", "nex week", "tomorrow".
  case day
  /// A day that comes round each week: "thursdays", "every thursday".
  case days
  /// How often without a day: "every day", "twice a week", "daily".
  case often
  /// A stretch of time with no day: "a cupla weeks", "for a month".
  case period
  /// A time of day: "after breakfast", "in the morning", "3pm".
  case timeOfDay
  /// How much: "ten minutes", "2 glasses", "half an hour".
  case amount
  /// A place: "at the park", "in the garden", "home".
  case place

  /// The part of a step these words belong to, or nil when they could be anything (then
  /// they fit wherever they were given).
  public var part: ReadBackPart? {
    switch self {
    case .day: .start
    case .days, .often: .howOften
    case .period: nil
    case .timeOfDay: .when
    case .amount: .howMuch
    case .place: .where
    }
  }
}

extension AnswerReading {
  static let timeOfDayWords: Set<String> = [
    "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights",
    "breakfast", "lunch", "lunchtime", "dinner", "tea", "teatime", "supper", "bedtime", "bed",
    "am", "pm", "oclock", "midday", "noon", "dinnertime", "brekkie", "brekky", "nite", "nites",
    "mornin", "evenin", "arvo",
  ]
  static let amountWords: Set<String> = [
    "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "glass", "glasses", "cup",
    "cups", "steps", "step", "mile", "miles", "lengths", "laps", "bit", "few", "lot", "little",
    "much",
  ]
  /// Words that say how often on their own.
  static let oftenWords: Set<String> = [
    "every", "daily", "weekly", "each", "nightly", "everyday",
  ]
  /// Words that count times: how many ("once", "3 times") unless a stretch follows ("twice a
  /// week", "once every day"), when they say how often.
  static let countWords: Set<String> = ["once", "twice", "times", "thrice"]
  static let periodWords: Set<String> = [
    "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years",
  ]
  static let dayWords: Set<String> = ["today", "tomorrow", "tonight", "weekend"]
  /// Places people do a step: only places, never a time ("home" is one, "after tea" is not).
  static let placeWords: Set<String> = [
    "home", "park", "garden", "outside", "indoors", "inside", "outdoors", "gym", "pool", "shop",
    "shops", "club", "street", "road", "kitchen", "bedroom", "lounge", "church", "beach",
    "centre", "house", "flat", "library", "pub", "surgery", "allotment", "yard", "village",
    "town", "leisure", "upstairs", "downstairs",
  ]

  /// The weekday a word names, allowing a plural ("thursdays") and everyday misspellings.
  static func weekday(_ word: String) -> (day: Int, plural: Bool)? {
    let spelt = dateWordSpellings[word] ?? word
    if let day = weekdays[spelt] { return (day, false) }
    guard spelt.hasSuffix("s") else { return nil }
    let single = String(spelt.dropLast())
    let fixed = dateWordSpellings[single] ?? single
    return weekdays[fixed].map { ($0, true) }
  }

  /// Each kind of step part the words name. Words name a kind only by words of that kind;
  /// "a cupla weeks" is a stretch of time, "every thursday" is days that repeat.
  public static func stepPartKinds(_ text: String) -> Set<StepPartWords> {
    let words = plainWords(text).map(meantWord)
    var kinds: Set<StepPartWords> = []
    let repeating = words.contains { oftenWords.contains($0) }
    for (index, word) in words.enumerated() {
      if let found = weekday(word) {
        kinds.insert(found.plural || repeating ? .days : .day)
      } else if dayWords.contains(word) {
        kinds.insert(.day)
      } else if timeOfDayWords.contains(word)
        || (word.first?.isNumber == true && (word.hasSuffix("am") || word.hasSuffix("pm")))
      {
        kinds.insert(.timeOfDay)
      } else if amountWords.contains(word) {
        kinds.insert(.amount)
      } else if placeWords.contains(word), !isDestination(index, in: words) {
        kinds.insert(.place)
      } else if periodWords.contains(word) {
        // "next week" is a day to start; "twice a week" says how often; "a cupla weeks" is a
        // stretch of time; "this week" could be any day of it, so it says nothing here.
        let before = index > 0 ? words[index - 1] : ""
        if before == "next" {
          kinds.insert(.day)
        } else if before == "this" {
          continue
        } else if repeating || before == "per"
          || before == "a" && index > 1 && countWords.contains(words[index - 2])
        {
          kinds.insert(.often)
        } else {
          kinds.insert(.period)
        }
      } else if oftenWords.contains(word) {
        kinds.insert(.often)
      } else if countWords.contains(word) {
        let after = words.dropFirst(index + 1).prefix(2)
        let stretch = after.contains { periodWords.contains($0) || $0 == "day" || $0 == "night" }
        kinds.insert(stretch ? .often : .amount)
      }
    }
    if kinds.contains(.days) { kinds.remove(.often) }
    if kinds.contains(.often) { kinds.remove(.period) }
    return kinds
  }

  /// Whether the place at `index` is where the step goes ("walk to the shop"), which is part of
  /// what the person will do, not where they will be.
  static func isDestination(_ index: Int, in words: [String]) -> Bool {
    let before = words[..<index].suffix(2)
    return before.last == "to"
      || (before.first == "to" && ["the", "my", "a", "our", "me"].contains(before.last ?? ""))
  }

  /// Openings that say the person does not know, before a guess of their own ("dunno every
  /// day", "not sure, maybe ten minutes").
  static let dontKnowOpenings: [[String]] = [
    ["i", "dont", "know"], ["dont", "know"], ["do", "not", "know"], ["dunno"], ["idk"],
    ["not", "sure"], ["no", "idea"], ["unsure"], ["im", "not", "sure"],
  ]
  static let guessWords: Set<String> = ["maybe", "probably", "perhaps", "about", "say", "around"]

  /// The words after a "don't know" at the start of a line ("every day" of "dunno every
  /// day"), or nil when the line does not open with one or says nothing after it.
  public static func afterDontKnow(_ text: String) -> String? {
    let typed = text.split(whereSeparator: \.isWhitespace).map(String.init)
    func plain(_ pieces: ArraySlice<String>) -> [String] { pieces.flatMap(plainWords) }
    for opening in dontKnowOpenings where typed.count > opening.count {
      guard plain(typed.prefix(opening.count)) == opening else { continue }
      var rest = typed.dropFirst(opening.count)
      while let first = rest.first, rest.count > 1,
        plainWords(first).allSatisfy(guessWords.contains)
      {
        rest = rest.dropFirst()
      }
      let fragment = rest.joined(separator: " ")
        .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
      return fragment.isEmpty ? nil : fragment
    }
    return nil
  }
}
