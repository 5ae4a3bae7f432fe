import Dialogue
import Foundation
import TestSupport
import Testing

/// A support worker typing for a client lost words: "ignore that" was kept as a condition,
/// "she wants to know if ..." was cut to "know if ...", "change what she'll do to: ..." was
/// dropped at the read-back, and "half - ..." was refused. Each test failed before its fix.
@Suite struct WorkerWordsKeptTests {
  static func engine() throws -> Engine { try ReadingLittleFollowUpTests.engine(.facilitator) }

  static func linesBefore(_ question: String) -> [String] {
    DialogueActEngineTests.linesBefore(question)
  }

  @Test(arguments: [
    "sorry ignore that, thats her age not a condition", "scratch that", "forget that",
    "ignore that", "take that out", "oops forget that, wrong one",
  ])
  func ignoreThatTakesBackTheLineBefore(line: String) throws {
    let before = Array(Self.linesBefore("conditions"))
    let (state, outputs) = converse(try Self.engine(), before + ["shes 68", line])
    #expect(state.current?.question == "conditions")
    #expect(outputs.text.contains("I've taken 'shes 68' off the list."))
    let (done, _) = converse(try Self.engine(), before + ["shes 68", line, "COPD", "done"])
    #expect(done.value("conditions") == .list(["COPD"]))
  }

  @Test(arguments: ["ignore that", "sorry scratch that, wrong person", "forget that please"])
  func ignoreThatTakesBackASingleAnswer(line: String) throws {
    let (state, _) = converse(try Self.engine(), Self.linesBefore("good_day") + [line])
    #expect(state.current?.question == "support")
    #expect(state.value("support") == nil)
  }

  @Test func ignoreThatWithANewItemKeepsTheNewItem() throws {
    let lines = Self.linesBefore("conditions") + ["asthma", "scratch that, COPD", "done"]
    let (state, _) = converse(try Self.engine(), lines)
    #expect(state.value("conditions") == .list(["COPD"]))
  }

  @Test(arguments: [
    (
      "she wants to know if the water tablets are why she keeps needing the toilet at night",
      "whether the water tablets are why she keeps needing the toilet at night"
    ),
    ("he asked whether he can still drive", "whether he can still drive"),
    ("mum says the blood test results", "the blood test results"),
    ("she wants to know what eGFR is", "what eGFR is"),
  ])
  func aReportingFrameIsTakenOffAQuestion(line: String, kept: String) throws {
    let lines = Self.linesBefore("anything_else") + [line, "done"]
    let (state, _) = converse(try Self.engine(), lines)
    #expect(state.value("anything_else") == .list([kept]))
  }

  @Test func aReportInALaterSentenceIsTakenOffTooButNotAQuote() throws {
    #expect(
      ReportedSpeech.clientSentences("her son Imran after work. she says her neighbour sometimes")
        == "her son Imran after work. her neighbour sometimes")
    #expect(
      ReportedSpeech.clientSentences("COPD and her heart. she says 'my chest and my heart'")
        == "COPD and her heart. she says 'my chest and my heart'")
    #expect(ReportedSpeech.clientSentences("she says") == "she says")
  }

  @Test(arguments: [
    (
      "no thats a mess. change what she'll do to: walk to the end of the road and back",
      "step_what", Optional(AnswerValue.text("walk to the end of the road and back"))
    ),
    ("nearly. change how often to every day except fridays", "step_how_often", nil),
    ("change the step to walk round the park", "step_what", .text("walk round the park")),
  ])
  func changeAPartToWordsAtTheReadBack(line: String, part: String, value: AnswerValue?) throws {
    let lines = Self.linesBefore("step_check") + [line]
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(state.current?.question == "step_check")
    #expect(state.value("step_check") == nil)
    #expect(outputs.text.contains("I've changed"))
    if let value { #expect(state.value(part) == value) }
    if part == "step_how_often" {
      #expect(outputs.text.contains("every day except Fridays"))
    }
  }

  @Test func partlyDoneKeepsItsWords() throws {
    #expect(AnswerNote.saysPartly("half - rehab referal done, inhaler check not yet"))
    #expect(AnswerNote.saysPartly("partly"))
    #expect(AnswerNote.saysPartly("some of it, the referral"))
    #expect(!AnswerNote.saysPartly("halfway there"))
    #expect(!AnswerNote.saysPartly("yes done"))
  }

  @Test func whoHelpsIsSaidBackOnePerLineAsItWillBeSaved() throws {
    let line =
      "her son Imran after work, Dev (support worker) twice a week, and her neighbour sometimes"
    let (state, outputs) = converse(try Self.engine(), Self.linesBefore("support") + [line])
    #expect(state.value("support") == .text(line))
    #expect(
      outputs.text.contains(
        "I've put down who helps as:\n- her son Imran after work\n"
          + "- Dev (support worker) twice a week\n- her neighbour sometimes"))
  }

  @Test func oneHelperIsNotSaidBackAgain() throws {
    let (_, outputs) = converse(try Self.engine(), Self.linesBefore("support") + ["my daughter"])
    #expect(!outputs.text.contains("I've put down who helps"))
  }
}
