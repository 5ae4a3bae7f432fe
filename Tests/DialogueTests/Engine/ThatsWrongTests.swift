import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// "thats wrong", with nothing after it, typed at the question after a wrong answer: the
/// answer just given is opened to be put right, shown as it stands. Before, "thats wrong" was
/// kept as the answer to the question after.
@Suite struct ThatsWrongTests {
  /// Up to the conditions, with the name given.
  static let afterTheName = MaureensListsTests.linesBefore("conditions")

  @Test(arguments: ["thats wrong", "no thats wrong", "thats not right", "oops typo", "wrong one"])
  func theAnswerJustGivenIsOpened(line: String) throws {
    let (state, outputs) = try QuestionsPickedAndTypedTests.run(Self.afterTheName + [line])
    #expect(state.current?.question == "name")
    #expect(outputs.text.contains("Let's put that right."))
    #expect(state.listsSoFar.isEmpty)
    #expect(state.value("conditions") == nil)
    let (put, _) = try QuestionsPickedAndTypedTests.run(Self.afterTheName + [line, "mo"])
    #expect(put.value("name") == .text("Mo"))
    #expect(put.current?.question == "conditions")
  }

  @Test func keepLeavesTheAnswerAsItWas() throws {
    let (state, _) = try QuestionsPickedAndTypedTests.run(
      Self.afterTheName + ["thats wrong", "keep"])
    #expect(state.value("name") == .text("Sam"))
    #expect(state.current?.question == "conditions")
  }

  /// Inside a list, the line just typed comes off; the answer before the list stands.
  @Test func insideAListTheLineJustTypedComesOff() throws {
    let (state, outputs) = try QuestionsPickedAndTypedTests.run(
      Self.afterTheName + ["sugar", "thats wrong"])
    #expect(outputs.text.contains("'sugar'"))
    #expect(state.current?.question == "conditions")
    #expect(state.value("name") == .text("Sam"))
    #expect(state.listDraft.isEmpty)
  }

  /// Precision: a line that only starts so, and says what the wrong thing is, stays an answer
  /// to the question ("thats not right about my knees" is not a bare correction).
  @Test(arguments: ["sugar and me knees", "wrong tablets last year"])
  func answersStayAnswers(line: String) throws {
    let (state, outputs) = try QuestionsPickedAndTypedTests.run(Self.afterTheName + [line])
    #expect(!outputs.text.contains("Let's put that right."))
    #expect(state.current?.question == "conditions")
  }
}
