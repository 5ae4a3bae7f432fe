import CarePlan
import Dialogue
import Testing

/// The bugs seen when people answered in their own way, each through the default script.
@Suite("Answers as people give them")
struct AnswersAsPeopleGiveThemTests {
  static func atGoal() -> CarePlanningRun {
    var run = CarePlanningRun()
    run.skip(until: "goal_text")
    return run
  }

  @Test("an idea typed to 'would you like some ideas?' is the person's step, not asked again")
  func ideaInPlaceOfYesNo() {
    var run = Self.atGoal()
    run.say(["walk more", "I can get to the shop", "gentle knee exercises"])
    #expect(run.state.value("want_ideas") == .yesNo(false))
    #expect(run.state.value("step_what") == .text("gentle knee exercises"))
    #expect(run.current == "step_how_much")
    #expect(run.all.text.contains("I'll use your own idea as your step: gentle knee exercises."))
  }

  @Test("a single unclear word to a yes/no question is asked again, not taken as content")
  func unclearWordIsNotContent() {
    var run = Self.atGoal()
    run.say(["walk more", "I can get to the shop", "maybe"])
    #expect(run.current == "want_ideas")
    #expect(run.state.value("step_what") == nil)
  }

  @Test("the step is read back as one sentence, trimmed, with non-answers left out")
  func oneSentence() {
    var run = Self.atGoal()
    run.say([
      "walk more", "skip", "no", "Rest.", "an hour's rest...", "about 3pm", "home",
      "every Thursday", "10 December",
    ])
    #expect(run.current == "step_check")
    #expect(
      run.last.text.contains(
        "I will rest an hour's rest at about 3pm at home, every Thursday, starting Thursday "
          + "10 December."))
  }

  @Test("a step with no real action is not praised: the person is asked for one")
  func noAction() {
    var run = Self.atGoal()
    // "wat" asks what the question means and is never kept; "ok" is kept but names no action.
    run.say(["walk more", "skip", "no", "wat", "ok", "skip", "skip", "skip", "skip", "tomorrow"])
    #expect(run.current == "step_what")
    #expect(!run.all.text.contains("That is a clear plan"))
    #expect(run.last.text.contains("let's name one thing you will do"))
    run.say("walk to the gate")
    #expect(run.current == "step_check")
    #expect(run.last.text.contains("I will walk to the gate, starting"))
  }

  @Test("a correction typed at the read-back replaces the step")
  func correctionReplaces() {
    var run = Self.atGoal()
    run.say(["walk more", "skip", "no", "rest", "an hour", "3pm", "home", "thursdays", "tomorrow"])
    run.say("No, it should say: rest for an hour at 3pm every Thursday")
    #expect(run.current == "step_check")
    #expect(run.last.text.contains("I will rest for an hour at 3pm every Thursday, starting"))
    run.say("yes")
    #expect(run.plan.goals[0].actions[0].what == "rest for an hour at 3pm every Thursday")
    #expect(run.plan.goals[0].actions[0].howMuch == nil)
  }

  @Test("'dunno' to the goal offers goals from what the person said, or leaving it out")
  func dunnoGoal() {
    var run = CarePlanningRun()
    run.skip(until: "hard_day")
    run.say(["sore feet", "darts at the club"])
    run.skip(until: "goal_text")
    run.say("dunno")
    #expect(run.current == "goal_text")
    #expect(run.last.text.contains("Get back to darts at the club"))
    #expect(run.last.text.contains("Have fewer days when this gets in the way: sore feet"))
    run.say("the first one")
    #expect(run.state.value("goal_text") == .text("Get back to darts at the club"))
  }

  @Test("leaving the suggested goal out leaves its step out too")
  func leaveGoalOut() {
    var run = CarePlanningRun()
    run.skip(until: "what_matters")
    run.say("darts at the club")
    run.skip(until: "goal_text")
    run.say(["dunno", "leave this out for now"])
    #expect(run.state.value("goal_text") == .skipped(.skipped))
    #expect(run.current == "ask_three")
  }

  @Test("'the first two' and 'all three' choose questions to take; '2 tablets' is no choice")
  func multiByAmount() {
    var run = CarePlanningRun()
    run.skip(until: "ask_three")
    run.say("the first two")
    #expect(run.state.value("ask_three") == .choices(["options", "pros_cons"]))
    var again = CarePlanningRun()
    again.skip(until: "ask_three")
    again.say("all three please")
    #expect(
      again.state.value("ask_three") == .choices(["options", "pros_cons", "decision_support"]))
    var choice = CarePlanningRun()
    choice.say("2 tablets")
    #expect(choice.state.value("setting") == nil)
  }
}
