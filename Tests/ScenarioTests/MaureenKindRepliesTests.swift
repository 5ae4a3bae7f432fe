import CarePlan
import Dialogue
import Testing

/// What Maureen met in her third run, through the default script: goals offered from her own
/// words, kind replies to feeling low, a cleared safety check, the easier way coming on
/// mid-list, and "wats pros and cons".
@Suite("Maureen: goal ideas, kind replies, the easier switch")
struct MaureenKindRepliesTests {
  @Test("'dunno' to the goal offers plain goals from her words, without her filler")
  func dunnoGoal() {
    var run = CarePlanningRun()
    run.skip(until: "hard_day")
    run.say([
      "me knees. an its quiet in the house", "walkin to the shops an seein my freinds at church",
    ])
    run.skip(until: "one_thing")
    run.say(["me knees i spose", "me knees, the tablets, feelin low"])
    run.skip(until: "goal_text")
    run.say("dunno")
    let offered = run.last.text
    #expect(offered.contains("1. Get back to walking to the shops and seeing my friends at church"))
    #expect(offered.contains("2. Get help with my knees"))
    #expect(offered.contains("3. Get help with the tablets and feeling low"))
    #expect(!offered.contains("i spose"))
    #expect(!offered.contains("me knees"))
    run.say("2")
    #expect(run.state.value("goal_text") == .text("Get help with my knees"))
    // Her own answers keep every word she typed.
    #expect(run.state.value("one_thing") == .text("me knees i spose"))
  }

  @Test(
    "feeling low or a loss gets a short kind reply, and no notice",
    arguments: [
      "an i been low since my hubby past", "bin a bit low since my husband died",
      "i miss him", "feeling low",
    ])
  func lowAmongConditions(line: String) {
    var run = CarePlanningRun()
    run.skip(until: "conditions")
    run.say(["diabetes type 2 and me knees", line, "thats all"])
    #expect(run.all.text.contains("I'm sorry. That sounds hard. Thank you for telling me."))
    #expect(run.state.safetyFlags.isEmpty)
    #expect(!run.all.text.contains("Just to check"))
  }

  @Test("a quiet house on a harder day is met kindly; knees alone get the usual reply")
  func quietHouse() {
    var run = CarePlanningRun()
    run.skip(until: "hard_day")
    run.say("me knees. an its quiet in the house")
    #expect(run.last.text.contains("I'm sorry. That sounds lonely. Thank you for telling me."))
    #expect(run.state.safetyFlags.isEmpty)
    var other = CarePlanningRun()
    other.skip(until: "hard_day")
    other.say("me knees")
    #expect(other.last.text.contains("It helps to know what gets in the way."))
    #expect(!other.last.text.contains("sorry"))
  }

  @Test("after a safety check she cleared: a plain carry on, not 'thank you for being honest'")
  func clearedCheck() {
    var run = CarePlanningRun()
    run.skip(until: "care_hard")
    run.say(["to many tablets", "no no i mean theres to many to keep up wiv"])
    #expect(run.last.text.contains("Thanks. Let's carry on."))
    #expect(!run.last.text.contains("Thank you for being honest"))
    #expect(run.state.value("care_hard") == .text("to many tablets"))
    #expect(run.current != "care_hard")
  }

  @Test("the easier way coming on mid-list says what is kept, and the same list goes on")
  func easierMidList() {
    var run = CarePlanningRun()
    run.skip(until: "priorities")
    run.say("me knees")
    run.say("make it simpler")
    #expect(run.last.text.contains("Your list so far is kept. Let's carry on with it."))
    #expect(run.last.text.contains("So far: me knees."))
    #expect(run.current == "priorities")
    run.say(["the tablets", "done"])
    #expect(run.state.value("priorities") == .list(["me knees", "the tablets"]))
  }

  @Test(
    "asking what pros and cons are, as she typed it, explains them and asks again",
    arguments: [
      "wats pros and cons", "what is pros and cons", "whats pros and cons",
      "wat does pros and cons mean", "wats pros",
    ])
  func prosAndCons(line: String) {
    var run = CarePlanningRun()
    run.skip(until: "ask_three")
    run.say(line)
    #expect(run.last.text.contains("Pros are the good things about a choice."), "\(line)")
    #expect(run.current == "ask_three", "\(line)")
    #expect(run.state.value("ask_three") == nil, "\(line)")
  }

  @Test(
    "only the opening 'wats' is put right: a line that starts with 'wat' is no glossary question")
  func watIsNotWats() {
    let glossary = CarePlanningRun.engine.glossary
    #expect(glossary.question(in: "wat goal is that? i never said") == nil)
    #expect(glossary.question(in: "wats hba1c")?.entries.map(\.id) == ["hba1c"])
  }
}
