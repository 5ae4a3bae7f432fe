import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// The default agreement, run over a person's first plan with a nurse: an outcome said with
/// more words after it, and a long step read back whole.
@Suite("An agreement reads what is said as it is said")
struct AgreeAsSaidTests {
  /// An agreement on 14 December 2026 of `people-1-walk-the-dog.plan.json` with a nurse.
  func agree(_ inputs: [String]) throws -> (plan: Plan, said: String) {
    let text =
      "agree-plan: people-1-walk-the-dog\nagree-with: Sam Patel, practice nurse\n"
      + "now: 2026-12-14T10:00:00Z\nscript: agree\n---\n"
      + inputs.map { "> \($0)\n" }.joined()
    let transcript = Transcript.parse(text)
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let (state, outputs) = engine.replay(transcript.events)
    let plan = try #require(TranscriptTests.agreedPlan(for: transcript, engine, state))
    return (plan, outputs.flatMap(Transcript.lines(for:)).joined(separator: "\n"))
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
      #expect(text.contains(note))
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
