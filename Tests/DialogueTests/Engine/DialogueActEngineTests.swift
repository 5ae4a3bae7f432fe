import Dialogue
import Foundation
import TestSupport
import Testing

/// What the engine does with each act, over the default care-planning script: the issue's
/// failures, each as a test.
@Suite struct DialogueActEngineTests {
  static func engine() throws -> Engine {
    Engine(
      script: try #require(BuiltIn.script), lexicon: BuiltIn.lexicon, glossary: BuiltIn.glossary)
  }

  /// Answers that reach each question of the default script, in order.
  static let answers: [(question: String, line: String)] = [
    ("setting", "1"), ("name", "Sam"), ("conditions", "diabetes"), ("conditions", "done"),
    ("support", "my daughter"), ("good_day", "darts"), ("hard_day", "sore feet"),
    ("what_matters", "playing darts at the club"), ("results_letter", "no"),
    ("want_to_know", "skip"), ("care_helps", "my nurse"), ("care_hard", "nothing"),
    ("one_thing", "my feet"), ("priorities", "my feet, my tablets, money worries"),
    ("priorities", "done"), ("goal_text", "walk to the club"),
    ("goal_measure", "I could walk there without stopping"), ("want_ideas", "no"),
    ("step_what", "walk to the end of the road"), ("step_how_much", "10 minutes"),
    ("step_when", "after breakfast"), ("step_where", "outside"), ("step_how_often", "every day"),
    ("step_start_date", "monday"), ("step_check", "yes"), ("confidence", "8"),
    ("goal_support", "my son"), ("review_date", "in two weeks"), ("another_goal", "no"),
    ("ask_three", "1 and 2 and 3"), ("anything_else", "done"),
  ]

  /// The lines that answer every question before `question`.
  static func linesBefore(_ question: String) -> [String] {
    Array(answers.prefix { $0.question != question }.map(\.line))
  }

  func currentQuestion(_ state: ConversationState) -> String? { state.current?.question }

  @Test(arguments: [
    ("care_helps", "wat do u mean"), ("step_what", "wat"), ("confidence", "wat do u mean 0 to 10"),
    ("goal_text", "huh?"), ("priorities", "I don't understand"), ("want_ideas", "?"),
    ("step_start_date", "what do you mean"),
    ("one_thing", "what do you mean, like one thing for her breathing or one thing in general?"),
  ])
  func aQuestionAboutTheQuestionIsNeverStored(question: String, line: String) throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, Self.linesBefore(question) + [line])
    #expect(state.value(question) == nil)
    #expect(currentQuestion(state) == question)
    let plainly = try #require(engine.script.question(question)?.plainly)
    #expect(outputs.text.hasSuffix(plainly.source) || outputs.text.contains(plainly.source))
    #expect(outputs.text.contains("For example:"))
  }

  @Test func aQuestionAboutTheQuestionIsNotATry() throws {
    let engine = try Self.engine()
    let lines = Self.linesBefore("want_ideas") + ["maybe", "huh", "wat", "what do you mean"]
    let (state, _) = converse(engine, lines)
    #expect(state.value("want_ideas") == nil)
    #expect(currentQuestion(state) == "want_ideas")
  }

  @Test func aChangeAskedForMidLineOpensThatAnswerNotTheCurrentOne() throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(
      engine, Self.linesBefore("step_how_much") + ["I want to change my goal"])
    #expect(state.value("step_how_much") == nil)
    #expect(currentQuestion(state) == "goal_text")
    #expect(outputs.text.contains("Your answer was: walk to the club."))
    #expect(outputs.text.contains("keep"))
  }

  @Test func aChangeFindsTheAnswerByWhatItIsAbout() throws {
    let engine = try Self.engine()
    let (state, _) = converse(
      engine, Self.linesBefore("priorities") + ["can I go back to the bit about me foot"])
    // "me foot" is not the words of any answer; "my feet" was the one thing.
    #expect(currentQuestion(state) == "one_thing")
  }

  @Test(arguments: ["keep", "done", "", "leave it as it is"])
  func leavingAChangeKeepsTheOldAnswer(line: String) throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(
      engine, Self.linesBefore("step_how_much") + ["I want to change my goal", line])
    #expect(state.value("goal_text") == .text("walk to the club"))
    #expect(currentQuestion(state) == "step_how_much")
    #expect(outputs.text.contains("I've kept your answer as it was: walk to the club."))
  }

  @Test func doneInAChangedListKeepsItsItems() throws {
    let engine = try Self.engine()
    let (state, _) = converse(
      engine, Self.linesBefore("goal_text") + ["change what to talk about", "done"])
    #expect(state.value("priorities") == .list(["my feet", "my tablets", "money worries"]))
  }

  @Test func changingTheThreeQuestionsAtTheEndOpensThemAndDoneKeepsThem() throws {
    let engine = try Self.engine()
    let everything = Self.answers.map(\.line)
    let (state, outputs) = converse(
      engine, everything + ["no", "change the three questions", "done"])
    #expect(state.value("ask_three") == .choices(["options", "pros_cons", "decision_support"]))
    #expect(outputs.text.contains("Your answer was: What are my options?"))
    #expect(outputs.text.contains("I've kept your answer as it was"))
  }

  @Test func aCorrectionReplacesTheAnswerJustGivenAndSaysSo() throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(
      engine, Self.linesBefore("step_when") + ["no, I meant 20 minutes"])
    #expect(state.value("step_how_much") == .text("20 minutes"))
    #expect(currentQuestion(state) == "step_when")
    #expect(outputs.text.contains("I've changed that to: 20 minutes."))
  }

  @Test func notThisButThatCorrectsOnlyWhatWasJustSaid() throws {
    let engine = try Self.engine()
    let (corrected, _) = converse(engine, Self.linesBefore("step_where") + ["not breakfast, lunch"])
    #expect(corrected.value("step_when") == .text("lunch"))
    let (answered, _) = converse(
      engine, Self.linesBefore("step_where") + ["not the park, the garden"])
    #expect(answered.value("step_when") == .text("after breakfast"))
    #expect(answered.value("step_where") == .text("not the park, the garden"))
  }

  @Test func aCorrectionInsideAListPutsRightTheLastItem() throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(
      engine, Self.linesBefore("priorities") + ["my feet", "sorry I meant my knees", "done"])
    #expect(state.value("priorities") == .list(["my knees"]))
    #expect(outputs.text.contains("I've changed that to: my knees."))
  }

  @Test func afterTheFourthFailedTryTheQuestionIsLeftAsDontKnow() throws {
    let engine = try Self.engine()
    let tries = ["maybe", "perhaps", "hmm", "whatever"]
    let (third, thirdOutputs) = converse(engine, Self.linesBefore("want_ideas") + tries.prefix(3))
    #expect(currentQuestion(third) == "want_ideas")
    #expect(thirdOutputs.text.contains("skip, don't know, or rather not say"))
    #expect(thirdOutputs.text.contains("Or try it in simpler words:"))
    let plainly = try #require(engine.script.question("want_ideas")?.plainly)
    #expect(
      thirdOutputs.text.hasSuffix(
        plainly.source + "\nFor example: yes\n(Please say yes or no.)"))
    let (fourth, fourthOutputs) = converse(engine, Self.linesBefore("want_ideas") + tries)
    #expect(fourth.value("want_ideas") == .skipped(.dontKnow))
    #expect(currentQuestion(fourth) != "want_ideas")
    #expect(fourthOutputs.text.contains("I've put down that you don't know"))
  }

  @Test func takingAnAnswerOutIsSaidBack() throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(
      engine, Self.linesBefore("step_how_much") + ["change my goal", "skip"])
    #expect(state.value("goal_text") == .skipped(.skipped))
    #expect(outputs.text.contains("It was: walk to the club."))
  }

  @Test func aCorrectionAfterAListIsFinishedPutsRightOnlyItsLastLine() throws {
    let engine = try Self.engine()
    let (state, _) = converse(
      engine,
      Self.linesBefore("priorities") + ["my feet", "my tablets", "done", "sorry I meant money"])
    #expect(state.value("priorities") == .list(["my feet", "money"]))
  }

  @Test(arguments: ["I want to go back to work", "getting back to my allotment"])
  func goingBackToSomethingInLifeIsAnAnswer(line: String) throws {
    let engine = try Self.engine()
    let lines = Self.linesBefore("good_day") + ["work and my allotment", "sore feet", line]
    let (state, _) = converse(engine, lines)
    #expect(state.value("what_matters") == .text(line))
    #expect(state.value("good_day") == .text("work and my allotment"))
  }

  @Test func aCorrectionAtTheReadBackNeverChangesTheAnswerGivenLast() throws {
    let engine = try Self.engine()
    let (state, _) = converse(
      engine,
      Self.linesBefore("step_check") + [
        "No, it should say: rest for an hour at 3pm every Thursday"
      ])
    #expect(state.value("step_start_date") != nil)
    if case .date(let day) = state.value("step_start_date") {
      #expect(day.iso == "2026-11-23")
    }
  }

  @Test func notThisButMoreIsAnAnswerEvenWhenItNamesTheLastAnswer() throws {
    let engine = try Self.engine()
    let (state, _) = converse(
      engine,
      Self.linesBefore("good_day") + ["sleeping well", "not sleeping, tired all the time"])
    #expect(state.value("good_day") == .text("sleeping well"))
    #expect(state.value("hard_day") == .text("not sleeping, tired all the time"))
  }

  @Test func aSafetyConcernIsNeverCountedAsATry() throws {
    let engine = Engine(
      script: try #require(BuiltIn.script), lexicon: BuiltIn.lexicon, glossary: BuiltIn.glossary,
      safety: SafetyFixtures.net)
    let lines =
      Self.linesBefore("want_ideas") + [
        "maybe", "perhaps", "whatever", "I want to die", "carry on",
      ]
    let (state, outputs) = converse(engine, lines)
    #expect(outputs.text.contains(SafetyFixtures.rules.wording.afterCarryOn))
    #expect(state.value("want_ideas") == nil)
    #expect(currentQuestion(state) == "want_ideas")
    let (next, _) = converse(engine, lines + ["yes"])
    #expect(next.value("want_ideas") == .yesNo(true))
  }

  @Test func backSaysWhichAnswerItTookOut() throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, Self.linesBefore("hard_day") + ["back"])
    #expect(state.value("good_day") == nil)
    #expect(outputs.text.contains("I've taken out your old answer. It was: darts."))
  }
}
