/// Reads a choice made by where the options sit in the list shown, or by how many: "the first
/// one", "the last two", "the middle one", "1 to 3", "all three", "both", "none", "not the
/// second".
///
/// The person sees the options numbered, so they point at them the way people point at a
/// menu. Every word of the answer must take part in the choosing: "2 tablets" or "the first
/// time I went" are not choices, and give nil, so they are read as words instead.
public enum PositionalChoice {
  /// Which of `count` options were chosen, as positions from 0, in order; empty for "none".
  /// Nil when the answer does not choose by position or amount, or points outside the list
  /// ("the fourth" of three, "all three" of two, "the middle one" of four).
  ///
  /// Without `numbers`, figures are not positions: on a scale, "5" is a point, not the fifth.
  public static func positions(_ text: String, count: Int, numbers: Bool = true) -> [Int]? {
    guard count > 0, text.utf8.count <= 120 else { return nil }
    var words = AnswerReading.tokens(text).compactMap(word)
    words = words.filter { !filler.contains($0) }
    guard !words.isEmpty else { return nil }
    if !numbers, words.contains(where: { Int($0) != nil }) { return nil }
    if ["none", "neither", "nothing", "nowt"].contains(words.joined(separator: " ")) { return [] }
    let all = Array(0..<count)
    // "not the second", "all but the first", "all except the last two", "everything but 3".
    if let cut = words.firstIndex(where: { exclusions.contains($0) }) {
      let before = words[..<cut]
      guard before.isEmpty || before.allSatisfy({ allWords.contains($0) }),
        let left = picks(Array(words[(cut + 1)...]), count: count), !left.isEmpty
      else { return nil }
      let kept = all.filter { !left.contains($0) }
      return kept.isEmpty ? nil : kept
    }
    if words.count <= 2, let first = words.first, allWords.contains(first) {
      // "all", "all three", "all 3", "both".
      if words.count == 2 {
        guard let amount = amount(words[1]), amount == count else { return nil }
      }
      if first == "both" && count != 2 { return nil }
      return all
    }
    return picks(words, count: count)
  }

  /// Words that take no part in the choice ("I'll have the first one please").
  static let filler: Set<String> = [
    "the", "one", "ones", "please", "pls", "plz", "thanks", "thank", "you", "ta", "ill", "id",
    "i", "like", "want", "have", "take", "go", "for", "with", "option", "options", "number",
    "numbers", "no", "of", "them", "those", "these", "ok", "okay", "just", "choice", "choose",
    "pick", "lot", "say", "would", "wed", "we", "oh", "um", "erm", "er", "x",
    // Hedges around a pick ("1 and 3 i spose", "2 i think") say how sure, not which.
    "spose", "suppose", "think", "guess", "reckon", "maybe", "probably", "so",
  ]
  static let allWords: Set<String> = ["all", "both", "every", "everything", "each"]
  static let exclusions: Set<String> = ["not", "but", "except", "apart", "without", "exept"]
  static let joiners: Set<String> = ["and", "&", ",", "plus", "n", "an"]
  static let ordinals: [String: Int] = [
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "frist": 1, "secnd": 2, "thrid": 3,
  ]

  /// A token as a word for this reader: words and numbers as written, "&", "," and dashes kept
  /// (they join or make ranges), other symbols dropped.
  static func word(_ token: AnswerToken) -> String? {
    switch token.kind {
    case .word, .number, .ordinal: return token.text
    case .symbol:
      if AnswerReading.dashes.contains(token.text) { return "to" }
      return token.text == "&" || token.text == "," ? token.text : nil
    }
  }

  /// A count in words or figures, 1 to 10.
  static func amount(_ word: String) -> Int? {
    if let value = AnswerReading.units[word] ?? AnswerReading.teens[word], value > 0 {
      return value
    }
    if let value = Int(word), (1...10).contains(value) { return value }
    return nil
  }

  /// Positions joined by "and" or commas: each "the first", "the last two", "the middle",
  /// "2nd", a number, or a range "1 to 3".
  static func picks(_ words: [String], count: Int) -> [Int]? {
    var chosen: [Int] = []
    var index = 0
    func add(_ position: Int) -> Bool {
      guard (1...count).contains(position) else { return false }
      if !chosen.contains(position - 1) { chosen.append(position - 1) }
      return true
    }
    while index < words.count {
      let word = words[index]
      if joiners.contains(word) {
        index += 1
        continue
      }
      // "first two", "last 2", "top three".
      if ["first", "last", "top", "bottom"].contains(word), index + 1 < words.count,
        let amount = amount(words[index + 1])
      {
        guard amount <= count else { return nil }
        let range = ["first", "top"].contains(word) ? 1...amount : (count - amount + 1)...count
        for position in range { _ = add(position) }
        index += 2
        continue
      }
      var position: Int?
      if let ordinal = ordinals[word] {
        position = ordinal
      } else if word == "last" || word == "bottom" {
        position = count
      } else if word == "middle" || word == "centre" || word == "center" {
        guard count % 2 == 1 else { return nil }
        position = count / 2 + 1
      } else if let number = Int(word) {
        position = number
      }
      guard let start = position, add(start) else { return nil }
      index += 1
      // "1 to 3", "first to third", "2-4".
      if index + 1 < words.count, ["to", "through", "thru", "till"].contains(words[index]) {
        let endWord = words[index + 1]
        guard let end = ordinals[endWord] ?? Int(endWord) ?? (endWord == "last" ? count : nil),
          end >= start, end <= count
        else { return nil }
        for position in start...end { _ = add(position) }
        index += 2
      }
    }
    return chosen.isEmpty ? nil : chosen.sorted()
  }
}
