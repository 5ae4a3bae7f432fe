extension PlanOutline {
  /// Each question the person has had answered, with the answer as they put it: the question
  /// is no longer to ask, but the answer is worth keeping beside the plan.
  var answeredQuestions: [Item] {
    plan.informationNeeds.compactMap { need in
      need.answer.map { Item($0, label: need.question) }
    }
  }
}
