import Foundation

/// A category found in one line, with the person's words that set it off.
public struct SafetyMatch: Hashable, Sendable {
  public var category: SafetyCategory
  public var matched: [String]
  /// Where `matched` is in the line, in characters.
  public var span: Range<Int>
  /// Whether every place the category was found is denied by a "not" of its own ("I'm not
  /// suicidal", "I would never hurt myself"): the numbers are still shown, in gentler words.
  public var denied: Bool

  public init(category: SafetyCategory, matched: [String], span: Range<Int>, denied: Bool = false) {
    self.category = category
    self.matched = matched
    self.span = span
    self.denied = denied
  }
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
  /// The categories' plain names ("chest pain"), in the order of `categories`.
  public var names: [String]
  /// The services shown, in order.
  public var services: [SafetyService]

  public init(
    categories: [String], level: SafetyLevel, title: String, lines: [String], signposting: String,
    names: [String] = [], services: [SafetyService] = []
  ) {
    self.categories = categories
    self.level = level
    self.title = title
    self.lines = lines
    self.signposting = signposting
    self.names = names
    self.services = services
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
/// does. A pattern may still name an idiom's words itself ("{chest} is killing me"), when the
/// words before the idiom make it a sign; then it matches only if it takes in the whole idiom,
/// so "I wish I was dead tired" is not "wish I was dead".
///
/// Words of three or four letters are too short for the typo allowance, since a slip there
/// usually makes another real word. Within a pattern of several words, though, one such word
/// may miss a letter ("kil myself", "hart attack") when every other word of the pattern is
/// exactly as written; and the file's sound-alikes are read as one another ("want too die").
///
/// Negation is deliberately ignored: "I'm not suicidal, but..." still gets the numbers,
/// because a missed crisis costs far more than an unneeded phone number. Only the wording is
/// gentler, and only when the "not" denies the crisis words themselves.
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
    /// For each sound-alike, the stems of the words it is read as.
    let soundAlikes: [String: [String]]
    /// A word of three or four letters to the stems of the patterns' own words of four or five
    /// letters it is with one letter left out ("kil" to "kill").
    let missingLetter: [String: [String]]

    init(rules: SafetyRules) {
      var words: Set<String> = []
      self.categories = PhraseAutomaton(
        patterns: rules.categories.enumerated().flatMap { index, category in
          category.patterns.map { (index, $0) }
        }, words: &words)
      self.missingLetter = Self.missingLetterIndex(words, ordinary: rules.ordinaryWords)
      self.everyday = PhraseAutomaton(
        patterns: rules.everyday.map { (0, $0) }, words: &words)
      self.groups = GroupTrie(groups: rules.groups, words: &words)
      self.knownStems = Set(words.map(Stemmer.stem))
      self.fuzzy = FuzzyIndex(words: words, ordinaryWords: rules.ordinaryWords)
      var alikes: [String: [String]] = [:]
      for set in rules.soundAlikes {
        for word in set {
          for other in set where other != word {
            let stem = Stemmer.stem(other)
            if alikes[word]?.contains(stem) != true { alikes[word, default: []].append(stem) }
          }
        }
      }
      self.soundAlikes = alikes
    }

    /// Each form of each pattern word of four or five letters, filed under every string left
    /// by deleting one of its letters but the first. Only a missing letter counts: a changed
    /// or an added one turns "dig" into "die" and "diet" into "die". The index is small, so a
    /// short word never builds the spelling table for this.
    static func missingLetterIndex(_ words: Set<String>, ordinary: Set<String>) -> [String:
      [String]]
    {
      var index: [String: [String]] = [:]
      for word in words where word.utf8.allSatisfy({ (0x61...0x7A).contains($0) }) {
        let stem = Stemmer.stem(word)
        for form in FuzzyIndex.inflections(of: word) where (4...5).contains(form.utf8.count) {
          let letters = Array(form)
          for dropped in 1..<letters.count {
            var short = letters
            short.remove(at: dropped)
            let key = String(short)
            guard !ordinary.contains(key), index[key]?.contains(stem) != true else { continue }
            index[key, default: []].append(stem)
          }
        }
      }
      return index
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
    var readings = tokens.map { token -> [Reading] in
      var exact = [Reading(token.stem, .exact)]
      for stem in compiled.soundAlikes[token.word] ?? [] where stem != token.stem {
        exact.append(Reading(stem, .exact))
      }
      if compiled.knownStems.contains(token.stem) { return exact }
      let typos = cache.value(for: token.word) { compiled.fuzzy.corrections(of: $0) }
      let short = typos.isEmpty ? compiled.missingLetter[token.word] ?? [] : []
      return exact + typos.map { Reading($0, .typo) } + short.map { Reading($0, .missingLetter) }
    }
    var idioms: [Range<Int>] = []
    // A short word missing a letter never makes an idiom: that could hide a sign.
    let plain = readings.map { $0.filter { $0.kind != .missingLetter } }
    for (_, range, _) in everyday.run(readings: plain, spans: groups.spans(plain)) {
      idioms.append(range)
    }
    // An idiom's words are read only as they are written, and only by a pattern's own words.
    for index in Set(idioms.flatMap { $0 }) {
      readings[index] = [Reading(tokens[index].stem, .idiom)]
    }
    var found: [Int: [Range<Int>]] = [:]
    for (category, range, usedIdiom) in categories.run(
      readings: readings, spans: groups.spans(readings))
    {
      // Taking in the whole idiom and more: the idiom alone ("keep fit") is not "keeps fitting".
      if usedIdiom,
        idioms.contains(where: { idiom in
          idiom.overlaps(range)
            && !(range.lowerBound <= idiom.lowerBound && idiom.upperBound <= range.upperBound
              && range.count > idiom.count)
        })
      {
        continue
      }
      found[category, default: []].append(range)
    }
    let characters = Array(text)
    return found.keys.sorted().map { index in
      let ranges = found[index]!
      let range = ranges.min { $0.count < $1.count }!
      let lower = tokens[range.lowerBound].span.lowerBound
      let upper = max(lower, tokens[range.upperBound - 1].span.upperBound)
      let clamped = min(lower, characters.count)..<min(upper, characters.count)
      return SafetyMatch(
        category: rules.categories[index], matched: [String(characters[clamped])],
        span: clamped, denied: ranges.allSatisfy { Self.isDenied($0, in: tokens) })
    }.sorted { $0.category.level < $1.category.level }
  }

  /// Words that may stand between a "not" and the words it denies: "not going to", "never
  /// really", "I'm not feeling".
  private static let denialFillers: Set<String> = [
    "am", "is", "are", "was", "were", "be", "been", "being", "really", "actually", "going",
    "gonna", "to", "ever", "even", "feeling", "feel", "at", "all", "that", "so", "very", "i",
    "would", "will", "have", "had", "any",
  ]
  private static let denials = Negation.denials

  /// Whether a "not" just before the match, in the same clause, denies the words matched: "I'm
  /// not suicidal", "I'm not going to hurt myself". A "not" inside the match is part of the
  /// crisis words ("I can't go on", "nothing to live for", "I don't want to live"), and a "not"
  /// elsewhere in the line denies something else ("I can't sleep, I want to die").
  static func isDenied(_ range: Range<Int>, in tokens: [Token]) -> Bool {
    var index = range.lowerBound
    while index > 0, !tokens[index].startsClause {
      index -= 1
      let word = tokens[index].word
      if denials.contains(word) { return true }
      guard denialFillers.contains(word) else { return false }
    }
    return false
  }

  /// The notice for the categories found in one line, for everything but the appointment
  /// level; nil when only appointment categories were found.
  ///
  /// The most serious category leads with its title and message; the services of every
  /// category found are shown once each, in the order the categories list them.
  public func notice(for matches: [SafetyMatch], audience: Audience) -> SafetyNotice? {
    let serious = matches.filter { $0.category.level != .appointment }
    guard let first = serious.first else { return nil }
    let lead = first.category
    var lines = [first.denied ? lead.gentle ?? lead.message : lead.message]
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
      signposting: shown.map { "\($0.name): \($0.contact)" }.joined(separator: "; "),
      names: serious.map(\.category.name), services: shown)
  }

  /// What the worker is told in facilitator mode: what was mentioned, and what was shown.
  public func workerNotice(for notice: SafetyNotice) -> String {
    rules.wording.worker
      .replacingOccurrences(of: "{{signs}}", with: notice.level.signsWords)
      .replacingOccurrences(of: "{{categories}}", with: Template.join(notice.names))
      .replacingOccurrences(
        of: "{{services}}",
        with: Template.join(notice.services.map { "\($0.name) (\($0.contact))" }))
  }
}

/// One way of reading a word of the line: as written, or as what a typo was likely meant to be.
private struct Reading: Hashable, Sendable {
  enum Kind: UInt8, Sendable {
    /// The word's own stem, or a sound-alike of it.
    case exact
    /// A correction within the typo allowance ("sucidal").
    case typo
    /// A short word with a letter missing ("kil"): only with exact words around it.
    case missingLetter
    /// A word of an everyday phrase: only a pattern's own word may read it.
    case idiom
  }

  var stem: String
  var kind: Kind

  init(_ stem: String, _ kind: Kind) {
    self.stem = stem
    self.kind = kind
  }
}

/// A group phrase found in the line: where it ends, which group, and whether every word of it
/// was read as written.
private struct GroupSpan: Sendable {
  var end: Int
  var group: String
  var exact: Bool
}

/// The groups' words and phrases as one trie over stems. Unlike the lexicon's matcher, it
/// finds every group phrase at every word, overlapping or not: "left arm" is a place pain
/// spreads to, and "arm" within it is still a limb that may go weak.
private struct GroupTrie: Sendable {
  private var children: [[String: Int]] = [[:]]
  private var owners: [[String]] = [[]]
  private var depth = 0
  /// Groups' ranges of numbers ("10..999"), for a number typed in digits.
  private var numbers: [(range: ClosedRange<Int>, group: String)] = []

  init(groups: [Lexicon.Concept], words: inout Set<String>) {
    for group in groups {
      for term in group.terms {
        if let range = SafetyRules.numberRange(term) {
          numbers.append((range, group.id))
          continue
        }
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

  private struct Place: Hashable {
    var node: Int
    var exact: Bool
  }

  /// For each word, every group phrase starting there. A group is read only from a word as
  /// written or a typo of one: a short word missing a letter is left to a pattern's own words,
  /// and so is a word of an everyday phrase.
  func spans(_ readings: [[Reading]]) -> [[GroupSpan]] {
    var result = [[GroupSpan]](repeating: [], count: readings.count)
    func add(_ span: GroupSpan, at start: Int) {
      if let index = result[start].firstIndex(where: {
        $0.end == span.end && $0.group == span.group
      }) {
        result[start][index].exact = result[start][index].exact || span.exact
      } else {
        result[start].append(span)
      }
    }
    for start in readings.indices {
      if !numbers.isEmpty, let own = readings[start].first, own.kind == .exact,
        own.stem.utf8.allSatisfy({ (0x30...0x39).contains($0) }), own.stem.utf8.count <= 9,
        let value = Int(own.stem)
      {
        for (range, group) in numbers where range.contains(value) {
          add(GroupSpan(end: start + 1, group: group, exact: true), at: start)
        }
      }
      var frontier: Set<Place> = [Place(node: 0, exact: true)]
      var position = start
      while !frontier.isEmpty, position < readings.count, position - start < depth {
        var next: Set<Place> = []
        for place in frontier {
          for reading in readings[position]
          where reading.kind == .exact || reading.kind == .typo {
            guard let child = children[place.node][reading.stem] else { continue }
            let exact = place.exact && reading.kind == .exact
            next.insert(Place(node: child, exact: exact))
            for group in owners[child] {
              add(GroupSpan(end: position + 1, group: group, exact: exact), at: start)
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

  /// A live place in the trie: the node, how many words the current `*` has taken, and how
  /// the words so far were read (`Flags`).
  private struct Live: Hashable {
    var node: Int32
    var gap: Int
    var flags: UInt8
  }

  private enum Flags {
    static let missingLetter: UInt8 = 1
    static let typo: UInt8 = 2
    static let idiom: UInt8 = 4
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

  /// Every (owner, token range, whether a pattern word read a word of an everyday phrase)
  /// matched. For each live place only the latest start is kept, so the work per word is
  /// bounded by the live places, and the ranges are the shortest.
  ///
  /// A short word missing a letter is accepted once in a match of two words or more, with no
  /// other word read as a typo: "kil myself", never "kil" alone or "kil mysefl".
  func run(readings: [[Reading]], spans: [[GroupSpan]]) -> [(Int, Range<Int>, Bool)] {
    let count = readings.count
    var live = [[Live: Int]](repeating: [:], count: count + 1)
    var found: [(Int, Range<Int>, Bool)] = []
    func reach(_ position: Int, _ state: Live, start: Int) {
      if let earlier = live[position][state], earlier >= start { return }
      live[position][state] = start
      guard let owners = accepts[state.node] else { return }
      if state.flags & Flags.missingLetter != 0,
        state.flags & Flags.typo != 0 || position - start < 2
      {
        return
      }
      for owner in owners {
        found.append((owner, start..<position, state.flags & Flags.idiom != 0))
      }
    }
    for position in 0..<count {
      reach(position, Live(node: 0, gap: 0, flags: 0), start: position)
      for (state, start) in live[position] {
        let node = Int(state.node)
        for reading in readings[position] {
          guard let next = wordEdges[Edge(node: state.node, label: reading.stem)] else {
            continue
          }
          var flags = state.flags
          switch reading.kind {
          case .exact: break
          case .typo: flags |= Flags.typo
          case .idiom: flags |= Flags.idiom
          case .missingLetter:
            if flags & Flags.missingLetter != 0 { continue }
            flags |= Flags.missingLetter
          }
          reach(position + 1, Live(node: next, gap: 0, flags: flags), start: start)
        }
        if hasGroupEdges[node] {
          for span in spans[position] {
            if let next = groupEdges[Edge(node: state.node, label: span.group)] {
              let flags = state.flags | (span.exact ? 0 : Flags.typo)
              reach(span.end, Live(node: next, gap: 0, flags: flags), start: start)
            }
          }
        }
        if starChild[node] >= 0 {
          reach(position + 1, Live(node: starChild[node], gap: 1, flags: state.flags), start: start)
        }
        if isStar[node], state.gap < SafetyNet.maximumGap {
          reach(
            position + 1, Live(node: state.node, gap: state.gap + 1, flags: state.flags),
            start: start)
        }
      }
    }
    return found
  }
}
