/// Concepts (the domain ids and more) with the words and phrases people use for them.
///
/// A concept's words come in two kinds, because negation means opposite things for them (see
/// `NegationScope`): `terms` name the trouble or the topic itself ("pain", "fags", "worried"),
/// so "no pain" says the domain is not an issue; `positive` terms name something good to have
/// or do ("energy", "sleep", "exercise", "friends"), so "no energy" or "I don't exercise" says
/// there is a problem in the domain.
public struct Lexicon: Sendable {
  public struct Concept: Hashable, Sendable {
    public var id: String
    /// How the concept is named to a person, such as "Tiredness".
    public var label: String
    public var terms: [String]
    public var positive: [String]
    public init(id: String, terms: [String]) {
      self.init(id: id, label: id, terms: terms, positive: [])
    }
    public init(id: String, label: String, terms: [String], positive: [String]) {
      self.id = id
      self.label = label
      self.terms = terms
      self.positive = positive
    }
  }
  public var concepts: [Concept]
  /// Correctly spelt everyday words that are one letter away from a term ("tried" and "tired",
  /// "lovely" and "lonely"), so they are never taken for misspellings of it.
  public var ordinaryWords: Set<String>
  /// The words the dialogue-act reader uses ("what do you mean", "no I meant"): see `ActWords`.
  public var acts: ActWords = .empty
  public init(concepts: [Concept]) { self.init(concepts: concepts, ordinaryWords: []) }
  public init(concepts: [Concept], ordinaryWords: Set<String>) {
    self.concepts = concepts
    self.ordinaryWords = ordinaryWords
  }
  public var conceptIDs: Set<String> { Set(concepts.map(\.id)) }

  public func concept(_ id: String) -> Concept? { concepts.first { $0.id == id } }

  /// The keys of a lexicon file and of each of its concepts.
  static let topKeys = ["concepts", "ordinary-words", "acts"]
  static let conceptKeys = ["id", "label", "terms", "positive"]

  /// Loads Prompts/lexicon.yaml (or another lexicon file); diagnostics carry file:line:column.
  /// The lexicon is nil when there is any error, so a half-read lexicon is never used.
  public static func load(yaml text: String, file: String) -> (
    lexicon: Lexicon?, diagnostics: [Diagnostic]
  ) {
    let reader = YAMLReader(file: file)
    guard let root = reader.root(of: text),
      let top = root.mapping(
        "the lexicon", allowed: topKeys, required: ["concepts"])
    else { return (nil, reader.diagnostics) }
    var concepts: [Concept] = []
    var firstSeen: [String: SourceLocation] = [:]
    for item in top["concepts"]?.list("a list of concepts") ?? [] {
      guard
        let fields = item.mapping(
          "a concept", allowed: conceptKeys, required: ["id"])
      else { continue }
      guard let idValue = fields["id"], let id = idValue.identifier("a concept id") else {
        continue
      }
      if let earlier = firstSeen[id] {
        idValue.report("duplicate concept id '\(id)': it is already declared at \(earlier)")
        continue
      }
      firstSeen[id] = idValue.location
      let label = fields["label"]?.nonEmptyString("a label") ?? id
      let terms = checkedTerms(fields["terms"], of: id)
      let positive = checkedTerms(fields["positive"], of: id)
      if terms.isEmpty && positive.isEmpty {
        fields.owner.report("concept '\(id)' needs at least one word in 'terms' or 'positive'")
      }
      concepts.append(Concept(id: id, label: label, terms: terms, positive: positive))
    }
    var ordinary: Set<String> = []
    for word in top["ordinary-words"]?.stringList("a word") ?? [] {
      ordinary.insert(word.lowercased())
    }
    let acts = top["acts"].map(ActWords.read) ?? .empty
    var lexicon = reader.hasErrors ? nil : Lexicon(concepts: concepts, ordinaryWords: ordinary)
    lexicon?.acts = acts
    return (lexicon, reader.diagnostics)
  }

  /// The terms of one list, each checked to hold at least one word; the same term written
  /// twice in one list is a warning, since it is harmless but usually a slip. (Forms that only
  /// stem alike, such as "walk" and "walks", are allowed: listing them does no harm.)
  private static func checkedTerms(_ value: YAMLValue?, of id: String) -> [String] {
    guard let value, let items = value.list("a list of words and phrases") else { return [] }
    var seen: Set<[String]> = []
    var terms: [String] = []
    for item in items {
      guard let term = item.nonEmptyString("a word or phrase") else { continue }
      let words = Tokenizer.tokens(of: term).map(\.word)
      if words.isEmpty {
        item.report("'\(term)' has no words to match")
      } else if !seen.insert(words).inserted {
        item.warn("'\(term)' is listed twice in concept '\(id)'")
      } else {
        terms.append(term)
      }
    }
    return terms
  }
}

/// One concept found in an utterance, with the words that matched it.
public struct ConceptHit: Hashable, Sendable, Codable {
  public var id: String
  /// The person's own words that matched, as they wrote them ("worn out", "ciggies").
  public var matched: [String]
  public init(id: String, matched: [String]) {
    self.id = id
    self.matched = matched
  }
}

/// What the lexicon found in one utterance: concepts said, and concepts said only to be negated.
public struct Understanding: Hashable, Sendable {
  public var concepts: [ConceptHit]
  public var negated: [ConceptHit]
  public init(concepts: [ConceptHit] = [], negated: [ConceptHit] = []) {
    self.concepts = concepts
    self.negated = negated
  }
  public var conceptIDs: Set<String> { Set(concepts.map(\.id)) }
  public var negatedIDs: Set<String> { Set(negated.map(\.id)) }
}
