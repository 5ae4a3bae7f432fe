import Dialogue
import Foundation
import TestSupport
import Testing

/// Changing an answer that later questions depend on: in the small script, "How many days a
/// week do you walk?" is asked only `when: walk`.
@Suite("Answers that depend on a changed answer")
struct DependentAnswerTests {
  let engine: Engine

  init() throws {
    engine = Engine(
      script: try #require(SafetyFixtures.smallScript), lexicon: Lexicon(concepts: []))
  }

  /// Name, who is with you, a good day and the topics: then "Do you get out for a walk?".
  let toWalk = ["Sam", "1", "fun", "money", "done"]

  @Test("changing walk from no to yes asks how many days")
  func noToYesAsksTheDependent() {
    let before = converse(engine, toWalk + ["no", "1"])
    #expect(before.state.value("walk_days") == nil)
    #expect(!before.outputs.asked.contains(AnswerKey("walk_days")))
    let (state, outputs) = converse(engine, toWalk + ["no", "1", "change walk", "yes"])
    #expect(state.value("walk") == .yesNo(true))
    #expect(outputs.asked.last == AnswerKey("walk_days"))
    let answered = engine.step(state, .input("4", at: testNow.addingTimeInterval(3600)))
    #expect(answered.state.value("walk_days") == .number(4))
    // The answers after it are kept, so the conversation goes on where it was.
    #expect(answered.state.value("helps") == .choices(["family"]))
    #expect(answered.outputs.asked.last == AnswerKey("goal"))
  }

  @Test("changing walk from yes to no sets the days aside, kept but not used")
  func yesToNoSetsTheDependentAside() {
    let (state, outputs) = converse(engine, toWalk + ["yes", "3", "1", "change walk", "no"])
    #expect(state.value("walk") == .yesNo(false))
    #expect(state.value("walk_days") == nil)
    #expect(state.setAside[AnswerKey("walk_days")]?.value == .number(3))
    #expect(!engine.summaryLines(for: state).contains { $0.hasPrefix("Walking days") })
    #expect(outputs.asked.last == AnswerKey("goal"))
  }

  @Test("changing walk to the same answer keeps the days")
  func sameAnswerKeepsTheDependent() {
    let (state, _) = converse(engine, toWalk + ["yes", "3", "1", "change walk", "yes"])
    #expect(state.value("walk_days") == .number(3))
    #expect(state.setAside.isEmpty)
  }
}
