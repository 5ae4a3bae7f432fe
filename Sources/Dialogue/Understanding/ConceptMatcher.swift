import Foundation

/// Finds lexicon concepts in text: stemming, misspellings, phrases and negation scope.
///
/// Built once per lexicon: the terms become a trie over word stems, so each position of the
/// input is tried against every term at once, and the longest term wins ("blood pressure" is a
/// test, not "pressure"). Misspelt words are corrected through `FuzzyIndex` only when their stem
/// is not a lexicon word already. The trie is built at the first text analysed and the
/// spelling index at the first word that needs correcting, so start-up waits for neither.
public final class ConceptMatcher: Sendable {
  public let lexicon: Lexicon
  /// The terms' trie and spelling index, built at the first text analysed: start-up needs
  /// only the lexicon read and checked.
  private let index: OnDemand<Index>
  private let cache = CorrectionCache()

  private struct Index: Sendable {
    let trie: PhraseTrie
    let knownStems: Set<String>
    let fuzzy: FuzzyIndex

    init(lexicon: Lexicon) {
      var trie = PhraseTrie()
      var words: Set<String> = []
      for (index, concept) in lexicon.concepts.enumerated() {
        for (terms, positive) in [(concept.terms, false), (concept.positive, true)] {
          for term in terms {
            let tokens = Tokenizer.tokens(of: term)
            guard !tokens.isEmpty else { continue }
            trie.insert(tokens.map(\.stem), owner: TermOwner(concept: index, positive: positive))
            words.formUnion(tokens.map(\.word))
          }
        }
      }
      self.trie = trie
      self.knownStems = Set(words.map(Stemmer.stem))
      self.fuzzy = FuzzyIndex(words: words, ordinaryWords: lexicon.ordinaryWords)
    }
  }

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
    self.index = OnDemand { Index(lexicon: lexicon) }
  }

  /// Builds the spelling index now instead of at the first word that needs correcting.
  ///
  /// Nothing depends on when it is built; this is for callers with time to spare, such as one
  /// that runs it on a thread of its own while the script is read (Dialogue starts no threads).
  /// Anything that needs the index before it is done waits for it (it is built once, under a
  /// lock), so the results never change.
  public func prepare() { index.value.fuzzy.prepare() }

  /// Whether the spelling index has been built yet.
  var spellingIndexIsBuilt: Bool { index.isMade && index.value.fuzzy.isBuilt }

  /// Forgets the spelling corrections worked out for the words analysed so far: they are the
  /// person's own words. The trie and spelling index hold only the lexicon and stay.
  public func forgetWhatWasTyped() { cache.removeAll() }

  /// How many typed words have their corrections remembered.
  var wordsRemembered: Int { cache.count }

  /// The first index in sorted `values` where `isPast` holds (every later value holds too).
  static func firstIndex(in values: [Int], where isPast: (Int) -> Bool) -> Int {
    var low = 0
    var high = values.count
    while low < high {
      let middle = (low + high) / 2
      if isPast(values[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }

  public func analyse(_ text: String) -> Understanding {
    let tokens = Tokenizer.tokens(of: text)
    let matches = termMatches(in: tokens)
    var covered = [Bool](repeating: false, count: tokens.count)
    for match in matches {
      for index in match.range { covered[index] = true }
    }
    let clauses = Negation.clauses(of: tokens)
    var order: [Int] = []
    var found: [Int: [String]] = [:]
    var denied: [Int: [String]] = [:]
    let characters = Array(text)
    // Clauses and matches are both in text order, so each lookup below is a binary search:
    // a long answer with thousands of matches must cost in proportion to its length.
    let byStart = matches.indices.sorted {
      matches[$0].range.lowerBound < matches[$1].range.lowerBound
    }
    let starts = byStart.map { matches[$0].range.lowerBound }
    func firstMatch(after position: Int) -> TermMatch? {
      let index = ConceptMatcher.firstIndex(in: starts) { $0 > position }
      return index < starts.count ? matches[byStart[index]] : nil
    }
    let clauseEnds = clauses.map(\.upperBound)
    for match in matches {
      let clauseIndex = ConceptMatcher.firstIndex(in: clauseEnds) { $0 > match.range.lowerBound }
      let clause =
        clauseIndex < clauses.count && clauses[clauseIndex].contains(match.range.lowerBound)
        ? clauses[clauseIndex] : 0..<tokens.count
      let words = ConceptMatcher.original(characters, tokens, match.range)
      for owner in match.owners {
        if found[owner.concept] == nil && denied[owner.concept] == nil {
          order.append(owner.concept)
        }
        let negated = Negation.isNegated(
          match.range, positive: owner.positive, clause: clause, tokens: tokens, covered: covered
        ) { negator in
          firstMatch(after: negator).map { ($0.range, $0.owners.contains { $0.positive }) }
        }
        if negated {
          denied[owner.concept, default: []].appendUnique(words)
        } else {
          found[owner.concept, default: []].appendUnique(words)
        }
      }
    }
    var result = Understanding()
    for concept in order {
      let id = lexicon.concepts[concept].id
      if let words = found[concept] {
        result.concepts.append(ConceptHit(id: id, matched: words))
      } else if let words = denied[concept] {
        result.negated.append(ConceptHit(id: id, matched: words))
      }
    }
    return result
  }

  /// Every concept term in the tokens, leftmost-longest, for pattern rules that name a concept;
  /// negation plays no part here, since a pattern is about the words used.
  func conceptSpans(in tokens: [Token]) -> [(range: Range<Int>, concept: String)] {
    termMatches(in: tokens).flatMap { match in
      match.owners.map { (match.range, lexicon.concepts[$0.concept].id) }
    }
  }

  /// Every term in the tokens. Each token may stand for its own stem or, if that is not a
  /// lexicon word, the stems of the words it looks like a misspelling of.
  private func termMatches(in tokens: [Token]) -> [TermMatch] {
    let index = self.index.value
    let candidates = tokens.map { token -> [String] in
      if index.knownStems.contains(token.stem) { return [token.stem] }
      return [token.stem] + cache.value(for: token.word) { index.fuzzy.corrections(of: $0) }
    }
    return index.trie.matches(in: tokens, candidates: candidates)
  }

  private static func original(_ characters: [Character], _ tokens: [Token], _ range: Range<Int>)
    -> String
  {
    let lower = tokens[range.lowerBound].span.lowerBound
    let upper = max(lower, tokens[range.upperBound - 1].span.upperBound)
    return String(characters[lower..<min(upper, characters.count)])
  }
}

struct TermOwner: Hashable, Sendable {
  /// Index into the lexicon's concepts.
  var concept: Int
  var positive: Bool
}

struct TermMatch {
  var range: Range<Int>
  var owners: [TermOwner]
}

/// The lexicon's terms as a trie over word stems.
struct PhraseTrie: Sendable {
  private var children: [[String: Int]] = [[:]]
  private var owners: [[TermOwner]] = [[]]

  mutating func insert(_ stems: [String], owner: TermOwner) {
    var node = 0
    for stem in stems {
      if let next = children[node][stem] {
        node = next
      } else {
        children.append([:])
        owners.append([])
        children[node][stem] = children.count - 1
        node = children.count - 1
      }
    }
    if !owners[node].contains(owner) { owners[node].append(owner) }
  }

  /// The longest term starting at `start`, not reaching across a clause break.
  /// Every term in the tokens, left to right: at each place the longest term wins, and the
  /// scan goes on after it, so "blood pressure" is one term and not "blood" then "pressure".
  func matches(in tokens: [Token], candidates: [[String]]) -> [TermMatch] {
    var matches: [TermMatch] = []
    var start = 0
    while start < tokens.count {
      if let match = longest(from: start, tokens: tokens, candidates: candidates) {
        matches.append(match)
        start = match.range.upperBound
      } else {
        start += 1
      }
    }
    return matches
  }

  func longest(from start: Int, tokens: [Token], candidates: [[String]]) -> TermMatch? {
    var best: TermMatch?
    var frontier = [(node: 0, position: start)]
    while let (node, position) = frontier.popLast() {
      guard position < tokens.count, position == start || !tokens[position].startsClause else {
        continue
      }
      for stem in candidates[position] {
        guard let next = children[node][stem] else { continue }
        if !owners[next].isEmpty, position + 1 > (best?.range.upperBound ?? start) {
          best = TermMatch(range: start..<(position + 1), owners: owners[next])
        }
        frontier.append((next, position + 1))
      }
    }
    return best
  }
}

extension Array where Element == String {
  fileprivate mutating func appendUnique(_ item: String) {
    if !contains(item) { append(item) }
  }
}
