// STUB: owned by the conditions work; replaced wholesale.
/// A `when:` condition over earlier answers, such as `confidence < 7`,
/// `priorities has "pain"` or `not answered(goal)`.
public indirect enum Condition: Hashable, Sendable {
  case always
}

/// A problem in a condition's text, with its character offset from the start of the condition.
public struct ConditionError: Error, Hashable, Sendable {
  public var message: String
  public var offset: Int
  public init(_ message: String, offset: Int) {
    self.message = message
    self.offset = offset
  }
}

/// What a condition can see of the conversation so far.
public protocol ConditionContext {
  /// The answer to a question, or nil when it has not been answered.
  func value(of question: String) -> AnswerValue?
  /// The lexicon concepts found in the person's words for that answer.
  func concepts(of question: String) -> Set<String>
}

extension Condition {
  public static func parse(_ source: String) throws(ConditionError) -> Condition { .always }
  /// The question ids the condition reads.
  public var references: Set<String> { [] }
  /// Type errors, given each question's value type (nil for an unknown id) and the known
  /// concept and choice ids a `has` may name.
  public func typeCheck(types: (String) -> ValueType?, knownConcepts: Set<String>)
    -> [ConditionError]
  { [] }
  public func evaluate(in context: some ConditionContext) -> Bool { true }
}
