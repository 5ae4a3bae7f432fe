extension SafetyNet {
  // MARK: Frames that change what the words found mean

  /// Words that end the reach of a frame besides punctuation: "but" turns to something else,
  /// and "and now" or "and today" brings a past story up to the present ("my dad had a TIA last
  /// week and now he's slurring again").
  private static let frameBreaks: Set<String> = [
    "but", "though", "tho", "although", "however", "whereas", "except",
  ]
  private static let presentAfterAnd: Set<String> = ["now", "today", "tonight", "suddenly"]

  /// For each token, the number of the stretch of the line a frame can reach over.
  static func frameClauses(of tokens: [Token]) -> [Int] {
    var clause = 0
    return tokens.indices.map { index in
      let token = tokens[index]
      if index > 0,
        token.startsClause || frameBreaks.contains(token.word)
          || (token.word == "and" && index + 1 < tokens.count
            && presentAfterAnd.contains(tokens[index + 1].word))
      {
        clause += 1
      }
      return clause
    }
  }

  /// The words found at `range` read in their frames: still `tier`, a check question instead
  /// of a notice, or nothing at all.
  ///
  /// - Any frame (the past, a worry, a "what if", now and then, a long-standing thing) in the
  ///   same clause turns a clear statement into a check question, never into silence: a missed
  ///   emergency is the worst outcome, and one short question costs little.
  /// - The past said to be well since ("years ago ... fine now") lets even a clear statement go.
  /// - Words that were only ever a check question go when framed: "I fainted once years ago",
  ///   "too many tablets to keep track of".
  /// - The number of medicines to manage frames only words that ask first: "I take my tablets
  ///   every day" says nothing about a clear "I cut myself every day".
  /// - Effort ("when I walk up hill") frames only clear statements: it turns them into a check
  ///   question and lets nothing go.
  static func framedTier(
    _ tier: SafetyTier, range: Range<Int>, frames: [Frames.Found], clauses: [Int],
    ignoring ignored: Set<Frames.Kind>
  ) -> SafetyTier? {
    let clause = clauses[range.lowerBound]
    let kinds = Set(
      frames.filter { frame in
        !ignored.contains(frame.kind)
          && frame.range.contains { clauses[$0] == clause || range.contains($0) }
      }.map(\.kind))
    switch tier {
    case .check:
      return kinds.subtracting([.effort]).isEmpty ? .check : nil
    case .clear:
      let meaning = kinds.subtracting([.medicinesBurden])
      if meaning.contains(.past) || meaning.contains(.chronic),
        frames.contains(where: { $0.kind == .resolved && !ignored.contains(.resolved) })
      {
        return nil
      }
      return meaning.isEmpty ? .clear : .check
    }
  }
}
