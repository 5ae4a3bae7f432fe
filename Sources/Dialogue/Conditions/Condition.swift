/// Where a part of a condition starts in its text, in characters from the start.
///
/// Positions exist only to point at mistakes, so every position equals every other: two
/// conditions that say the same thing are the same condition however they are spaced.
public struct ConditionPosition: Hashable, Sendable {
  public var offset: Int
  public init(_ offset: Int) { self.offset = offset }
  public static func == (lhs: ConditionPosition, rhs: ConditionPosition) -> Bool { true }
  public func hash(into hasher: inout Hasher) {}
}

/// A question id named in a condition.
public struct QuestionReference: Hashable, Sendable {
  public var id: String
  public var position: ConditionPosition
  public init(_ id: String, at offset: Int) {
    self.id = id
    self.position = ConditionPosition(offset)
  }
}

/// The comparisons a condition can make; `has` asks whether an answer contains a value.
public enum ConditionOperator: String, Hashable, Sendable, CaseIterable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case has

  /// The comparisons that need an order, so only numbers and dates can take them.
  var isOrdering: Bool { [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(self) }
}

/// One side of a comparison.
public struct ConditionOperand: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// The answer to a question.
    case answer(String)
    /// How many items or choices an answer holds; 0 when not answered.
    case count(String)
    case number(Double)
    case text(String)
    case bool(Bool)
    /// The day the conversation happens on, moved by a number of days.
    case today(plusDays: Int)
    /// Which round of its repeating group is being asked, from 1 (1 outside any group), so
    /// the last round need not offer another.
    case round
  }

  public var kind: Kind
  public var position: ConditionPosition
  public init(_ kind: Kind, at offset: Int) {
    self.kind = kind
    self.position = ConditionPosition(offset)
  }

  /// The question this operand reads, if any.
  var question: String? {
    switch kind {
    case .answer(let id), .count(let id): return id
    default: return nil
    }
  }
}

/// A `when:` condition over earlier answers, such as `confidence < 7`,
/// `priorities has "pain"` or `not answered(goal)`. The language is described in
/// docs/conditions.md.
public indirect enum Condition: Hashable, Sendable {
  /// No condition: the question is always asked.
  case always
  /// `true` or `false` written on its own.
  case constant(Bool)
  /// A yes/no question named on its own: true when the answer was yes.
  case isYes(QuestionReference)
  case answered(QuestionReference)
  case skipped(QuestionReference)
  case not(Condition)
  case and(Condition, Condition)
  case or(Condition, Condition)
  case compare(ConditionOperand, ConditionOperator, ConditionOperand, at: ConditionPosition)
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
  /// The day of the conversation, for conditions that mention `today`; nil makes every
  /// comparison with `today` false. Passed in because the engine has no clock of its own.
  var today: Day? { get }
  /// Which round of the repeating group the condition is read in, from 1.
  var roundNumber: Int { get }
}

extension ConditionContext {
  public var today: Day? { nil }
  public var roundNumber: Int { 1 }
}

extension Condition {
  public static func parse(_ source: String) throws(ConditionError) -> Condition {
    var parser = try ConditionParser(source)
    return try parser.parseCondition()
  }

  /// The question ids the condition reads.
  public var references: Set<String> {
    switch self {
    case .always, .constant: return []
    case .isYes(let reference), .answered(let reference), .skipped(let reference):
      return [reference.id]
    case .not(let inner): return inner.references
    case .and(let left, let right), .or(let left, let right):
      return left.references.union(right.references)
    case .compare(let left, _, let right, _):
      return Set([left.question, right.question].compactMap { $0 })
    }
  }

  /// Type errors, given each question's value type (nil for an unknown id) and the known
  /// concept and choice ids a `has` may name.
  public func typeCheck(types: (String) -> ValueType?, knownConcepts: Set<String>)
    -> [ConditionError]
  {
    typeCheck(types: types, knownConcepts: knownConcepts, knownQuestions: [String]())
  }

  /// Type errors as above; `knownQuestions` lets a misspelt question id get a "did you mean".
  public func typeCheck(
    types: (String) -> ValueType?, knownConcepts: Set<String>,
    knownQuestions: some Sequence<String>
  ) -> [ConditionError] {
    let known = Array(knownQuestions)
    // The checker lives only for this call, so the closure never outlives it.
    return withoutActuallyEscaping(types) { types in
      var checker = ConditionTypeChecker(
        types: types, knownConcepts: knownConcepts, knownQuestions: known)
      checker.check(self)
      return checker.errors
    }
  }

  public func evaluate(in context: some ConditionContext) -> Bool {
    ConditionEvaluator(context: context).holds(self)
  }
}
