// MARK: Filler said around what a person means, taken off in one way everywhere

/// Words said around an answer that are not part of it: hedges ("i think", "maybe"), sounds
/// ("erm"), politeness ("please") and tails ("or so", "an that"). One list holds them all, each
/// marked with the places it is filler, so that a step's parts and the earlier answers used
/// inside an offered goal are trimmed by the same words in the same way.
enum FillerWords {
  /// Where a phrase is filler: at the start or the end of a part of a step (said back in its
  /// read-back sentence), or of an earlier answer used inside a goal the tool offers.
  struct Places: OptionSet, Hashable, Sendable {
    let rawValue: Int
    static let stepStart = Places(rawValue: 1)
    static let stepEnd = Places(rawValue: 2)
    static let itemStart = Places(rawValue: 4)
    static let itemEnd = Places(rawValue: 8)
    static let everywhere: Places = [.stepStart, .stepEnd, .itemStart, .itemEnd]
  }

  /// Every filler phrase, in the order it is tried: where two could both be taken off ("i
  /// spose" and "spose"), the longer comes first.
  static let phrases: [(words: [String], places: Places)] = [
    (["i", "think", "i", "will"], .stepStart),
    (["i", "think"], .everywhere), (["i", "guess"], .everywhere),
    (["i", "suppose"], .everywhere),
    (["i", "spose", "so"], .itemEnd), (["i", "spose"], [.itemStart, .itemEnd]),
    (["spose"], .itemEnd), (["i", "reckon"], .itemEnd),
    (["maybe"], .everywhere), (["mebbe"], [.itemStart, .itemEnd]), (["perhaps"], .stepStart),
    (["probably"], [.stepStart, .itemStart, .itemEnd]), (["possibly"], .stepStart),
    (["please"], .stepEnd), (["thanks"], .stepEnd), (["lol"], [.stepEnd, .itemEnd]),
    (["really"], [.stepEnd, .itemEnd]), (["or", "so"], .stepEnd), (["ish"], .stepEnd),
    (["and"], .itemStart), (["an"], .itemStart), (["also"], .itemStart),
    (["um"], [.stepStart, .itemStart]), (["umm"], .stepStart),
    (["erm"], [.stepStart, .itemStart]), (["er"], .stepStart),
    (["well"], [.stepStart, .itemStart]), (["like"], [.stepStart, .itemEnd]),
    (["oh"], [.stepStart, .itemStart]), (["ok"], .stepStart), (["okay"], .stepStart),
    (["hmm"], .stepStart), (["so"], .stepStart), (["just"], [.stepStart, .itemStart]),
    (["and", "that"], .itemEnd), (["an", "that"], .itemEnd), (["or", "summat"], .itemEnd),
    (["or", "something"], .itemEnd), (["too"], .itemEnd), (["as", "well"], .itemEnd),
  ]

  /// The phrases that are filler at `place`, in the order they are tried.
  static func phrases(at place: Places) -> [[String]] {
    phrases.filter { $0.places.contains(place) }.map(\.words)
  }

  /// The tokens with `leading` phrases taken off the front and `trailing` ones off the end,
  /// again and again until none is left at either end. Each round takes off at most one phrase
  /// at each end, the first in list order that matches. Words are compared without case or
  /// punctuation ("I think," is "i think"). With `keepingOne`, a phrase is only taken off when
  /// a word would be left: "maybe" alone stays "maybe".
  static func trimmed(
    _ tokens: [String], leading: [[String]] = [], trailing: [[String]], keepingOne: Bool
  ) -> [String] {
    var tokens = tokens
    func plain(_ token: String) -> String { AnswerReading.plainWords(token).joined() }
    func fits(_ phrase: [String]) -> Bool {
      keepingOne ? tokens.count > phrase.count : tokens.count >= phrase.count
    }
    var trimming = true
    while trimming, !tokens.isEmpty {
      trimming = false
      if let phrase = leading.first(where: { fits($0) && tokens.prefix($0.count).map(plain) == $0 })
      {
        tokens.removeFirst(phrase.count)
        trimming = true
      }
      if let phrase = trailing.first(where: { fits($0) && tokens.suffix($0.count).map(plain) == $0 }
      ) {
        tokens.removeLast(phrase.count)
        trimming = true
      }
    }
    return tokens
  }
}
