extension SafetyNet {
  /// One way of reading a word of the line: as written, or as what a typo was likely meant to be.
  struct Reading: Hashable, Sendable {
    enum Kind: UInt8, Sendable {
      /// The word's own stem, or a sound-alike of it.
      case exact
      /// A correction within the typo allowance ("sucidal").
      case typo
      /// A short word with a letter missing ("kil"): only with exact words around it.
      case missingLetter
      /// A word of an everyday phrase: only a pattern's own word may read it.
      case idiom
    }

    var stem: String
    var kind: Kind

    init(_ stem: String, _ kind: Kind) {
      self.stem = stem
      self.kind = kind
    }
  }

  /// A group phrase found in the line: where it ends, which group, and whether every word of it
  /// was read as written.
  struct GroupSpan: Sendable {
    var end: Int
    var group: String
    var exact: Bool
  }
}
