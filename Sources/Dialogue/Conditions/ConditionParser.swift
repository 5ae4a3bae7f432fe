/// Reads a condition by recursive descent. Binding, from tightest: `not`, then comparisons and
/// `has`, then `and`, then `or`.
struct ConditionParser {
  static let keywords: Set<String> = [
    "and", "or", "not", "has", "true", "false", "today", "round",
  ]
  static let functions = ["answered", "skipped", "count"]

  /// A parsed piece that may be a condition on its own or one side of a comparison.
  private enum Term {
    case condition(Condition, offset: Int)
    case operand(ConditionOperand)
  }

  private let tokens: [ConditionToken]
  private var index = 0

  init(_ source: String) throws(ConditionError) {
    tokens = try ConditionLexer.tokens(source)
  }

  private var current: ConditionToken { tokens[index] }

  /// Nesting and length are limited so that a runaway condition gets a message instead of
  /// exhausting the stack when it is parsed, compared or evaluated.
  static let maximumDepth = 200
  private var depth = 0

  private mutating func deeper() throws(ConditionError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw ConditionError(
        "this condition is too long or too deeply nested; split it up", offset: current.offset)
    }
  }

  private func isWord(_ word: String) -> Bool { current.kind == .word(word) }

  private mutating func advance() -> ConditionToken {
    let token = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  mutating func parseCondition() throws(ConditionError) -> Condition {
    if current.kind == .end { throw ConditionError("the condition is empty", offset: 0) }
    let condition = try parseOr()
    guard current.kind == .end else {
      var message = "expected 'and', 'or' or the end of the condition, found \(current.shown)"
      if case .word(let word) = current.kind {
        message += Suggestion.hint(for: word, in: ["and", "or", "has"])
      }
      throw ConditionError(message, offset: current.offset)
    }
    return condition
  }

  private mutating func parseOr() throws(ConditionError) -> Condition {
    var left = try parseAnd()
    while isWord("or") {
      try deeper()
      _ = advance()
      left = .or(left, try parseAnd())
    }
    return left
  }

  private mutating func parseAnd() throws(ConditionError) -> Condition {
    var left = try parseNot()
    while isWord("and") {
      try deeper()
      _ = advance()
      left = .and(left, try parseNot())
    }
    return left
  }

  private mutating func parseNot() throws(ConditionError) -> Condition {
    guard isWord("not") else { return try parseComparison() }
    try deeper()
    _ = advance()
    // `not` takes only what follows it: another `not`, a question, a call or brackets.
    let inner = isWord("not") ? try parseNot() : try asCondition(try parseTerm(after: nil))
    if comparisonOperator() != nil {
      // `not` binds tighter than a comparison, so `not a < 7` would compare `not a` with 7.
      throw ConditionError(
        "'not' applies only to what follows it; put the comparison in brackets, like not (a < 7)",
        offset: current.offset)
    }
    return .not(inner)
  }

  private func comparisonOperator() -> (ConditionOperator, ConditionToken)? {
    if isWord("has") { return (.has, current) }
    if case .symbol(let symbol) = current.kind, let found = ConditionOperator(rawValue: symbol) {
      return (found, current)
    }
    return nil
  }

  private mutating func parseComparison() throws(ConditionError) -> Condition {
    let left = try parseTerm(after: nil)
    guard let (found, token) = comparisonOperator() else {
      return try asCondition(left)
    }
    let leftOperand = try asOperand(left, beside: token)
    _ = advance()
    let right = try parseTerm(after: token)
    let rightOperand = try asOperand(right, beside: token)
    if let (_, next) = comparisonOperator() {
      throw ConditionError(
        "comparisons cannot be chained; join them with 'and'", offset: next.offset)
    }
    return .compare(leftOperand, found, rightOperand, at: ConditionPosition(token.offset))
  }

  private func asCondition(_ term: Term) throws(ConditionError) -> Condition {
    switch term {
    case .condition(let condition, _): return condition
    case .operand(let operand):
      switch operand.kind {
      case .answer(let id): return .isYes(QuestionReference(id, at: operand.position.offset))
      case .bool(let value): return .constant(value)
      case .count(let id):
        throw ConditionError(
          "count(\(id)) on its own is not a condition; compare it, like count(\(id)) > 0",
          offset: operand.position.offset)
      case .round:
        throw ConditionError(
          "round on its own is not a condition; compare it, like round < 3",
          offset: operand.position.offset)
      case .number, .text, .today:
        throw ConditionError(
          "a value on its own is not a condition; compare it with something, like confidence < 7",
          offset: operand.position.offset)
      }
    }
  }

  private func asOperand(_ term: Term, beside token: ConditionToken) throws(ConditionError)
    -> ConditionOperand
  {
    switch term {
    case .operand(let operand): return operand
    case .condition(_, let offset):
      throw ConditionError(
        "\(token.shown) compares values, not conditions; put the condition in brackets on its own",
        offset: offset)
    }
  }

  /// A value, a function call, or a bracketed condition. `after` is the operator before it,
  /// for the message when the value is missing.
  private mutating func parseTerm(after previous: ConditionToken?) throws(ConditionError) -> Term {
    let token = current
    func missing() -> ConditionError {
      if let previous {
        return ConditionError("expected a value after \(previous.shown)", offset: token.offset)
      }
      return ConditionError("expected a condition, found \(token.shown)", offset: token.offset)
    }
    switch token.kind {
    case .number(let value):
      _ = advance()
      return .operand(ConditionOperand(.number(value), at: token.offset))
    case .text(let text):
      _ = advance()
      return .operand(ConditionOperand(.text(text), at: token.offset))
    case .open:
      guard previous == nil else { throw missing() }
      try deeper()
      _ = advance()
      let inner = try parseOr()
      guard current.kind == .close else {
        throw ConditionError(
          "expected ')' to close the '(' at \(token.offset), found \(current.shown)",
          offset: current.offset)
      }
      _ = advance()
      return .condition(inner, offset: token.offset)
    case .word(let word):
      _ = advance()
      if current.kind == .open { return try parseCall(word, at: token) }
      switch word {
      case "true", "false":
        return .operand(ConditionOperand(.bool(word == "true"), at: token.offset))
      case "today":
        return .operand(ConditionOperand(.today(plusDays: try parseDayOffset()), at: token.offset))
      case "round":
        return .operand(ConditionOperand(.round, at: token.offset))
      case _ where Self.keywords.contains(word):
        index -= 1
        throw missing()
      default:
        return .operand(ConditionOperand(.answer(word), at: token.offset))
      }
    case .symbol, .close, .end:
      throw missing()
    }
  }

  /// `+ 7` or `- 7` after `today`, in whole days.
  private mutating func parseDayOffset() throws(ConditionError) -> Int {
    guard case .symbol(let sign) = current.kind, sign == "+" || sign == "-" else { return 0 }
    let signToken = advance()
    guard case .number(let days) = current.kind else {
      throw ConditionError(
        "expected a number of days after \(signToken.shown)", offset: current.offset)
    }
    guard days == days.rounded(), days >= 0, days <= 36_600 else {
      throw ConditionError("expected a whole number of days", offset: current.offset)
    }
    _ = advance()
    return sign == "+" ? Int(days) : -Int(days)
  }

  private mutating func parseCall(_ name: String, at token: ConditionToken) throws(ConditionError)
    -> Term
  {
    guard Self.functions.contains(name) else {
      throw ConditionError(
        "unknown function '\(name)'" + Suggestion.hint(for: name, in: Self.functions),
        offset: token.offset)
    }
    _ = advance()
    guard case .word(let id) = current.kind, !Self.keywords.contains(id) else {
      throw ConditionError("expected a question id inside \(name)( )", offset: current.offset)
    }
    let idToken = advance()
    guard current.kind == .close else {
      throw ConditionError("expected ')' after '\(id)'", offset: current.offset)
    }
    _ = advance()
    let reference = QuestionReference(id, at: idToken.offset)
    switch name {
    case "answered": return .condition(.answered(reference), offset: token.offset)
    case "skipped": return .condition(.skipped(reference), offset: token.offset)
    default: return .operand(ConditionOperand(.count(id), at: idToken.offset))
    }
  }
}
