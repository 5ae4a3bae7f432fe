import CarePlan
import TestSupport
import Testing

@testable import Dialogue

/// What Maureen (71, one finger, text-speak) hit at her step on the run after her last: a day
/// put right that changed the wrong part, "nex week" that started a Thursday step on a Monday,
/// a time taken for how sure, two numbers joined by "an", a question put again word for word,
/// her ways of saying yes, and "cupla minits" said back as "couple minutes". Each test failed
/// before its fix. The day of the tests is Sunday 22 November 2026.
@Suite("Maureen's step: days, times, numbers and yes")
struct MaureenStepDaysTests {
  /// A conversation at the step read-back of "walk to the gate", with each part as given.
  static func atReadBack(
    howMuch: String = "cupla minits", when: String = "thursdy nite",
    howOften: String = "just the once", start: String = "nex week", easier: Bool = false
  ) -> CarePlanningRun {
    var run = CarePlanningRun()
    if easier { run.say("easier please") }
    run.skip(until: "goal_text")
    run.say("walk to the shops")
    run.skip(until: "step_what")
    run.say("walk to the gate")
    let answers = [
      "step_how_much": howMuch, "step_when": when, "step_how_often": howOften,
      "step_start_date": start,
    ]
    for _ in 0..<8 where run.current != "step_check" {
      run.say(run.current.flatMap { answers[$0] } ?? "skip")
    }
    #expect(run.current == "step_check")
    return run
  }

  static func day(_ iso: String) -> AnswerValue { .date(Day(iso: iso)!) }

  @Test(
    "a day named at the read-back goes where the step holds a day, and is said back",
    arguments: ["no its tuesdays", "no tuesdy nite not thursdy", "its tuesday"])
  func dayPutRight(line: String) {
    var run = Self.atReadBack()
    run.say(line)
    #expect(run.state.value("step_when") == .text("tuesday nite"))
    #expect(run.state.value("step_how_often") == .text("just the once"))
    #expect(run.state.value("step_start_date") == Self.day("2026-11-24"))
    #expect(run.last.text.contains("I've changed when to: Tuesday night."))
    #expect(run.last.text.contains("I've changed start date to: Tuesday 24 November 2026."))
    #expect(
      run.last.text.contains("on Tuesday night, just the once, starting Tuesday 24 November."))
    #expect(run.current == "step_check")
  }

  @Test("a day in how often is put right there, the time of day left as it is")
  func dayInHowOften() {
    var run = Self.atReadBack(when: "after tea", howOften: "thursdays")
    run.say("no its tuesdays")
    #expect(run.state.value("step_how_often") == .text("tuesdays"))
    #expect(run.state.value("step_when") == .text("after tea"))
    #expect(run.state.value("step_start_date") == Self.day("2026-11-24"))
  }

  @Test("the same day said again is told it is kept, and nothing changes")
  func sameDayAgain() {
    var run = Self.atReadBack()
    run.say("no its tuesdays")
    run.say("no tuesdy nite not thursdy")
    #expect(run.last.text.contains("Yes, you told me. I have when as: Tuesday night."))
    #expect(run.state.value("step_when") == .text("tuesday nite"))
    #expect(run.current == "step_check")
  }

  @Test(
    "'nex week' for a step on a named day starts on that day next week",
    arguments: [
      ("thursdy nite", "just the once", "2026-11-26", "Thursday 26 November 2026"),
      ("after tea", "tuesdays", "2026-11-24", "Tuesday 24 November 2026"),
      ("after tea", "mondays and fridays", "2026-11-23", "Monday 23 November 2026"),
      ("after tea", "every day", "2026-11-23", "Monday 23 November 2026"),
    ])
  func nextWeekOnTheStepDay(when: String, howOften: String, iso: String, said: String) {
    let run = Self.atReadBack(when: when, howOften: howOften)
    #expect(run.state.value("step_start_date") == Self.day(iso))
    #expect(run.all.text.contains("You will start on \(said)."))
  }

  @Test(
    "a time at how sure is not a point on the scale: asked again plainly",
    arguments: ["in 2 weeks", "in a cupla weeks", "2 weeks", "nex week"])
  func timeAtHowSure(line: String) {
    var run = CarePlanningRun.atConfidence()
    run.say(line)
    #expect(run.state.value("confidence") == nil)
    #expect(run.current == "confidence")
    #expect(run.last.text.contains("That sounds like a day or a time."))
    #expect(run.last.text.contains("Pick a number from 0 to 10"))
    run.say("7")
    #expect(run.state.value("confidence") == .number(7))
  }

  @Test(
    "a number said with days that are not a time is still a point on the scale",
    arguments: ["7, most days", "5", "about 6"])
  func numberWithDays(line: String) {
    #expect(!AnswerInterpreter.saysATime(line, today: Day(iso: "2026-11-22")!))
  }

  @Test(
    "two numbers joined as she joins them pick both",
    arguments: ["1 an 2", "1 2", "1 and 2", "1 n 2", "1 & 2"])
  func twoNumbers(line: String) {
    var run = CarePlanningRun()
    run.skip(until: "ask_three")
    run.say(line)
    #expect(run.state.value("ask_three") == .choices(["options", "pros_cons"]))
  }

  @Test("'wat u mean' the easier way puts the question another way, never word for word")
  func clarifyTheEasierWay() {
    var run = CarePlanningRun()
    run.say("easier please")
    run.skip(until: "goal_text")
    run.say("walk to the shops")
    run.skip(until: "step_what")
    // The easier way offers small steps by number; one picked with her words is not offered
    // again in two versions, so its parts are asked one by one.
    run.say("1 but only to the gate")
    let answers = ["step_how_much": "cupla minits", "step_when": "thursdy nite"]
    for _ in 0..<6 where run.current != "step_how_often" {
      run.say(run.current.flatMap { answers[$0] } ?? "skip")
    }
    #expect(run.current == "step_how_often")
    #expect(run.last.text.split(separator: "\n").contains("For example: every day"))
    run.say("wat u mean")
    #expect(run.current == "step_how_often")
    #expect(!run.last.text.split(separator: "\n").contains("For example: every day"))
    #expect(run.last.text.contains("every day, or three times a week"))
  }

  @Test("every part of a step has plainer words and an example for 'what do you mean'")
  func everyPartPutPlainly() throws {
    let script = CarePlanningRun.engine.script
    let readBacks = script.questions.filter { !$0.readBack.isEmpty }
    #expect(!readBacks.isEmpty)
    for readBack in readBacks {
      for id in readBack.readBack.values {
        let part = try #require(script.question(id))
        #expect(part.plainly(for: .person) != nil, "\(id) has no plainer words")
        #expect(part.example != nil, "\(id) has no example")
      }
    }
  }

  @Test(
    "her ways of saying yes answer the read-back",
    arguments: ["ye near enuf", "ye thats it", "ya spose", "ye"])
  func yesAtTheReadBack(line: String) {
    var run = Self.atReadBack()
    run.say(line)
    #expect(run.state.value("step_check") == .yesNo(true))
    #expect(run.state.value("step_what") == .text("walk to the gate"))
  }

  @Test(
    "her ways of saying yes answer a yes or no question", arguments: ["ye thats it", "ya spose"])
  func yesToAQuestion(line: String) {
    var run = CarePlanningRun()
    run.skip(until: "results_letter")
    run.say(line)
    #expect(run.state.value("results_letter") == .yesNo(true))
  }

  @Test(
    "'cupla minits' is said back as a couple of minutes",
    arguments: ["cupla minits", "for couple minutes", "couple of minutes", "a cupla minits"])
  func coupleOfMinutes(howMuch: String) {
    let run = Self.atReadBack(howMuch: howMuch)
    #expect(run.last.text.contains("walk to the gate for a couple of minutes on Thursday night"))
    #expect(run.state.value("step_how_much") == .text(howMuch))
  }
}
