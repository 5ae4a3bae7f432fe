import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// At the end of an agreement, with the review day settled, a worker types "change the review
/// day" (or "can we change the review date", "the review should be in March"): the day is
/// opened, shown as it is, a new one taken, and the agreed plan gives it.
@Suite("Agreeing: the review day changed at the end")
struct AgreeReviewDayChangeTests {
  /// A worker's agreement on 14 December 2026 of Mrs Begum's first plan: the goal agreed, no
  /// actions, each of the 7 questions still open, the day offered kept, then `end` typed.
  func agree(_ end: [String]) throws -> (plan: Plan, said: String, state: ConversationState) {
    let inputs = ["1", "skip", "no"] + Array(repeating: "no", count: 7) + ["1"] + end
    return try TranscriptTests.replayAgreement(
      "agree-plan: people-20-worker-for-mrs-begum\nagree-with: Sam Patel, practice nurse\n"
        + "mode: facilitator\nnow: 2026-12-14T15:00:00Z\n", inputs)
  }

  @Test(
    "change the review day: the day now is shown, a new one asked for, and the plan gives it",
    arguments: ["change the review day", "can we change the review date"])
  func changeTheDay(_ asking: String) throws {
    let kept = try agree(["yes"])
    #expect(kept.plan.reviewDate == "2026-12-21")
    let result = try agree([asking, "15 march", "yes"])
    #expect(
      result.said.contains(
        "The plan says to look at it again on Monday 21 December 2026. Let's pick a new day."))
    #expect(result.said.contains("When will they look at the plan together again?"))
    #expect(result.state.finished)
    #expect(result.plan.reviewDate == "2027-03-15")
    #expect(result.plan.agreement?.reviewDate == "2027-03-15")
    let shown = PlanText.render(result.plan, width: 200, footer: PlanFooter(help: []))
    #expect(shown.contains("Monday 15 March 2027"))
  }

  @Test("the review should be in March: a month alone asks which day, and the plan gives it")
  func aMonthAsksTheDay() throws {
    let result = try agree(["the review should be in March", "15 march", "yes"])
    #expect(result.said.contains("Let's pick a new day."))
    #expect(result.plan.reviewDate == "2027-03-15")
  }

  @Test("a whole day with the words is taken at once, said back, and the plan shown again")
  func aWholeDayIsTaken() throws {
    let result = try agree(["change the review day to 15 march", "yes"])
    #expect(
      result.said.contains("OK. The day to look at the plan again is now Monday 15 March 2027."))
    #expect(result.state.finished)
    #expect(result.plan.reviewDate == "2027-03-15")
    let shows = result.said.components(separatedBy: "Here is their plan as agreed.").count - 1
    #expect(shows == 2)
  }
}
