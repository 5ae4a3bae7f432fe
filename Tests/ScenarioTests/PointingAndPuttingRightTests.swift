import CarePlan
import Dialogue
import Testing

/// What an older person who reads little still hit in the default conversation: choosing a
/// suggested goal by where it sits, words given to yes/no questions, the step read back, and
/// one item of a list put right. Each test failed before its fix.
@Suite("Pointing, content for yes/no, read-backs and list corrections")
struct PointingAndPuttingRightTests {
  /// Up to the goal, with what matters, the one thing and the harder day given, so "dunno"
  /// to the goal offers three suggestions and leaving it out.
  static func atGoalWithThreeSuggestions() -> CarePlanningRun {
    var run = CarePlanningRun()
    run.skip(until: "hard_day")
    run.say(["sore feet", "darts at the club"])
    run.skip(until: "one_thing")
    run.say("me feet")
    run.skip(until: "goal_text")
    run.say("dunno")
    #expect(run.last.text.contains("3. Have fewer days when this gets in the way: sore feet"))
    #expect(run.last.text.contains("4. Leave this out for now"))
    return run
  }

  @Test(
    "a suggested goal is chosen by position, and said back",
    arguments: [
      ("the middle one", "Get help with my feet"),
      ("the first one", "Get back to darts at the club"),
      ("2", "Get help with my feet"),
      ("number 3", "Have fewer days when this gets in the way: sore feet"),
    ])
  func suggestionByPosition(line: String, goal: String) {
    var run = Self.atGoalWithThreeSuggestions()
    run.say(line)
    #expect(run.state.value("goal_text") == .text(goal))
    #expect(run.last.text.contains("You picked: \(goal)."))
  }

  @Test("asking what the suggestions mean keeps them, so a number still picks one")
  func suggestionsStayAfterAQuestion() {
    var run = Self.atGoalWithThreeSuggestions()
    run.say("wat do u mean")
    #expect(run.state.value("goal_text") == nil)
    #expect(run.last.text.contains("1. Get back to darts at the club"))
    run.say("the middle one")
    #expect(run.state.value("goal_text") == .text("Get help with my feet"))
  }

  @Test("'yeh' to the suggestions asks which one, and stores no goal")
  func yesPicksNoSuggestion() {
    var run = Self.atGoalWithThreeSuggestions()
    run.say("yeh")
    #expect(run.state.value("goal_text") == nil)
    #expect(run.last.text.contains("Please pick just one."))
    run.say("1")
    #expect(run.state.value("goal_text") == .text("Get back to darts at the club"))
  }

  // MARK: Content in place of yes or no

  @Test("words to 'did you get a letter?' mean yes, and are what to explain")
  func letterWithContent() {
    var run = CarePlanningRun()
    run.skip(until: "results_letter")
    run.say("got one about me kidneys")
    #expect(run.state.value("results_letter") == .yesNo(true))
    #expect(run.state.value("results_explain") == .list(["got one about me kidneys"]))
    #expect(run.last.text.contains("I've written that down for results to explain"))
    #expect(run.current == "want_to_know")
  }

  @Test("'yes, the kidney one' keeps its words; 'no, not this time' is a plain no")
  func yesWithContent() {
    var run = CarePlanningRun()
    run.skip(until: "results_letter")
    run.say("yes, the kidney one")
    #expect(run.state.value("results_explain") == .list(["the kidney one"]))
    var plain = CarePlanningRun()
    plain.skip(until: "results_letter")
    plain.say("no thanks")
    #expect(plain.state.value("results_letter") == .yesNo(false))
    #expect(plain.state.value("results_explain") == nil)
  }

  @Test("words to 'make the step smaller?' are the smaller step")
  func smallerWithContent() {
    var run = CarePlanningRun.atConfidence()
    run.say(["3", "the rain", "a brolly"])
    #expect(run.current == "make_smaller")
    run.say("yes walk to the corner instead")
    #expect(run.state.value("make_smaller") == .yesNo(true))
    #expect(run.state.value("smaller_step") == .text("walk to the corner instead"))
    #expect(run.current == "smaller_check")
  }

  @Test("'yes, sort me sleep' to 'another goal?' is the next goal, not asked again")
  func anotherGoalWithContent() {
    var run = CarePlanningRun.atConfidence()
    run.say(["8", "my son", "in 2 weeks"])
    #expect(run.current == "another_goal")
    run.say("yes i'd like to sort me sleep")
    #expect(run.state.answers[AnswerKey("goal_text", round: 1)]?.value == .text("sort me sleep"))
    #expect(run.current == "goal_measure")
    #expect(run.last.text.contains("I've written that down for goal: sort me sleep."))
  }

  @Test("'no ta' to 'is there anything else?' is nothing, and 'yes' asks what")
  func yesOrNoToAQuestionInWords() {
    var run = CarePlanningRun()
    run.skip(until: "want_to_know")
    run.say("no ta")
    #expect(run.state.value("want_to_know") == .skipped(.skipped))
    #expect(run.current == "care_helps")
    run.say("the nurse")
    run.say("yes")
    #expect(run.current == "care_hard")
    #expect(run.last.text.contains("Go on. Please type it in your own words."))
    run.say("yes, remembering all them tablets")
    #expect(run.state.value("care_hard") == .text("remembering all them tablets"))
  }

  @Test("words in place of yes at 'to fix something' name the answer to change")
  func fixInWords() {
    var run = CarePlanningRun.atConfidence()
    run.say(["8", "my son", "in 2 weeks", "no"])
    run.skip(until: "ready")
    run.say(["no", "the start date"])
    #expect(run.current == "step_start_date")
    #expect(run.last.text.contains("Your answer was:"))
  }

  // MARK: The step read back

  @Test("a step that names a thing, not a doing, is not praised: the person names one")
  func thingIsNoAction() {
    var run = AnswersAsPeopleGiveThemTests.atGoal()
    run.say([
      "walk more", "skip", "no", "maybe a stick", "skip", "skip", "skip", "skip", "tomorrow",
    ])
    #expect(run.current == "step_what")
    #expect(!run.all.text.contains("I will maybe"))
    #expect(run.last.text.contains("You said: maybe a stick."))
    run.say("walk to the shop with me stick")
    #expect(run.last.text.contains("I will walk to the shop with me stick, starting"))
  }

  @Test("capitals that only started an answer go, and parts join as a sentence")
  func capitalsAndJoins() {
    var run = AnswersAsPeopleGiveThemTests.atGoal()
    run.say([
      "walk more", "skip", "no", "Maybe Walk to the shop.", "Ten minutes", "Morning", "Tesco",
      "Every day", "tomorrow",
    ])
    #expect(
      run.last.text.contains(
        "I will walk to the shop for ten minutes in the morning at Tesco, every day, starting"))
    #expect(!run.last.text.contains("I will Walk"))
    #expect(!run.last.text.contains("Every day"))
  }

  @Test("an amount of a thing is a step with 'have'; a number alone is not a step")
  func haveAndNumbers() {
    var run = AnswersAsPeopleGiveThemTests.atGoal()
    run.say(["sleep better", "skip", "no", "no screens after ten", "skip", "bedtime", "skip"])
    run.say(["every night", "tomorrow"])
    #expect(run.last.text.contains("I will have no screens after ten at bedtime, every night"))
    var number = AnswersAsPeopleGiveThemTests.atGoal()
    number.say(["walk more", "skip", "no", "5 minutes", "skip", "skip", "skip", "skip"])
    number.say("tomorrow")
    #expect(number.current == "step_what")
    #expect(number.last.text.contains("You said: 5 minutes."))
  }

  @Test("'no. take a stick and walk to the shop' at the read-back replaces the step")
  func noThenTheRightVersion() {
    var run = AnswersAsPeopleGiveThemTests.atGoal()
    run.say(["walk more", "skip", "no", "walk", "20 minutes", "after breakfast", "outside"])
    run.say(["every day", "tomorrow"])
    #expect(run.current == "step_check")
    run.say("no. take a stick and walk to the shop")
    #expect(run.state.value("step_what") == .text("take a stick and walk to the shop"))
    #expect(run.current == "step_check")
    #expect(run.last.text.contains("I've changed your step."))
    #expect(
      run.last.text.contains(
        "I will take a stick and walk to the shop for 20 minutes after breakfast outside, every"))
    // "no, the time is wrong" says which part, not what it should be: it is a no.
    var part = AnswersAsPeopleGiveThemTests.atGoal()
    part.say(["walk more", "skip", "no", "walk", "20 minutes", "after breakfast", "outside"])
    part.say(["every day", "tomorrow", "no, the time is wrong"])
    #expect(part.state.value("step_check") == .yesNo(false))
    #expect(part.current == "step_fix")
  }

  // MARK: One item of a list put right

  @Test("'no i ment my knees' replaces the item it corrects and says the whole list back")
  func listItemCorrection() {
    var run = CarePlanningRun()
    run.skip(until: "conditions")
    run.say(["sugar, me feet", "no i ment my knees"])
    #expect(run.last.text.contains("I've changed me feet to my knees."))
    #expect(run.last.text.contains("sugar and my knees"))
    run.say("done")
    #expect(run.state.value("conditions") == .list(["sugar", "my knees"]))
  }

  @Test("when it is not clear which item is meant, the person is asked")
  func listItemCorrectionAsks() {
    var run = CarePlanningRun()
    run.skip(until: "conditions")
    run.say(["sugar, breathing", "no i meant arthritis"])
    #expect(run.last.text.contains("Which one should I change to arthritis?"))
    run.say("the first one")
    run.say("done")
    #expect(run.state.value("conditions") == .list(["arthritis", "breathing"]))
  }
}

@Suite("A no that belongs to the words")
struct NoThatBelongsToTheWordsTests {
  @Test("'no repeat prescriptions on time' to a question asked as yes or no is kept whole")
  func negatedThingIsTheAnswer() {
    var run = CarePlanningRun()
    run.skip(until: "care_hard")
    run.say("no repeat prescriptions on time")
    #expect(run.state.value("care_hard") == .text("no repeat prescriptions on time"))
    #expect(run.current != "care_hard")
  }
}

@Suite("A no at the read-back that says what is wrong")
struct NoWithAReasonAtTheReadBackTests {
  @Test(
    "a reason opens the parts to change, and every part is kept",
    arguments: ["no, it says every day twice", "not really its all jumbled up"])
  func reasonOpensTheParts(line: String) {
    var run = CarePlanningRun()
    run.skip(until: "goal_text")
    run.say([
      "walk to the shops", "I can get my own shopping", "no", "walk to the post box", "once",
      "after lunch", "our street", "three times a week", "tomorrow",
    ])
    run.say(line)
    #expect(run.state.value("step_what") == .text("walk to the post box"))
    #expect(run.state.value("step_how_often") == .text("three times a week"))
    #expect(!run.last.text.contains("I've changed your step"))
    #expect(run.last.text.contains("Which part would you like to change?"))
  }
}

@Suite("Answers set aside that are the person's own")
struct AnswersSetAsideTests {
  @Test("a yes or no to a step read back is not shown as something they said; other answers are")
  func readBackReplyIsNotKeptAside() {
    let engine = CarePlanningRun.engine
    #expect(!engine.keepsAside(AnswerKey("step_check")))
    #expect(!engine.keepsAside(AnswerKey("step_check", round: 1)))
    #expect(engine.keepsAside(AnswerKey("step_what")))
    #expect(engine.keepsAside(AnswerKey("a_question_no_longer_asked")))
  }
}

@Suite("Words to 'did you get a letter?' that name nothing to explain")
struct LetterRemarkTests {
  @Test(
    "a remark with the yes is the yes alone, and the next question asks what to explain",
    arguments: [
      "yeh the wife has it", "yes theres one on the fridge somewhere", "got one off the doctor",
    ])
  func remarkIsAPlainYes(line: String) {
    var run = CarePlanningRun()
    run.skip(until: "results_letter")
    run.say(line)
    #expect(run.state.value("results_letter") == .yesNo(true))
    #expect(run.state.value("results_explain") == nil)
    #expect(run.current == "results_explain")
  }

  @Test("a yes that names a term still keeps it as the thing to explain")
  func termIsKept() {
    var run = CarePlanningRun()
    run.skip(until: "results_letter")
    run.say("yeh got one about me kidneys")
    #expect(run.state.value("results_explain") != nil)
  }
}

@Suite("An answer said again")
struct SaidAgainTests {
  @Test(
    "'i said a bit' is the answer 'a bit', with the line kept as typed",
    arguments: [
      ("i said a bit", "a bit"), ("like i said, ten minutes", "ten minutes"),
      ("I told u 2 laps", "2 laps"),
    ])
  func saidAgain(line: String, kept: String) {
    var run = CarePlanningRun()
    run.skip(until: "goal_text")
    run.say(["walk to the shops", "I can get my own shopping", "no", "walk to the post box"])
    #expect(run.current == "step_how_much")
    run.say(line)
    #expect(run.state.value("step_how_much") == .text(kept))
    #expect(run.state.answers[AnswerKey("step_how_much")]?.words == line)
  }
}
