import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// "Same as before" typed just after choosing to change something at a review (a new goal, a
/// new step, new words for how they will know) takes the change back. Before, "same as before"
/// was kept as the new goal's words, and after "a new step" each part of the step was asked
/// again from nothing.
@Suite("A review: same as before, just after choosing a change")
struct ReviewSameAfterAChangeTests {
  /// A worker's review of Mrs Begum's first plan on 14 December 2026, with `inputs` typed.
  func review(_ inputs: [String]) throws -> TranscriptTests.ReviewRun {
    try TranscriptTests.replayReview(
      "mode: facilitator\nnow: 2026-12-14T10:00:00Z\n"
        + "review-of: people-20-worker-for-mrs-begum.plan.json\n", inputs)
  }

  static let howItWent = ["6", "she did it most tuesdays"]
  static let takenBack = "The same as before, then. I've changed their choice to: Keep it as it is."

  @Test("the new goal: same as before keeps the goal and its step, and only the check-in is asked")
  func sameGoal() throws {
    let result = try review(Self.howItWent + ["3", "same as before", "in 2 weeks"])
    let before = result.previous.goals[0]
    let goal = try #require(result.next.goals.first)
    #expect(result.said.contains(Self.takenBack + "\nOK. Let's keep it going."))
    #expect(result.next.goals.map(\.text) == [before.text])
    #expect(!result.next.goals.contains { $0.text.lowercased().contains("same") })
    #expect(goal.measure == before.measure)
    #expect(goal.actions.last?.what == before.actions.first?.what)
    #expect(goal.actions.last?.howMuch == "5 mins")
    #expect(!result.said.contains("What is one small step"))
    #expect(result.state.value("decision") == .choice("keep"))
  }

  @Test("a new step: same as before keeps every part of the step, none asked again")
  func sameStep() throws {
    let result = try review(Self.howItWent + ["2", "no change", "in 2 weeks"])
    let step = try #require(result.next.goals[0].actions.last)
    let before = try #require(result.previous.goals[0].actions.first)
    #expect(result.said.contains(Self.takenBack))
    #expect(step.what == before.what)
    #expect(step.when == "after lunch")
    #expect(step.howOften == "most days")
    #expect(!result.said.contains("How much will they do?"))
  }

  @Test("a changed goal whose new step is the same as before keeps the old step for it")
  func sameStepForTheNewGoal() throws {
    let result = try review(
      Self.howItWent + ["3", "walk to the mosque on fridays", "1", "2", "actually same as before"])
    #expect(
      result.said.contains(
        "The same as before, then. I've changed their choice to: Keep the same step."))
    #expect(result.state.value("keep_step") == .choice("same"))
    #expect(result.state.value("step_what") == nil)
  }

  @Test("new words for how they will know: same as before keeps the old ones")
  func sameMeasure() throws {
    let result = try review(Self.howItWent + ["3", "walk to the mosque on fridays", "2", "same"])
    #expect(
      result.said.contains("The same as before, then. I've changed their choice to: Keep it."))
    #expect(result.state.value("keep_measure") == .choice("keep"))
    #expect(result.state.value("new_measure") == nil)
  }

  @Test("back after it asks the choice again, and the goal is never the words typed")
  func backAsksTheChoiceAgain() throws {
    let result = try review(Self.howItWent + ["3", "same as before", "back"])
    #expect(result.state.value("decision") == nil)
    #expect(result.state.value("new_goal") == nil)
    let after = result.said.components(
      separatedBy: "I've taken out their old answer. It was: Keep it as it is.")
    #expect(after.count == 2)
    #expect(after.last?.contains("Ask: what would they like to do with this goal now?") == true)
  }

  @Test("words of their own about the same thing are the new step, not a change of mind")
  func wordsOfTheirOwnAreKept() throws {
    let result = try review(Self.howItWent + ["2", "walk to the park at the same time"])
    #expect(!result.said.contains(Self.takenBack))
    #expect(result.state.value("decision") == .choice("change_step"))
    #expect(result.state.value("step_what") == .text("walk to the park at the same time"))
  }
}
