// STUB: owned by the understanding work; replaced wholesale.
/// A global pattern rule as the script declares it.
public struct PatternRule: Hashable, Sendable {
  public var id: String
  public var pattern: String
  /// Higher wins; equal priorities keep declaration order.
  public var priority: Int
  public init(id: String, pattern: String, priority: Int) {
    self.id = id
    self.pattern = pattern
    self.priority = priority
  }
}

/// A problem in a pattern's text, with its character offset from the start of the pattern.
public struct PatternError: Error, Hashable, Sendable {
  public var message: String
  public var offset: Int
  public init(_ message: String, offset: Int) {
    self.message = message
    self.offset = offset
  }
}

/// All pattern rules compiled once into one structure, so matching cost does not grow with the
/// number of rules.
public final class RuleMatcher: Sendable {
  /// Checks one pattern on its own (syntax and concept names), for the script validator.
  public static func check(pattern: String, knownConcepts: Set<String>) -> [PatternError] { [] }

  public init(rules: [PatternRule], concepts: ConceptMatcher) {}

  /// The ids of the rules the text matches: highest priority first, then declaration order.
  public func matches(_ text: String) -> [String] { [] }
}
