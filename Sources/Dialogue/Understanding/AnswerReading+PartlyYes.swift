// MARK: A yes in part, and a yes or no said again

extension AnswerReading {
  /// Words that say yes only in part: "mostly", "partly", "more or less". Asked whether
  /// something still holds, a person who says "mostly yes" has answered the question, with a
  /// shade the plan should keep; the words are never something new to write down in its place.
  /// "sort of" and "kind of" are left out: said alone they leave the yes or no open (to "Did
  /// they get an answer?" they may mean either), so the question is asked once more instead.
  static let partlyPhrases: [[String]] = [
    "mostly", "partly", "more or less", "pretty much", "largely", "in part", "mainly",
    "somewhat", "in a way", "half and half",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words that back up a yes in part and say nothing more: "mostly yes, its still right".
  static let partlyBacking: Set<String> = [
    "yes", "yeah", "yea", "yeh", "yep", "yup", "aye", "ok", "okay", "i", "think", "guess",
    "suppose", "would", "say", "id", "its", "it", "is", "still", "right", "true", "so", "thats",
    "that", "the", "same", "well", "um", "erm", "er", "as", "before", "there", "holds",
  ]

  /// Words that turn a line against yes, so it is no yes in part: "not really", "mostly no".
  static let partlyAgainst: Set<String> = [
    "no", "not", "nope", "nah", "never", "nothing", "none", "isnt", "arent", "dont", "doesnt",
  ]

  /// Whether the line is a yes in part: a word such as "mostly" with nothing against it, and
  /// either nothing else said, or said first with its yes ("mostly yes, but worse when it's
  /// cold"). Anything else is left to be read as usual.
  public static func saysPartlyYes(_ line: String) -> Bool {
    let words = plainWords(line)
    guard containsPhrase(partlyPhrases, in: words),
      words.allSatisfy({ !partlyAgainst.contains($0) })
    else { return false }
    let partly = Set(partlyPhrases.joined())
    if words.allSatisfy({ partly.contains($0) || partlyBacking.contains($0) }) { return true }
    // "mostly yes, but ...", "yes mostly, the cold is worse": the shade and the yes come first.
    let opening = Array(words.prefix(3))
    let saysYes = opening.contains { yesSpellings.contains($0) }
    let startsPartly = (0..<min(2, words.count)).contains {
      longestPhrase(partlyPhrases, in: words, at: $0) > 0
    }
    return saysYes && startsPartly
  }

  /// What a yes in part keeps as the person's words: the line without its yes and the words
  /// that only back it up at the end ("mostly yes, its still right" keeps "mostly").
  public static func partlyYesWords(_ line: String) -> String? {
    guard saysPartlyYes(line) else { return nil }
    var pieces = line.split(whereSeparator: \.isWhitespace).map(String.init)
    pieces.removeAll { piece in
      let plain = plainWords(piece)
      return plain.count == 1 && yesSpellings.contains(plain[0])
    }
    let ending: Set<String> = [
      "its", "it", "is", "still", "right", "true", "so", "thats", "that", "the", "same", "ok",
      "okay", "as", "before", "there", "holds",
    ]
    while let last = pieces.last, plainWords(last).allSatisfy(ending.contains), pieces.count > 1 {
      pieces.removeLast()
    }
    let words = pieces.joined(separator: " ")
      .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
    return words.isEmpty ? nil : words
  }

  /// Openings that say the person already gave the answer: "what? i said yes".
  static let saidBefore: [[String]] = [
    "i said", "i just said", "i already said", "i did say", "i meant", "i typed", "i told you",
    "i told u", "like i said", "as i said",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words before "i said" that complain or ask back: "what? i said yes", "no, i said no".
  static let complaining: Set<String> = [
    "what", "wat", "wot", "eh", "huh", "but", "um", "erm", "no", "sorry", "hang", "on", "oh",
  ]

  /// The yes or no a line says was already given ("what? i said yes its still right", "no i
  /// said no"): a complaint that it was read wrong, never an answer of its own to keep. Nil
  /// when the line says no such thing.
  public static func yesOrNoSaidBefore(_ line: String) -> Bool? {
    let words = plainWords(line)
    var start = 0
    while start < words.count, complaining.contains(words[start]) { start += 1 }
    let length = longestPhrase(saidBefore, in: words, at: start)
    guard length > 0, start + length < words.count else { return nil }
    let rest = words[(start + length)...].joined(separator: " ")
    if saysPartlyYes(rest) { return true }
    return readYesNo(rest)
  }
}
