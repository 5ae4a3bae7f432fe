// MARK: Seeing the plan again before saying it is right

extension Turn {
  /// "can i see it again", "read it back": at a question about a plan just shown (its section
  /// shows the plan, `show: plan`), the plan is shown once more and the same question asked
  /// again. Nothing is stored, so the person can still change something before saying yes.
  mutating func showPlanAgain(_ line: String) -> Bool {
    guard let key = state.current,
      let section = script.section(holding: key.question),
      section.items.contains(where: { item in
        if case .statement(let statement) = item { return statement.showsPlan }
        return false
      }),
      SeeAgainWords.asks(line)
    else { return false }
    outputs.append(.say(Phrases.planAgain))
    outputs.append(.plan)
    askCurrent()
    return true
  }
}

extension Phrases {
  static let planAgain = "Here it is again."
}
