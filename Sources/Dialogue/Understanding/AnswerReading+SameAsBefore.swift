// MARK: "Same as before": keeping an earlier answer

extension AnswerReading {
  /// Whole lines that keep the answer given last time, as a worker or a person says it in a
  /// review: "same answer", "same as before", "no change". Only whole lines count: "same day
  /// as her class" says something new.
  static let keepingPhrases: Set<String> = [
    "same", "the same", "same answer", "the same answer", "same answer as before",
    "same answer as last time", "same as before", "the same as before", "same as last time",
    "the same as last time", "same as then", "same again", "same thing", "the same thing",
    "as before", "as last time", "as it was", "like before", "like last time", "no change",
    "no changes", "unchanged", "still the same", "keep it the same", "same as it was",
    "nothing different", "no different", "keep it as it was", "leave it as it was",
  ]

  /// Words a worker puts before the client's words ("she says", "he said") and that only
  /// soften the line ("oh", "um"), set aside before the phrase is looked for.
  static let keepingLeadIns: Set<String> = [
    "she", "he", "they", "says", "said", "say", "oh", "um", "erm", "er", "its", "it's", "it",
    "is", "just", "ok", "okay", "well", "actually", "no", "sorry",
  ]

  /// Whether the line, taken whole, keeps the answer given last time: "same answer", "she
  /// says same as before", "no change.".
  public static func keepsTheEarlierAnswer(_ line: String) -> Bool {
    var words = plainWords(line).map { $0.lowercased() }
    if keepingPhrases.contains(words.joined(separator: " ")) { return true }
    while let first = words.first, keepingLeadIns.contains(first), words.count > 1 {
      words.removeFirst()
    }
    return keepingPhrases.contains(words.joined(separator: " "))
  }
}
