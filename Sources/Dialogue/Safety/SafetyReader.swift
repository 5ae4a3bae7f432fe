import Foundation

/// The scored reader under the safety net's patterns and concepts: which categories a line
/// reads like, by weights learnt from the measuring corpora (Prompts/safety-reader.yaml).
///
/// Patterns and concepts fitted to one round of wordings caught about four lines in five of the
/// next round: each new writer words a crisis in ways nobody wrote a rule for. The reader looks
/// at pieces of a line that survive misspelling and rewording (runs of three to five letters,
/// words, pairs of words) and adds up what each piece says about each category, so a wording
/// nobody listed still scores by the pieces it shares with those that were. It only ever asks
/// a category's check question: the notice at once stays with the precise patterns.
///
/// Its features and score are the ones Tests/safety/train.py computes; a test holds the two
/// to the same scores, and another to weights the corpora give.
public struct SafetyReader: Sendable {
  /// The number of hash buckets features fall into.
  public let buckets: UInt32
  /// Weights and biases are whole numbers of 1/`scale`.
  public let scale: Int
  /// A category is asked about from this score (a probability, in 1/`scale`) up.
  public let threshold: Int
  /// A line with fewer features counts as if it had this many: a word or two is too little
  /// to read a crisis from.
  public let floor: Int
  /// A line of fewer words is never asked about: "me", "her chest" and "today" are answers
  /// to a question, and the patterns are there for "cant breathe".
  public let fewestWords: Int
  /// Per category, in the file's order.
  public let categories: [Category]

  public struct Category: Sendable {
    public let id: String
    public let bias: Int
    public let weights: [UInt32: Int]
  }

  /// Every bucket any category weighs, to its row in `rows`: one look-up per feature instead
  /// of one per feature and category.
  private let rowOf: [UInt32: Int]
  /// Each row's weights, one per category in order, rows laid end to end.
  private let rows: [Int]

  public init(
    buckets: UInt32, scale: Int, threshold: Int, floor: Int, fewestWords: Int,
    categories: [Category]
  ) {
    var rowOf: [UInt32: Int] = [:]
    var rows: [Int] = []
    for (index, category) in categories.enumerated() {
      for (bucket, weight) in category.weights {
        let row: Int
        if let known = rowOf[bucket] {
          row = known
        } else {
          row = rowOf.count
          rowOf[bucket] = row
          rows += Array(repeating: 0, count: categories.count)
        }
        rows[row * categories.count + index] = weight
      }
    }
    self.rowOf = rowOf
    self.rows = rows
    self.buckets = buckets
    self.scale = scale
    self.threshold = threshold
    self.floor = floor
    self.fewestWords = fewestWords
    self.categories = categories
  }

  /// Each category's probability for the line, in the file's order.
  public func scores(_ text: String) -> [Double] {
    let features = Self.features(of: text, buckets: buckets)
    guard !features.isEmpty else { return categories.map { _ in 0 } }
    let value = 1.0 / Double(max(features.count, floor)).squareRoot()
    let scale = Double(self.scale)
    let count = categories.count
    var totals = Array(repeating: 0, count: count)
    for feature in features {
      guard let row = rowOf[feature] else { continue }
      for index in 0..<count { totals[index] += rows[row * count + index] }
    }
    return zip(categories, totals).map { category, total in
      let z = Double(category.bias) / scale + (Double(total) / scale) * value
      return 1.0 / (1.0 + exp(-z))
    }
  }

  /// The category ids the line reads like, most likely first.
  public func categoriesToAsk(_ text: String) -> [String] {
    let words = Self.normalise(text).split(separator: 0x20).count
    guard words >= fewestWords else { return [] }
    let limit = Double(threshold) / Double(scale)
    return zip(categories, scores(text)).filter { $0.1 >= limit }.sorted { $0.1 > $1.1 }
      .map(\.0.id)
  }

  // MARK: Features

  /// Lower-case ASCII letters and digits; apostrophes dropped, so "don't" is "dont"; anything
  /// else a space; a run of one letter squeezed to one, so "breeeathe" and "bleeding" read as
  /// "breathe" and "bleding" however they were typed.
  static func normalise(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    for scalar in text.unicodeScalars {
      var value = scalar.value
      if (0x41...0x5A).contains(value) { value += 32 }
      if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
        let byte = UInt8(value)
        if let last = out.last, last == byte, (0x61...0x7A).contains(value) { continue }
        out.append(byte)
      } else if value == 0x27 || value == 0x2019 {
        continue
      } else if let last = out.last, last != 0x20 {
        out.append(0x20)
      }
    }
    if out.last == 0x20 { out.removeLast() }
    return out
  }

  /// FNV-1a, 32 bits, over the bytes, going on from `state` (the hash of what came before).
  static func hash<S: Sequence<UInt8>>(_ bytes: S, from state: UInt32 = 0x811C_9DC5) -> UInt32 {
    var hash = state
    for byte in bytes {
      hash ^= UInt32(byte)
      hash = hash &* 0x0100_0193
    }
    return hash
  }

  /// The hashed features of a line, in the order train.py makes them, each once: letter
  /// runs of 3, 4 and 5 of the line padded with a space each side ("c" and the run), then
  /// words ("w " and the word), then pairs of words ("b ", the two words and a space between).
  static func features(of text: String, buckets: UInt32) -> [UInt32] {
    let line = normalise(text)
    guard !line.isEmpty else { return [] }
    var out: [UInt32] = []
    out.reserveCapacity(line.count * 4)
    let padded: [UInt8] = [0x20] + line + [0x20]
    let letterRun = hash([0x63])
    for length in 3...5 where padded.count >= length {
      for start in 0...(padded.count - length) {
        out.append(hash(padded[start..<start + length], from: letterRun) % buckets)
      }
    }
    let words = line.split(separator: 0x20, omittingEmptySubsequences: false)
    let word = hash([0x77, 0x20])
    for each in words {
      out.append(hash(each, from: word) % buckets)
    }
    let pair = hash([0x62, 0x20])
    for (first, second) in zip(words, words.dropFirst()) {
      out.append(hash(second, from: hash([0x20], from: hash(first, from: pair))) % buckets)
    }
    // Each feature once: a line that says one thing five hundred times says it once.
    var seen: Set<UInt32> = []
    return out.filter { seen.insert($0).inserted }
  }
}
