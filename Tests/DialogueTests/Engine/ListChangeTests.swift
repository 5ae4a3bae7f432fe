import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// A list opened again to be changed ("change my questions") starts from the items it had. A
/// line typed there adds to them, and "take off" takes one away; before, one new line replaced
/// the whole list without a word, and Maureen lost two of her questions.
@Suite struct ListChangeTests {
  static let questions = MaureensListsTests.questions

  static func opened() -> [String] {
    MaureensListsTests.withoutPicks(MaureensListsTests.linesBefore("anything_else")) + questions
      + ["done", "change my questions"]
  }

  static func run(_ lines: [String]) throws -> (ConversationState, [Output]) {
    converse(try MaureensListsTests.engine(), lines)
  }

  @Test func theListIsShownNumberedToChange() throws {
    let (state, outputs) = try Self.run(Self.opened())
    #expect(state.current?.question == "anything_else")
    #expect(
      outputs.text.contains("Your list:\n  1. will i need an xray\n  2. how long will it hurt"))
    #expect(outputs.text.contains("or say take off and the words or number of one"))
    #expect(!outputs.text.contains("What would you like it to be?"))
  }

  @Test func aLineTypedAtTheChangeIsAddedNotPutInPlaceOfTheList() throws {
    let (state, outputs) = try Self.run(Self.opened() + ["can they check my feet", "done"])
    #expect(state.value("anything_else") == .list(Self.questions + ["can they check my feet"]))
    #expect(
      outputs.text.contains(
        "I've changed other questions to: will i need an xray; how long will it hurt; "
          + "can i have a home visit; can they check my feet."))
  }

  @Test(arguments: [
    ("take off 2", ["will i need an xray", "can i have a home visit"]),
    ("take off the home visit one", ["will i need an xray", "how long will it hurt"]),
    ("remove will i need an xray", ["how long will it hurt", "can i have a home visit"]),
  ])
  func anItemIsTakenOffByNumberOrWords(line: String, left: [String]) throws {
    let (state, outputs) = try Self.run(Self.opened() + [line, "done"])
    #expect(state.value("anything_else") == .list(left))
    #expect(outputs.text.contains("off the list."))
  }

  @Test(arguments: ["done", "keep", "keep it as it is", ""])
  func leavingAtOnceKeepsTheListAsItWas(line: String) throws {
    let (state, outputs) = try Self.run(Self.opened() + [line])
    #expect(state.value("anything_else") == .list(Self.questions))
    #expect(outputs.text.contains("I've kept your answer as it was"))
    #expect(state.current?.question == "ready")
  }

  @Test func keepAfterAddingKeepsWhatWasAdded() throws {
    let (state, _) = try Self.run(Self.opened() + ["can they check my feet", "keep it"])
    #expect(state.value("anything_else") == .list(Self.questions + ["can they check my feet"]))
  }

  @Test func backBeforeAnyChangeTakesNothingOff() throws {
    let (state, _) = try Self.run(Self.opened() + ["back"])
    #expect(state.value("anything_else") == .list(Self.questions))
  }

  @Test func takingEveryItemOffIsSaidBack() throws {
    let (state, outputs) = try Self.run(Self.opened() + ["delete 1, 2 and 3", "done"])
    #expect(outputs.text.contains("There is nothing on the list now."))
    #expect(state.value("anything_else") == .list([]))
  }

  // MARK: Taking off by the item's words, while typing a list

  @Test(arguments: [
    ("take off the home visit one", [0, 1]),
    ("remove the xray question", [1, 2]),
    ("please take how long will it hurt off the list", [0, 2]),
    ("no cross off hurt", [0, 2]),
  ])
  func itemsNamedByTheirWordsAreTakenOff(line: String, left: [Int]) throws {
    let lines = MaureensListsTests.linesBefore("anything_else") + Self.questions + [line, "done"]
    let (state, _) = try Self.run(lines)
    #expect(state.value("anything_else") == .list(left.map { Self.questions[$0] }))
  }

  @Test func wordsThatNameEveryItemOrNoneTakeNothingOff() {
    #expect(Turn.itemsNamedToTakeOff("remove will", from: Self.questions) == nil)
    #expect(Turn.itemsNamedToTakeOff("take my tablets", from: ["my tablets", "x"]) == nil)
    #expect(Turn.itemsNamedToTakeOff("take my tablets off", from: ["my tablets", "x"]) == [0])
    #expect(Turn.itemsNamedToTakeOff("remove the stitches", from: Self.questions) == nil)
  }
}

extension ListChangeTests {
  /// Maureen's "take off what are my options", where her list had no such item, was kept as one
  /// more question on it.
  @Test(arguments: ["take off what are my options", "take out the one about support"])
  func takingOffWhatIsNotThereIsSaidAndAddsNothing(line: String) throws {
    let (state, outputs) = try Self.run(Self.opened() + [line, "done"])
    #expect(outputs.text.contains("on this list, so nothing has been taken off."))
    #expect(state.value("anything_else") == .list(Self.questions))
  }
}
