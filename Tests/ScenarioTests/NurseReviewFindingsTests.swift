import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// What a nurse's run found in review and agree, each tried through the engine as she typed
/// it: questions about a word at a number question, a review day at a weekend, and a worker
/// asked in plainer words about the client.
@Suite("What a nurse found in review and agree")
struct NurseReviewFindingsTests {
  /// The engine's replies to `inputs`, given to the agreement of people-10's plan (or a
  /// review of it), and the state they leave.
  func run(
    _ inputs: [String], script: String = "agree", mode: String = "person"
  ) throws -> (state: ConversationState, said: String, engine: Engine) {
    let header =
      script == "agree"
      ? "agree-plan: people-10-for-the-clinician\nagree-with: Jo Reid, practice nurse\n"
      : "review-of: people-10-for-the-clinician.plan.json\n"
    let text =
      header + "now: 2026-12-14T10:30:00Z\nscript: \(script)\nmode: \(mode)\n---\n"
      + inputs.map { "> \($0)\n" }.joined()
    let transcript = Transcript.parse(text)
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let (state, outputs) = engine.replay(transcript.events)
    return (state, outputs.flatMap(Transcript.lines(for:)).joined(separator: "\n"), engine)
  }

  @Test(
    "a question about a word at a number question is explained, never read as its number",
    arguments: ["what is FEV1", "wat is fev1", "what's HbA1c", "what does eGFR mean"])
  func wordAtANumberQuestion(line: String) throws {
    let held = try run([line], script: "review")
    #expect(held.state.answers[AnswerKey("how_it_went", round: 0)] == nil)
    #expect(held.said.contains("Your nurse or doctor can tell you what your result means"))
  }

  @Test("FEV1 has a plain explanation that gives no advice")
  func fev1Explained() throws {
    let held = try run(["what is FEV1"], script: "review")
    #expect(held.said.contains("FEV1 is a number from a breathing test."))
  }

  @Test("a weekend review day: 'no' asks for another, and the day then given is kept")
  func weekendDayRefused() throws {
    let inputs = [
      "1", "skip", "no", "no", "no", "no", "no", "2", "saturday 23 jan", "no", "monday 25 jan",
    ]
    let held = try run(inputs)
    #expect(held.said.contains("Saturday 23 January 2027 is a weekend day."))
    #expect(held.said.contains("Which day would be better?"))
    let key = AnswerKey("next_review_day", round: 0)
    #expect(held.state.answers[key]?.value == .date(Day(year: 2027, month: 1, day: 25)))
    #expect(!held.said.contains("Monday 25 January 2027 is a weekend day."))
  }

  @Test("a worker asked again in plainer words is asked about the client, not as 'you'")
  func workerPlainerWords() throws {
    let held = try run(["wat"], mode: "facilitator")
    #expect(held.said.contains("Did they both say yes to this goal?"))
    #expect(!held.said.contains("Did you both"))
  }
}
