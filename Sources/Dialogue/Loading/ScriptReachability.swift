extension ScriptLoader.Builder {
  // MARK: Second pass: questions no answers could bring

  /// Finds questions and statements that no answers could bring: their condition is never
  /// true, alone or together with their section's (`when: not walk` in a section for `walk`,
  /// `days > 9` when days runs from 0 to 7).
  func checkReachability(_ script: Script, skipping troubled: Set<Int>) {
    var pendingFor: [ConditionRole: [String: Pending<Condition>]] = [:]
    for (index, pending) in conditions.enumerated() where pending.role != .other {
      if troubled.contains(index) {
        // Present but not to be relied on: neither checked nor combined with.
        pendingFor[pending.role, default: [:]][pending.ownerID] = nil
        continue
      }
      if pendingFor[pending.role]?[pending.ownerID] == nil {
        pendingFor[pending.role, default: [:]][pending.ownerID] = pending
      }
    }
    var troubledOwners: Set<String> = []
    for (index, pending) in conditions.enumerated() where troubled.contains(index) {
      troubledOwners.insert(pending.ownerID)
    }
    var questions: [String: Question] = [:]
    for question in script.questions where questions[question.id] == nil {
      questions[question.id] = question
    }
    for section in script.sections {
      let checker = ConditionSatisfiability(
        question: { questions[$0] }, rounds: 1...max(section.repeating?.max ?? 1, 1))
      var sectionCondition: (condition: Condition, pending: Pending<Condition>)?
      if let condition = section.condition, !troubledOwners.contains(section.id),
        let pending = pendingFor[.section]?[section.id]
      {
        if !checker.canHold(condition) {
          reader.report(
            at: pending.location,
            "the section '\(section.id)' can never be reached: its condition is never true"
              + reason(checker, condition))
          continue
        }
        sectionCondition = (condition, pending)
      }
      for item in section.items {
        guard let condition = item.condition, !troubledOwners.contains(item.id),
          let pending = pendingFor[.item]?[item.id]
        else { continue }
        if !checker.canHold(condition) {
          reader.report(
            at: pending.location,
            "'\(item.id)' can never be reached: its condition is never true"
              + reason(checker, condition))
        } else if let sectionCondition,
          !checker.canHold(.and(sectionCondition.condition, condition))
        {
          let both = Condition.and(sectionCondition.condition, condition)
          reader.report(
            at: pending.location,
            "'\(item.id)' can never be reached: its condition is never true when its section's "
              + "condition ('\(sectionCondition.pending.text)') is"
              + reason(checker, both))
        }
      }
    }
  }

  /// ", since 'days' runs from 0 to 7" when the limits of numbers are what rule a condition
  /// out; nothing otherwise.
  func reason(_ checker: ConditionSatisfiability, _ condition: Condition) -> String {
    var unlimited = checker
    unlimited.usesLimits = false
    guard unlimited.canHold(condition) else { return "" }
    let limits = checker.limits(in: condition)
    guard !limits.isEmpty else { return "" }
    return ", since " + Template.join(limits)
  }
}

/// A conversation with no answers yet: used to find conditions that can never be true.
struct EmptyConditionContext: ConditionContext {
  var roundNumber = 1
  func value(of question: String) -> AnswerValue? { nil }
  func concepts(of question: String) -> Set<String> { [] }
}
