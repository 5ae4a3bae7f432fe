import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// The step's read-back and answers said with a comment, as Maureen and a support worker typed
/// them: one day of two put right, "no thats wrong." before the right days, "3 keep mine",
/// misspelt days in the step, "what do you mean" with words at the step's ideas, an
/// explanation said back with "blood" in it, and a part with a comment after it. Each failed
/// before its fix.
@Suite struct ReadBackCommentsTests {
  static func engine(_ audience: Audience = .person) throws -> Engine {
    try ReadingLittleFollowUpTests.engine(audience)
  }

  /// The lines up to the read-back of a walk on Tuesday and Thursday, starting Monday.
  static func step(howOften: String) -> [String] {
    DialogueActEngineTests.linesBefore("step_what") + [
      "walk to the gate and back", "10 minutes", "after me dinner", "outside", howOften,
      "monday",
    ]
  }

  // MARK: One day of two

  @Test func oneOfTheTwoDaysNamedKeepsThatDayOnly() throws {
    let lines = Self.step(howOften: "tuesday and thursday") + ["no its tuesdays"]
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(state.value("step_how_often") == .text("tuesdays"))
    #expect(outputs.text.contains("So that's Tuesdays only."))
    #expect(!outputs.text.contains("Tuesday and Tuesday"))
    #expect(!outputs.text.contains("take the place of"))
    #expect(state.current?.question == "step_check")
  }

  @Test func aDayNotInTheStepStillAsksWhichItReplaces() throws {
    let lines = Self.step(howOften: "tuesday and thursday") + ["no its fridays"]
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(outputs.text.contains("Which day should Friday take the place of?"))
    #expect(state.value("step_how_often") == .text("tuesday and thursday"))
  }

  @Test(arguments: [
    ("tuesday and tuesday nite", "tuesday nite"), ("tuesday, tuesday", "tuesday"),
    ("tuesday and thursday", "tuesday and thursday"), ("every tuesday", "every tuesday"),
  ])
  func repeatedDaysAreSaidOnce(typed: String, expected: String) {
    #expect(Turn.collapsingRepeatedDays(typed) == expected)
  }

  // MARK: "no thats wrong."

  @Test func thatsWrongIsTakenOffTheDaysPutRight() throws {
    let lines = Self.step(howOften: "mondy and thursdy") + ["no thats wrong. tuesdy and thursdy"]
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(state.value("step_how_often") == .text("tuesdy and thursdy"))
    #expect(outputs.text.contains("I've changed how often to: Tuesday and Thursday."))
    #expect(!outputs.text.contains("to: wrong"))
    #expect(!outputs.text.contains("dinner, wrong"))
  }

  @Test func daysPutRightAfterOneDayOnlyReplaceIt() throws {
    let lines =
      Self.step(howOften: "tuesday and thursday") + [
        "no its tuesdays", "no thats wrong. tuesdy and thursdy",
      ]
    let (state, _) = converse(try Self.engine(), lines)
    #expect(state.value("step_how_often") == .text("tuesdy and thursdy"))
  }

  /// Maureen's step said "nite after tea on mondy and wensdy"; "no thats wrong. tuesdy and
  /// thursdy" replaced all of it, and "nite after tea" was lost.
  @Test func daysPutRightKeepTheOtherWordsOfThePart() throws {
    let lines =
      Self.step(howOften: "nite after tea on mondy and wensdy") + [
        "no thats wrong. tuesdy and thursdy"
      ]
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(state.value("step_how_often") == .text("nite after tea on tuesdy and thursdy"))
    #expect(
      outputs.text.contains("I've changed how often to: night after tea on Tuesday and Thursday."))
  }

  @Test(arguments: [
    (
      "nite after tea on mondy and wensdy", "tuesdy and thursdy",
      "nite after tea on tuesdy and thursdy"
    ),
    ("mondays, wednesdays, after tea", "fridays", "fridays, after tea"),
    ("mondy and wensdy", "tuesdy", nil),
    ("mondy nite and wensdy morning", "fridy", nil),
  ])
  func aRunOfDaysIsReplacedInPlace(text: String, days: String, expected: String?) {
    #expect(Turn.replacingDays(in: text, with: days) == expected)
  }

  @Test(arguments: [
    ("thats wrong. tuesdy and thursdy", "tuesdy and thursdy"),
    ("its tuesdy and thursdy", "tuesdy and thursdy"),
    // Words that are not an opening stay.
    ("tuesdy and thursdy", "tuesdy and thursdy"),
  ])
  func correctionOpeningsComeOff(typed: String, expected: String) {
    #expect(Turn.withoutCorrectionOpening(typed) == expected)
  }

  // MARK: "keep mine"

  @Test(arguments: ["keep mine", "mine please", "keep my own", "my own words"])
  func keepMineSaysKeepTheirWords(words: String) {
    #expect(Turn.saysKeepMine(words))
  }

  @Test(arguments: ["keep walking", "my own way to the gate", "only to the gate", "keep"])
  func otherWordsAreNotKeepMine(words: String) {
    #expect(!Turn.saysKeepMine(words))
  }

  @Test func threeKeepMineAtTheStepVersionsKeepsTheirOwnStep() throws {
    let lines =
      DialogueActEngineTests.linesBefore("step_what") + [
        "easier please", "walk to the gate", "3 keep mine",
      ]
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(outputs.text.contains("Here are two ways to make that a clear plan."))
    #expect(state.value("step_what") == .text("walk to the gate"))
    #expect(!outputs.text.contains("keep mine"))
  }

  @Test func takingWordsOutLeavesNoCommaAtTheEnd() {
    #expect(Turn.removing("keep mine", from: "walk to the gate, keep mine") == "walk to the gate")
    #expect(Turn.removing("slowly", from: "walk, slowly, after tea") == "walk, after tea")
  }

  @Test func aGoalPickedWithWordsKeepsThemWithoutTheBut() throws {
    let engine = try Self.engine()
    let lines =
      DialogueActEngineTests.linesBefore("goal_text") + [
        "dunno", "1 but only to the gate to start",
      ]
    let (state, _) = converse(engine, lines)
    let answer = try #require(state.answers[AnswerKey("goal_text")])
    let question = engine.script.question("goal_text")
    #expect(AnswerNote.note(of: answer, question: question) == "only to the gate to start")
    let kept = converse(
      engine, DialogueActEngineTests.linesBefore("goal_text") + ["dunno", "1 keep mine"])
    let plain = try #require(kept.state.answers[AnswerKey("goal_text")])
    #expect(AnswerNote.note(of: plain, question: question) == nil)
  }

  // MARK: Days as typed, in the step

  @Test func misspeltDaysInTheStepAreHowOften() throws {
    let lines =
      DialogueActEngineTests.linesBefore("step_what") + [
        "easier please", "walk to the gate tuesdy and thursdy nite",
      ]
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(state.value("step_how_often") == .text("tuesdy and thursdy nite"))
    #expect(!outputs.text.contains("Here are two ways"))
    #expect(!outputs.text.contains("How many times a week"))
  }

  @Test(arguments: [
    "walk in the sun", "walk to the gate", "walk to the mon",
  ])
  func wordsThatAreNotDaysStillGetTheVersions(step: String) {
    #expect(Turn.saysOnlyWhat(step))
  }

  @Test(arguments: [
    "walk tuesdy and thursdy nite", "walk mon and fri", "walk wensday", "walk satday",
  ])
  func daysAsTypedAreNotOnlyWhat(step: String) {
    #expect(!Turn.saysOnlyWhat(step))
  }

  // MARK: "wat do u mean small thing"

  @Test(arguments: ["wat do u mean", "wat do u mean small thing"])
  func askingAboutTheStepShowsItsIdeasAgain(line: String) throws {
    let lines = ReadingLittleFollowUpTests.linesBefore("step_what") + ["easier please", line]
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(state.value("step_what") == nil)
    let last = try #require(outputs.last)
    guard case .ask(let prompt) = last else {
      Issue.record("the question is not put again: \(last)")
      return
    }
    #expect(prompt.choices.count >= 2)
    #expect(prompt.text.contains("Or pick one of these"))
  }

  // MARK: Saying an explanation back

  /// The default script with the shipped safety file and its reader, as a real run has.
  static func engineWithSafety() throws -> Engine {
    Engine(
      script: try #require(BuiltIn.script), lexicon: BuiltIn.lexicon, glossary: BuiltIn.glossary,
      safety: SafetyReaderTests.net)
  }

  @Test func anExplanationSaidBackWithBloodInItIsThanked() throws {
    let lines =
      DialogueActEngineTests.linesBefore("results_letter") + [
        "easier please", "yes", "the egfr thing", "they clean ur blood i think",
      ]
    let (state, outputs) = converse(try Self.engineWithSafety(), lines)
    #expect(outputs.text.contains("in your own words what eGFR is"))
    #expect(!outputs.text.contains("Just to check"))
    #expect(outputs.text.contains("That helps me know I explained it well."))
    #expect(state.safetyFlags.isEmpty)
  }

  @Test func wordsOfAWorryThatAreNotTheExplanationAreStillChecked() throws {
    let lines =
      DialogueActEngineTests.linesBefore("results_letter") + [
        "easier please", "yes", "the egfr thing", "i keep bleeding i think",
      ]
    let (_, outputs) = converse(try Self.engineWithSafety(), lines)
    #expect(outputs.text.contains("Just to check"))
    #expect(!outputs.text.contains("That helps me know I explained it well."))
  }

  // MARK: A part with a comment

  @Test func aCommentAfterThePartIsItsNote() throws {
    let lines =
      DialogueActEngineTests.linesBefore("step_how_much") + ["10 minutes, the nurse says 10"]
    let engine = try Self.engine(.facilitator)
    let (state, _) = converse(engine, lines)
    #expect(state.value("step_how_much") == .text("10 minutes"))
    let answer = try #require(state.answers[AnswerKey("step_how_much")])
    let question = engine.script.question("step_how_much")
    #expect(AnswerNote.note(of: answer, question: question) == "the nurse says 10")
  }

  @Test(
    arguments: [
      ("every day if its not raining", "every day if its not raining", nil),
      ("10 minutes, the nurse says 10", "10 minutes", "the nurse says 10"),
      ("10 minutes not 5", "10 minutes", nil),
      ("less salt in cooking, not none", "less salt in cooking", nil),
      ("after lunch, every day", "after lunch, every day", nil),
      ("after lunch", "after lunch", nil),
    ] as [(String, String, String?)])
  func thePartAndTheComment(typed: String, part: String, comment: String?) {
    let (kept, said) = Turn.partAndComment(Turn.partSaid(in: typed))
    #expect(kept == part)
    #expect(said == comment)
  }

  @Test func aScoreWithACommentKeepsTheNumberAndTheNote() throws {
    let engine = try Self.engine(.facilitator)
    let (state, _) = converse(
      engine, DialogueActEngineTests.linesBefore("confidence") + ["6, its longer"])
    #expect(state.value("confidence") == .number(6))
    let answer = try #require(state.answers[AnswerKey("confidence")])
    #expect(AnswerNote.note(of: answer, question: nil) == "its longer")
  }

  @Test(arguments: ["hmm.", "hmm", "hmmm...", "erm"])
  func aThinkingSoundIsNotAnAnswer(line: String) throws {
    let engine = try Self.engine(.facilitator)
    let (state, outputs) = converse(
      engine, DialogueActEngineTests.linesBefore("step_when") + [line])
    #expect(state.value("step_when") == nil)
    #expect(state.current?.question == "step_when")
    #expect(outputs.text.contains("there is no rush"))
    #expect(state.failures == 0)
  }

  @Test(arguments: ["hmm, after lunch", "erm after tea", "humming"])
  func wordsWithTheSoundAreRead(line: String) {
    #expect(!Turn.onlyThinking(line))
  }
}
