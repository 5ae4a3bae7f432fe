import Foundation

/// Decides a condition against the answers so far. A question that was never answered, or
/// was skipped, makes every comparison on it false (so `not` of that comparison is true):
/// a condition never acts on an answer the person did not give.
struct ConditionEvaluator<Context: ConditionContext> {
  let context: Context

  /// A value a comparison can work on.
  private enum Value {
    case number(Double)
    case text(String)
    case bool(Bool)
    case date(Day)
    case choices([String])
    case list([String])
  }

  func holds(_ condition: Condition) -> Bool {
    switch condition {
    case .always: return true
    case .constant(let value): return value
    case .isYes(let reference): return context.value(of: reference.id) == .yesNo(true)
    case .answered(let reference): return context.value(of: reference.id)?.isGiven ?? false
    case .skipped(let reference):
      if case .skipped = context.value(of: reference.id) { return true }
      return false
    case .not(let inner): return !holds(inner)
    case .and(let left, let right): return holds(left) && holds(right)
    case .or(let left, let right): return holds(left) || holds(right)
    case .compare(let left, .has, let right, _): return has(left, right)
    case .compare(let left, let comparison, let right, _):
      guard let leftValue = value(left), let rightValue = value(right) else { return false }
      return compare(leftValue, comparison, rightValue)
    }
  }

  private func value(_ operand: ConditionOperand) -> Value? {
    switch operand.kind {
    case .answer(let id):
      switch context.value(of: id) {
      case nil, .skipped: return nil
      case .text(let text): return .text(text)
      case .yesNo(let answer): return .bool(answer)
      case .choice(let id): return .text(id)
      case .choices(let ids): return .choices(ids)
      case .number(let number): return .number(number)
      case .date(let day): return .date(day)
      case .list(let items): return .list(items)
      }
    case .count(let id):
      switch context.value(of: id) {
      case nil, .skipped: return .number(0)
      case .choices(let ids): return .number(Double(ids.count))
      case .list(let items): return .number(Double(items.count))
      default: return .number(1)
      }
    case .number(let number): return .number(number)
    case .text(let text): return .text(text)
    case .bool(let value): return .bool(value)
    case .today(let days): return context.today.map { .date($0.adding(days: days)) }
    case .round: return .number(Double(context.roundNumber))
    }
  }

  /// Text is compared as people mean it: ignoring case and the space around it.
  static func normalized(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
  }

  private func compare(_ left: Value, _ comparison: ConditionOperator, _ right: Value) -> Bool {
    let order: ComparisonResult
    switch (left, right) {
    case (.number(let a), .number(let b)):
      order = a < b ? .orderedAscending : a > b ? .orderedDescending : .orderedSame
    case (.date(let a), .date(let b)):
      order = a < b ? .orderedAscending : a > b ? .orderedDescending : .orderedSame
    case (.date(let a), .text(let b)), (.text(let b), .date(let a)):
      guard let day = Day(iso: b.trimmingCharacters(in: .whitespaces)) else { return false }
      let flipped = if case .text = left { true } else { false }
      let (x, y) = flipped ? (day, a) : (a, day)
      order = x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame
    case (.text(let a), .text(let b)):
      guard !comparison.isOrdering else { return false }
      order = Self.normalized(a) == Self.normalized(b) ? .orderedSame : .orderedAscending
    case (.bool(let a), .bool(let b)):
      guard !comparison.isOrdering else { return false }
      order = a == b ? .orderedSame : .orderedAscending
    case (.choices(let ids), .text(let b)), (.text(let b), .choices(let ids)):
      guard !comparison.isOrdering else { return false }
      let same = ids.count == 1 && Self.normalized(ids[0]) == Self.normalized(b)
      order = same ? .orderedSame : .orderedAscending
    default:
      return false
    }
    switch comparison {
    case .equal: return order == .orderedSame
    case .notEqual: return order != .orderedSame
    case .less: return order == .orderedAscending
    case .lessOrEqual: return order != .orderedDescending
    case .greater: return order == .orderedDescending
    case .greaterOrEqual: return order != .orderedAscending
    case .has: return false
    }
  }

  /// True when the answer holds the value as an item or choice, or as whole words of its text,
  /// or when the lexicon found that concept in the person's words.
  private func has(_ left: ConditionOperand, _ right: ConditionOperand) -> Bool {
    guard case .answer(let id) = left.kind, case .text(let wanted) = right.kind,
      let answer = context.value(of: id), answer.isGiven
    else { return false }
    let target = Self.normalized(wanted)
    if context.concepts(of: id).contains(where: { Self.normalized($0) == target }) { return true }
    switch answer {
    case .choice(let choice): return Self.normalized(choice) == target
    case .choices(let items), .list(let items):
      return items.contains { Self.normalized($0) == target }
    case .text(let text): return Self.containsWords(text, target)
    default: return false
    }
  }

  /// Whether `phrase` appears in `text` as whole words, so "pain" is in "back pain" but not in
  /// "painting".
  static func containsWords(_ text: String, _ phrase: String) -> Bool {
    func words(_ text: String) -> [Substring] {
      text.lowercased().split { !($0.isLetter || $0.isNumber) }
    }
    let haystack = words(text)
    let needle = words(phrase)
    guard !needle.isEmpty, needle.count <= haystack.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where haystack[start] == needle[0] && Array(haystack[start..<(start + needle.count)]) == needle
    {
      return true
    }
    return false
  }
}
