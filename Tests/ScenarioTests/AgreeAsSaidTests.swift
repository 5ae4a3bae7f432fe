import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// The default agreement on 14 December 2026, typed over a person's golden plan: the plan made,
/// and everything said, as one text.
func agreement(of plan: String, with professional: String, _ inputs: [String]) throws -> (
  plan: Plan, said: String
) {
  let run = try TranscriptTests.replayAgreement(
    "agree-plan: \(plan)\nagree-with: \(professional)\nnow: 2026-12-14T10:00:00Z\n", inputs)
  return (run.plan, run.said)
}

/// The default agreement, run over a person's first plan with a nurse: an outcome said with
/// more words after it, and a long step read back whole.
@Suite("An agreement reads what is said as it is said")
struct AgreeAsSaidTests {
  /// An agreement on 14 December 2026 of `people-1-walk-the-dog.plan.json` with a nurse.
  func agree(_ inputs: [String]) throws -> (plan: Plan, said: String) {
    try agreement(of: "people-1-walk-the-dog", with: "Sam Patel, practice nurse", inputs)
  }

  @Test(
    "an outcome followed by more words is that outcome, and the words are kept and shown",
    arguments: [
      (
        "Not agreed now, we'll look again in March", Plan.Agreement.Outcome.notNow,
        "we'll look again in March"
      ),
      ("agreed with changes - smaller steps", .agreedWithChanges, "smaller steps"),
      ("agree with changes", .agreedWithChanges, nil),
      ("We agree with it, the nurse liked it", .agreed, "the nurse liked it"),
    ] as [(String, Plan.Agreement.Outcome, String?)])
  func outcomeWithReason(line: String, outcome: Plan.Agreement.Outcome, note: String?) throws {
    let result = try agree([line])
    let agreement = try #require(result.plan.agreement)
    #expect(agreement.goals.first?.outcome == outcome)
    #expect(agreement.goals.first?.note == note)
    #expect(!result.said.contains("Type 1 if you agree"), "not asked again")
    if let note {
      let text = PlanText.render(result.plan, width: 200, footer: PlanFooter(help: []))
      // Shown as a sentence of its own ("Not yet. We'll look again in March."), in their words.
      #expect(text.lowercased().contains(note.lowercased()))
    }
  }

  @Test("a long changed step is read back whole, wrapped, never cut short")
  func longStepReadBackWhole() throws {
    let what =
      "walk to the end of the road and back with Bess, stopping at the bench by the post "
      + "office to rest my knee"
    let when = "after breakfast on the days when my knee is not too stiff to get going"
    let result = try agree(["2", "what and when", what, when])
    #expect(!result.said.contains("..."))
    let running = result.said.replacingOccurrences(of: "\n", with: " ")
    #expect(running.contains(what))
    #expect(running.contains(when))
  }
}

/// A step changed part by part at an agreement, over a plan whose step said its how much
/// inside what the person will do ("do my knee exercises for 5 minutes").
@Suite("An agreement changes a step part by part")
struct AgreeChangesPartsTests {
  func agree(_ inputs: [String]) throws -> (plan: Plan, said: String) {
    try agreement(of: "people-10-for-the-clinician", with: "Jo Reid, practice nurse", inputs)
  }

  @Test("a how much said inside the step's words is shown as what it was, not as not set")
  func howMuchInsideTheStepShown() throws {
    let result = try agree(["2", "how much"])
    #expect(result.said.contains("How much will you do now?"))
    #expect(result.said.contains("It was: 5 minutes"))
    #expect(!result.said.contains("not set yet"))
  }

  @Test("a part not picked at first, picked at the read-back, is asked and read back again")
  func partNotPickedAtFirstAsked() throws {
    let result = try agree(["2", "how much", "10 minutes", "no", "when", "before lunch", "yes"])
    #expect(!result.said.contains("type change what changes"))
    let afterFix = try #require(result.said.components(separatedBy: "put right?").last)
    #expect(afterFix.contains("What time of day will you do it now?"))
    #expect(afterFix.contains("It was: after breakfast"))
    #expect(afterFix.contains("Your step is now:"))
    #expect(afterFix.contains("before lunch"))
    #expect(afterFix.contains("Parts changed: How much and When."))
    let step = try #require(result.plan.goals.first?.ownStep)
    #expect(step.when == "before lunch")
    #expect(step.what == "do my knee exercises for 10 minutes")
  }
}
