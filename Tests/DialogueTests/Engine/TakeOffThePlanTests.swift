import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// Maureen, at "Are you happy with your plan?", typed "take out wat is dialysis", and it was
/// not understood. An item named by its own words is taken off the plan and said back; words
/// that name no single item take nothing off. The first two tests failed before the fix.
@Suite struct TakeOffThePlanTests {
  static let questions = ["will i need an xray", "can i have a home visit"]

  static func atTheEnd(_ line: String, glossaryAsk: String? = nil) throws -> (
    ConversationState, [Output]
  ) {
    var lines = DialogueActEngineTests.linesBefore("care_helps")
    if let glossaryAsk { lines.append(glossaryAsk) }
    lines += Array(
      DialogueActEngineTests.linesBefore("anything_else").dropFirst(
        lines.count - (glossaryAsk == nil ? 0 : 1)))
    lines += questions + ["done", line]
    return converse(try DialogueActEngineTests.engine(), lines)
  }

  @Test(arguments: [
    ("take out the xray one", ["can i have a home visit"]),
    ("remove home visit", ["will i need an xray"]),
    ("please take the home visit one off", ["will i need an xray"]),
  ])
  func anItemNamedByItsWordsIsTakenOff(line: String, left: [String]) throws {
    let (state, outputs) = try Self.atTheEnd(line)
    #expect(state.value("anything_else") == .list(left))
    #expect(outputs.text.contains("off your plan."))
    #expect(state.current?.question == "ready")
  }

  @Test func aQuestionTheGlossaryAddedIsTakenOff() throws {
    let (before, _) = try Self.atTheEnd("yes", glossaryAsk: "what is hba1c")
    #expect(before.planAdditions.contains { $0.text == "what is hba1c" })
    let (state, outputs) = try Self.atTheEnd("take out wat is hba1c", glossaryAsk: "what is hba1c")
    #expect(!state.planAdditions.contains { $0.text == "what is hba1c" })
    #expect(outputs.text.contains("I've taken 'what is hba1c' off your plan."))
  }

  @Test(arguments: ["take out the xray and home visit", "remove the stitches", "take my tablets"])
  func wordsThatNameNoSingleItemTakeNothingOff(line: String) throws {
    let (state, outputs) = try Self.atTheEnd(line)
    #expect(state.value("anything_else") == .list(Self.questions))
    #expect(!outputs.text.contains("off your plan."))
  }
}
