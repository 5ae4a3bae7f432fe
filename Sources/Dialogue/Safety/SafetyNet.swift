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
/// ("sucidal", "overdoes").
///
/// Everyday phrases ("this weather is killing me", "the chest freezer broke") are found first
/// with their own trie, and their words are taken out of the line before the categories are
/// looked for: so an idiom never sets off an alarm, while a real sign in the same line still
/// does. Negation is deliberately ignored: "I'm not suicidal, but..." still gets the numbers,
/// because a missed crisis costs far more than an unneeded phone number.
public final class SafetyNet: Sendable {
  public let rules: SafetyRules
  /// The most words one `*` may stand for.
  static let maximumGap = 4

  /// The compiled patterns, built at the first line checked: start-up only needs the rules
  /// read and checked, and the first prompt is shown before anyone has typed.
  private let compiled: OnDemand<Compiled>
  private let cache = CorrectionCache()

  /// Every pattern and group compiled, and the words they use for typo correction.
  private struct Compiled: Sendable {
    let categories: PhraseAutomaton
    let everyday: PhraseAutomaton
    let groups: GroupTrie
    let fuzzy: FuzzyIndex
    let knownStems: Set<String>

    init(rules: SafetyRules) {
      var words: Set<String> = []
      self.categories = PhraseAutomaton(
        patterns: rules.categories.enumerated().flatMap { index, category in
          category.patterns.map { (index, $0) }
        }, words: &words)
      self.everyday = PhraseAutomaton(
        patterns: rules.everyday.map { (0, $0) }, words: &words)
      self.groups = GroupTrie(groups: rules.groups, words: &words)
      self.knownStems = Set(words.map(Stemmer.stem))
      self.fuzzy = FuzzyIndex(words: words, ordinaryWords: rules.ordinaryWords)
    }
  }

  public static let empty = SafetyNet(rules: .empty)

  public init(rules: SafetyRules) {
    self.rules = rules
    self.compiled = OnDemand { Compiled(rules: rules) }
  }

  /// Compiles the patterns and builds the spelling index now, instead of at the first line.
  public func prepare() {
    compiled.value.fuzzy.prepare()
  }

  /// Whether the patterns have been compiled yet.
  var isCompiled: Bool { compiled.isMade }

  /// Forgets the spelling corrections worked out for the words of the lines checked so far:
  /// they are the person's own words. The compiled patterns hold only the rules and stay.
  public func forgetWhatWasTyped() { cache.removeAll() }

  /// How many typed words have their corrections remembered.
  var wordsRemembered: Int { cache.count }

  public var isEmpty: Bool { rules.categories.isEmpty }

  /// The pattern with each `{group}` replaced by a space: its literal words only.
  static func withoutGroups(_ pattern: String) -> String {
    var result = ""
    var rest = Substring(pattern)
    while let open = rest.firstIndex(of: "{"),
      let close = rest[open...].firstIndex(of: "}")
    {
      result += rest[..<open]
      result += " "
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  /// The categories the text sets off, most serious first, then in file order.
  public func check(_ text: String) -> [SafetyMatch] {
    guard !isEmpty else { return [] }
    let tokens = Tokenizer.tokens(of: text)
    guard !tokens.isEmpty else { return [] }
    let compiled = self.compiled.value
    let (categories, everyday, groups) = (compiled.categories, compiled.everyday, compiled.groups)
    var candidates = tokens.map { token -> [String] in
      if compiled.knownStems.contains(token.stem) { return [token.stem] }
      return [token.stem] + cache.value(for: token.word) { compiled.fuzzy.corrections(of: $0) }
    }
    var spans = groups.spans(candidates)
    var masked = Set<Int>()
    for (_, range) in everyday.run(candidates: candidates, spans: spans) {
      masked.formUnion(range)
    }
    if !masked.isEmpty {
      for index in masked { candidates[index] = [] }
      spans = groups.spans(candidates)
    }
    var found: [Int: Range<Int>] = [:]
    for (category, range) in categories.run(candidates: candidates, spans: spans) {
      if let best = found[category], best.count <= range.count { continue }
      found[category] = range
    }
    let characters = Array(text)
    return found.keys.sorted().map { index in
      let range = found[index]!
      let lower = tokens[range.lowerBound].span.lowerBound
      let upper = max(lower, tokens[range.upperBound - 1].span.upperBound)
      let words = String(characters[lower..<min(upper, characters.count)])
      return SafetyMatch(category: rules.categories[index], matched: [words])
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

/// The groups' words and phrases as one trie over stems. Unlike the lexicon's matcher, it
/// finds every group phrase at every word, overlapping or not: "left arm" is a place pain
/// spreads to, and "arm" within it is still a limb that may go weak.
private struct GroupTrie: Sendable {
  private var children: [[String: Int]] = [[:]]
  private var owners: [[String]] = [[]]
  private var depth = 0

  init(groups: [Lexicon.Concept], words: inout Set<String>) {
    for group in groups {
      for term in group.terms {
        let tokens = Tokenizer.tokens(of: term)
        guard !tokens.isEmpty else { continue }
        words.formUnion(tokens.map(\.word))
        depth = max(depth, tokens.count)
        var node = 0
        for token in tokens {
          if let next = children[node][token.stem] {
            node = next
          } else {
            children.append([:])
            owners.append([])
            children[node][token.stem] = children.count - 1
            node = children.count - 1
          }
        }
        if !owners[node].contains(group.id) { owners[node].append(group.id) }
      }
    }
  }

  /// For each word, every group phrase starting there: where it ends and which group. A word
  /// with no candidates (taken out as part of an everyday phrase) stops a phrase.
  func spans(_ candidates: [[String]]) -> [[(end: Int, group: String)]] {
    var result = [[(end: Int, group: String)]](repeating: [], count: candidates.count)
    for start in candidates.indices {
      var frontier: Set<Int> = [0]
      var position = start
      while !frontier.isEmpty, position < candidates.count, position - start < depth {
        var next: Set<Int> = []
        for node in frontier {
          for stem in candidates[position] {
            guard let child = children[node][stem] else { continue }
            next.insert(child)
            for group in owners[child]
            where !result[start].contains(where: {
              $0.end == position + 1 && $0.group == group
            }) {
              result[start].append((position + 1, group))
            }
          }
        }
        frontier = next
        position += 1
      }
    }
    return result
  }
}

/// Patterns compiled into one trie, matched anywhere in a line with bounded gaps.
private struct PhraseAutomaton: Sendable {
  private struct Edge: Hashable, Sendable {
    var node: Int32
    var label: String
  }

  /// A live place in the trie: the node, and how many words the current `*` has taken.
  private struct Live: Hashable {
    var node: Int32
    var gap: Int
  }

  private var wordEdges: [Edge: Int32] = [:]
  private var groupEdges: [Edge: Int32] = [:]
  private var starChild: [Int32] = [-1]
  private var isStar = [false]
  private var hasGroupEdges = [false]
  /// The owners (category indices) each node completes.
  private var accepts: [Int32: [Int]] = [:]

  /// Compiles `(owner, pattern)` pairs; patterns with errors are left out (the loader reports
  /// them). The literal words of every pattern are added to `words`, for typo correction.
  init(patterns: [(Int, String)], words: inout Set<String>) {
    for (owner, pattern) in patterns.flatMap({ owner, text in
      SafetyRules.alternatives(of: text).map { (owner, $0) }
    }) {
      let parsed = PatternParser.parse(pattern)
      guard parsed.errors.isEmpty else { continue }
      words.formUnion(Tokenizer.tokens(of: SafetyNet.withoutGroups(pattern)).map(\.word))
      for sequence in PatternParser.expansions(of: parsed.elements) where !sequence.isEmpty {
        var node: Int32 = 0
        for atom in sequence { node = child(of: node, for: atom) }
        if accepts[node]?.contains(owner) != true { accepts[node, default: []].append(owner) }
      }
    }
  }

  private mutating func newNode(star: Bool) -> Int32 {
    starChild.append(-1)
    isStar.append(star)
    hasGroupEdges.append(false)
    return Int32(starChild.count - 1)
  }

  private mutating func child(of node: Int32, for atom: PatternAtom) -> Int32 {
    switch atom {
    case .word(let stem):
      let edge = Edge(node: node, label: stem)
      if let next = wordEdges[edge] { return next }
      let next = newNode(star: false)
      wordEdges[edge] = next
      return next
    case .concept(let id):
      let edge = Edge(node: node, label: id)
      if let next = groupEdges[edge] { return next }
      let next = newNode(star: false)
      groupEdges[edge] = next
      hasGroupEdges[Int(node)] = true
      return next
    case .star:
      if starChild[Int(node)] >= 0 { return starChild[Int(node)] }
      let next = newNode(star: true)
      starChild[Int(node)] = next
      return next
    }
  }

  /// Every (owner, token range) matched. For each live place only the latest start is kept, so
  /// the work per word is bounded by the live places, and the ranges are the shortest.
  func run(candidates: [[String]], spans: [[(end: Int, group: String)]]) -> [(Int, Range<Int>)] {
    let count = candidates.count
    var live = [[Live: Int]](repeating: [:], count: count + 1)
    var found: [(Int, Range<Int>)] = []
    func reach(_ position: Int, _ state: Live, start: Int) {
      if let earlier = live[position][state], earlier >= start { return }
      live[position][state] = start
      for owner in accepts[state.node] ?? [] { found.append((owner, start..<position)) }
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
    return found
  }
}
