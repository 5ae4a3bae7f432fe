import Foundation

/// A category found in one line, with the person's words that set it off.
public struct SafetyMatch: Hashable, Sendable {
  public var category: SafetyCategory
  public var matched: [String]
}

/// What the safety net asks the outside world to show: set apart from the conversation.
public struct SafetyNotice: Hashable, Sendable {
  /// The leading category's id, then any others found in the same line.
  public var categories: [String]
  public var level: SafetyLevel
  public var title: String
  /// The message, then one line per service, then the kiosk line when in a kiosk.
  public var lines: [String]
  /// The services shown, as "name: contact", for the plan and the worker.
  public var signposting: String

  public init(
    categories: [String], level: SafetyLevel, title: String, lines: [String], signposting: String
  ) {
    self.categories = categories
    self.level = level
    self.title = title
    self.lines = lines
    self.signposting = signposting
  }
}

/// Watches every line for the situations in Prompts/safety.yaml.
///
/// Every category's patterns are compiled once into one trie over word stems, group ids and
/// gaps, and a line is walked once, word by word, keeping the trie nodes still alive; so the
/// cost of a line depends on the line, not on how many patterns there are. Unlike a script's
/// rules, a safety pattern may match anywhere in the line, and a `*` stands for a short gap of
/// one to `maximumGap` words, so "tight * chest" finds "a tight band round my chest" without
/// joining words from far apart. Literal words forgive typos in the same way as the lexicon
/// ("sucidal", "overdoes"). Negation is deliberately ignored: "I'm not suicidal, but..."
/// still gets the numbers, because the cost of a missed crisis is far higher than an unneeded
/// phone number.
public final class SafetyNet: Sendable {
  public let rules: SafetyRules
  /// The most words one `*` may stand for.
  static let maximumGap = 4

  private struct Edge: Hashable, Sendable {
    var node: Int32
    var label: String
  }

  private let wordEdges: [Edge: Int32]
  private let groupEdges: [Edge: Int32]
  private let starChild: [Int32]
  private let isStar: [Bool]
  private let hasGroupEdges: [Bool]
  /// Category indices each node completes.
  private let accepts: [Int32: [Int32]]
  private let groups: ConceptMatcher
  private let fuzzy: FuzzyIndex
  private let knownStems: Set<String>
  private let cache = CorrectionCache()

  public static let empty = SafetyNet(rules: .empty)

  public init(rules: SafetyRules) {
    self.rules = rules
    var wordEdges: [Edge: Int32] = [:]
    var groupEdges: [Edge: Int32] = [:]
    var starChild: [Int32] = [-1]
    var isStar = [false]
    var hasGroupEdges = [false]
    var accepts: [Int32: [Int32]] = [:]
    var words: Set<String> = []
    func newNode(star: Bool) -> Int32 {
      starChild.append(-1)
      isStar.append(star)
      hasGroupEdges.append(false)
      return Int32(starChild.count - 1)
    }
    for (index, category) in rules.categories.enumerated() {
      for pattern in category.patterns {
        let parsed = PatternParser.parse(pattern)
        guard parsed.errors.isEmpty else { continue }
        words.formUnion(Tokenizer.tokens(of: pattern).map(\.word))
        for sequence in PatternParser.expansions(of: parsed.elements) where !sequence.isEmpty {
          var node: Int32 = 0
          for atom in sequence {
            switch atom {
            case .word(let stem):
              let edge = Edge(node: node, label: stem)
              if let next = wordEdges[edge] {
                node = next
              } else {
                let next = newNode(star: false)
                wordEdges[edge] = next
                node = next
              }
            case .concept(let id):
              let edge = Edge(node: node, label: id)
              if let next = groupEdges[edge] {
                node = next
              } else {
                let next = newNode(star: false)
                groupEdges[edge] = next
                hasGroupEdges[Int(node)] = true
                node = next
              }
            case .star:
              if starChild[Int(node)] >= 0 {
                node = starChild[Int(node)]
              } else {
                let next = newNode(star: true)
                starChild[Int(node)] = next
                node = next
              }
            }
          }
          if accepts[node]?.contains(Int32(index)) != true {
            accepts[node, default: []].append(Int32(index))
          }
        }
      }
    }
    self.wordEdges = wordEdges
    self.groupEdges = groupEdges
    self.starChild = starChild
    self.isStar = isStar
    self.hasGroupEdges = hasGroupEdges
    self.accepts = accepts
    let lexicon = Lexicon(concepts: rules.groups, ordinaryWords: rules.ordinaryWords)
    self.groups = ConceptMatcher(lexicon: lexicon)
    for group in rules.groups {
      for term in group.terms { words.formUnion(Tokenizer.tokens(of: term).map(\.word)) }
    }
    self.knownStems = Set(words.map(Stemmer.stem))
    self.fuzzy = FuzzyIndex(words: words, ordinaryWords: rules.ordinaryWords)
  }

  public var isEmpty: Bool { rules.categories.isEmpty }

  /// A live place in the trie: the node, how many words the current `*` has taken, and where
  /// the match began (the latest start is kept, so the words reported are the fewest).
  private struct Live: Hashable {
    var node: Int32
    var gap: Int
  }

  /// The categories the text sets off, most serious first, then in file order.
  public func check(_ text: String) -> [SafetyMatch] {
    guard !isEmpty else { return [] }
    let tokens = Tokenizer.tokens(of: text)
    guard !tokens.isEmpty else { return [] }
    let count = tokens.count
    var spans = [[(end: Int, group: String)]](repeating: [], count: count)
    for span in groups.conceptSpans(in: tokens) {
      spans[span.range.lowerBound].append((span.range.upperBound, span.concept))
    }
    let candidates = tokens.map { token -> [String] in
      if knownStems.contains(token.stem) { return [token.stem] }
      return [token.stem] + cache.value(for: token.word) { fuzzy.corrections(of: $0) }
    }
    var live = [[Live: Int]](repeating: [:], count: count + 1)
    var found: [Int32: Range<Int>] = [:]
    func reach(_ position: Int, _ state: Live, start: Int) {
      if let earlier = live[position][state], earlier >= start { return }
      live[position][state] = start
      for category in accepts[state.node] ?? [] {
        if let best = found[category], best.count <= position - start { continue }
        found[category] = start..<position
      }
    }
    for position in 0..<count {
      reach(position, Live(node: 0, gap: 0), start: position)
      for (state, start) in live[position] {
        let node = Int(state.node)
        for stem in candidates[position] {
          if let next = wordEdges[Edge(node: state.node, label: stem)] {
            reach(position + 1, Live(node: next, gap: 0), start: start)
          }
        }
        if hasGroupEdges[node] {
          for span in spans[position] {
            if let next = groupEdges[Edge(node: state.node, label: span.group)] {
              reach(span.end, Live(node: next, gap: 0), start: start)
            }
          }
        }
        if starChild[node] >= 0 {
          reach(position + 1, Live(node: starChild[node], gap: 1), start: start)
        }
        if isStar[node], state.gap < SafetyNet.maximumGap {
          reach(position + 1, Live(node: state.node, gap: state.gap + 1), start: start)
        }
      }
    }
    let characters = Array(text)
    return found.keys.sorted().map { index in
      let range = found[index]!
      let lower = tokens[range.lowerBound].span.lowerBound
      let upper = max(lower, tokens[range.upperBound - 1].span.upperBound)
      let words = String(characters[lower..<min(upper, characters.count)])
      return SafetyMatch(category: rules.categories[Int(index)], matched: [words])
    }.sorted { $0.category.level < $1.category.level }
  }

  /// The notice for the categories found in one line, for everything but the appointment
  /// level; nil when only appointment categories were found.
  ///
  /// The most serious category leads with its title and message; the services of every
  /// category found are shown once each, in the order the categories list them.
  public func notice(for matches: [SafetyMatch], text: String, audience: Audience)
    -> SafetyNotice?
  {
    let serious = matches.filter { $0.category.level != .appointment }
    guard let lead = serious.first?.category else { return nil }
    let negated = Tokenizer.tokens(of: text).contains { Negation.negators.contains($0.word) }
    var lines = [negated ? lead.gentle ?? lead.message : lead.message]
    var shown: [SafetyService] = []
    for match in serious {
      if match.category.id != lead.id, match.category.level < .support,
        !lines.contains(match.category.message)
      {
        lines.append(match.category.message)
      }
      for id in match.category.signpost {
        if let service = rules.service(id), !shown.contains(service) { shown.append(service) }
      }
    }
    lines += shown.map(\.say)
    if audience == .kiosk { lines.append(lead.kiosk ?? rules.wording.kiosk) }
    return SafetyNotice(
      categories: serious.map(\.category.id), level: lead.level, title: lead.title, lines: lines,
      signposting: shown.map { "\($0.name): \($0.contact)" }.joined(separator: "; "))
  }
}
