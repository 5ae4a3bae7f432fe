import Dialogue
import Foundation
import TestSupport
import Testing

/// Dev typed three things for his client in one line; the list took three, closed itself with
/// "Got it", and his next item was kept as her goal and his "done" as how she would know. Now
/// a full list says it is full, and "done" is never kept as the words of a question that can
/// be left. Each test failed before the fix.
@Suite struct ListClosesItselfTests {
  static func engine() throws -> Engine { try DialogueActEngineTests.engine() }

  @Test func aListFilledByOneLineSaysItIsFull() throws {
    let lines =
      DialogueActEngineTests.linesBefore("priorities") + [
        "her breathing; getting to the mosque; her low mood"
      ]
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(outputs.text.contains("That's three, as many as I can take here, so we'll go on."))
    #expect(state.current?.question == "goal_text")
  }

  @Test func aListNotYetFullSaysNothingOfTheMost() throws {
    let lines = DialogueActEngineTests.linesBefore("priorities") + ["her breathing"]
    let (_, outputs) = converse(try Self.engine(), lines)
    #expect(!outputs.text.contains("as many as I can take here"))
  }

  @Test(arguments: ["done", "finished", "thats it"])
  func doneIsNotKeptAsHowSheWouldKnow(line: String) throws {
    let lines = DialogueActEngineTests.linesBefore("goal_measure") + [line]
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(state.value("goal_measure") == .skipped(.skipped))
    #expect(outputs.text.contains("OK, we'll skip that one."))
  }

  @Test func wordsAreStillKeptThere() throws {
    let lines =
      DialogueActEngineTests.linesBefore("goal_measure") + ["done the walk without a rest"]
    let (state, _) = converse(try Self.engine(), lines)
    #expect(state.value("goal_measure") == .text("done the walk without a rest"))
  }
}

extension ListClosesItselfTests {
  /// Maureen's "and me feet", just after her list of three closed itself, was kept as her goal.
  @Test func oneMoreItemJustAfterTheListClosedOpensItToChoose() throws {
    let full =
      DialogueActEngineTests.linesBefore("priorities") + [
        "her breathing; getting to the mosque; her low mood", "and me feet",
      ]
    let (state, outputs) = converse(try Self.engine(), full)
    #expect(state.value("goal_text") == nil)
    #expect(state.current?.question == "priorities")
    #expect(outputs.text.contains("Which three would you like to keep?"))
    let (chosen, _) = converse(try Self.engine(), full + ["1, 2 and 4"])
    #expect(
      chosen.value("priorities") == .list(["her breathing", "getting to the mosque", "me feet"]))
    #expect(chosen.current?.question == "goal_text")
  }

  @Test func aGoalThatDoesNotOpenWithAndIsTheGoal() throws {
    let full =
      DialogueActEngineTests.linesBefore("priorities") + [
        "her breathing; getting to the mosque; her low mood", "walk to the mosque on fridays",
      ]
    let (state, _) = converse(try Self.engine(), full)
    #expect(state.value("goal_text") == .text("walk to the mosque on fridays"))
  }
}
