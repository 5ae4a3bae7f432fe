import Dialogue
import Foundation
import TestSupport
import Testing

/// "change how hell know its got better on the feet goal", with two goals: the goal is named
/// by its own words. It opened the first goal's answer, whatever the goal was called; only
/// "for goal 2" reached the second.
@Suite struct ChangeByGoalWordsTests {
  /// Two goals, walking to the club and looking after her feet, then at the plan's check.
  static func twoGoals() -> [String] {
    let answers = DialogueActEngineTests.answers
    let firstGoal = answers.prefix { $0.question != "another_goal" }.map(\.line)
    return firstGoal + [
      "yes", "look after my feet", "no new sores", "no", "check my feet with a mirror",
      "both feet", "in the morning", "on the bed", "every day", "tomorrow", "yes", "8", "my son",
      "in two weeks", "no", "1 and 2 and 3", "done",
    ]
  }

  @Test(arguments: [
    ("change how i'll know on the feet goal", "goal_measure"),
    ("change how I'll know for the feet goal", "goal_measure"),
    ("change how often for the feet", "step_how_often"),
  ])
  func theGoalsOwnWordsPickIt(line: String, question: String) throws {
    let engine = try DialogueActEngineTests.engine()
    let (before, _) = converse(engine, Self.twoGoals())
    #expect(before.current?.question == "ready")
    let (state, _) = converse(engine, Self.twoGoals() + [line])
    #expect(state.current == AnswerKey(question, round: 1))
  }

  /// Words that are in no goal, or in both, pick none by them.
  @Test func wordsInNoGoalLeaveItAsBefore() throws {
    let engine = try DialogueActEngineTests.engine()
    let (state, _) = converse(
      engine, Self.twoGoals() + ["change how i'll know on the fishing goal"])
    #expect(state.current != AnswerKey("goal_measure", round: 1))
  }
}
