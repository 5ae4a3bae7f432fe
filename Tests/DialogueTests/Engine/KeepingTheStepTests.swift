import Dialogue
import Foundation
import TestSupport
import Testing

/// A worker typing for Mrs Begum answered the offer to make the step smaller with "hmm she
/// says no, 5 is ok", and it was kept as the smaller step itself. A no, with or without words
/// around it, keeps the step as it is. Each test failed before the fix.
@Suite struct KeepingTheStepTests {
  static func engine() throws -> Engine { try ReadingLittleFollowUpTests.engine() }

  /// The lines that reach "Would you like to make the step a bit smaller?", after a first
  /// step of "walk to the end of the road" for "10 minutes" and a confidence of 3.
  static func linesBeforeTheOffer() -> [String] {
    DialogueActEngineTests.linesBefore("confidence") + ["3", "my knees", "rest first"]
  }

  @Test func theLinesReachTheOffer() throws {
    let (state, _) = converse(try Self.engine(), Self.linesBeforeTheOffer())
    #expect(state.current?.question == "make_smaller")
  }

  @Test(arguments: [
    "hmm no, 10 minutes is ok", "no, it's fine as it is", "it's fine as it is", "hmm no",
    "10 minutes is fine", "same", "leave it as it is", "no 10 is ok",
    "dunno, she says 10 mins is fine",
  ])
  func aNoKeepsTheStepAsItIs(line: String) throws {
    let (state, outputs) = converse(try Self.engine(), Self.linesBeforeTheOffer() + [line])
    #expect(state.value("make_smaller") == .yesNo(false))
    #expect(state.value("smaller_step") == nil)
    #expect(!outputs.text.contains("smaller version"))
    #expect(state.current?.question != "smaller_check")
  }

  @Test(arguments: ["walk to the gate and back", "yes, walk to the gate"])
  func aSmallerStepIsStillTakenAsOne(line: String) throws {
    let (state, _) = converse(try Self.engine(), Self.linesBeforeTheOffer() + [line])
    #expect(state.value("make_smaller") == .yesNo(true))
    #expect(state.value("smaller_step") != nil)
  }

  @Test func aWorkersThinkingAndReportIsSetAside() {
    #expect(ReportedSpeech.clientWords("hmm she says no, 5 is ok") == "no, 5 is ok")
    #expect(ReportedSpeech.clientWords("hmm, walk to the shop") == "hmm, walk to the shop")
    #expect(AnswerReading.yesNo("hmm no") == false)
    #expect(AnswerReading.yesNo("hmm yes please") == true)
    #expect(AnswerReading.yesNo("hmm") == nil)
    #expect(AnswerReading.yesNo("hmm maybe") == nil)
  }
}
