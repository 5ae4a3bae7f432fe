// MARK: Everyday spellings of the words a step's parts are made of

extension AnswerReading {
  /// Everyday spellings of the words that say when, how often and how a step is done ("evry",
  /// "nite", "brekfast", "wiv"), and the word each stands for. Day names and date words are in
  /// `dateWordSpellings`; these are the rest, so that "evry day" is read as how often and
  /// "wiv my brekfast" as a time of day.
  static let partWordSpellings: [String: String] = [
    "evry": "every", "evrey": "every", "evey": "every", "evry1": "every", "dayly": "daily",
    "nite": "night", "nites": "nights", "nitely": "nightly", "mornin": "morning",
    "mornins": "mornings", "mornng": "morning", "evenin": "evening", "evenins": "evenings",
    "aftanoon": "afternoon", "afternon": "afternoon", "brekfast": "breakfast",
    "brekfas": "breakfast", "breakfas": "breakfast", "brekfest": "breakfast",
    "breckfast": "breakfast", "brekfust": "breakfast", "dinnr": "dinner", "wiv": "with",
    "wivout": "without", "twise": "twice", "minits": "minutes", "minuts": "minutes",
  ]

  /// The word meant by one plain word: a date word or a step part word spelt as people type it.
  static func meantWord(_ word: String) -> String {
    dateWordSpellings[word] ?? partWordSpellings[word] ?? word
  }

  /// The words of a step part with the everyday spellings of time and day words put right and
  /// day names given their capital ("wiv my brekfast" is "with my breakfast", "thursdy nite"
  /// is "Thursday night"), for a sentence the tool writes from the parts. Every other word,
  /// and the punctuation around each, stays as typed.
  public static func partWordsSpeltRight(_ text: String) -> String {
    var changed = false
    let pieces = text.split(separator: " ", omittingEmptySubsequences: false).map { piece in
      let typed = String(piece)
      guard let start = typed.firstIndex(where: \.isLetter),
        let end = typed.lastIndex(where: { $0.isLetter || $0.isNumber })
      else { return typed }
      let core = String(typed[start...end])
      guard core.allSatisfy({ $0.isLetter || $0.isNumber }) else { return typed }
      let plain = core.lowercased()
      var meant = meantWord(plain)
      if meant == plain { meant = core }
      if let found = weekday(plain) {
        let name = weekdayNames[found.day - 1]
        meant = found.plural ? name + "s" : name
      }
      guard meant != core else { return typed }
      changed = true
      return String(typed[..<start]) + meant + String(typed[typed.index(after: end)...])
    }
    return changed ? pieces.joined(separator: " ") : text
  }

  /// "couple minutes", "cupla minits" once spelt right: said in full, "a couple of minutes",
  /// in a sentence the tool writes. Every other word stays as it was.
  public static func coupleSaidInFull(_ text: String) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    var index = 0
    while index < words.count {
      defer { index += 1 }
      guard words[index].lowercased() == "couple", index + 1 < words.count else { continue }
      if AnswerReading.plainWords(words[index + 1]) != ["of"] {
        words.insert("of", at: index + 1)
      }
      let before = index > 0 ? AnswerReading.plainWords(words[index - 1]) : []
      if before != ["a"], before != ["the"] {
        words.insert("a", at: index)
        index += 1
      }
    }
    return words.joined(separator: " ")
  }

  /// Day names as written in a sentence, Sunday first as Foundation numbers them.
  static let weekdayNames = [
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
  ]
}
