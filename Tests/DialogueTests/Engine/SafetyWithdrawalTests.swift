import Dialogue
import Foundation
import TestSupport
import Testing

@Suite("Safety: a notice can be taken back")
struct SafetyWithdrawalTests {
  @Test(
    "that's not what I meant, in the ways people say it, takes the notice back",
    arguments: [
      "that's not what I meant", "Thats not what i ment", "no you got it wrong",
      "I didn't mean that", "you misunderstood me", "not wat i meant", "its not an emergency",
    ])
  func personTakesBack(line: String) throws {
    let engine = try SafetyConversation.engine()
    let (state, outputs) = converse(engine, ["I passed out at school", line])
    let flag = try #require(state.safetyFlags.first, "\(line)")
    #expect(flag.withdrawn?.by == .person, "\(line)")
    #expect(flag.withdrawn?.at == testNow.addingTimeInterval(120), "\(line)")
    #expect(flag.withdrawn?.reason == line, "\(line)")
    #expect(outputs.said.contains("Sorry, I got that wrong."), "\(line)")
    // The line that set the notice off was an answer after all: nothing typed is lost.
    #expect(state.value("hard") == .text("I passed out at school"), "\(line)")
    #expect(outputs.asked.last == AnswerKey("name"), "\(line)")
  }

  @Test("after carry on, it still takes back the notice while its question waits")
  func afterCarryOn() throws {
    let engine = try SafetyConversation.engine()
    let (state, _) = converse(
      engine, ["I passed out at school", "carry on", "that's not what I meant"])
    #expect(state.safetyFlags.first?.withdrawn?.by == .person)
    #expect(state.value("hard") == .text("I passed out at school"))
  }

  @Test("once the question has moved on, the words are only an answer")
  func notAfterTheQuestionMovesOn() throws {
    let engine = try SafetyConversation.engine()
    let (state, _) = converse(
      engine, ["I passed out at school", "carry on", "my feet", "that's not what I meant"])
    #expect(state.safetyFlags.first?.withdrawn == nil)
    #expect(state.value("name") == .text("that's not what I meant"))
  }

  @Test("with nothing shown, the words are only an answer")
  func nothingToTakeBack() throws {
    let engine = try SafetyConversation.engine()
    let (state, outputs) = converse(engine, ["that's not what I meant"])
    #expect(!outputs.said.contains("Sorry, I got that wrong."))
    #expect(state.value("hard") == .text("that's not what I meant"))
  }

  @Test(
    "wanting to die cannot be taken back by the person alone: they are told why, kindly",
    arguments: [Audience.person, .kiosk])
  func keptNotice(audience: Audience) throws {
    let engine = try SafetyConversation.engine(audience)
    let (state, outputs) = converse(engine, ["I want to die", "that's not what I meant"])
    #expect(state.safetyFlags.first?.withdrawn == nil)
    #expect(outputs.said.contains("I can't take this one off on my own."))
    #expect(outputs.last == .say(SafetyConversation.rules.wording.carryOn))
  }

  @Test("in facilitator mode the worker is told only they can take that one back")
  func keptNoticeFacilitator() throws {
    let engine = try SafetyConversation.engine(.facilitator)
    let (state, outputs) = converse(engine, ["I want to die", "that's not what I meant"])
    #expect(state.safetyFlags.first?.withdrawn == nil)
    #expect(outputs.shownNotices.last == SafetyConversation.rules.wording.workerKept)
  }

  @Test("the worker's /not-a-crisis takes it back, with the reason, and the line answers")
  func workerTakesBack() throws {
    let engine = try SafetyConversation.engine(.facilitator)
    let reason = "they meant they want to die of boredom at the clinic"
    let (state, outputs) = converse(engine, ["I want to die", "/not-a-crisis " + reason])
    let withdrawn = try #require(state.safetyFlags.first?.withdrawn)
    #expect(
      withdrawn
        == SafetyWithdrawal(by: .worker, at: testNow.addingTimeInterval(120), reason: reason))
    // The reason is the worker's words: the safety net does not read it.
    #expect(outputs.notices.count == 1)
    #expect(
      outputs.shownNotices.contains(
        "For the worker: the notice about thoughts of suicide is marked as not a crisis. "
          + "The record keeps the notice and your reason."))
    #expect(state.value("hard") == .text("I want to die"))
  }

  @Test("/not-a-crisis with no reason says how; with no notice, says there is none")
  func workerCommandNeedsAReasonAndANotice() throws {
    let engine = try SafetyConversation.engine(.facilitator)
    let bare = converse(engine, ["I want to die", "/not-a-crisis"])
    #expect(bare.state.safetyFlags.first?.withdrawn == nil)
    #expect(
      bare.outputs.shownNotices.last?.hasPrefix("Type the reason after /not-a-crisis") == true)
    let none = converse(engine, ["/not-a-crisis they were joking"])
    #expect(none.outputs.shownNotices == ["There is no safety notice to mark as not a crisis."])
    #expect(none.state.value("hard") == nil)
  }

  @Test("/not-a-crisis later marks the latest notice still standing, and only it")
  func workerMarksAnEarlierNotice() throws {
    let engine = try SafetyConversation.engine(.facilitator)
    let (state, _) = converse(
      engine,
      [
        "I want to die", "carry on", "my feet", "I passed out", "carry on", "Sam",
        "/not-a-crisis school days", "/not-a-crisis a figure of speech",
      ])
    #expect(state.safetyFlags.map(\.withdrawn?.reason) == ["a figure of speech", "school days"])
    #expect(state.value("name") == .text("Sam"))
  }

  @Test("in self mode /not-a-crisis is no command")
  func notACommandInSelfMode() throws {
    let engine = try SafetyConversation.engine()
    let (state, _) = converse(engine, ["I want to die", "/not-a-crisis joking"])
    #expect(state.safetyFlags.first?.withdrawn == nil)
  }

  @Test("starting again keeps the notices shown, and what was taken back")
  func restartKeepsTheRecord() throws {
    let engine = try SafetyConversation.engine()
    let (state, _) = converse(
      engine,
      [
        "I passed out at school", "that's not what I meant", "I want to die", "carry on",
        "restart", "yes",
      ])
    #expect(state.safetyFlags.map(\.category) == ["fainting", "suicidal"])
    #expect(state.safetyFlags.map { $0.withdrawn == nil } == [false, true])
    #expect(state.value("hard") == nil)
  }

  @Test("replaying a withdrawal gives the same state")
  func replay() throws {
    let engine = try SafetyConversation.engine()
    let inputs = ["I passed out at school", "carry on", "that's not what I meant", "Sam"]
    let first = converse(engine, inputs)
    #expect(first.state == converse(engine, inputs).state)
    #expect(first.state.safetyFlags.first?.withdrawn != nil)
  }
}

@Suite("Safety wording: loaded and checked")
struct SafetyWordingTests {
  @Test("the new sentences are read from the file; the default file has each")
  func loaded() throws {
    let wording = SafetyConversation.rules.wording
    #expect(wording.afterCarryOn == "Thank you for telling me. Take your time.")
    #expect(wording.keptNotice.categories == ["suicidal"])
    let standard = SafetyFixtures.rules.wording
    #expect(standard.keptNotice.categories == ["suicidal-thoughts", "self-harm-overdose"])
    #expect(standard.checkAnswered == "Thanks. Let's carry on.")
    #expect(standard.withdrawn == "Sorry, I got that wrong. I have taken it off your plan.")
  }

  @Test("an unknown category in kept-notice, and an unknown key, are reported where they are")
  func problems() {
    let yaml = SafetyConversation.safetyYAML
      .replacingOccurrences(of: "categories: [suicidal]", with: "categories: [suicidel]")
      .replacingOccurrences(of: "  withdrawn: Sorry", with: "  withdrawnn: Sorry")
    let loaded = SafetyRules.load(yaml: yaml, file: "safety.yaml")
    #expect(loaded.rules == nil)
    let messages = loaded.diagnostics.map(\.description)
    #expect(
      messages.contains { $0.contains("unknown category 'suicidel'") && $0.contains("suicidal") })
    #expect(messages.contains { $0.contains("unknown key 'withdrawnn'") && $0.contains(":4:") })
  }
}
