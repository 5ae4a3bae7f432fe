import Dialogue
import Foundation
import TestSupport
import Testing

/// Two rough edges left after Maureen's second try: a step made smaller with a word such as
/// "shorter", and a read-back that said the day twice when a day and a time were given for
/// how much. Each test failed before its fix.
@Suite struct SmallerStepAndMovedWordsTests {
  static func engine() throws -> Engine { try ReadingLittleFollowUpTests.engine() }

  /// The lines that reach "What is an easier step you could do?", after a first step of
  /// "walk to the end of the road" for "10 minutes".
  static func linesBeforeSmallerStep() -> [String] {
    let before = DialogueActEngineTests.linesBefore("confidence")
    return before + ["3", "my knees", "rest first", "yes"]
  }

  @Test func theLinesReachTheSmallerStep() throws {
    let engine = try Self.engine()
    let (state, _) = converse(engine, Self.linesBeforeSmallerStep())
    #expect(state.current?.question == "smaller_step")
  }

  @Test(arguments: ["shorter", "make it shorter", "less", "a bit less please", "shorter pls"])
  func aWordThatShrinksTheAmountAmendsTheStepAlreadyGiven(line: String) throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, Self.linesBeforeSmallerStep() + [line])
    let step = "walk to the end of the road, for less than 10 minutes"
    #expect(state.value("smaller_step") == .text(step))
    #expect(outputs.text.contains("OK: \(step)."))
    #expect(outputs.text.contains("I will \(step) after breakfast"))
    #expect(!outputs.text.contains("let's name one thing you will do"))
    #expect(state.current?.question == "smaller_check")
    #expect(state.answers.values.contains { $0.words.contains(line) })
  }

  /// "No, the step is already small - keep it as it is" once became the step itself, and the
  /// step's how much was dropped with it.
  @Test(arguments: [
    "No, the step is already small - keep it as it is", "no", "keep it as it is",
    "nah its fine",
  ])
  func aNoOrAKeepLeavesTheStepAsItWas(line: String) throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, Self.linesBeforeSmallerStep() + [line])
    #expect(state.value("smaller_step")?.isGiven == false)
    #expect(state.value("step_what") == .text("walk to the end of the road"))
    #expect(state.value("step_how_much") == .text("10 minutes"))
    #expect(outputs.text.contains("OK, the step stays as it is: walk to the end of the road."))
    #expect(state.answers.values.contains { $0.words == line })
  }

  @Test(arguments: ["only to the gate", "just walk to the gate"])
  func otherWordsAreTheirOwnNewStep(line: String) throws {
    let engine = try Self.engine()
    let (state, _) = converse(engine, Self.linesBeforeSmallerStep() + [line])
    #expect(state.value("smaller_step") == .text(line))
  }

  @Test func aDayAndATimeGivenForHowMuchAreEachKeptOnce() throws {
    let engine = try Self.engine()
    let lines = DialogueActEngineTests.linesBefore("step_how_much") + ["thursdy nite"]
    let (state, outputs) = converse(engine, lines)
    #expect(state.value("step_when") == .text("nite"))
    // The words are kept as typed; the line the tool writes spells them as usual.
    #expect(outputs.text.contains("I've written that down for when: night."))
    // Every word typed is kept with the answers it gave.
    #expect(state.answers.values.contains { $0.words == "thursdy nite" })
  }

  @Test func theReadBackSaysTheDayOnceAndTheTimeInWords() throws {
    let engine = try Self.engine()
    let lines =
      DialogueActEngineTests.linesBefore("step_how_much")
      + ["thursdy nite", "20 mins", "at the park", "tuesdays"]
    let (_, outputs) = converse(engine, lines)
    #expect(
      outputs.text.contains(
        "I will walk to the end of the road for 20 mins at night at the park, Tuesdays, starting Thursday"
      ))
    #expect(!outputs.text.contains("thursdy nite at the park"))
  }

  @Test(arguments: [
    ("thursdy nite", [ReadBackPart.start: "thursdy", .when: "nite"]),
    ("20 mins at the park", [.howMuch: "20 mins", .where: "at the park"]),
  ])
  func wordsAreSharedBetweenTheParts(line: String, parts: [ReadBackPart: String]) {
    #expect(AnswerReading.wordsByPart(line) == parts)
  }

  @Test(arguments: ["every thursday", "walk"])
  func wordsThatCannotBeSharedAreNot(line: String) {
    #expect(AnswerReading.wordsByPart(line) == nil)
  }
}
