import CarePlan
import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// The easier way through the default script: noticing that someone finds it hard, switching
/// on and off, and what changes once it is on.
@Suite("The easier way")
struct EasierWayTests {
  @Test("two questions about the question switch it on, and the question is put plainly")
  func clarifyTwice() {
    var run = CarePlanningRun()
    run.skip(until: "support")
    run.say("wat")
    #expect(!run.state.easier.isOn)
    run.say("me daughter")
    run.say("wat do u mean")
    #expect(run.state.easier.isOn)
    #expect(run.state.easier.reason == .signal(.asksWhatItMeans, count: 2))
    #expect(run.last.text.contains("Let's make this easier."))
    // The question asked about is put plainly, with its example; the good day is optional,
    // so once it is answered the easier way leaves out the next optional question.
    #expect(run.current == "good_day")
    #expect(run.last.text.contains("Think of a day that went well. What made it a good day?"))
    #expect(run.last.text.contains("For example: I went for a walk and saw my friend"))
    run.skip(until: "care_hard")
    #expect(run.state.answers[AnswerKey("care_helps")] == nil)
  }

  @Test("asked for, it comes on at once; 'normal please' turns it off and keeps it off")
  func askedForAndOff() {
    var run = CarePlanningRun()
    run.skip(until: "name")
    run.say("easier please")
    #expect(run.state.easier.isOn)
    #expect(run.state.easier.reason == .asked)
    #expect(run.current == "name")
    #expect(run.state.answers[AnswerKey("name")] == nil)
    run.say("normal please")
    #expect(!run.state.easier.isOn)
    #expect(run.current == "name")
    #expect(run.last.text.contains("What would you like me to call you?"))
    // Signs no longer switch it on by themselves once the person said no to it.
    run.say(["Sam", "wat", "wat"])
    #expect(!run.state.easier.isOn)
  }

  @Test("the scale is asked in words and kept as the words and their point")
  func scaleInWords() {
    var run = CarePlanningRun.atConfidence()
    run.say("make it simpler")
    #expect(run.last.text.contains("Not sure, a bit sure, or very sure?"))
    run.say("the middle one")
    let answer = run.state.answers[AnswerKey("confidence")]
    #expect(answer?.value == .number(5))
    #expect(answer?.inWords == "a bit sure")
    #expect(answer?.words == "the middle one")
    #expect(run.plan.goals.first?.confidenceWords == "a bit sure")
    #expect(PlanJSON.encode(run.plan).contains("\"confidenceWords\" : \"a bit sure\""))
    let fhir = FHIRBundle.make(plan: run.plan, state: run.state, engine: CarePlanningRun.engine)
    #expect(fhir.contains("How sure I am: a bit sure (5 out of 10)"))
  }

  @Test(
    "the offered words found in a longer line pick that offer; two offers pick none",
    arguments: [
      ("i told u a bit", 5.0, "a bit sure"), ("very", 9.0, "very sure"),
      ("not really sure tbh", 2.0, "not sure"),
    ])
  func scaleWordsInALine(line: String, point: Double, words: String) {
    var run = CarePlanningRun.atConfidence()
    run.say(["make it simpler", line])
    #expect(run.state.answers[AnswerKey("confidence")]?.value == .number(point))
    #expect(run.state.answers[AnswerKey("confidence")]?.inWords == words)
  }

  @Test("'not very sure' names two offers, so it is not taken as either's words")
  func twoOffersPickNone() {
    var run = CarePlanningRun.atConfidence()
    run.say(["make it simpler", "not very sure"])
    #expect(run.state.answers[AnswerKey("confidence")]?.inWords == nil)
  }

  @Test("a number still answers a scale asked in words")
  func numberStillWorks() {
    var run = CarePlanningRun.atConfidence()
    run.say(["make it simpler", "8"])
    #expect(run.state.answers[AnswerKey("confidence")]?.value == .number(8))
    #expect(run.state.answers[AnswerKey("confidence")]?.inWords == nil)
  }

  @Test("a vague step is offered two concrete versions; the choice fills when and how often")
  func stepVersions() {
    var run = CarePlanningRun()
    run.skip(until: "goal_text")
    run.say(["easier please", "walk further", "no", "walk to the corner shop and back"])
    #expect(run.last.text.contains("walk to the corner shop and back, after breakfast, on Monday"))
    #expect(run.state.answers[AnswerKey("step_what")] == nil)
    run.say("the first one")
    #expect(run.state.value("step_what") == .text("walk to the corner shop and back"))
    #expect(run.state.value("step_when") == .text("after breakfast"))
    #expect(run.state.value("step_how_often") == .text("on Monday, Wednesday and Friday"))
    #expect(run.current == "step_how_much")
  }

  @Test("keeping their own words sets nothing for them")
  func keepOwnWords() {
    var run = CarePlanningRun()
    run.skip(until: "goal_text")
    run.say(["easier please", "walk further", "no", "walk to the corner shop and back", "3"])
    #expect(run.state.value("step_what") == .text("walk to the corner shop and back"))
    #expect(run.state.value("step_when") == nil)
    #expect(run.state.value("step_how_often") == nil)
  }

  @Test("a step that already says when is not offered versions")
  func concreteStep() {
    var run = CarePlanningRun()
    run.skip(until: "goal_text")
    run.say(["easier please", "walk further", "no", "walk to the shop every morning"])
    #expect(run.state.value("step_what") == .text("walk to the shop every morning"))
  }

  @Test("long pauses switch it on, from the times in the events")
  func longPauses() {
    let engine = CarePlanningRun.engine
    var state = engine.step(ConversationState(), .start(at: testNow)).state
    for (minute, line) in [(1, "just me"), (9, "Ann"), (20, "sugar")] {
      state =
        engine.step(state, .input(line, at: testNow.addingTimeInterval(Double(minute) * 60)))
        .state
    }
    #expect(state.easier.isOn)
    #expect(state.easier.reason == .signal(.longPauses, count: 2))
  }

  @Test("--easy is an event: on before the first question, and replayed the same")
  func fromTheStart() {
    let engine = CarePlanningRun.engine
    let events: [Event] = [.easier(true, at: testNow), .start(at: testNow)]
    let (state, outputs) = engine.replay(events)
    #expect(state.easier.isOn)
    #expect(state.easier.reason == .fromTheStart)
    #expect(outputs.text.contains("Are you on your own, with someone who helps you"))
  }

  @Test("the switch on and off replays exactly, with a resume in between")
  func resumeReplaysTheSwitch() throws {
    let url = TranscriptTests.folder.appendingPathComponent("people-70-wat-dunno.transcript")
    let transcript = Transcript.parse(try String(contentsOf: url, encoding: .utf8))
    let engine = CarePlanningRun.engine
    var events = transcript.events
    // The same person stops after the switch, comes back with --easy, says "normal please",
    // then "make it simpler" again.
    let cut = 9
    let later = events[cut].at.addingTimeInterval(3600)
    events.insert(contentsOf: [.easier(true, at: later), .start(at: later)], at: cut)
    let whole = engine.replay(events)
    for split in 1..<events.count {
      let first = engine.replay(Array(events[..<split]))
      var state = first.state
      var outputs = first.outputs
      for event in events[split...] {
        let result = engine.step(state, event)
        state = result.state
        outputs += result.outputs
      }
      #expect(state == whole.state)
      #expect(outputs == whole.outputs)
    }
    #expect(whole.state.easier.isOn)
    // Off again a few lines after the resume, and still off when replayed from the events.
    let offEvents =
      Array(events[..<(cut + 4)]) + [.input("normal please", at: later.addingTimeInterval(300))]
    let off = engine.replay(offEvents)
    #expect(!off.state.easier.isOn)
    #expect(off.outputs.text.contains("I'll go back to the usual questions."))
  }

  @Test("a word explained the easier way is checked; 'dunno' gets it again in other words")
  func chunkAndCheck() {
    var run = CarePlanningRun()
    run.skip(until: "results_letter")
    run.say(["easier please", "yes", "my HbA1c"])
    #expect(run.last.text.contains("HbA1c is a blood test."))
    #expect(run.last.text.hasSuffix("Any answer is fine. It helps me check I explained it well."))
    run.say("dunno")
    #expect(run.last.text.contains("Let me put it another way. It is a check of your sugar"))
    #expect(run.current == "results_explain")
    #expect(run.last.text.contains("my HbA1c"))
    // The reply is kept nowhere: the list holds only what was asked.
    run.say("done")
    #expect(run.state.value("results_explain") == .list(["my HbA1c"]))
  }

  @Test(
    "a plain no to the check gets the explanation again, as 'dunno' does",
    arguments: ["no", "nah", "not really"])
  func noToTheCheck(line: String) {
    var run = CarePlanningRun()
    run.skip(until: "results_letter")
    run.say(["easier please", "yes", "my HbA1c", line])
    #expect(run.last.text.contains("Let me put it another way."))
    #expect(!run.last.text.contains("That helps me know I explained it well."))
  }

  @Test("a question left out is asked when the person names it, and no other answer is touched")
  func leftOutQuestionAskedByName() {
    var run = CarePlanningRun()
    run.say(["make it simpler", "just me", "Ron", "sugar", "done", "the wife"])
    let before = run.state.answers
    #expect(run.state.value("good_day") == nil)
    run.say("change good day")
    #expect(run.last.text.contains("What made it a good day?"))
    run.say("darts with the lads")
    #expect(run.state.value("good_day") == .text("darts with the lads"))
    for (key, answer) in before { #expect(run.state.answers[key] == answer) }
  }

  @Test("any reply to the check is thanked, never marked")
  func checkThanks() {
    var run = CarePlanningRun()
    run.skip(until: "results_letter")
    run.say(["easier please", "yes", "my HbA1c", "my sugar over a few months"])
    #expect(run.last.text.contains("Thank you. That helps me know I explained it well."))
    #expect(!run.last.text.contains("right"))
    #expect(run.current == "results_explain")
  }

  @Test("without the easier way a word is explained and not checked")
  func noCheckUsually() {
    var run = CarePlanningRun()
    run.skip(until: "results_letter")
    run.say(["yes", "my HbA1c"])
    #expect(!run.last.text.contains("in your own words"))
  }

  @Test("switched off near the end, the questions it left out stay out")
  func offKeepsLeftOutQuestionsOut() {
    var run = CarePlanningRun()
    run.say("easier please")
    run.skip(until: "ready")
    #expect(run.state.value("good_day") == nil)
    run.say(["normal please", "yes"])
    #expect(run.state.finished)
    #expect(run.state.value("good_day") == nil)
  }

  @Test("the question asked about when it switches stays, even when optional")
  func currentQuestionStays() {
    var run = CarePlanningRun()
    run.skip(until: "good_day")
    run.say(["wat", "wat"])
    #expect(run.state.easier.isOn)
    #expect(run.current == "good_day")
    #expect(run.last.text.contains("Think of a day that went well."))
  }

  @Test("the step is offered choices from the person's own areas of life, the goal's first")
  func stepChoicesFromTheirAreas() {
    var run = CarePlanningRun()
    run.skip(until: "what_matters")
    run.say(["easier please", "seeing my friends"])
    run.skip(until: "goal_text")
    run.say(["sleep better", "no"])
    #expect(run.current == "step_what")
    #expect(run.last.text.contains("Or pick one of these, from what you have told me:"))
    #expect(run.last.text.contains("1. Go to bed at the same time"))
    #expect(run.last.text.contains("2. Call or text one person"))
    run.say("the second one")
    #expect(run.state.value("step_what") == .text("Call or text one person"))
  }

  @Test("without the easier way the step has no choices")
  func noStepChoicesUsually() {
    var run = CarePlanningRun()
    run.skip(until: "goal_text")
    run.say(["sleep better", "skip", "no"])
    #expect(run.current == "step_what")
    #expect(!run.last.text.contains("Or pick one"))
  }
}
