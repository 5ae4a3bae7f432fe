// STUB: owned by the understanding work; replaced wholesale.
/// Concepts (domain ids and more) with the words and phrases people use for them.
public struct Lexicon: Sendable {
  public struct Concept: Hashable, Sendable {
    public var id: String
    public var terms: [String]
    public init(id: String, terms: [String]) {
      self.id = id
      self.terms = terms
    }
  }
  public var concepts: [Concept]
  public init(concepts: [Concept]) { self.concepts = concepts }
  public var conceptIDs: Set<String> { Set(concepts.map(\.id)) }

  /// Loads Prompts/lexicon.yaml (or another lexicon file); diagnostics carry file:line:column.
  public static func load(yaml text: String, file: String) -> (
    lexicon: Lexicon?, diagnostics: [Diagnostic]
  ) {
    (Lexicon(concepts: []), [])
  }
}

/// One concept found in an utterance, with the words that matched it.
public struct ConceptHit: Hashable, Sendable, Codable {
  public var id: String
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
}

/// Finds lexicon concepts in text: stemming, misspellings, phrases and negation scope.
public final class ConceptMatcher: Sendable {
  public let lexicon: Lexicon
  public init(lexicon: Lexicon) { self.lexicon = lexicon }
  public func analyse(_ text: String) -> Understanding { Understanding() }
}
