import Dialogue
import Foundation
import TestSupport
import Testing

/// More lines typed by someone who reads little, found trying the real conversation again
/// after the first fixes: each one a test that failed before its fix.
@Suite struct ReadingLittleFollowUpTests {
  static func engine(_ audience: Audience = .person) throws -> Engine {
    Engine(
      script: try #require(BuiltIn.script), lexicon: BuiltIn.lexicon, glossary: BuiltIn.glossary,
      audience: audience)
  }

  static func linesBefore(_ question: String) -> [String] {
    DialogueActEngineTests.linesBefore(question)
  }

  @Test(arguments: ["do wat? i didnt pick nothin", "wat? i never said that", "huh? i didnt say"])
  func askingWhatThenSayingNothingWasPickedIsNotAnAnswer(line: String) throws {
    let engine = try Self.engine()
    let (state, _) = converse(engine, Self.linesBefore("step_how_much") + [line])
    #expect(state.value("step_how_much") == nil)
    #expect(state.current?.question == "step_how_much")
  }

  @Test(arguments: [
    ("maureen", "Maureen"), ("mary-jane", "Mary-Jane"), ("McDonald", "McDonald"),
    ("de Souza", "de Souza"), ("jean paul", "Jean Paul"),
  ])
  func aNameInSmallLettersIsWrittenWithACapital(typed: String, kept: String) throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, Self.linesBefore("name") + [typed])
    #expect(state.value("name") == .text(kept))
    #expect(outputs.text.contains("Thank you, \(kept)."))
  }

  @Test func aNamePutRightInSmallLettersIsWrittenWithACapital() throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(
      engine, Self.linesBefore("name") + ["Mo", "thats not my name. its maureen, im 71"])
    #expect(state.value("name") == .text("Maureen"))
    #expect(outputs.text.contains("I've changed that to: Maureen."))
  }

  @Test(arguments: [
    "depends on my knees reely", "it depends", "well it all depends on the weather",
  ])
  func aHedgeToHowSureIsTheMiddleSaidBack(line: String) throws {
    let engine = try Self.engine()
    var (state, outputs) = converse(engine, Self.linesBefore("confidence") + [line])
    #expect(outputs.text.contains("So that's about 5 out of 10, somewhere in the middle."))
    #expect(!outputs.text.contains("Please type a number"))
    (state, outputs) = engine.step(state, .input("yes", at: testNow.addingTimeInterval(3600)))
    #expect(state.value("confidence") == .number(5))
    #expect(state.answers.values.contains { $0.words == line })
  }

  @Test(arguments: ["thats it now ta", "yes thats it", "thats fine ta", "lovely thanks"])
  func closingWithThanksWhenAskedIfThePlanIsRightIsAYes(line: String) throws {
    let engine = try Self.engine()
    let (state, _) = converse(engine, Self.linesBefore("ready") + [line])
    #expect(state.value("ready") == .yesNo(true))
  }

  @Test func closingWordsAreNotAYesToAnotherGoal() throws {
    let engine = try Self.engine()
    let (state, _) = converse(engine, Self.linesBefore("another_goal") + ["thats it now ta"])
    #expect(state.value("another_goal") != .yesNo(true))
  }

  @Test(arguments: [
    ("no its tuesdays and 20 mins", "tuesdays", "20 mins"),
    ("no, 20 mins, every tuesday", "every tuesday", "20 mins"),
  ])
  func twoPartsPutRightInOneLineAreBothChanged(line: String, often: String, much: String) throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, Self.linesBefore("step_check") + [line])
    #expect(state.value("step_how_often") == .text(often))
    #expect(state.value("step_how_much") == .text(much))
    // Said back with the day name as it is written ("Tuesdays"); kept as typed.
    let shown = AnswerReading.partWordsSpeltRight(often)
    #expect(outputs.text.contains("I've changed how often to: \(shown)."))
    #expect(outputs.text.contains("I've changed how much to: \(much)."))
    #expect(state.current?.question == "step_check")
  }

  @Test func aDayAndATimeGivenForHowMuchAreEachFiledAndSaid() throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, Self.linesBefore("step_how_much") + ["thursdy nite"])
    #expect(state.value("step_how_much") == nil)
    #expect(state.value("step_when") == .text("nite"))
    #expect(outputs.text.contains("I've written that down for start date: Thursday"))
    #expect(outputs.text.contains("I've written that down for when: night."))
    #expect(state.current?.question == "step_how_much")
  }

  @Test func aPlaceGivenForHowOftenIsNotKeptAsHowOften() throws {
    let engine = try Self.engine()
    let lines = Self.linesBefore("step_how_often")
    let (state, _) = converse(engine, lines + ["at the park"])
    #expect(state.value("step_how_often") == nil)
    #expect(state.current?.question == "step_how_often")
  }

  @Test func aPlaceGivenForHowOftenGoesToWhereWhenThatIsEmpty() throws {
    let engine = try Self.engine()
    let lines = Self.linesBefore("step_where") + ["skip"]
    let (state, outputs) = converse(engine, lines + ["at the park"])
    #expect(state.value("step_how_often") == nil)
    #expect(state.value("step_where") == .text("at the park"))
    #expect(outputs.text.contains("at the park"))
    #expect(state.current?.question == "step_how_often")
  }

  @Test(arguments: [
    ("she says her knees", "her knees"), ("he said: the nurse", "the nurse"),
    ("she wants to walk to the shops", "walk to the shops"), ("the nurse", "the nurse"),
  ])
  func aWorkersReportingWordsAreNotKept(line: String, kept: String) throws {
    let engine = try Self.engine(.facilitator)
    let (state, _) = converse(engine, Self.linesBefore("care_helps") + [line])
    #expect(state.value("care_helps") == .text(kept))
  }

  @Test func reportingWordsArePartOfTheAnswerForThePerson() throws {
    let engine = try Self.engine()
    let (state, _) = converse(engine, Self.linesBefore("care_helps") + ["she says hello"])
    #expect(state.value("care_helps") == .text("she says hello"))
  }
}

@Suite struct NoStepReadBackTests {
  static func engine() throws -> Engine { try ReadingLittleFollowUpTests.engine() }

  static func linesBefore(_ question: String) -> [String] {
    DialogueActEngineTests.linesBefore(question)
  }

  @Test func withNoStepTheReadBackOffersToAddOne() throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, Self.linesBefore("step_what") + ["nah"])
    #expect(state.current?.question == "step_check")
    #expect(!outputs.text.contains("Is that right?"))
    #expect(outputs.text.contains("You have not picked a step yet. Would you like to add one?"))
  }

  @Test func aStepTypedThereHasItsPartsAskedBeforeItIsReadBack() throws {
    let engine = try Self.engine()
    var (state, outputs) = converse(
      engine, Self.linesBefore("step_what") + ["nah", "walk the dog to the corner"])
    #expect(state.value("step_what") == .text("walk the dog to the corner"))
    #expect(state.value("step_check") == nil)
    #expect(state.current?.question == "step_how_much")
    #expect(!outputs.text.contains("Good. That is a clear plan."))
    (state, outputs) = converse(
      engine,
      Self.linesBefore("step_what") + [
        "nah", "walk the dog to the corner", "10 minutes", "after tea", "outside", "every day",
        "monday",
      ])
    #expect(state.current?.question == "step_check")
    #expect(outputs.text.contains("I will walk the dog to the corner for 10 minutes"))
    #expect(outputs.text.hasSuffix("Is that right?") || outputs.text.contains("Is that right?"))
  }

  @Test func yesThereAsksForTheStepAgain() throws {
    let engine = try Self.engine()
    let (state, _) = converse(engine, Self.linesBefore("step_what") + ["nah", "yes"])
    #expect(state.current?.question == "step_what")
    #expect(state.value("step_what") == nil)
  }

  @Test func noThereLeavesTheStepOutAndGoesOn() throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, Self.linesBefore("step_what") + ["nah", "no"])
    #expect(outputs.text.contains("You can add a step later."))
    #expect(state.current?.question != "step_fix")
    #expect(state.current?.question != "step_check")
  }
}
