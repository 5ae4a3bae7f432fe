// MARK: Parts of a step said in the step's own words

/// The phrases that say a part of a step inside the step itself: "walk up and down the
/// hallway for 5 mins after lunch" already says how long and when. They are read from the
/// lexicon (`acts: step-parts:` in Prompts/lexicon.yaml), so a service can add its own places
/// and mealtimes, and every phrase is kept as its words, compared as the act reader compares
/// them.
///
/// Only clear phrases count: an opening ("for", "after", "in", "on", "every") followed by the
/// words that make it a part ("5 mins", "lunch", "the hallway", "sundays"). "After all",
/// "every bit helps" and "walk to the 5 shops" hold none.
public struct StepPartPhrases: Hashable, Sendable {
  /// Words before an amount: "for", "about", "for about".
  public var amountOpenings: [[String]] = []
  /// Amounts said in words: "a", "an", "half an", "a few", "ten". Numbers in figures count too.
  public var amounts: [[String]] = []
  /// What an amount counts: "minutes", "mins", "laps", "hours".
  public var units: [[String]] = []
  /// Words before a time of day: "after", "before", "with", "in", "at".
  public var timeOpenings: [[String]] = []
  /// Times of day and meals: "lunch", "breakfast", "morning", "bedtime".
  public var times: [[String]] = []
  /// Whole phrases that say a time of day on their own: "first thing".
  public var timePhrases: [[String]] = []
  /// Words between an opening and what it opens: "my", "me", "the", "her".
  public var owners: Set<String> = []
  /// Words before a place: "in", "at", "round".
  public var placeOpenings: [[String]] = []
  /// Places a step is done: "home", "the hallway" (after an owner word), "park".
  public var places: [[String]] = []
  /// Whole phrases that say how often: "every day", "daily", "most days".
  public var often: [[String]] = []
  /// Words before weekdays that make them repeat: "every", "on" (with a plural), "each".
  public var dayOpenings: [[String]] = []
  /// Words that count times in a stretch: "once", "twice" (figures with "times" count too).
  public var counts: [[String]] = []
  /// The stretch counted in: "a day", "a week" (after "a", "per" or "every").
  public var periods: [[String]] = []
  /// Words that leave days out of how often: "except", "apart from", "but not".
  public var exceptions: [[String]] = []
  /// Words before the day to start: "from", "starting", "starting on".
  public var startOpenings: [[String]] = []

  public init() {}

  /// The lists' keys in the lexicon, and where each is kept; `owners` is read apart, as words.
  static var keys: [(key: String, path: WritableKeyPath<StepPartPhrases, [[String]]>)] {
    [
      ("amount-openings", \.amountOpenings), ("amounts", \.amounts), ("units", \.units),
      ("time-openings", \.timeOpenings), ("times", \.times), ("time-phrases", \.timePhrases),
      ("place-openings", \.placeOpenings), ("places", \.places), ("often", \.often),
      ("day-openings", \.dayOpenings), ("counts", \.counts), ("periods", \.periods),
      ("exceptions", \.exceptions), ("start-openings", \.startOpenings),
    ]
  }

  /// Whether there is anything to look for.
  public var isEmpty: Bool { units.isEmpty && times.isEmpty && places.isEmpty && often.isEmpty }
}

/// The parts found in a step's words, and the words left for what the person will do.
public struct StepPartsFound: Equatable, Sendable {
  /// What the person will do, as typed, without the parts: "walk up and down the hallway".
  public var what: String
  /// Each part's words as typed ("5 mins", "after lunch"), "for" taken off an amount. The day
  /// to start is its date words alone ("tomorrow" of "from tomorrow").
  public var parts: [ReadBackPart: String]
}

extension StepPartPhrases {
  /// One piece of a line, with its words as compared.
  struct Piece {
    var typed: Substring
    var words: [String]
  }

  /// The parts a step's words hold at their end, and what is left, or nil when the end of the
  /// words is no clear run of part phrases, what is left names no doing, or a part is said
  /// twice. `spell` puts a word right as the act reader would; `namesADoing` says whether the
  /// words left are something to do.
  public func find(
    in text: String, today: Day, spell: (String) -> [String], namesADoing: (String) -> Bool
  ) -> StepPartsFound? {
    guard !isEmpty else { return nil }
    let pieces = text.split(whereSeparator: \.isWhitespace).map { typed in
      Piece(
        typed: typed,
        words: AnswerReading.plainWords(String(typed)).flatMap { word in
          spell(AnswerReading.meantWord(word))
        })
    }
    // The words one after another, each with the piece it came from.
    var words: [String] = []
    var pieceOf: [Int] = []
    var starts: Set<Int> = []
    for (index, piece) in pieces.enumerated() {
      starts.insert(words.count)
      words += piece.words
      pieceOf += Array(repeating: index, count: piece.words.count)
    }
    starts.insert(words.count)
    let reader = PhraseRun(
      phrases: self, words: words, pieces: pieces, pieceOf: pieceOf, starts: starts, today: today)
    let run = reader.runs()
    for start in starts.sorted() where start > 0 && start < words.count {
      guard let found = run[start] else { continue }
      let what = Self.trimmedEnd(pieces[..<pieceOf[start]].map(\.typed).joined(separator: " "))
      guard !what.isEmpty, namesADoing(what) else { continue }
      // "walk to the end of the road and back, with me on tuesdays": days after a "with"
      // said apart may be when that person comes, not how often the step is done.
      if found.first?.part == .howOften, Self.endsWithCompany(what) { return nil }
      var parts: [ReadBackPart: String] = [:]
      var previous: ReadBackPart?
      for phrase in found {
        let typed = pieces[pieceOf[phrase.start]...pieceOf[phrase.end - 1]]
          .map { $0.typed }.joined(separator: " ")
        let kept = Self.trimmedEnd(Self.withoutOpening(typed, count: phrase.dropped))
        if let had = parts[phrase.part] {
          // "in the hallway at home": two places one after the other are one where.
          guard phrase.part == .where, previous == .where else { return nil }
          parts[.where] = had + " " + kept
        } else {
          parts[phrase.part] = kept
        }
        previous = phrase.part
      }
      return StepPartsFound(what: what, parts: parts)
    }
    return nil
  }

  /// Whether words end with a "with ..." said apart after a comma (", with me").
  static func endsWithCompany(_ what: String) -> Bool {
    guard let comma = what.lastIndex(of: ",") else { return false }
    return AnswerReading.plainWords(String(what[what.index(after: comma)...])).first == "with"
  }

  /// Words with trailing commas, full stops and a dangling "and" taken off.
  static func trimmedEnd(_ words: String) -> String {
    var pieces = words.split(whereSeparator: \.isWhitespace).map(String.init)
    while let last = pieces.last {
      let plain = AnswerReading.plainWords(last)
      if plain.isEmpty || plain == ["and"] {
        pieces.removeLast()
        continue
      }
      let cut = String(last.reversed().drop { ",;:.-".contains($0) }.reversed())
      pieces[pieces.count - 1] = cut
      break
    }
    return pieces.joined(separator: " ")
  }

  /// A phrase's typed words without its first `count` pieces ("for" of "for 5 mins").
  static func withoutOpening(_ typed: String, count: Int) -> String {
    guard count > 0 else { return typed }
    return typed.split(whereSeparator: \.isWhitespace).dropFirst(count).joined(separator: " ")
  }
}
