import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// A worker's review where the words around each answer matter
/// (reviewed-9-worker-words-kept): the words with the score, "half - ...", the part named and
/// changed at the read-back, the question reported with "she wants to know if" and a line
/// taken back with "ignore that" all end up in the plan as they were meant.
@Suite("A review keeps every word a worker typed")
struct WorkerWordsKeptPlanTests {
  func reviewed() throws -> (plan: Plan, said: String, fhir: String, text: String) {
    let url = TranscriptTests.folder.appendingPathComponent(
      "reviewed-9-worker-words-kept.transcript")
    let transcript = Transcript.parse(try String(contentsOf: url, encoding: .utf8))
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let previous = try #require(TranscriptTests.reviewedPlan(transcript))
    let (state, outputs) = engine.replay(transcript.events)
    let plan = TranscriptTests.reviewPlan(
      previous, engine, state, at: transcript.events.last?.at ?? transcript.start)
    let said = outputs.flatMap(Transcript.lines(for:)).joined(separator: "\n")
    let text = PlanText.render(plan, width: 300, footer: PlanFooter(help: []))
    return (plan, said, FHIRBundle.make(plan: plan, state: state, engine: engine), text)
  }

  @Test("'quite well, maybe 6. the cold weeks were hard' keeps the words with the 6")
  func scoreKeepsItsWords() throws {
    let review = try reviewed()
    let progress = try #require(review.plan.goals[0].progress.last)
    #expect(progress.rating == 6)
    #expect(progress.text?.hasPrefix("the cold weeks were hard. she did them most days") == true)
    #expect(review.text.contains("6 out of 10. The cold weeks were hard."))
    #expect(review.fhir.contains("The cold weeks were hard."))
  }

  @Test("'half - referal done, ...' is still to do, with every word kept")
  func partlyDoneKeepsItsWords() throws {
    let review = try reviewed()
    let referral = try #require(
      review.plan.goals[0].professionalActions.first { $0.what.contains("physio") })
    #expect(referral.done != true)
    #expect(referral.note?.hasPrefix("half - referal done, she starts in feb") == true)
    #expect(review.said.contains("still to do: half - referal done"))
    #expect(review.fhir.contains("half - referal done"))
  }

  @Test("'change what she'll do to: ...' changes the step to those words")
  func namedPartChanged() throws {
    let review = try reviewed()
    let step = try #require(review.plan.goals[0].actions.first)
    #expect(step.what.contains("walk to the end of the road and back with Imran"))
    #expect(review.said.contains("I've changed"))
  }

  @Test("a reported question is kept as the question; 'ignore that' takes back the line before")
  func reportedQuestionAndIgnoreThat() throws {
    let review = try reviewed()
    let asked = review.plan.informationNeeds.map(\.question)
    #expect(
      asked.contains("whether the water tablets are why she keeps needing the toilet at night"))
    #expect(!asked.contains { $0.contains("68") || $0.contains("ignore") })
    #expect(review.said.contains("I've taken 'shes 68' off the list."))
    #expect(review.said.contains("I've taken out their old answer. It was: her age is 68."))
    #expect(!review.plan.whatMatters.contains { $0.text.contains("68") })
  }
}
