import Dialogue
import Foundation
import TestSupport
import Testing

private let twoPlaces = """
  id: change-finding-test
  version: "1"
  title: Change finding
  sections:
    - id: only
      title: Only
      questions:
        - id: walk
          text: Where will you walk?
          label: where you walk
        - id: sit
          text: Where will you sit after?
          label: where you sit
        - id: check
          text: Is that all right?
          kind: yesno
          label: all right
  """

/// `change ...` finds an answer by the answer's own words as well as the question's, and
/// never guesses between answers its words fit equally.
@Suite("Which answer a change means")
struct ChangeFindingTests {
  let engine: Engine

  init() throws {
    engine = Engine(script: try #require(loadScript(twoPlaces)), lexicon: BuiltIn.lexicon)
  }

  @Test("the words of an answer, typed with a slip, open that answer and say which")
  func byTheAnswersWords() {
    let (state, outputs) = converse(
      engine, ["the canal path", "the bench by the lock", "change the benhc one"])
    #expect(state.current?.question == "sit")
    #expect(outputs.text.contains("Changing the answer for: where you sit."))
  }

  @Test("a worker is told the answer opened in words about the person, not about themselves")
  func saidOfThePersonToAWorker() throws {
    let worker = Engine(
      script: try #require(loadScript(twoPlaces)), lexicon: BuiltIn.lexicon,
      audience: .facilitator)
    let (_, outputs) = converse(
      worker, ["the canal path", "the bench by the lock", "change the benhc one"])
    #expect(outputs.text.contains("Changing the answer for: where they sit."))
  }

  @Test("words that fit two answers as well list them by number, and the pick opens that one")
  func unsureListsThem() {
    let lines = ["by the river", "a bench by the river", "change the river one"]
    let (state, outputs) = converse(engine, lines)
    #expect(outputs.text.contains("Those words fit more than one answer."))
    #expect(state.value("walk") == .text("by the river"))
    #expect(state.value("sit") == .text("a bench by the river"))
    let (picked, _) = converse(engine, lines + ["1", "along the canal"])
    #expect(picked.value("walk") == .text("along the canal"))
    #expect(picked.value("sit") == .text("a bench by the river"))
  }

  @Test("'none' of them leaves every answer as it was")
  func noneOfThem() {
    let lines = ["by the river", "a bench by the river", "change the river one", "none"]
    let (state, outputs) = converse(engine, lines)
    #expect(outputs.text.contains("OK, nothing has been changed."))
    #expect(state.value("walk") == .text("by the river"))
    #expect(state.value("sit") == .text("a bench by the river"))
    #expect(state.current?.question == "check")
  }
}
