/// Decides what Tab does, given the text before the cursor and what may be typed.
///
/// Choices can be several words ("On my own"), so the whole line typed so far is tried first;
/// only if nothing starts with it is the last word tried on its own. Matching ignores case
/// because people rarely type capitals at a prompt.
public enum Completer {
  public enum Outcome: Equatable, Sendable {
    /// Nothing fits.
    case none
    /// Remove this many Unicode scalars before the cursor, then insert the text.
    case replace(removing: Int, with: String)
    /// Several fit and none can be extended further: show them.
    case list([String])
  }

  public static func complete(_ beforeCursor: String, candidates: [String]) -> Outcome {
    let unique = deduplicated(candidates)
    let whole = String(beforeCursor.drop(while: \.isWhitespace))
    var stem = whole
    var matches = matching(stem, in: unique)
    if matches.isEmpty, let space = whole.lastIndex(of: " ") {
      stem = String(whole[whole.index(after: space)...])
      matches = matching(stem, in: unique)
    }
    guard let first = matches.first else { return .none }
    if matches.count == 1 {
      return .replace(removing: stem.unicodeScalars.count, with: first)
    }
    let shared = commonPrefix(matches)
    if shared.count > stem.count {
      return .replace(removing: stem.unicodeScalars.count, with: shared)
    }
    return .list(matches)
  }

  private static func matching(_ stem: String, in candidates: [String]) -> [String] {
    let folded = stem.lowercased()
    return candidates.filter { $0.lowercased().hasPrefix(folded) }
  }

  private static func deduplicated(_ candidates: [String]) -> [String] {
    var seen = Set<String>()
    return candidates.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
  }

  /// Compared by grapheme and without case; the result keeps the first match's spelling.
  private static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first.map(Array.init) else { return "" }
    for word in words.dropFirst() {
      let letters = Array(word)
      var length = 0
      while length < min(prefix.count, letters.count)
        && String(prefix[length]).lowercased() == String(letters[length]).lowercased()
      {
        length += 1
      }
      prefix = Array(prefix[..<length])
    }
    return String(prefix)
  }
}
