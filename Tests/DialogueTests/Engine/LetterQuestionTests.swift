import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// Maureen, to "Did you get a letter with your test results?": "wat letter" was taken as yes,
/// and "dunno i dont think i got a letter" as yes too, and she was asked what in the letter to
/// explain. The first two tests failed before the fix.
@Suite struct LetterQuestionTests {
  static func run(_ line: String) throws -> (ConversationState, [Output]) {
    converse(
      try DialogueActEngineTests.engine(),
      DialogueActEngineTests.linesBefore("results_letter") + [line])
  }

  @Test(arguments: ["wat letter", "what letter?", "which letter", "wat results"])
  func aWordOfTheQuestionAskedBackIsAboutTheQuestion(line: String) throws {
    let (state, outputs) = try Self.run(line)
    #expect(state.value("results_letter") == nil)
    #expect(outputs.text.contains("did the surgery send you a letter about your tests?"))
  }

  @Test(arguments: ["dunno i dont think i got a letter", "i dont think i had one"])
  func aLineWithANotIsNeverReadAsAYes(line: String) throws {
    let (state, _) = try Self.run(line)
    #expect(state.value("results_letter") != .yesNo(true))
  }

  @Test(arguments: [("got one off the doctor", true), ("never got one", false)])
  func yesAndNoInWordsStillAnswer(line: String, reply: Bool) throws {
    let (state, _) = try Self.run(line)
    #expect(state.value("results_letter") == .yesNo(reply))
  }

  @Test func otherWordsAfterWhatAreNotAskedBack() {
    let asked: Set<String> = [
      "did", "you", "get", "a", "letter", "with", "your", "test", "results",
    ]
    #expect(DialogueActReader.asksBackAWordOfTheQuestion(["what", "letter"], asked: asked))
    #expect(!DialogueActReader.asksBackAWordOfTheQuestion(["what", "tests"], asked: asked))
    #expect(!DialogueActReader.asksBackAWordOfTheQuestion(["what", "you"], asked: asked))
    #expect(
      !DialogueActReader.asksBackAWordOfTheQuestion(
        ["what", "letter", "do", "i", "need"], asked: asked))
  }
}

extension LetterQuestionTests {
  @Test func aNotAfterTheGettingIsAboutSomethingElse() throws {
    let (state, _) = try Self.run("i got sumthin but cudnt make head nor tail of it")
    #expect(state.value("results_letter") == .yesNo(true))
  }
}
