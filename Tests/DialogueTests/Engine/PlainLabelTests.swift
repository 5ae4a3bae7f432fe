import Dialogue
import Foundation
import TestSupport
import Testing

/// Answers kept aside are shown with their question's label, never its id.
@Suite struct PlainLabelTests {
  static func engine() throws -> Engine {
    Engine(
      script: try #require(BuiltIn.script), lexicon: BuiltIn.lexicon, glossary: BuiltIn.glossary)
  }

  @Test func aQuestionIsNamedByItsLabelAndRound() throws {
    let engine = try Self.engine()
    #expect(engine.plainLabel(for: AnswerKey("step_how_much")) == "How much")
    #expect(engine.plainLabel(for: AnswerKey("step_how_much", round: 1)) == "How much (2)")
    #expect(engine.plainLabel(for: AnswerKey("results_letter")) == "Results letter")
  }

  @Test func aQuestionTheScriptNoLongerHasIsNamedPlainly() throws {
    let engine = try Self.engine()
    #expect(engine.plainLabel(for: AnswerKey("old_question")) == "Old question")
  }

  @Test func anAnswerWithNoWordsIsShownAsItWasRead() throws {
    let engine = try Self.engine()
    let answer = Answer(
      value: .skipped(.dontKnow), words: "", concepts: [], at: Date(timeIntervalSince1970: 0))
    #expect(!engine.plainAnswer(answer, for: AnswerKey("step_when")).isEmpty)
  }
}
