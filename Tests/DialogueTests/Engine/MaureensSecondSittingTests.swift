import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// Maureen's second sitting: second thoughts said before her days, "go back" with its reason
/// after it, and a question taken off with her reason after its words.
@Suite struct MaureensSecondSittingTests {
  @Test func daysWithSecondThoughtsBeforeThemAreTheStepsDays() throws {
    let lines =
      MaureensListsTests.linesBefore("step_what") + [
        MaureensDaysAndPicksTests.step, "outside", "no wait its tuesdy and thursdy not mondy",
      ]
    let (state, outputs) = try MaureensDaysAndPicksTests.run(lines)
    #expect(outputs.text.contains("I've changed how often to: Tuesday and Thursday night."))
    #expect(state.current?.question == "step_start_date")
  }

  @Test(arguments: ["no go back thats wrong", "go back, wrong one", "go back sorry"])
  func goingBackWithItsReasonIsBack(line: String) {
    #expect(Command.parse(line) == .back)
  }

  @Test(arguments: ["go back to work", "go back wrong way round the block"])
  func goingBackToSomethingIsAnAnswer(line: String) {
    #expect(Command.parse(line) == nil)
  }

  @Test func aQuestionTakenOffWithHerReasonAfterIt() {
    let items = ["the hba1c number wat it means", "do i need a xray"]
    #expect(
      Turn.itemsNamedToTakeOff("no. take off the hba1c one it told me alredy", from: items)
        == [0])
    #expect(Turn.itemsNamedToTakeOff("take off the xray one i asked already", from: items) == [1])
  }
}
