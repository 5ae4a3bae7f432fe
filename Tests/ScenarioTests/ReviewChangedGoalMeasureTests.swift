import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// A goal whose words change at a review had its old measure (how the person will know it is
/// working) carried over silently, though it may no longer fit. It is asked about once: keep
/// it, change it, or drop it, and the answer goes into the new version.
@Suite("A changed goal's measure is asked about")
struct ReviewChangedGoalMeasureTests {
  let reviews = ReviewKeepsThePlanTests()
  static let sugars = ReviewKeepsThePlanTests.sugars
  static let asked = "Last time you said you would know it was working when: "
  /// How it went, in words, and the new goal: Priya's goal changes.
  static let changed = ["5", "evenings are hard", "change the goal", "keep my evenings steady too"]

  @Test("the old measure is shown and asked about once, right after the new goal")
  func askedOnce() throws {
    let result = try reviews.review(Self.sugars, Self.changed + ["keep it", "skip"])
    let old = try #require(result.previous.goals[0].measure)
    #expect(
      result.said.contains(
        "Your new goal is: keep my evenings steady too.\n\(Self.asked)\(old)\n"
          + "Does that still fit your new goal?"))
    #expect(result.said.components(separatedBy: Self.asked).count == 2)
  }

  @Test("keep: the new goal keeps the old measure")
  func keep() throws {
    let result = try reviews.review(Self.sugars, Self.changed + ["keep it", "skip"])
    let goal = try #require(result.next.goals.last)
    #expect(goal.text == "keep my evenings steady too")
    #expect(goal.measure == result.previous.goals[0].measure)
    #expect(result.said.contains("Good. That stays in your plan."))
  }

  @Test("change: the new words are the new goal's measure; the old goal keeps its own")
  func change() throws {
    let result = try reviews.review(
      Self.sugars,
      Self.changed + ["change it", "my evening readings are steadier most days", "skip"])
    let goal = try #require(result.next.goals.last)
    #expect(goal.measure == "my evening readings are steadier most days")
    #expect(result.next.goals[0].measure == result.previous.goals[0].measure)
    #expect(result.said.contains("How would you know your new goal is working?"))
    let changes = PlanChanges.lines(from: result.previous, to: result.next)
    #expect(changes.contains("New goal: keep my evenings steady too"))
  }

  @Test("drop: the new goal has no measure, and the plan says nothing of one")
  func drop() throws {
    let result = try reviews.review(Self.sugars, Self.changed + ["drop it", "skip"])
    let goal = try #require(result.next.goals.last)
    #expect(goal.measure == nil)
    #expect(!result.said.contains("How would you know your new goal is working?"))
    let text = PlanText.render(result.next.readyToCheck, width: 200, footer: PlanFooter(help: []))
    #expect(!text.contains("I will know it has worked when: my readings are lower in the morning"))
  }

  @Test("a 'no' to 'does it still fit?' asks for new words")
  func noIsChange() throws {
    let result = try reviews.review(
      Self.sugars, Self.changed + ["no", "fewer high readings", "skip"])
    #expect(result.next.goals.last?.measure == "fewer high readings")
  }

  @Test("not asked when the goal is kept, or only its step changes")
  func notAskedOtherwise() throws {
    let kept = try reviews.review(Self.sugars, ["7", "fine", "keep it as it is", "yes", "skip"])
    #expect(!kept.said.contains(Self.asked))
    #expect(kept.next.goals[0].measure == kept.previous.goals[0].measure)
    let newStep = try reviews.review(
      Self.sugars, ["6", "ok", "keep the goal, change the step", "skip"])
    #expect(!newStep.said.contains(Self.asked))
  }

  @Test("a measure changed on the same goal is said in the changes between versions")
  func changeIsSaid() throws {
    var before = try CheckInAcrossVersionsTests.version("people-2-sugars")
    var after = before
    after.goals[0].measure = "fewer high readings"
    #expect(
      PlanChanges.lines(from: before, to: after).contains(
        "  I will know it has worked when: fewer high readings (was my readings are lower in the morning)"
      ))
    before.goals[0].measure = nil
    #expect(
      PlanChanges.lines(from: after, to: before).contains(
        "  I will know it has worked when: none (was fewer high readings)"))
  }
}
