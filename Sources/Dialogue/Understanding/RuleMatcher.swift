/// A global pattern rule as the script declares it. The pattern syntax is described on
/// `PatternAtom`.
public struct PatternRule: Hashable, Sendable {
  public var id: String
  public var pattern: String
  /// Higher wins; equal priorities keep declaration order.
  public var priority: Int
  /// The loader's parse of `pattern`, when there is one (see `ParsedPattern`).
  var parsed: ParsedPattern?
  public init(id: String, pattern: String, priority: Int) {
    self.id = id
    self.pattern = pattern
    self.priority = priority
  }
  init(id: String, pattern: String, priority: Int, parsed: ParsedPattern?) {
    self.init(id: id, pattern: pattern, priority: priority)
    self.parsed = parsed
  }
}

/// A problem in a pattern's text, with its character offset from the start of the pattern.
public struct PatternError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public var offset: Int
  public init(_ message: String, offset: Int) {
    self.message = message
    self.offset = offset
  }
  public var description: String { "\(offset): \(message)" }
}

/// All pattern rules compiled once into one structure, so matching cost does not grow with the
/// number of rules.
///
/// Every rule's patterns (one per way of taking its optional parts) are merged into a single
/// trie over word stems, concept ids and wildcards. Matching walks the input once, word by word,
/// keeping the set of trie nodes still alive: a literal word is one dictionary look-up per live
/// node, a concept is one look-up per concept term starting at that word, and a `*` node stays
/// alive by looping on itself. The live set depends on the input and on how patterns share
/// their beginnings, not on how many rules there are, so ten thousand rules that each name
/// their own topic cost no more per line than ten.
public final class RuleMatcher: Sendable {
  /// The trie's edges on words and on concepts, each keyed by the node and the label's number
  /// (see `edgeKey`). Words and concept ids are numbered once, when the rules are compiled, so
  /// matching hashes each input word once and then only compares numbers. All edges live in
  /// one flat table rather than a table per node, so building stays linear in the number of
  /// rules and no node's table is ever copied as it grows.
  private let wordEdges: [UInt64: Int32]
  private let conceptEdges: [UInt64: Int32]
  /// The number of each word stem and concept id the patterns use.
  private let wordNumbers: [String: Int32]
  private let conceptNumbers: [String: Int32]
  /// For each node, its `*` child or -1.
  private let starChild: [Int32]
  /// For each node, whether it is a `*` node: having taken one word, it may take more.
  private let loops: [Bool]
  private let hasConceptEdges: [Bool]
  /// The rules each node completes.
  private let accepts: [Int32: [Int32]]
  private let rules: [PatternRule]
  /// Each rule's parsed pattern, spelt out into word sequences only for the rule that wins a
  /// line, to find what its `*` took. Spelling out every rule's sequences at load would cost
  /// more than all the lines a conversation brings.
  private let patterns: [[PatternElement]]
  private let concepts: ConceptMatcher

  /// The key of the edge from `node` on the label numbered `label`.
  private static func edgeKey(_ node: Int32, _ label: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: label))
  }

  /// Checks one pattern on its own (syntax and concept names), for the script validator.
  public static func check(pattern: String, knownConcepts: Set<String>) -> [PatternError] {
    check(PatternParser.parse(pattern), knownConcepts: knownConcepts)
  }

  /// The same, for a pattern already parsed.
  static func check(_ parsed: PatternParser.Parsed, knownConcepts: Set<String>) -> [PatternError] {
    var errors = parsed.errors
    for reference in parsed.conceptReferences where !knownConcepts.contains(reference.id) {
      errors.append(
        PatternError(
          "unknown concept '\(reference.id)'"
            + Suggestion.hint(for: reference.id, in: knownConcepts.sorted()),
          offset: reference.offset))
    }
    return errors.sorted { $0.offset < $1.offset }
  }

  /// Compiles the rules; a rule whose pattern has syntax errors is left out (the validator
  /// reports it), and a reference to an unknown concept simply never matches.
  public init(rules: [PatternRule], concepts: ConceptMatcher) {
    var builder = Builder()
    var patterns: [[PatternElement]] = []
    patterns.reserveCapacity(rules.count)
    for (ruleIndex, rule) in rules.enumerated() {
      let parsed =
        rule.parsed?.parsed(ifFrom: rule.pattern) ?? PatternParser.parse(rule.pattern)
      guard parsed.errors.isEmpty else {
        patterns.append([])
        continue
      }
      patterns.append(parsed.elements)
      // The root stays in the set only along the way that leaves every optional part out;
      // that empty sequence matches nothing, as before.
      for node in builder.insert(parsed.elements, from: [0]) where node != 0 {
        if builder.accepts[node]?.last != Int32(ruleIndex) {
          builder.accepts[node, default: []].append(Int32(ruleIndex))
        }
      }
    }
    self.wordEdges = builder.wordEdges
    self.conceptEdges = builder.conceptEdges
    self.wordNumbers = builder.wordNumbers
    self.conceptNumbers = builder.conceptNumbers
    self.starChild = builder.starChild
    self.loops = builder.loops
    self.hasConceptEdges = builder.hasConceptEdges
    self.accepts = builder.accepts
    self.rules = rules
    self.patterns = patterns
    self.concepts = concepts
  }

  private struct Builder {
    var wordEdges: [UInt64: Int32] = [:]
    var conceptEdges: [UInt64: Int32] = [:]
    var wordNumbers: [String: Int32] = [:]
    var conceptNumbers: [String: Int32] = [:]
    var starChild: [Int32] = [-1]
    var loops: [Bool] = [false]
    var hasConceptEdges: [Bool] = [false]
    var accepts: [Int32: [Int32]] = [:]

    private mutating func newNode(loops isStar: Bool = false) -> Int32 {
      starChild.append(-1)
      loops.append(isStar)
      hasConceptEdges.append(false)
      return Int32(starChild.count - 1)
    }

    private static func number(of label: String, in numbers: inout [String: Int32]) -> Int32 {
      if let number = numbers[label] { return number }
      let number = Int32(numbers.count)
      numbers[label] = number
      return number
    }

    mutating func child(of node: Int32, for atom: PatternAtom) -> Int32 {
      switch atom {
      case .word(let stem):
        let key = RuleMatcher.edgeKey(node, Builder.number(of: stem, in: &wordNumbers))
        if let next = wordEdges[key] { return next }
        let next = newNode()
        wordEdges[key] = next
        return next
      case .concept(let id):
        let key = RuleMatcher.edgeKey(node, Builder.number(of: id, in: &conceptNumbers))
        if let next = conceptEdges[key] { return next }
        let next = newNode()
        conceptEdges[key] = next
        hasConceptEdges[Int(node)] = true
        return next
      case .star:
        if starChild[Int(node)] >= 0 { return starChild[Int(node)] }
        let next = newNode(loops: true)
        starChild[Int(node)] = next
        return next
      }
    }
    /// Adds every word sequence of `elements` (one for each way of taking its optional
    /// parts) below each of `nodes`, and returns the nodes where they end. The sequences are
    /// never listed: the set of nodes reached goes through each element in turn, an optional
    /// part adding the nodes reached by taking it.
    mutating func insert(_ elements: [PatternElement], from nodes: [Int32]) -> [Int32] {
      var current = nodes
      for element in elements {
        switch element {
        case .atoms(let atoms):
          for position in current.indices {
            for atom in atoms { current[position] = child(of: current[position], for: atom) }
          }
        case .optional(let inner):
          for node in insert(inner, from: current) where !current.contains(node) {
            current.append(node)
          }
        }
      }
      return current
    }
  }

  /// The ids of the rules the text matches: highest priority first, then declaration order.
  public func matches(_ text: String) -> [String] {
    let input = prepare(text)
    return matchedRules(input).map { rules[$0].id }
  }

  /// The best rule the text matches and the words each of its `*` took, as the person wrote
  /// them: for "what is *", "What's HbA1c?" gives `("...", ["HbA1c"])`. Each `*` takes as few
  /// words as it can while the rest of the pattern still matches.
  public func firstMatch(_ text: String) -> (ruleID: String, captures: [String])? {
    firstMatchIndex(text).map { (rules[$0.index].id, $0.captures) }
  }

  /// As `firstMatch`, with the rule's position in the list the matcher was built from, so a
  /// caller holding that list need not search it by id.
  public func firstMatchIndex(_ text: String) -> (index: Int, captures: [String])? {
    let input = prepare(text)
    guard let best = matchedRules(input).first else { return nil }
    for sequence in PatternParser.expansions(of: patterns[best]) where !sequence.isEmpty {
      if let ranges = capture(sequence, input: input) {
        let captures = ranges.map { range -> String in
          Tokenizer.original(
            text,
            characters: input.tokens[range.lowerBound].span
              .lowerBound..<input.tokens[range.upperBound - 1].span.upperBound)
        }
        return (best, captures)
      }
    }
    return (best, [])
  }

  private struct Input {
    var tokens: [Token]
    /// For each word, the concept terms that start there: where they end and which concept.
    /// Left empty when no pattern names a concept, since nothing would look at it.
    var spansByStart: [[(end: Int, concept: String)]]
  }

  private func prepare(_ text: String) -> Input {
    let tokens = Tokenizer.tokens(of: text)
    var spans = [[(end: Int, concept: String)]](repeating: [], count: tokens.count)
    if !conceptNumbers.isEmpty {
      for span in concepts.conceptSpans(in: tokens) {
        spans[span.range.lowerBound].append((span.range.upperBound, span.concept))
      }
    }
    return Input(tokens: tokens, spansByStart: spans)
  }

  private func matchedRules(_ input: Input) -> [Int] {
    let count = input.tokens.count
    guard count > 0 else { return [] }
    // The live nodes at each position. Few nodes are alive at once, so a list searched in
    // full is cheaper than a set.
    var live = [[Int32]](repeating: [], count: count + 1)
    func reach(_ node: Int32, _ position: Int) {
      if !live[position].contains(node) { live[position].append(node) }
    }
    live[0] = [0]
    for position in 0..<count {
      let word = wordNumbers[input.tokens[position].stem]
      for state in live[position] {
        if let word, let next = wordEdges[RuleMatcher.edgeKey(state, word)] {
          reach(next, position + 1)
        }
        if hasConceptEdges[Int(state)] {
          for span in input.spansByStart[position] {
            if let concept = conceptNumbers[span.concept],
              let next = conceptEdges[RuleMatcher.edgeKey(state, concept)]
            {
              reach(next, span.end)
            }
          }
        }
        let star = starChild[Int(state)]
        if star >= 0 { reach(star, position + 1) }
        if loops[Int(state)] { reach(state, position + 1) }
      }
    }
    var accepted: Set<Int32> = []
    for state in live[count] { accepted.formUnion(accepts[state] ?? []) }
    guard !accepted.isEmpty else { return [] }
    // Few rules match one line, so sorting just those keeps the order cheap.
    return accepted.map(Int.init).sorted { isBefore($0, $1) }
  }

  private func isBefore(_ a: Int, _ b: Int) -> Bool {
    let left = rules[a]
    let right = rules[b]
    return left.priority != right.priority ? left.priority > right.priority : a < b
  }

  /// Matches one word sequence against the input by backtracking, returning what each `*`
  /// took. Used only for the single winning rule, so its cost does not depend on the rules.
  private func capture(_ sequence: [PatternAtom], input: Input) -> [Range<Int>]? {
    let count = input.tokens.count
    // Remembering dead ends keeps several `*` on a long line from backtracking exponentially.
    var failed: Set<Int> = []
    func match(_ atomIndex: Int, _ position: Int) -> [Range<Int>]? {
      if atomIndex == sequence.count { return position == count ? [] : nil }
      guard position < count, !failed.contains(atomIndex * (count + 1) + position) else {
        return nil
      }
      let result = step(atomIndex, position)
      if result == nil { failed.insert(atomIndex * (count + 1) + position) }
      return result
    }
    func step(_ atomIndex: Int, _ position: Int) -> [Range<Int>]? {
      switch sequence[atomIndex] {
      case .word(let stem):
        guard input.tokens[position].stem == stem else { return nil }
        return match(atomIndex + 1, position + 1)
      case .concept(let id):
        for span in input.spansByStart[position] where span.concept == id {
          if let rest = match(atomIndex + 1, span.end) { return rest }
        }
        return nil
      case .star:
        for end in (position + 1)...count {
          if let rest = match(atomIndex + 1, end) { return [position..<end] + rest }
        }
        return nil
      }
    }
    return match(0, 0)
  }
}

extension RuleMatcher {
  /// `count` distinct rules in the shapes real scripts use (questions, topics, concept
  /// references, optional words), for measuring how matching and loading scale.
  public static func syntheticRules(count: Int, concepts: [String] = []) -> [PatternRule] {
    (0..<count).map { index in
      let word = syntheticWord(index)
      let pattern: String
      switch index % 4 {
      case 0: pattern = "what is \(word) *"
      case 1: pattern = "[can you] tell me about \(word) [please]"
      case 2:
        pattern =
          concepts.isEmpty
          ? "* \(word) *" : "* {\(concepts[index % concepts.count])} \(word) *"
      default: pattern = "i [really] want to \(word) *"
      }
      return PatternRule(id: "rule-\(index)", pattern: pattern, priority: index % 3)
    }
  }

  /// A made-up word of letters only, different for each index ("qab", "qbb", ...).
  static func syntheticWord(_ index: Int) -> String { syntheticWord(prefix: "q", index) }

  /// A made-up word: `prefix`, the index in base 26, then "x". Benchmarks build their
  /// vocabularies from these so no two generated words collide.
  public static func syntheticWord(prefix: String, _ index: Int) -> String {
    var letters = prefix
    var value = index
    repeat {
      letters.append(Character(UnicodeScalar(UInt8(97 + value % 26))))
      value /= 26
    } while value > 0
    return letters + "x"
  }
}
