import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// Maureen typed "will i need an xray" at "Is your plan right for you?": she was asked again
/// for yes or no, and her question was lost.
@Suite struct QuestionAtTheCheckTests {
  static func atTheCheck() -> [String] {
    MaureensListsTests.linesBefore("anything_else") + ["done"]
  }

  @Test func aQuestionTypedAtTheCheckGoesOnThePlan() throws {
    let (state, outputs) = converse(
      try MaureensListsTests.engine(), Self.atTheCheck() + ["will i need an xray"])
    #expect(outputs.text.contains("I've added that to your questions: will i need an xray."))
    #expect(
      state.planAdditions.map(\.text) == ["will i need an xray"]
        && state.planAdditions.allSatisfy { $0.field == .informationNeeds })
    #expect(state.current?.question == "ready")
    let after = converse(
      try MaureensListsTests.engine(), Self.atTheCheck() + ["will i need an xray", "yes"]
    ).state
    #expect(after.value("ready") == .yesNo(true))
  }

  @Test func aLineAboutThePlanIsNotAQuestionToAdd() throws {
    let (state, _) = converse(
      try MaureensListsTests.engine(), Self.atTheCheck() + ["is my plan saved now"])
    #expect(state.planAdditions.isEmpty)
  }

  @Test(arguments: [
    "will i need an xray", "can i have a home visit", "how long will it hurt",
    "should i still take me tablets?", "wat do i do if me sugar goes low",
  ])
  func questionsToANurseAreRead(line: String) {
    #expect(Turn.isAQuestionToAsk(line))
  }

  @Test(arguments: [
    "is that it", "what happens now", "is my plan saved", "can i see it agen", "yes",
    "walk to the shop every day", "can i change my goal", "what do you mean by that",
  ])
  func otherLinesAreNot(line: String) {
    #expect(!Turn.isAQuestionToAsk(line))
  }
}
