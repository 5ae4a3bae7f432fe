import Testing

@testable import CarePlan

/// "me goal is to walk to the shops" was shown as "Goal: me goal is to walk to the shops".
@Suite struct GoalWordsTests {
  @Test(arguments: [
    ("me goal is to walk to the shops", "walk to the shops"),
    ("My goal is: sleep better", "sleep better"),
    ("her goal is to get back to bingo", "get back to bingo"),
    ("my goal would be to lose a stone", "lose a stone"),
    ("Walk to the shops", "Walk to the shops"),
    ("my goal weight is 10 stone", "my goal weight is 10 stone"),
    ("my goal is", "my goal is"),
  ])
  func theLeadInComesOffTheGoalShown(typed: String, shown: String) {
    #expect(PlanBuilder.goalWithoutLeadIn(typed) == shown)
  }
}
