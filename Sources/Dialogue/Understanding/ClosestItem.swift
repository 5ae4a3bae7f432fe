/// Which item of a list a one-item correction puts right: "no I meant my knees" after "sugar,
/// me feet" is about "me feet", the item shaped like it, not about "sugar".
///
/// Items are compared word by word: a shared word or a near spelling ("suger", "sugar") counts
/// most, a shared opening such as "my" or "me" a little. Only a clear winner is chosen; when two
/// items are as close, or none is close at all, the answer is nil and the person is asked.
enum ClosestItem {
  /// Openings that make two items alike in shape only.
  static let openings: [String: String] = [
    "my": "my", "me": "my", "mi": "my", "the": "the", "a": "a", "an": "a", "some": "some",
    "our": "our", "his": "his", "her": "her",
  ]

  static func index(of correction: String, in items: [String]) -> Int? {
    guard items.count > 1 else { return items.isEmpty ? nil : 0 }
    let scores = items.map { score(correction, $0) }
    guard let best = scores.max(), best >= 0.5,
      scores.filter({ $0 == best }).count == 1
    else { return nil }
    return scores.firstIndex(of: best)
  }

  static func score(_ left: String, _ right: String) -> Double {
    let a = AnswerReading.plainWords(left)
    let b = AnswerReading.plainWords(right)
    var total = 0.0
    if let first = a.first.flatMap({ openings[$0] }), first == b.first.flatMap({ openings[$0] }) {
      total += 0.5
    }
    let aWords = a.filter { openings[$0] == nil }
    let bWords = b.filter { openings[$0] == nil }
    for word in aWords where bWords.contains(where: { alike(word, $0) }) { total += 1 }
    return total
  }

  /// The same word, its plural, or a near spelling of a word of four letters or more.
  static func alike(_ a: String, _ b: String) -> Bool {
    if a == b || a + "s" == b || b + "s" == a { return true }
    guard a.count >= 4, b.count >= 4 else { return false }
    return distance(Array(a), Array(b)) <= (min(a.count, b.count) >= 7 ? 2 : 1)
  }

  /// Edit distance, for short words only.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    guard a.count <= 30, b.count <= 30 else { return Int.max }
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...max(b.count, 1) where !b.isEmpty {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return previous[b.count]
  }
}
