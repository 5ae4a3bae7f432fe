/// Finds the mistakes a script author can make in a well-formed condition: a misspelt
/// question, a comparison that could never be true, a `has` naming nothing the lexicon or the
/// question knows. Each is reported once, at the place to fix.
struct ConditionTypeChecker {
  /// What one side of a comparison is, as far as the checker can tell.
  private enum Shape {
    case question(String, ValueType)
    case count
    case number
    case text(String)
    case bool
    case today
    /// An unknown question, already reported.
    case unknown
  }

  let types: (String) -> ValueType?
  let knownConcepts: Set<String>
  let knownQuestions: [String]
  private(set) var errors: [ConditionError] = []

  init(
    types: @escaping (String) -> ValueType?, knownConcepts: Set<String>, knownQuestions: [String]
  ) {
    self.types = types
    self.knownConcepts = knownConcepts
    self.knownQuestions = knownQuestions
  }

  private mutating func report(_ message: String, at position: ConditionPosition) {
    errors.append(ConditionError(message, offset: position.offset))
  }

  private mutating func type(of id: String, at position: ConditionPosition) -> ValueType? {
    guard let type = types(id) else {
      report(
        "unknown question '\(id)'" + Suggestion.hint(for: id, in: knownQuestions), at: position)
      return nil
    }
    return type
  }

  mutating func check(_ condition: Condition) {
    switch condition {
    case .always, .constant: break
    case .isYes(let reference):
      guard let type = type(of: reference.id, at: reference.position) else { return }
      if type != .yesNo {
        report(
          "'\(reference.id)' is \(type), not a yes/no answer; to ask whether it was answered, "
            + "write answered(\(reference.id))", at: reference.position)
      }
    case .answered(let reference), .skipped(let reference):
      _ = type(of: reference.id, at: reference.position)
    case .not(let inner): check(inner)
    case .and(let left, let right), .or(let left, let right):
      check(left)
      check(right)
    case .compare(let left, let comparison, let right, let position):
      let leftShape = shape(of: left)
      let rightShape = shape(of: right)
      if case .unknown = leftShape { return }
      if case .unknown = rightShape { return }
      if comparison == .has {
        checkHas(leftShape, right, rightShape, at: position)
      } else {
        checkComparison(leftShape, comparison, rightShape, right, at: position)
      }
    }
  }

  private mutating func shape(of operand: ConditionOperand) -> Shape {
    switch operand.kind {
    case .answer(let id):
      guard let type = type(of: id, at: operand.position) else { return .unknown }
      return .question(id, type)
    case .count(let id):
      guard let type = type(of: id, at: operand.position) else { return .unknown }
      switch type {
      case .list, .choices: break
      default:
        report(
          "count() needs a list or a set of choices, but '\(id)' is \(type)",
          at: operand.position)
      }
      return .count
    case .number: return .number
    case .text(let text): return .text(text)
    case .bool: return .bool
    case .today: return .today
    case .round: return .number
    }
  }

  private mutating func checkHas(
    _ left: Shape, _ right: ConditionOperand, _ rightShape: Shape, at position: ConditionPosition
  ) {
    guard case .question(let id, let type) = left else {
      report("'has' needs a question on its left, like priorities has \"pain\"", at: position)
      return
    }
    guard case .text(let value) = rightShape else {
      report("'has' needs text in quotes on its right, like \(id) has \"pain\"", at: right.position)
      return
    }
    var choices: Set<String> = []
    switch type {
    case .choice(let ids), .choices(let ids): choices = ids
    case .list: break
    case .text:
      // Free words are found as whole words in the answer ("support has \"me\""), so any
      // words do; a concept's id is found by meaning.
      return
    case .number, .yesNo, .date:
      report("'has' works on lists, choices and text, but '\(id)' is \(type)", at: position)
      return
    }
    if !choices.contains(value) && !knownConcepts.contains(value) {
      let candidates = choices.union(knownConcepts).sorted()
      let what = choices.isEmpty ? "a known concept" : "a choice of '\(id)' or a known concept"
      report(
        "\"\(value)\" is not \(what)" + Suggestion.hint(for: value, in: candidates),
        at: right.position)
    }
  }

  private mutating func checkComparison(
    _ left: Shape, _ comparison: ConditionOperator, _ right: Shape,
    _ rightOperand: ConditionOperand,
    at position: ConditionPosition
  ) {
    let sign = "'\(comparison.rawValue)'"
    // Put a question on the left when there is one, so messages can name it.
    var (question, other) = (left, right)
    if case .question = right, !isQuestion(left) { (question, other) = (right, left) }
    switch (question, other) {
    case (.question(let id, let type), _):
      checkQuestion(
        id, type, sign, comparison.isOrdering, against: other, rightOperand, at: position)
    default:
      let kinds = (kind(left), kind(right))
      if kinds.0 != kinds.1 {
        report("cannot compare \(kinds.0) with \(kinds.1)", at: position)
      } else if comparison.isOrdering && kinds.0 != "a number" && kinds.0 != "a date" {
        report("\(sign) needs numbers or dates, not \(kinds.0)", at: position)
      }
    }
  }

  private func isQuestion(_ shape: Shape) -> Bool {
    if case .question = shape { return true }
    return false
  }

  private func kind(_ shape: Shape) -> String {
    switch shape {
    case .question(_, let type): return type.description
    case .count, .number: return "a number"
    case .text: return "text"
    case .bool: return "yes/no"
    case .today: return "a date"
    case .unknown: return "unknown"
    }
  }

  private mutating func checkQuestion(
    _ id: String, _ type: ValueType, _ sign: String, _ ordering: Bool, against other: Shape,
    _ rightOperand: ConditionOperand, at position: ConditionPosition
  ) {
    switch type {
    case .number:
      switch other {
      case .number, .count: return
      case .question(_, .number): return
      default:
        report("'\(id)' is a number, so compare it with a number, not \(kind(other))", at: position)
      }
    case .date:
      switch other {
      case .today, .question(_, .date): return
      case .text(let text) where Day(iso: text) != nil: return
      case .text:
        report("write a date as \"YYYY-MM-DD\" to compare it with '\(id)'", at: position)
      default:
        report(
          "'\(id)' is a date, so compare it with today or a date, not \(kind(other))", at: position)
      }
    case .yesNo, .text, .choice, .choices, .list:
      if ordering {
        report("\(sign) needs numbers or dates, but '\(id)' is \(type)", at: position)
        return
      }
      switch (type, other) {
      case (.yesNo, .bool), (.yesNo, .question(_, .yesNo)): return
      case (.yesNo, _):
        report("'\(id)' is a yes/no answer; compare it with true or false", at: position)
      case (.text, .text), (.text, .question(_, .text)), (.text, .question(_, .choice)): return
      case (.choice(let ids), .text(let value)):
        if !ids.contains(value) {
          report(
            "'\(id)' has no choice '\(value)'" + Suggestion.hint(for: value, in: ids.sorted()),
            at: position)
        }
      case (.choice, .question(_, .choice)), (.choice, .question(_, .text)): return
      case (.choices, _):
        report(
          "'\(id)' can hold several choices; use has to ask about one, like \(id) has \"...\"",
          at: position)
      case (.list, _):
        report("'\(id)' is a list; use has, or count(\(id)) to compare its length", at: position)
      default:
        report("cannot compare '\(id)', which is \(type), with \(kind(other))", at: position)
      }
    }
  }
}
