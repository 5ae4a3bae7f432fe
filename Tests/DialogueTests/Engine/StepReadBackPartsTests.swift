import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// Maureen's last try: at the step read-back, a line that is not a plain yes or no changed
/// only the part it named, or was a yes; and parts said inside another answer stayed in their
/// parts. Each test failed before its fix. The step read back is "walk to the end of the road"
/// for 10 minutes after breakfast, outside, every day, starting Monday 23 November (the day
/// of the conversation is Sunday 22 November).
@Suite struct StepReadBackPartsTests {
  static func engine() throws -> Engine { try ReadingLittleFollowUpTests.engine() }

  static func atReadBack(_ lines: [String]) -> [String] {
    DialogueActEngineTests.linesBefore("step_check") + lines
  }

  static let step = AnswerValue.text("walk to the end of the road")

  @Test(arguments: [
    "no start tuesdy not monday", "start on the tuesdy tho", "no its tuesdays",
    "no, start tuesday", "the start is tuesdy",
  ])
  func aDayToStartChangesOnlyTheStart(line: String) throws {
    let (state, outputs) = converse(try Self.engine(), Self.atReadBack([line]))
    #expect(state.value("step_what") == Self.step)
    #expect(state.value("step_how_often") == .text("every day"))
    #expect(state.value("step_start_date") == .date(Day(year: 2026, month: 11, day: 24)))
    #expect(state.current?.question == "step_check")
    #expect(outputs.text.contains("I've changed start date to: Tuesday 24 November 2026."))
    #expect(outputs.text.contains("every day, starting Tuesday 24 November."))
  }

  @Test func theSameDayToStartAgainIsKeptNotChanged() throws {
    let lines = Self.atReadBack(["no start tuesdy not monday", "no its tuesdays"])
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(state.value("step_start_date") == .date(Day(year: 2026, month: 11, day: 24)))
    #expect(outputs.text.contains("Yes, you told me. I have start date as: Tuesday 24 November"))
    #expect(state.current?.question == "step_check")
  }

  @Test(arguments: [
    "that'l do", "thatll do", "that will do", "near enough", "yes near enuf", "close enough ta",
  ])
  func aClosingThatSaysItWillDoIsAYes(line: String) throws {
    let (state, _) = converse(try Self.engine(), Self.atReadBack([line]))
    #expect(state.value("step_check") == .yesNo(true))
    #expect(state.value("step_what") == Self.step)
  }

  @Test func aPartSaidAgainIsAnsweredAndTheStepAskedAbout() throws {
    let (state, outputs) = converse(try Self.engine(), Self.atReadBack(["i told u every day"]))
    #expect(state.value("step_check") == nil)
    #expect(state.current?.question == "step_check")
    #expect(state.value("step_what") == Self.step)
    #expect(outputs.text.contains("Yes, you told me. I have how often as: every day."))
  }

  @Test func wordsAboutAPartThatSayNoChangeOpenThePartsToChange() throws {
    let (state, outputs) = converse(try Self.engine(), Self.atReadBack(["mornings are hard"]))
    #expect(state.value("step_check") == .yesNo(false))
    #expect(state.current?.question == "step_fix")
    #expect(state.value("step_what") == Self.step)
    #expect(outputs.text.contains("I'm not sure which part of the step that changes."))
  }

  @Test(arguments: [
    "i did say walk to the gate and back", "i said walk to the gate and back",
    "like i said walk to the gate and back",
  ])
  func aStepSaidAgainIsReadWithoutWhatWasSaidBefore(line: String) {
    #expect(StepSentence.action(line) == "walk to the gate and back")
  }

  @Test func anotherStepStillReplacesTheStep() throws {
    let line = "no. take a stick and walk to the shop"
    let (state, _) = converse(try Self.engine(), Self.atReadBack([line]))
    #expect(state.value("step_what") == .text("take a stick and walk to the shop"))
  }

  static func atHowMuch(_ lines: [String]) -> [String] {
    DialogueActEngineTests.linesBefore("step_how_much") + lines
  }

  @Test func howOftenAndTheStartSaidForHowMuchAreEachKeptInTheirPart() throws {
    let (state, outputs) = converse(try Self.engine(), Self.atHowMuch(["evry day from nex week"]))
    #expect(state.value("step_how_often") == .text("evry day"))
    #expect(state.value("step_start_date") == .date(Day(year: 2026, month: 11, day: 23)))
    #expect(state.current?.question == "step_how_much")
    #expect(outputs.text.contains("I've written that down for how often: every day."))
  }

  @Test func aPartSaidAgainIsNotAskedAgainNorIsThePartAskedNow() throws {
    let lines = Self.atHowMuch([
      "evry day from nex week", "evry day i said", "wiv my brekfast", "at home",
    ])
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(state.value("step_how_often") == .text("evry day"))
    #expect(state.value("step_how_much") == .skipped(.skipped))
    #expect(state.value("step_when") == .text("wiv my brekfast"))
    #expect(outputs.asked.filter { $0.question == "step_how_much" }.count == 2)
    #expect(!outputs.asked.contains { $0.question == "step_how_often" })
    #expect(state.current?.question == "step_check")
    #expect(
      outputs.text.contains(
        "I will walk to the end of the road with my breakfast at home, every day, starting"))
  }

  @Test(arguments: ["i told u evry day", "evry day i said", "like i said, every day"])
  func aRepeatedAnswerToItsOwnPartIsTakenWithoutTheRepeat(line: String) throws {
    let lines = DialogueActEngineTests.linesBefore("step_how_often") + [line]
    let (state, _) = converse(try Self.engine(), lines)
    let said = try #require(state.answers[AnswerKey("step_how_often", round: 0)])
    #expect(AnswerReading.stepPartKinds(said.value.textValue ?? "") == [.often])
    #expect(said.words == line)
    #expect(state.current?.question == "step_start_date")
  }
}

extension AnswerValue {
  fileprivate var textValue: String? {
    if case .text(let text) = self { return text }
    return nil
  }
}
