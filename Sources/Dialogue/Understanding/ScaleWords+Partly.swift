// MARK: "Partly" for how a step went

extension ScaleWords {
  /// Openings that say a step went in part: "partly, she did it 3 days", "sort of, managed 2
  /// out of 3 walks", "half the time". Numbers after them are the detail (3 days, 2 of 3
  /// walks), not a point on the scale.
  static let partlyOpenings: [[String]] = [
    "partly", "partially", "part of the time", "in part", "sort of", "sorta", "kind of", "kinda",
    "half the time", "half of the time", "half", "some of the time", "some days", "some weeks",
    "on and off", "off and on", "hit and miss", "up and down", "now and then", "now and again",
    "mixed", "a mixed bag",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Whether the client's words open by saying it went in part, whatever follows.
  public static func opensPartly(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(ReportedSpeech.clientWords(line)).map {
      $0.lowercased()
    }
    // "he did it about half the time": who did it, and roughly, come before the part.
    var start = 0
    while start < min(words.count, 6), partlyLeadIns.contains(words[start]) { start += 1 }
    return AnswerReading.longestPhrase(partlyOpenings, in: words, at: start) > 0
  }

  /// Words before the part that say who did it and how roughly: "she managed it about".
  static let partlyLeadIns: Set<String> = [
    "he", "she", "they", "i", "we", "hes", "shes", "ive", "theyve", "has", "have", "did", "done",
    "managed", "it", "about", "roughly", "around", "maybe", "probably", "only", "just", "like",
  ]

  /// The middle of the scale: a step done in part went half way.
  public static func partlyPoint(_ range: ClosedRange<Int>) -> Int {
    at(0.5, range)
  }
}
