/// Decides whether a condition can ever be true, so the loader can tell an author that a
/// question will never be asked (`walk and not walk`, `confidence > 10` on a 0 to 10 scale,
/// a question for `not walk` in a section for `walk`).
///
/// Conditions are small, so it simply tries every case: each question the condition reads is
/// unanswered, skipped, or answered with one of a few values, and each comparison it cannot
/// work out (text, dates, `has`) is either true or false. Numbers are tried at the constants
/// they are compared with, just either side of them and at the question's limits: between
/// those points no comparison changes, so these few stand for every number. When there are
/// too many cases to try, the condition is taken to be possible: the check must never call a
/// question unreachable when it is not.
struct ConditionSatisfiability {
  /// The questions of the script, by id.
  let question: (String) -> Question?
  /// The rounds the condition is read in: 1 unless its section repeats.
  let rounds: ClosedRange<Int>
  /// Whether numbers keep to each question's limits. Without them, a condition that becomes
  /// possible shows that the limits are what rule it out.
  var usesLimits = true

  static let mostCases = 1 << 16

  /// Something a comparison can be about, with a range of numbers.
  enum Subject: Hashable {
    case number(question: String)
    case count(question: String)
    case round
  }

  /// One case to try: what each question's answer is, the round, and each comparison that is
  /// not worked out.
  struct Case {
    var answers: [String: Reply] = [:]
    var round = 1
    var open: [Condition: Bool] = [:]
  }

  enum Reply: Hashable {
    case missing
    case skipped
    case given
    case yes
    case no
    case choice(String)
    case number(Double)
    /// A list or a set of choices, by how many items it holds.
    case items(Double)

    var isGiven: Bool { self != .missing && self != .skipped }
  }

  func canHold(_ condition: Condition) -> Bool {
    var constants: [Subject: Set<Double>] = [:]
    var open: [Condition] = []
    collect(condition, constants: &constants, open: &open)
    let ids = condition.references.sorted()
    var choices: [[Reply]] = []
    for id in ids {
      guard let question = question(id) else { return true }
      choices.append(answers(for: question, constants: constants))
    }
    let roundsToTry = points(for: .round, constants: constants).map { Int($0) }
    var total = max(roundsToTry.count, 1)
    for options in choices {
      total *= options.count
      if total > Self.mostCases { return true }
    }
    guard open.count < 16, total << open.count <= Self.mostCases else { return true }

    var index = Array(repeating: 0, count: ids.count)
    while true {
      var trial = Case()
      for (position, id) in ids.enumerated() {
        trial.answers[id] = choices[position][index[position]]
      }
      for round in roundsToTry.isEmpty ? [rounds.lowerBound] : roundsToTry {
        trial.round = round
        for bits in 0..<(1 << open.count) {
          for (position, atom) in open.enumerated() {
            trial.open[atom] = bits & (1 << position) != 0
          }
          if holds(condition, in: trial) { return true }
        }
      }
      // The next combination of answers, like counting.
      var position = ids.count - 1
      while position >= 0 {
        index[position] += 1
        if index[position] < choices[position].count { break }
        index[position] = 0
        position -= 1
      }
      if position < 0 { return false }
    }
  }

  /// The limits that rule the condition out, as words for a message: "'days' runs from 0 to 7".
  func limits(in condition: Condition) -> [String] {
    var constants: [Subject: Set<Double>] = [:]
    var open: [Condition] = []
    collect(condition, constants: &constants, open: &open)
    return constants.keys.sorted { "\($0)" < "\($1)" }.compactMap { subject in
      let (low, high) = range(of: subject)
      switch subject {
      case .number(let id):
        switch (low, high) {
        case (let low?, let high?): return "'\(id)' runs from \(show(low)) to \(show(high))"
        case (let low?, nil): return "'\(id)' is at least \(show(low))"
        case (nil, let high?): return "'\(id)' is at most \(show(high))"
        case (nil, nil): return nil
        }
      case .count(let id):
        guard let high else { return nil }
        let most = Int(high)
        if self.question(id)?.kind == .multi {
          return "'\(id)' has \(most) \(most == 1 ? "choice" : "choices")"
        }
        return "'\(id)' holds at most \(most) \(most == 1 ? "item" : "items")"
      case .round:
        let most = rounds.upperBound
        return "its section is asked at most \(most) \(most == 1 ? "time" : "times")"
      }
    }
  }

  private func show(_ number: Double) -> String { Display.number(number) }

  // MARK: Trying a case

  private func holds(_ condition: Condition, in trial: Case) -> Bool {
    switch condition {
    case .always: return true
    case .constant(let value): return value
    case .isYes(let reference): return trial.answers[reference.id] == .yes
    case .answered(let reference): return trial.answers[reference.id]?.isGiven ?? false
    case .skipped(let reference): return trial.answers[reference.id] == .skipped
    case .not(let inner): return !holds(inner, in: trial)
    case .and(let left, let right): return holds(left, in: trial) && holds(right, in: trial)
    case .or(let left, let right): return holds(left, in: trial) || holds(right, in: trial)
    case .compare(let left, let comparison, let right, _):
      if let decided = decide(left, comparison, right, in: trial) { return decided }
      // A comparison on an answer that is not there is false, whatever it says.
      for id in condition.references where trial.answers[id]?.isGiven != true { return false }
      if condition.references.isEmpty && !mentionsToday(left, right) {
        return condition.evaluate(in: EmptyConditionContext(roundNumber: trial.round))
      }
      return trial.open[condition] ?? true
    }
  }

  /// What a comparison the checker understands comes to in a case; nil for one it does not.
  private func decide(
    _ left: ConditionOperand, _ comparison: ConditionOperator, _ right: ConditionOperand,
    in trial: Case
  ) -> Bool? {
    guard comparison != .has else { return nil }
    if let a = number(left, in: trial), let b = number(right, in: trial) {
      guard let a = a, let b = b else { return false }
      switch comparison {
      case .equal: return a == b
      case .notEqual: return a != b
      case .less: return a < b
      case .lessOrEqual: return a <= b
      case .greater: return a > b
      case .greaterOrEqual: return a >= b
      case .has: return nil
      }
    }
    // A yes/no answer against true or false, or a choice against a choice id.
    var (answer, constant) = (left, right)
    if case .answer = right.kind { (answer, constant) = (right, left) }
    guard case .answer(let id) = answer.kind, comparison == .equal || comparison == .notEqual
    else { return nil }
    let given = trial.answers[id] ?? .missing
    let same: Bool
    switch (given, constant.kind) {
    case (.yes, .bool(let value)), (.no, .bool(let value)): same = (given == .yes) == value
    case (.choice(let choice), .text(let text)):
      same =
        ConditionEvaluator<EmptyConditionContext>.normalized(choice)
        == ConditionEvaluator<EmptyConditionContext>.normalized(text)
    case (.missing, .bool), (.skipped, .bool), (.missing, .text), (.skipped, .text):
      guard let kind = question(id)?.kind, [.yesNo, .choice].contains(kind) else { return nil }
      return false
    default: return nil
    }
    return comparison == .equal ? same : !same
  }

  /// A numeric side of a comparison: nil when it is not one the checker works with, `.some(nil)`
  /// for an answer that is not there (every comparison with it is false).
  private func number(_ operand: ConditionOperand, in trial: Case) -> Double?? {
    switch operand.kind {
    case .number(let value): return .some(value)
    case .round: return .some(Double(trial.round))
    case .count(let id):
      switch trial.answers[id] ?? .missing {
      case .missing, .skipped: return .some(0)
      case .items(let count): return .some(count)
      default: return .some(1)
      }
    case .answer(let id):
      guard let kind = question(id)?.kind, kind == .number || kind == .scale else { return nil }
      if case .number(let value) = trial.answers[id] ?? .missing { return .some(value) }
      return .some(nil)
    default: return nil
    }
  }

  private func mentionsToday(_ operands: ConditionOperand...) -> Bool {
    operands.contains { if case .today = $0.kind { true } else { false } }
  }

  // MARK: What to try

  /// The numbers each subject is compared with, and the comparisons left open.
  private func collect(
    _ condition: Condition, constants: inout [Subject: Set<Double>], open: inout [Condition]
  ) {
    switch condition {
    case .always, .constant, .isYes, .answered, .skipped: break
    case .not(let inner): collect(inner, constants: &constants, open: &open)
    case .and(let left, let right), .or(let left, let right):
      collect(left, constants: &constants, open: &open)
      collect(right, constants: &constants, open: &open)
    case .compare(let left, let comparison, let right, _):
      let subjects = [subject(left), subject(right)]
      let values = [left, right].compactMap { operand -> Double? in
        if case .number(let value) = operand.kind { return value }
        return nil
      }
      if comparison != .has, subjects.contains(where: { $0 != nil }),
        subjects.allSatisfy({ $0 != nil }) || values.count == 1
      {
        // Two subjects compared with each other share their points.
        let shared = subjects.compactMap { $0 }.reduce(into: Set(values)) {
          $0.formUnion(constants[$1] ?? [])
        }
        for case let subject? in subjects { constants[subject, default: []].formUnion(shared) }
      } else {
        // Left open unless `decide` works it out or it reads nothing that can change.
        let decided = isChoiceOrYesNo(left, comparison, right)
        let fixed = condition.references.isEmpty && !mentionsToday(left, right)
        if !decided, !fixed, !open.contains(condition) { open.append(condition) }
      }
    }
  }

  /// Whether `decide` works the comparison out: a yes/no answer against true or false, or a
  /// choice against a choice id.
  private func isChoiceOrYesNo(
    _ left: ConditionOperand, _ comparison: ConditionOperator, _ right: ConditionOperand
  ) -> Bool {
    guard comparison == .equal || comparison == .notEqual else { return false }
    for (answer, constant) in [(left, right), (right, left)] {
      guard case .answer(let id) = answer.kind, let kind = question(id)?.kind else { continue }
      switch (kind, constant.kind) {
      case (.yesNo, .bool), (.choice, .text): return true
      default: continue
      }
    }
    return false
  }

  private func subject(_ operand: ConditionOperand) -> Subject? {
    switch operand.kind {
    case .round: return .round
    case .count(let id): return .count(question: id)
    case .answer(let id):
      guard let kind = question(id)?.kind, kind == .number || kind == .scale else { return nil }
      return .number(question: id)
    default: return nil
    }
  }

  /// The answers to try for a question.
  private func answers(for question: Question, constants: [Subject: Set<Double>]) -> [Reply] {
    var given: [Reply]
    switch question.kind {
    case .yesNo: given = [.yes, .no]
    case .choice: given = question.choices.map { .choice($0.id) }
    case .number, .scale:
      given = points(for: .number(question: question.id), constants: constants).map(Reply.number)
    case .list, .multi:
      given = points(for: .count(question: question.id), constants: constants).map(Reply.items)
    case .text, .date: given = [.given]
    }
    return [.missing, .skipped] + (given.isEmpty ? [.given] : given)
  }

  /// The lowest and highest a subject can be, nil where there is no limit.
  private func range(of subject: Subject) -> (Double?, Double?) {
    switch subject {
    case .round: return (Double(rounds.lowerBound), Double(rounds.upperBound))
    case .count(let id):
      guard let question = question(id) else { return (0, nil) }
      if question.kind == .multi { return (0, Double(question.choices.count)) }
      return (0, question.validation.maxItems.map(Double.init))
    case .number(let id):
      guard let question = question(id) else { return (nil, nil) }
      if question.kind == .scale {
        let range = question.scaleRange
        return (Double(range.lowerBound), Double(range.upperBound))
      }
      return (question.validation.minimum, question.validation.maximum)
    }
  }

  /// The numbers to try for a subject: the constants, either side of each, and its limits.
  private func points(for subject: Subject, constants: [Subject: Set<Double>]) -> [Double] {
    let whole: Bool
    switch subject {
    case .round, .count: whole = true
    case .number(let id): whole = question(id)?.kind == .scale
    }
    var (low, high) = range(of: subject)
    // Counts and rounds keep their limits always: there is no round 0 or list of -1 items.
    if !usesLimits, case .number = subject { (low, high) = (nil, nil) }
    if !usesLimits, case .count = subject { high = nil }
    if !usesLimits, case .round = subject { high = nil }
    let sorted = (constants[subject] ?? []).sorted()
    var points: Set<Double> = []
    for (index, value) in sorted.enumerated() {
      if whole {
        points.formUnion([value.rounded(.down) + 1, value.rounded(.up) - 1])
        if value == value.rounded() { points.insert(value) }
      } else {
        points.formUnion([value - 1, value, value + 1])
        if index + 1 < sorted.count { points.insert((value + sorted[index + 1]) / 2) }
      }
    }
    if let low { points.insert(low) }
    if let high { points.insert(high) }
    if points.isEmpty { points.insert(0) }
    return points.filter { point in
      (low.map { point >= $0 } ?? true) && (high.map { point <= $0 } ?? true)
    }.sorted()
  }
}
