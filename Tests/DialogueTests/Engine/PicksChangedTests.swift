import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// The stock questions she picked ("1 and 3"), opened again with "change my questions": a
/// line taking one off takes it off, and the reply says what went and what is left. Before,
/// "take off 1" was refused for not being numbers to keep, and "just 3" was answered "I've
/// added it to your questions" when one had been taken off.
@Suite struct PicksChangedTests {
  /// Her plan's questions, with the stock menu opened to change.
  static let opened = QuestionsPickedAndTypedTests.bothKinds() + ["change my questions", "1"]

  @Test(arguments: ["take off 1", "take off the first one", "remove what are my options", "just 3"])
  func oneTakenOffIsSaidSo(line: String) throws {
    let (state, outputs) = try QuestionsPickedAndTypedTests.run(Self.opened + [line])
    #expect(state.value("ask_three") == .choices(["decision_support"]))
    #expect(outputs.text.contains("I've taken off: What are my options?"))
    #expect(outputs.text.contains("Of these, still on your plan: How do I get support"))
    #expect(!outputs.text.hasSuffix("I've added it to your questions"))
    #expect(state.current?.question == "ready")
  }

  @Test func oneAddedIsSaidSo() throws {
    let (state, outputs) = try QuestionsPickedAndTypedTests.run(Self.opened + ["1 2 and 3"])
    #expect(state.value("ask_three") == .choices(["options", "pros_cons", "decision_support"]))
    #expect(outputs.text.contains("I've added: What are the pros and cons of each option for me?"))
    #expect(!outputs.text.contains("I've taken off:"))
  }

  @Test func oneNotPickedIsSaidSoAndNothingChanges() throws {
    let (state, outputs) = try QuestionsPickedAndTypedTests.run(Self.opened + ["take off 2"])
    #expect(outputs.text.contains("is not on your plan, so nothing has changed."))
    #expect(state.current?.question == "ask_three")
    let kept = try QuestionsPickedAndTypedTests.run(Self.opened + ["take off 2", "keep"]).0
    #expect(kept.value("ask_three") == .choices(["options", "decision_support"]))
  }

  /// Picks typed the first time, with no answer to change, are read as picks, as before.
  @Test func takingOffOnlyWhileChanging() throws {
    let before = MaureensListsTests.linesBefore("ask_three")
    let (state, _) = try QuestionsPickedAndTypedTests.run(before + ["can i have 1 and 3"])
    #expect(state.value("ask_three") == .choices(["options", "decision_support"]))
  }

  /// "will it get better" typed at the menu is a question of her own: kept, and the menu put
  /// again. Before, it was refused and lost.
  @Test func aQuestionOfHerOwnAtTheMenuIsKept() throws {
    let before = MaureensListsTests.linesBefore("ask_three")
    let (state, outputs) = try QuestionsPickedAndTypedTests.run(before + ["will it get better"])
    #expect(state.planAdditions.map(\.text) == ["will it get better"])
    #expect(outputs.text.contains("I've added that to your questions: will it get better."))
    #expect(state.current?.question == "ask_three")
    #expect(state.value("ask_three") == nil)
  }
}

/// A question of her own typed at the menu ("will it get better") is on the plan beside the
/// picks, in neither answer: "take off will it get better" takes it off wherever the line is
/// typed, and leaves the picks as they were. Before, it opened the picks, which refused it.
@Suite struct QuestionTypedAtTheMenuTakenOffTests {
  static func toTheCheck() -> [String] {
    let before = MaureensListsTests.linesBefore("ask_three")
    return before + ["will it get better", "1 and 3", "done"]
  }

  func takenOff(_ lines: [String]) throws -> (ConversationState, [Output]) {
    let (state, outputs) = try QuestionsPickedAndTypedTests.run(Self.toTheCheck() + lines)
    #expect(state.planAdditions.isEmpty)
    #expect(outputs.text.contains("I've taken 'will it get better' off your plan."))
    #expect(state.value("ask_three") == .choices(["options", "decision_support"]))
    #expect(state.current?.question == "ready")
    return (state, outputs)
  }

  @Test func atTheCheck() throws {
    let (state, _) = try QuestionsPickedAndTypedTests.run(Self.toTheCheck())
    #expect(state.planAdditions.map(\.text) == ["will it get better"])
    _ = try takenOff(["no take off will it get better its there twice"])
  }

  @Test func inThePicksOpenedToChange() throws {
    _ = try takenOff(["change my questions", "take off will it get better"])
  }
}
