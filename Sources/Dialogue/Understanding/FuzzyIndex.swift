import Foundation

/// Finds the lexicon words a misspelt word was meant to be, without comparing it with every
/// word of the lexicon.
///
/// The index is a deletion neighbourhood: each lexicon word is filed under every string left by
/// deleting up to its allowed number of letters, and a query looks up its own deletions. Two
/// words within that many edits always share a filed string, so only a handful of candidates
/// are ever compared in full. How many mistakes a word may carry grows with its length (see
/// `allowedEdits`), since a slip in a short word usually makes another real word.
///
/// The filed strings are never built: each is a 64-bit hash of the letters left, worked out
/// from prefix hashes, and the words are filed in one flat table by hash bucket. A bucket may
/// hold words filed under other strings too; that only adds candidates, and every candidate is
/// measured in full before it counts, so the corrections are the same as filing the strings
/// themselves.
///
/// Building the table is most of what a lexicon costs at start-up, and nothing before the
/// first answer needs it, so it is built the first time a word needs correcting (a word of
/// four letters or more that is not already known); `prepare()` builds it at once. Either way
/// the corrections are the same: the table is the same table, only made later.
struct FuzzyIndex: Sendable {
  private let table: OnDemand<Table>

  init(words: some Sequence<String>, ordinaryWords: Set<String>) {
    // In a fixed order: when two words have a form in common, the first one's stem is kept,
    // and a set's order changes from one run to the next.
    let words = Array(words).sorted()
    table = OnDemand { Table(words: words, ordinaryWords: ordinaryWords) }
  }

  /// Builds the table now, if it is not built yet.
  func prepare() { _ = table.value }

  /// Whether the table has been built, for tests.
  var isBuilt: Bool { table.isMade }

  /// The stems of the lexicon words `word` is most likely a misspelling of; empty when it is a
  /// known word, too short, or nothing is close.
  func corrections(of word: String) -> [String] {
    // Words too short to correct never build the table.
    guard word.utf8.count >= 4, word.count >= 4, word.allSatisfy(\.isLetter) else { return [] }
    return table.value.corrections(of: word)
  }
  /// No allowance up to four letters, one mistake for five to seven, two from eight.
  static func allowedEdits(forLength length: Int) -> Int {
    switch length {
    case ..<5: return 0
    case 5...7: return 1
    default: return 2
    }
  }

  /// The deletion table itself.
  private struct Table: Sendable {
    /// Lexicon word (as spelt, and its usual inflections) to its stem.
    let stemOf: [String: String]
    /// The filed words; the table below holds indices into this.
    let filed: [String]
    /// Bucket `b` holds `entries[starts[b]..<ends[b]]`.
    let starts: [Int32]
    let ends: [Int32]
    let entries: [Int32]
    let bucketMask: UInt64
    let ordinary: Set<String>
    /// The longest word filed. A query longer than this by more than two letters is further than
    /// any allowance from every word, so it is not looked at: this keeps a very long "word" (a
    /// pasted string with no spaces) from costing time in proportion to the cube of its length.
    let longestWord: Int

    init(words: [String], ordinaryWords: Set<String>) {
      var stemOf: [String: String] = [:]
      for word in words where word.count >= 4 && word.allSatisfy(\.isLetter) {
        let stem = Stemmer.stem(word)
        for form in FuzzyIndex.inflections(of: word) where stemOf[form] == nil {
          stemOf[form] = stem
        }
      }
      // How many strings each word leaves is known from its length, so the table's size is
      // known before any deletion is hashed, and each deletion is stored once, as its bucket.
      var filed: [String] = []
      var limits: [Int] = []
      var total = 0
      for word in stemOf.keys {
        // Four-letter words are filed too, for the swapped-letter exception in `allowance`.
        let length = word.count
        let limit = max(length == 4 ? 1 : 0, FuzzyIndex.allowedEdits(forLength: length))
        guard limit > 0 else { continue }
        filed.append(word)
        limits.append(limit)
        total += FuzzyIndex.deletionCount(length: length, upTo: limit)
      }
      var bucketCount = 1024
      while bucketCount < total * 2 { bucketCount *= 2 }
      let mask = UInt64(bucketCount - 1)
      var buckets: [Int32] = []
      var owners: [Int32] = []
      buckets.reserveCapacity(total)
      owners.reserveCapacity(total)
      for (owner, word) in filed.enumerated() {
        FuzzyIndex.forEachDeletion(of: word, upTo: limits[owner]) { key in
          buckets.append(Int32(truncatingIfNeeded: key & mask))
          owners.append(Int32(owner))
        }
      }
      var starts = [Int32](repeating: 0, count: bucketCount + 1)
      for bucket in buckets { starts[Int(bucket) + 1] += 1 }
      for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
      // Each bucket's run is starts[b]..<ends[b]; runs may end early, where duplicates were
      // skipped, and the gaps are simply never read.
      var ends = Array(starts.dropLast())
      var entries = [Int32](repeating: 0, count: buckets.count)
      for (bucket, owner) in zip(buckets, owners) {
        let bucket = Int(bucket)
        // The same word filed twice in one bucket (two deletions leaving the same letters).
        if ends[bucket] > starts[bucket], entries[Int(ends[bucket]) - 1] == owner { continue }
        entries[Int(ends[bucket])] = owner
        ends[bucket] += 1
      }
      self.filed = filed
      self.starts = starts
      self.ends = ends
      self.entries = entries
      self.bucketMask = mask
      self.stemOf = stemOf
      self.ordinary = ordinaryWords
      self.longestWord = stemOf.keys.map(\.count).max() ?? 0
    }

    /// Candidates must begin with the same letter: people rarely get the first letter wrong, and
    /// the rule stops "think" becoming "drink" and "eight" becoming "weight".
    ///
    /// A word filed only as a wrongly formed inflection ("droping" from "drop") is a likely
    /// misspelling of that word, so it is read as it: its own stem ("drope") is no word at all,
    /// and treating it as already known left it with no reading.
    func corrections(of word: String) -> [String] {
      if let stem = stemOf[word] { return stem == Stemmer.stem(word) ? [] : [stem] }
      guard word.count >= 4, word.count <= longestWord + 2, word.allSatisfy(\.isLetter),
        !ordinary.contains(word)
      else { return [] }
      var best: [String] = []
      var bestDistance = Int.max
      var seen: Set<Int32> = []
      let queryLimit = FuzzyIndex.allowedEdits(forLength: word.count + 2)
      var candidates: [Int32] = []
      FuzzyIndex.forEachDeletion(of: word, upTo: max(1, queryLimit)) { key in
        let bucket = Int(key & bucketMask)
        for index in Int(starts[bucket])..<Int(ends[bucket])
        where seen.insert(entries[index]).inserted {
          candidates.append(entries[index])
        }
      }
      for index in candidates {
        let candidate = filed[Int(index)]
        guard candidate.first == word.first else { continue }
        let limit = FuzzyIndex.allowance(word, candidate)
        let distance = Suggestion.editDistance(word, candidate, limit: limit)
        guard distance <= limit, let stem = stemOf[candidate] else { continue }
        if distance < bestDistance {
          best = [stem]
          bestDistance = distance
        } else if distance == bestDistance, !best.contains(stem) {
          best.append(stem)
        }
      }
      return best.sorted()
    }
  }

  /// The edits allowed between a query and a lexicon word: the smaller allowance of the two
  /// lengths, so a short query is not stretched into a longer word ("join" is not "joint").
  /// A four-letter word with two letters swapped ("pian") is the one exception, as the same
  /// letters in another order are rarely a different word.
  static func allowance(_ query: String, _ candidate: String) -> Int {
    let limit = min(allowedEdits(forLength: query.count), allowedEdits(forLength: candidate.count))
    if limit == 0, query.count == 4, candidate.count == 4, query.sorted() == candidate.sorted() {
      return 1
    }
    return limit
  }

  /// The word and the forms people add to it, so a slip in "walkng" is measured against
  /// "walking" and not only "walk". A wrongly formed extra ("swiming") does no harm: it is
  /// itself a likely misspelling.
  static func inflections(of word: String) -> [String] {
    var forms = [word, word + "s", word + "ing", word + "ed"]
    if word.hasSuffix("e") {
      let base = String(word.dropLast())
      forms += [base + "ing", word + "d"]
    }
    if word.hasSuffix("y") {
      let base = String(word.dropLast())
      forms += [base + "ies", base + "ied"]
    }
    if let last = word.last, !"aeiouwxy".contains(last) {
      forms += [word + String(last) + "ing", word + String(last) + "ed"]
    }
    return forms
  }

  /// How many hashes `forEachDeletion` gives for a word of `length` characters.
  static func deletionCount(length: Int, upTo limit: Int) -> Int {
    var count = 1
    if limit >= 1 && length > 1 { count += length }
    if limit >= 2 && length > 2 { count += length * (length - 1) / 2 }
    return count
  }

  /// The hash of every string left by deleting up to `limit` (at most 2) letters from `word`,
  /// the word included; the same string may come more than once. The strings are not built:
  /// with prefix hashes, the hash of the letters left is a sum of three ranges' hashes.
  static func forEachDeletion(of word: String, upTo limit: Int, _ body: (UInt64) -> Void) {
    // In ASCII text (with no carriage return, which pairs with a line feed) each byte is a
    // character and its code is the byte, as `asciiValue` would give.
    let codes =
      word.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D })
      ? word.utf8.map(UInt64.init)
      : word.map { character -> UInt64 in
        if let ascii = character.asciiValue { return UInt64(ascii) }
        var hasher = Hasher()
        hasher.combine(character)
        return UInt64(UInt(bitPattern: hasher.finalize())) | 0x100
      }
    let count = codes.count
    let base: UInt64 = 0x100_0000_01B3
    var prefix = [UInt64](repeating: 0, count: count + 1)
    var power = [UInt64](repeating: 1, count: count + 1)
    for index in 0..<count {
      prefix[index + 1] = prefix[index] &* base &+ codes[index]
      power[index + 1] = power[index] &* base
    }
    /// The hash of `codes[lower..<upper]`.
    func range(_ lower: Int, _ upper: Int) -> UInt64 {
      prefix[upper] &- prefix[lower] &* power[upper - lower]
    }
    func finish(_ hash: UInt64, length: Int) -> UInt64 {
      var value = hash ^ (UInt64(length) &* 0x9E37_79B9_7F4A_7C15)
      value = (value ^ (value >> 31)) &* 0xBF58_476D_1CE4_E5B9
      return value ^ (value >> 29)
    }
    body(finish(prefix[count], length: count))
    guard limit >= 1, count > 1 else { return }
    for first in 0..<count {
      let after = range(first + 1, count)
      body(finish(prefix[first] &* power[count - first - 1] &+ after, length: count - 1))
    }
    guard limit >= 2, count > 2 else { return }
    for first in 0..<count {
      for second in (first + 1)..<count {
        let hash =
          (prefix[first] &* power[second - first - 1] &+ range(first + 1, second))
          &* power[count - second - 1] &+ range(second + 1, count)
        body(finish(hash, length: count - 2))
      }
    }
  }
}

/// Remembers the corrections already worked out, since people repeat their words and a
/// conversation runs the same lines through several matchers.
final class CorrectionCache: @unchecked Sendable {
  // Safe to share: every access to `entries` holds `lock`.
  private let lock = NSLock()
  private var entries: [String: [String]] = [:]
  private let capacity: Int

  init(capacity: Int = 4096) { self.capacity = capacity }

  func value(for word: String, compute: (String) -> [String]) -> [String] {
    lock.lock()
    if let cached = entries[word] {
      lock.unlock()
      return cached
    }
    lock.unlock()
    let value = compute(word)
    lock.lock()
    if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
    entries[word] = value
    lock.unlock()
    return value
  }

  /// Drops every word remembered. The words are what people typed, so a matcher that outlives
  /// one person (a kiosk's safety net and glossary) must not keep them for the next.
  func removeAll() {
    lock.lock()
    // A new empty table, not `removeAll(keepingCapacity:)`: the old storage is released.
    entries = [:]
    lock.unlock()
  }

  /// How many words are remembered.
  var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return entries.count
  }
}
