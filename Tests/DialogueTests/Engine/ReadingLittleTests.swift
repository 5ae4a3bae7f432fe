import Dialogue
import Foundation
import TestSupport
import Testing

/// Lines typed by someone who reads little and types with one finger, over the default script:
/// each failure found trying the real conversation, as a test.
@Suite struct ReadingLittleTests {
  static func engine() throws -> Engine { try DialogueActEngineTests.engine() }

  static func linesBefore(_ question: String) -> [String] {
    DialogueActEngineTests.linesBefore(question)
  }

  @Test(arguments: ["wat do u mean call me", "what do you mean call you?"])
  func askingAboutTheQuestionInItsOwnWordsIsNotTheName(line: String) throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, Self.linesBefore("name") + [line])
    #expect(state.value("name") == nil)
    #expect(state.current?.question == "name")
    #expect(!outputs.text.contains("Thank you, wat"))
  }

  @Test func anAnswerAfterAskingAboutTheQuestionIsStoredWithoutTheAsking() throws {
    let engine = try Self.engine()
    let (state, _) = converse(
      engine,
      Self.linesBefore("step_what") + [
        "what do you mean? walk the whole road, it's about 200 yards"
      ]
    )
    let stored = try #require(state.value("step_what"))
    #expect(!"\(stored)".lowercased().contains("mean"))
    #expect("\(stored)".contains("whole road"))
  }

  @Test func sayingTheNameWasWrongPutsTheNameRightAndStoresNothingElse() throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(
      engine, Self.linesBefore("name") + ["Mo", "thats not my name. its maureen, im 71"])
    #expect(state.value("name") == .text("Maureen"))
    #expect(state.value("conditions") == nil)
    #expect(!outputs.text.contains("Got it: thats not my name"))
  }

  @Test(arguments: ["back", "take that out its wrong"])
  func takingBackALineTakesAllItsItems(line: String) throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(
      engine, Self.linesBefore("conditions") + ["asthma, bad knees", line, "diabetes", "done"])
    #expect(state.value("conditions") == .list(["diabetes"]))
    #expect(outputs.text.contains("I've taken 'asthma' and 'bad knees' off the list."))
  }

  @Test(arguments: ["i think so my dauter read it to me", "yes, from the spirometry"])
  func aYesWithARemarkIsAYesAndItsQuestionIsAsked(line: String) throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, Self.linesBefore("results_letter") + [line])
    #expect(state.value("results_letter") == .yesNo(true))
    #expect(state.value("results_explain") == nil)
    #expect(state.current?.question == "results_explain")
    #expect(!outputs.text.contains("written that down"))
  }

  @Test(arguments: [
    ("nah", "no one"), ("nobody really, I can do this myself", "nobody really"),
    ("no one", "no one"),
  ])
  func noHelperIsRecordedAsNoOne(line: String, kept: String) throws {
    let engine = try Self.engine()
    let (state, _) = converse(engine, Self.linesBefore("goal_support") + [line])
    #expect(state.value("goal_support") == .text(kept))
    #expect(state.answers.values.contains { $0.words == line })
  }

  @Test(arguments: ["nah", "dunno"])
  func withNoStepItsPartsAreNotAsked(line: String) throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, Self.linesBefore("step_what") + [line])
    #expect(outputs.text.contains("We'll leave that one for now."))
    #expect(!outputs.text.contains("How much will you do?"))
    #expect(state.current?.question != "step_how_much")
  }

  @Test(arguments: ["go on then one more", "yes another", "ok one more"])
  func wordsThatOnlySayYesAskTheGoal(line: String) throws {
    let engine = try Self.engine()
    let (state, _) = converse(engine, Self.linesBefore("another_goal") + [line])
    #expect(state.value("another_goal") == .yesNo(true))
    #expect(state.current?.question == "goal_text")
  }

  @Test func askingWhichGoalIsAskingAboutTheQuestion() throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(
      engine, Self.linesBefore("another_goal") + ["wat goal is that? i never said"])
    #expect(state.value("another_goal") == nil)
    #expect(!outputs.text.contains("i never said"))
    #expect(outputs.text.contains("Do you want to set one more goal?"))
  }

  @Test func takingOutABitOfTheStepOpensTheParts() throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(
      engine,
      Self.linesBefore("step_check") + ["no take out the do wat bit thats not wat i ment"])
    #expect(!outputs.text.contains("I will take out"))
    #expect(state.current?.question == "step_fix")
  }

  @Test func howSureInWordsWithARemarkIsReadFromTheWords() {
    #expect(ScaleWords.point("not very, the girls always bring custard creams", range: 0...10) == 3)
    #expect(ScaleWords.point("depends on my knees reely", range: 0...10) == nil)
  }

  @Test(arguments: ["1 and 3 i think", "1 and 3 ta"])
  func hedgesAroundAPickAreLeftOut(line: String) throws {
    let engine = try Self.engine()
    let (state, _) = converse(engine, Self.linesBefore("ask_three") + [line])
    let picked = try #require(state.value("ask_three"))
    guard case .choices(let ids) = picked else {
      Issue.record("not a pick: \(picked)")
      return
    }
    #expect(ids.count == 2)
  }
}
