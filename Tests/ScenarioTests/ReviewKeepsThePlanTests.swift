import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// The default review, run over a person's first plan: each thing a review used to lose or
/// get wrong, one test each.
@Suite("A review keeps the plan")
struct ReviewKeepsThePlanTests {
  /// A review on 20 December 2026 of `people-N-....plan.json`, with `inputs` typed.
  func review(_ plan: String, _ inputs: [String]) throws -> (
    previous: Plan, next: Plan, state: ConversationState, said: String
  ) {
    let text =
      "now: 2026-12-20T10:00:00Z\nreview-of: \(plan)\nscript: review\n---\n"
      + inputs.map { "> \($0)\n" }.joined()
    let transcript = Transcript.parse(text)
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let previous = try #require(TranscriptTests.reviewedPlan(transcript))
    let (state, outputs) = engine.replay(transcript.events)
    let next = TranscriptTests.reviewPlan(
      previous, engine, state, at: transcript.events.last?.at ?? transcript.start)
    let said = outputs.flatMap(Transcript.lines(for:)).joined(separator: "\n")
    return (previous, next, state, said)
  }

  static let sugars = "people-2-sugars.plan.json"
  static let threeGoals = "people-7-three-goals.plan.json"

  @Test("keep: the step carries over whole, and is not asked for again")
  func keepCarriesTheStep() throws {
    let result = try review(Self.sugars, ["7", "fine", "keep it as it is", "yes", "skip"])
    #expect(result.next.goals[0].actions == result.previous.goals[0].actions)
    #expect(result.next.goals[0].confidence == result.previous.goals[0].confidence)
    #expect(!result.said.contains("What is one small step"))
    #expect(result.said.contains("When would you like to check how this goal is going?"))
  }

  @Test("change: \"same as before\" keeps the old step with every part, not the words")
  func sameAsBeforeKeepsTheStep() throws {
    let result = try review(
      Self.threeGoals, ["6", "muddy", "change it", "walk six holes", "Same as before", "skip"])
    let changed = try #require(result.next.goals.last)
    #expect(changed.text == "walk six holes")
    #expect(changed.actions == result.previous.goals[0].actions)
    #expect(changed.actions.first?.howMuch == "one lap")
    #expect(changed.actions.first?.where == "the park")
    #expect(changed.actions.first?.startDate == "2026-11-23")
    #expect(!changed.actions.contains { $0.what.lowercased().contains("same") })
  }

  @Test(
    "a review of an agreed plan is the person's own again; a changed goal leaves the professional's actions"
  )
  func reviewOfAnAgreedPlan() throws {
    let agreed = "agree-1-with-the-nurse.plan.json"
    let kept = try review(agreed, ["7", "fine", "keep it as it is", "yes", "skip"])
    #expect(kept.previous.agreement != nil)
    #expect(kept.next.agreement == nil)
    // A kept goal keeps what the nurse said she would do.
    #expect(kept.next.goals[0].actions.filter { $0.by != nil }.count == 2)
    let changed = try review(
      agreed, ["6", "muddy", "change it", "walk Bess round the field", "Same as before", "skip"])
    let next = try #require(changed.next.goals.last)
    #expect(next.text == "walk Bess round the field")
    #expect(next.actions.allSatisfy { $0.by == nil })
    #expect(!next.actions.isEmpty)
    // The plan in short numbers the new goal as the detail does: the changed one is goal 1.
    let text = PlanText.render(changed.next, width: 200, footer: PlanFooter(help: []))
    #expect(text.contains("  - Goal 2: walk Bess round the field"))
    #expect(text.contains("My goal 2"))
  }

  @Test("a check-in date gone by is asked again, and left out when none is given")
  func pastDateAskedAgain() throws {
    // Walk nine holes was to be checked on 13 December: before this review.
    let result = try review(Self.threeGoals, ["6", "ok", "keep", "skip"])
    #expect(result.previous.goals[0].reviewDate == "2026-12-13")
    #expect(result.next.goals[0].reviewDate == nil)
    let kept = try review(
      Self.threeGoals, ["6", "ok", "keep", "skip", "8", "ok", "keep", "skip"])
    #expect(kept.next.goals[1].reviewDate == "2026-12-22", "a day still ahead is kept")
  }

  @Test("what gets in the way is asked about; no puts the new answers in its place")
  func barriersAskedAbout() throws {
    let same = try review(Self.sugars, ["7", "fine", "keep", "yes"])
    #expect(same.said.contains("Last time you said this might get in the way: I forget"))
    #expect(same.next.goals[0].barriers == same.previous.goals[0].barriers)
    let changed = try review(
      Self.sugars, ["7", "fine", "keep", "no", "my new job", "set an alarm"])
    #expect(changed.next.goals[0].barriers == ["my new job"])
    #expect(changed.next.goals[0].solutions == ["set an alarm"])
  }

  @Test("the new plan is shown and asked about; only yes finishes the review")
  func checkedBeforeSaving() throws {
    let inputs =
      ["7", "fine", "keep", "yes", "skip"] + Array(repeating: "2", count: 9)
      + ["skip", "skip", "sleep, sugars", "done", "sugars", "skip", "skip"]
    let asked = try review(Self.sugars, inputs)
    #expect(asked.said.contains("Here is your new plan."))
    #expect(asked.said.hasSuffix("Is this right?\n(Please say yes or no.)"))
    #expect(!asked.state.finished)
    let fixing = try review(Self.sugars, inputs + ["no"])
    #expect(!fixing.state.finished)
    let shownAgain = try review(
      Self.sugars, inputs + ["no", "change the one thing", "sleep", "yes"])
    #expect(!shownAgain.state.finished, "the plan is shown again and asked about again")
    #expect(shownAgain.said.components(separatedBy: "Here is your new plan.").count == 3)
    #expect(shownAgain.next.priorities.first?.text == "sleep")
    let done = try review(
      Self.sugars, inputs + ["no", "change the one thing", "sleep", "yes", "yes"])
    #expect(done.state.finished)
  }

  @Test("news about care goes with the questions, not under what matters")
  func newsIsKeptApart() throws {
    let result = try review(
      Self.threeGoals,
      [
        "6", "ok", "drop", "5", "ok", "drop", "5", "ok", "drop",
        "My levothyroxine dose was put up in December", "skip",
      ])
    #expect(result.next.whatMatters == result.previous.whatMatters)
    let news = try #require(result.next.careNews?.first)
    #expect(news.text == "My levothyroxine dose was put up in December")
    #expect(news.domains.contains("medicines"))
  }

  @Test("\"no\" and \"nothing\" to what is new are not kept as news or as what matters")
  func noIsNotNews() throws {
    let result = try review(
      Self.threeGoals,
      ["6", "ok", "drop", "5", "ok", "drop", "5", "ok", "drop", "no", "nothing"])
    #expect(result.next.careNews == nil)
    #expect(result.next.whatMatters == result.previous.whatMatters)
    #expect(!result.said.contains("That is useful for your questions"))
  }

  @Test("last time's questions: answered in the person's words, still to ask, or dropped")
  func questionsGoneThrough() throws {
    let result = try review(
      "people-1-walk-the-dog.plan.json",
      ["9", "good", "done it", "yes", "a few months, the physio said", "drop it", "not yet"])
    let needs = result.next.informationNeeds
    #expect(
      needs.map(\.question) == [
        "how long will the hip pain last",
        "How do I get support to help me make a decision that is right for me?",
      ])
    #expect(needs[0].answer == "a few months, the physio said")
    #expect(needs[1].answer == nil)
    let lines = PlanChanges.lines(from: result.previous, to: result.next)
    #expect(lines.contains { $0.hasPrefix("Question answered: how long will the hip pain last") })
    #expect(lines.contains("Question taken off the list: What are my options? (was on the list)"))
  }

  @Test("the changes say what each part was, and never \"was no date\" for a date there was")
  func changesSayWhatWas() throws {
    let result = try review(
      Self.threeGoals, ["6", "ok", "keep", "next friday", "8", "ok", "drop"])
    let lines = PlanChanges.lines(from: result.previous, to: result.next)
    #expect(lines.contains("  Check in: Friday 25 December 2026 (was Sunday 13 December 2026)"))
    for line in lines
    where line.contains(": ") && !line.hasPrefix("Goal: ")
      && !line.contains("How it went") && !line.hasPrefix("New ")
    {
      #expect(line.contains("(was "), "\(line)")
    }
    #expect(!lines.contains { $0.contains("(was no date)") })
  }
}
