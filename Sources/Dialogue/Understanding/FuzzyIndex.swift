import Foundation

/// Finds the lexicon words a misspelt word was meant to be, without comparing it with every
/// word of the lexicon.
///
/// The index is a deletion neighbourhood: each lexicon word is filed under every string left by
/// deleting up to its allowed number of letters, and a query looks up its own deletions. Two
/// words within that many edits always share a filed string, so only a handful of candidates
/// are ever compared in full. How many mistakes a word may carry grows with its length (see
/// `allowedEdits`), since a slip in a short word usually makes another real word.
struct FuzzyIndex: Sendable {
  /// Lexicon word (as spelt, and its usual inflections) to its stem.
  private let stemOf: [String: String]
  private let neighbourhood: [String: [String]]
  private let ordinary: Set<String>
  /// The longest word filed. A query longer than this by more than two letters is further than
  /// any allowance from every word, so it is not looked at: this keeps a very long "word" (a
  /// pasted string with no spaces) from costing time in proportion to the cube of its length.
  private let longestWord: Int

  /// No allowance up to four letters, one mistake for five to seven, two from eight.
  static func allowedEdits(forLength length: Int) -> Int {
    switch length {
    case ..<5: return 0
    case 5...7: return 1
    default: return 2
    }
  }

  init(words: some Sequence<String>, ordinaryWords: Set<String>) {
    var stemOf: [String: String] = [:]
    for word in words where word.count >= 4 && word.allSatisfy(\.isLetter) {
      let stem = Stemmer.stem(word)
      for form in FuzzyIndex.inflections(of: word) where stemOf[form] == nil {
        stemOf[form] = stem
      }
    }
    var neighbourhood: [String: [String]] = [:]
    for word in stemOf.keys.sorted() {
      // Four-letter words are filed too, for the swapped-letter exception in `allowance`.
      let limit = max(word.count == 4 ? 1 : 0, FuzzyIndex.allowedEdits(forLength: word.count))
      guard limit > 0 else { continue }
      for variant in FuzzyIndex.deletions(of: word, upTo: limit) {
        neighbourhood[variant, default: []].append(word)
      }
    }
    self.stemOf = stemOf
    self.neighbourhood = neighbourhood
    self.ordinary = ordinaryWords
    self.longestWord = stemOf.keys.map(\.count).max() ?? 0
  }

  /// The stems of the lexicon words `word` is most likely a misspelling of; empty when it is a
  /// known word, too short, or nothing is close.
  ///
  /// Candidates must begin with the same letter: people rarely get the first letter wrong, and
  /// the rule stops "think" becoming "drink" and "eight" becoming "weight".
  func corrections(of word: String) -> [String] {
    guard word.count >= 4, word.count <= longestWord + 2, word.allSatisfy(\.isLetter),
      stemOf[word] == nil,
      !ordinary.contains(word)
    else { return [] }
    var best: [String] = []
    var bestDistance = Int.max
    var seen: Set<String> = []
    let queryLimit = FuzzyIndex.allowedEdits(forLength: word.count + 2)
    for variant in FuzzyIndex.deletions(of: word, upTo: max(1, queryLimit)) {
      for candidate in neighbourhood[variant] ?? [] where seen.insert(candidate).inserted {
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
    }
    return best.sorted()
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

  /// Every string left by deleting up to `limit` letters from `word`, the word included.
  static func deletions(of word: String, upTo limit: Int) -> Set<String> {
    var result: Set<String> = [word]
    var frontier: Set<String> = [word]
    for _ in 0..<limit {
      var next: Set<String> = []
      for item in frontier where item.count > 1 {
        let letters = Array(item)
        for index in letters.indices {
          var shorter = letters
          shorter.remove(at: index)
          let text = String(shorter)
          if result.insert(text).inserted { next.insert(text) }
        }
      }
      frontier = next
    }
    return result
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
}
