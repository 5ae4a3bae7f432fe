import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// A worker going through a client's plan at a review types "same answer" to a question answered
/// last time, and "partly, she did it 3 days" for how the step went: each is read for what it
/// means, never kept as the words.
@Suite("A worker's review: same as before, and partly")
struct ReviewSameAndPartlyTests {
  /// A worker's review on 14 December 2026 of Mrs Begum's first plan, with `inputs` typed.
  func review(_ inputs: [String], plan: String = "people-20-worker-for-mrs-begum.plan.json")
    throws -> (previous: Plan, next: Plan, state: ConversationState, said: String)
  {
    let run = try TranscriptTests.replayReview(
      "mode: facilitator\nnow: 2026-12-14T10:00:00Z\nreview-of: \(plan)\n", inputs)
    return (run.previous, run.next, run.state, run.said)
  }

  /// How it went, then a new step whose every part is "same answer" in some words. (Said to
  /// the step itself, "same answer" takes back the new step: `ReviewSameAfterAChangeTests`.)
  static let sameStep = [
    "6", "she did it most tuesdays", "2", "walk to the end of the road and back", "same as before",
    "same as last time",
    "as before", "no change", "next tuesday", "yes", "same answer", "same answer",
  ]

  @Test("each part of the step, how sure and who helps keep last time's answer, said back")
  func samePartsKeepTheEarlierAnswers() throws {
    let result = try review(Self.sameStep)
    let before = try #require(result.previous.goals[0].actions.first)
    let step = try #require(result.next.goals[0].actions.last)
    #expect(step.what == "walk to the end of the road and back")
    #expect(step.what != before.what)
    #expect(step.howMuch == "5 mins")
    #expect(step.when == "after lunch")
    #expect(step.where == "on her road")
    #expect(step.howOften == "most days")
    #expect(result.next.goals[0].confidence == 7)
    #expect(result.next.goals[0].support == result.previous.goals[0].support)
    #expect(result.said.contains("I've kept what they said last time: 5 mins."))
    #expect(result.said.contains("I've kept what they said last time: most days."))
    #expect(result.said.contains("I've kept what they said last time: 7."))
    let words = [step.what, step.howMuch, step.when, step.where, step.howOften].compactMap { $0 }
    #expect(!words.contains { $0.contains("same") || $0.contains("change") })
    #expect(!result.next.goals[0].support.contains { $0.lowercased().contains("same") })
    // "same answer" keeps the step as it was, with no note of "answer" beside it.
    #expect(step.note == nil)
  }

  @Test("the check-in kept from last time while it is still to come; one gone by is asked again")
  func sameCheckInDay() throws {
    let kept = try review(["6", "fine", "keep it as it is", "same as before"])
    #expect(kept.said.contains("I've kept what they said last time: Monday 21 December 2026."))
    #expect(kept.next.goals[0].reviewDate == "2026-12-21")
    let text =
      "mode: facilitator\nnow: 2026-12-28T10:00:00Z\n"
      + "review-of: people-20-worker-for-mrs-begum.plan.json\nscript: review\n---\n"
      + ["6", "fine", "keep it as it is", "same answer"].map { "> \($0)\n" }.joined()
    let transcript = Transcript.parse(text)
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let (state, outputs) = engine.replay(transcript.events)
    let said = outputs.flatMap(Transcript.lines(for:)).joined(separator: "\n")
    #expect(said.contains("The day from last time, Monday 21 December 2026, has gone by."))
    #expect(state.value("check_in") == nil)
  }

  @Test("the topics and the one thing kept as they were, not the words \"same as before\"")
  func sameTopics() throws {
    let result = try review(
      ["6", "fine", "keep it as it is", "in 2 weeks"] + Array(repeating: "2", count: 7) + [
        "skip", "skip", "same as before",
      ])
    #expect(result.said.contains("I've kept what they said last time: her breathing on the stairs"))
    #expect(result.next.priorities.map(\.text) == result.previous.priorities.map(\.text))
  }

  @Test("what is new, said to be the same as before, adds nothing and keeps what was there")
  func sameNews() throws {
    let result = try review(
      ["6", "fine", "keep it as it is", "in 2 weeks"] + Array(repeating: "2", count: 7) + [
        "same as before", "same answer", "skip", "no change",
      ])
    #expect(result.next.whatMatters.map(\.text) == result.previous.whatMatters.map(\.text))
    #expect(result.next.careNews == nil)
    #expect(
      result.next.informationNeeds.map(\.question)
        == result.previous.informationNeeds.map(\.question))
    #expect(
      result.said.contains(
        "I've kept what they said last time: go to the mosque on friday again"))
  }

  @Test("partly, with the detail: the middle of the scale, the whole line kept as the note")
  func partlyHowItWent() throws {
    for (line, note) in [
      ("partly, she did it 3 days", "partly, she did it 3 days"),
      ("sort of, managed 2 out of 3 walks", "sort of, managed 2 out of 3 walks"),
      ("half the time", "half the time"), ("she says partly, 3 days", "partly, 3 days"),
    ] {
      let result = try review([line, "the cold weeks were bad", "keep it as it is", "skip"])
      #expect(result.state.value("how_it_went") == .number(5), "\(line)")
      #expect(result.said.contains("I've put that down as partly: 5 out of 10"), "\(line)")
      let progress = try #require(result.next.goals[0].progress.last)
      #expect(progress.rating == 5)
      #expect(
        progress.text?.lowercased().contains(note) == true, "\(line): \(progress.text ?? "")")
    }
  }

  @Test("\"he did it about half the time\" went in part: who did it comes before the part")
  func partlyAfterWhoDidIt() throws {
    let result = try review(["he did it about half the time"])
    #expect(result.said.contains("I've put that down as partly: 5 out of 10, with what was said."))
    #expect(result.state.value("how_it_went") == .number(5))
  }

  @Test("a check-in kept from last time that falls today is asked again")
  func sameCheckInToday() throws {
    let run = try TranscriptTests.replayReview(
      "mode: facilitator\nnow: 2026-12-21T10:00:00Z\n"
        + "review-of: people-20-worker-for-mrs-begum.plan.json\n",
      ["6", "fine", "keep it as it is", "same as before"])
    #expect(run.said.contains("The day from last time, Monday 21 December 2026, is today."))
    #expect(run.state.value("check_in") == nil)
  }

  @Test(
    "\"no change\" or \"same as before\" to a question from last time: still open, no note",
    arguments: ["no change", "same as before", "still waiting on it"])
  func questionStillOpen(line: String) throws {
    let result = try review(["6", "fine", "keep it as it is", "in 2 weeks", line])
    #expect(result.state.value("question_outcome") == .choice("open"))
    #expect(result.state.value("question_answer") == nil)
    #expect(result.said.contains("OK. It stays on their list."))
  }
}
