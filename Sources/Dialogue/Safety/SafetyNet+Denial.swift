extension SafetyNet {
  // MARK: Whether a "not" denies the words found

  /// Words that may stand between a "not" and the words it denies: "not going to", "never
  /// really", "I'm not feeling".
  private static let denialFillers: Set<String> = [
    "am", "is", "are", "was", "were", "be", "been", "being", "really", "actually", "going",
    "gonna", "to", "ever", "even", "feeling", "feel", "at", "all", "that", "so", "very", "i",
    "would", "will", "have", "had", "any",
  ]
  private static let denials = Negation.denials

  /// Whether a "not" just before the match, in the same clause, denies the words matched: "I'm
  /// not suicidal", "I'm not going to hurt myself". A "not" inside the match is part of the
  /// crisis words ("I can't go on", "nothing to live for", "I don't want to live"), and a "not"
  /// elsewhere in the line denies something else ("I can't sleep, I want to die").
  static func isDenied(_ range: Range<Int>, in tokens: [Token]) -> Bool {
    var index = range.lowerBound
    while index > 0, !tokens[index].startsClause {
      index -= 1
      let word = tokens[index].word
      if denials.contains(word) { return true }
      guard denialFillers.contains(word) else { return false }
    }
    return false
  }
}
