import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// Maureen answered the wrong question, then typed "no go back" at the next one, a list: it
/// was kept as a thing to talk about ("Got it: no go back.").
@Suite struct GoBackTests {
  @Test(arguments: ["no go back", "can i go back", "oops go back", "no, go back", "go bak"])
  func everydayWaysOfGoingBackAreBack(line: String) {
    #expect(Command.parse(line) == .back)
  }

  @Test(arguments: ["go back to the shops", "no back pain", "my back"])
  func answersWithTheWordAreNotBack(line: String) {
    #expect(Command.parse(line) != .back)
  }

  @Test func noGoBackAtAListGoesToTheQuestionBefore() throws {
    let before = DialogueActEngineTests.linesBefore("priorities")
    let (state, _) = converse(try DialogueActEngineTests.engine(), before + ["no go back"])
    #expect(state.value("priorities") == nil)
    #expect(state.current?.question == "one_thing")
  }
}
