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
    let run = try TranscriptTests.replayReview(
      "now: 2026-12-20T10:00:00Z\nreview-of: \(plan)\n", inputs)
    return (run.previous, run.next, run.state, run.said)
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
      Self.threeGoals,
      ["6", "muddy", "change it", "walk six holes", "keep it", "Same as before", "skip"])
    let changed = try #require(result.next.goals.last)
    #expect(changed.text == "walk six holes")
    #expect(changed.actions == result.previous.goals[0].actions)
    #expect(changed.actions.first?.howMuch == "one lap")
    #expect(changed.actions.first?.where == "round the park")
    #expect(changed.actions.first?.startDate == "2026-11-23")
    #expect(!changed.actions.contains { $0.what.lowercased().contains("same") })
  }

  @Test(
    "a review of an agreed plan is the person's own again, says when it was agreed, and asks about the professional's actions"
  )
  func reviewOfAnAgreedPlan() throws {
    let agreed = "agree-1-with-the-nurse.plan.json"
    let kept = try review(agreed, ["7", "fine", "keep it as it is", "not yet", "2", "skip"])
    #expect(kept.previous.agreement != nil)
    #expect(kept.next.agreement == nil)
    #expect(kept.next.earlierAgreements == [try #require(kept.previous.agreement)])
    #expect(
      kept.said.contains(
        "It was agreed: Sam Patel, practice nurse, will refer you to physio\nHas that been done?"))
    // A kept goal keeps what the nurse said she would do, when it is still to do.
    #expect(kept.next.goals[0].actions.filter { $0.by != nil }.count == 2)
    let shown = PlanText.render(kept.next, width: 200, footer: PlanFooter(help: []))
    #expect(shown.contains("Last agreed with Sam Patel, practice nurse, on"))
    let changed = try review(
      agreed,
      [
        "6", "muddy", "change it", "walk Bess round the field", "keep it", "Same as before", "done",
        "drop it", "skip",
      ])
    let next = try #require(changed.next.goals.last)
    #expect(next.text == "walk Bess round the field")
    // Done stays, marked done; dropped goes; neither is still to do.
    #expect(next.professionalActionsToDo.isEmpty)
    #expect(next.professionalActions.map(\.what) == ["refer me to physio"])
    #expect(next.professionalActions.first?.done == true)
    #expect(next.earlierSteps == nil)
    #expect(!next.actions.isEmpty)
    let carried = try review(
      agreed,
      [
        "6", "muddy", "change it", "walk Bess round the field", "keep it", "Same as before",
        "not yet",
        "still to do", "skip",
      ])
    #expect(
      carried.next.goals.last?.professionalActions.map(\.what) == [
        "refer me to physio", "check my hip",
      ])
    // "in 6 weeks" is the action's due day, carried over with it.
    #expect(carried.next.goals.last?.professionalActions.last?.due != nil)
    // The plan in short numbers the new goal as the detail does: the changed one is goal 1.
    let text = PlanText.render(changed.next, width: 200, footer: PlanFooter(help: []))
    #expect(text.contains("  - Goal 2: walk Bess round the field"))
    #expect(text.contains("My goal 2"))
  }

  @Test(
    "keep the goal, change the step: the same goal, a new step with its parts, the old one kept")
  func keepGoalChangeStep() throws {
    let agreed = "agree-1-with-the-nurse.plan.json"
    let result = try review(
      agreed,
      [
        "5", "too far", "keep the goal, a smaller step", "walk to the post box", "5 minutes",
        "after breakfast", "skip", "every day", "tomorrow", "yes", "8", "same", "not yet",
        "not yet", "skip",
      ])
    let before = result.previous.goals[0]
    let after = result.next.goals[0]
    #expect(after.id == before.id && after.text == before.text && after.status == .active)
    #expect(result.next.goals.count == result.previous.goals.count, "no new goal")
    let step = try #require(after.ownStep)
    #expect(step.what == "walk to the post box" && step.howMuch == "5 minutes")
    #expect(step.when == "after breakfast" && step.howOften == "every day")
    // Where was skipped: it is the old step's, as the read-back said.
    #expect(step.where == before.ownStep?.where)
    #expect(after.earlierSteps?.last == before.ownStep)
    #expect(after.confidence == 8)
    // The nurse's actions carry on, still to do; who could help is kept with "same".
    #expect(after.professionalActions == before.professionalActions)
    #expect(after.support == before.support)
    #expect(result.said.contains("Last time you said this could help: Ken will come with me"))
    #expect(!result.said.contains("What would you like the goal to be now?"))
  }

  @Test("new topics with the one thing skipped keep the one thing; who could help carries over")
  func oneThingAndHelpersCarryOver() throws {
    let walk = "people-1-walk-the-dog.plan.json"
    let result = try review(
      walk,
      [
        "9", "good", "keep", "skip", "skip", "skip", "skip", "skip", "skip", "my sleep", "done",
        "skip",
      ])
    let before = try #require(result.previous.priorities.first { $0.oneThing })
    #expect(result.said.contains("If the next appointment could focus on one thing"))
    #expect(result.next.priorities.first?.text == before.text)
    #expect(result.next.priorities.first?.oneThing == true)
    #expect(result.next.priorities.contains { $0.text == "my sleep" })
    #expect(result.next.goals[0].support == result.previous.goals[0].support)
    #expect(!result.next.goals[0].support.isEmpty)
  }

  @Test("the plan's review day is offered to keep: keep, same or yes keep it; none asks for one")
  func reviewDayKept() throws {
    /// Every goal dropped, every question skipped, nothing new: then the review day.
    func toTheEnd(_ name: String) throws -> [String] {
      let plan = try review(name, []).previous
      return Array(
        repeating: ["6", "ok", "drop"], count: PlanReviewer.goalsToReview(in: plan).count
      )
      .flatMap { $0 }
        + Array(repeating: "skip", count: PlanReviewer.questionsToReview(in: plan).count)
        + ["skip", "skip", "skip", "skip"]
    }
    // Agreed with the nurse to look again on 25 January 2027, still to come on 20 December.
    let agreed = "agree-1-with-the-nurse.plan.json"
    for word in ["keep", "same", "yes", "1", "keep it"] {
      let kept = try review(agreed, try toTheEnd(agreed) + [word])
      #expect(
        kept.said.contains(
          "Your plan says to check in on Monday 25 January 2027.\n"
            + "Do you want to keep that day, or pick a new one?"))
      #expect(kept.said.contains("Good. You will look at it again on Monday 25 January 2027."))
      #expect(kept.next.reviewDate == "2027-01-25", "\(word)")
    }
    // Six weeks on is a Sunday: asked about once, kept with a yes.
    let moved = try review(agreed, try toTheEnd(agreed) + ["new", "in 6 weeks", "yes"])
    #expect(moved.said.contains("Sunday 31 January 2027 is a weekend day."))
    #expect(moved.next.reviewDate == "2027-01-31")
    // No day in the plan: asked for, with examples, and skip allowed.
    let none = try review(Self.threeGoals, try toTheEnd(Self.threeGoals))
    #expect(none.previous.reviewDate == nil)
    #expect(!none.said.contains("Do you want to keep that day"))
    #expect(
      none.said.contains(
        "When would you like to look at your plan again? If you are not sure yet, say skip.\n"
          + "(For example: tomorrow, next Tuesday, or in 2 weeks.)"))
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
