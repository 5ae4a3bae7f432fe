import Dialogue
import Foundation
import TestSupport
import Testing

/// "no she has her own idea" to "Would you like some ideas other people have tried?" is a no,
/// and the idea is still to be asked for. Before, a worker's line was kept as the client's
/// step ("I'll use your own idea as your step: no she has her own idea"). The first test
/// failed before the fix.
@Suite struct OwnIdeaSaidTests {
  @Test(arguments: [
    "no she has her own idea", "no ive got my own ideas", "no he has got his own",
    "no i have my own idea", "nah theyve got their own ideas",
  ])
  func sayingTheyHaveAnIdeaIsANoAndTheIdeaIsAskedFor(line: String) throws {
    let lines = DialogueActEngineTests.linesBefore("want_ideas") + [line]
    let (state, outputs) = converse(try DialogueActEngineTests.engine(), lines)
    #expect(state.value("want_ideas") == .yesNo(false))
    #expect(state.value("step_what") == nil)
    #expect(state.current?.question == "step_what")
    #expect(!outputs.text.contains("I'll use your own idea"))
  }

  @Test(arguments: ["no she wants to walk to the mosque", "no her own idea is to walk to the shop"])
  func anIdeaSaidWithTheNoIsStillUsed(line: String) throws {
    let lines = DialogueActEngineTests.linesBefore("want_ideas") + [line]
    let (state, _) = converse(try DialogueActEngineTests.engine(), lines)
    guard case .text(let step) = state.value("step_what") else {
      Issue.record("no step from '\(line)'")
      return
    }
    #expect(step.contains("walk"))
  }
}
