import Dialogue
import Foundation
import TestSupport
import Testing

/// A list line split in two and said back ("I've got two things: ... Is that right?"), then
/// left: closed, or with "quit". Carried on later, the same check is put again under its
/// part's heading, and the line typed is neither lost nor taken as said.
@Suite("A list's split, left and carried on")
struct ListSplitResumeTests {
  let engine: Engine

  init() throws {
    engine = Engine(
      script: try #require(SafetyFixtures.smallScript), lexicon: Lexicon(concepts: []))
  }

  /// Name, who is with you, a good day, then a line for the topics that is split and checked.
  let toTheCheck = [
    "Sam", "1", "fun",
    "her breathing on the stairs, she also wants to go to the wedding in april",
  ]
  let check =
    "I've got two things:\n- her breathing on the stairs\n"
    + "- she also wants to go to the wedding in april\nIs that right?"

  /// The session carried on a day later, and the check answered yes, then the list closed.
  func carryOn(_ left: ConversationState) -> (state: ConversationState, said: [Output]) {
    let later = testNow.addingTimeInterval(86_400)
    var (state, said) = engine.step(left, .start(at: later))
    for (index, line) in ["yes", "done"].enumerated() {
      let step = engine.step(state, .input(line, at: later.addingTimeInterval(Double(index + 1))))
      state = step.state
      said += step.outputs
    }
    return (state, said)
  }

  /// Left at the check, closed or with quit.
  @Test(
    "carried on: its part's heading, the same check, and yes keeps both", arguments: [[], ["quit"]])
  func leftAtTheCheck(leaving: [String]) throws {
    let (left, outputs) = converse(engine, toTheCheck + leaving)
    #expect(outputs.text.contains(check))
    #expect(leaving.isEmpty || outputs.contains(.stopped))
    let (state, said) = carryOn(left)
    let asked = try #require(said.firstIndex { if case .ask = $0 { true } else { false } })
    guard case .ask(let prompt) = said[asked] else { return }
    #expect(prompt.text == check)
    let heading = said[..<asked].contains { if case .progress = $0 { true } else { false } }
    #expect(heading)
    #expect(
      state.value("topics")
        == .list(["her breathing on the stairs", "she also wants to go to the wedding in april"]))
  }
}
