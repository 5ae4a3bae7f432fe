/// Finds the nearest valid name to a misspelt one, for "did you mean ...?" hints.
public enum Suggestion {
  /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo:
  /// at most a third of the word's length, and at least 1.
  public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
    let limit = max(1, word.count / 3)
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(word.lowercased(), candidate.lowercased(), limit: limit)
      if distance <= limit, best == nil || distance < best!.distance {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  /// " did you mean 'x'?" or an empty string, ready to append to a message.
  public static func hint(for word: String, in candidates: some Sequence<String>) -> String {
    guard let near = nearest(to: word, in: candidates) else { return "" }
    return "; did you mean '\(near)'?"
  }

  /// Levenshtein distance with adjacent transpositions counted as one edit (so "qestion" and
  /// "questoin" are both one edit from "question"). Stops early once every path exceeds `limit`.
  public static func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
    let a = Array(a)
    let b = Array(b)
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return limit + 1 }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
