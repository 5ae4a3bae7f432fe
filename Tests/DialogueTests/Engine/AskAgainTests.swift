import Dialogue
import Foundation
import TestSupport
import Testing

private let script = """
  id: again
  version: "1"
  title: Again
  sections:
    - id: one
      title: One part
      questions:
        - id: name
          text: What should I call you?
          label: name
        - id: topics
          text: What would you like to talk about?
          kind: list
          max_items: 3
          label: topics
        - id: walk
          text: Do you walk?
          kind: yesno
          label: walking
  """

/// `askAgain` puts what is waiting for an answer as `repeat` would, without a step: for lines
/// the engine never sees, such as a worker's `/note`.
@Suite("Asking again without a step")
struct AskAgainTests {
  let engine: Engine

  init() throws {
    engine = Engine(
      script: try #require(loadScript(script)), lexicon: Lexicon(concepts: []),
      safety: SafetyFixtures.net)
  }

  @Test(
    "the same words as repeat, in every mode",
    arguments: [
      ["Sam"], ["Sam", "the garden"], ["Sam", "change name"], ["Sam", "restart"],
      ["Sam", "I can't see the point in carrying on"],
    ])
  func sameAsRepeat(inputs: [String]) {
    let (state, _) = converse(engine, inputs)
    let later = testNow.addingTimeInterval(3600)
    let repeated = engine.step(state, .input("repeat", at: later)).outputs
    #expect(!repeated.isEmpty)
    #expect(engine.askAgain(state, at: later) == repeated)
  }

  @Test("nothing once the conversation has finished")
  func finished() {
    let (state, _) = converse(engine, ["Sam", "done", "yes"])
    #expect(state.finished)
    #expect(engine.askAgain(state, at: testNow).isEmpty)
  }
}
