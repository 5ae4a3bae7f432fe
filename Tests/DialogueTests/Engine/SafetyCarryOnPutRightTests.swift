import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// "Carry on, she meant her knees" at "carry on, or stop?" carries on and puts the notice
/// right: it is not answered as if there were a crisis ("Take your time").
@Suite("Safety: carrying on with words that put the notice right")
struct SafetyCarryOnPutRightTests {
  @Test(
    "carry on with an explanation takes the notice back, and the first line is the answer",
    arguments: [
      "carry on, she meant her knees", "carry on he was talking about his car",
      "ok carry on, it was a false alarm", "carry on - not what I meant",
      "continue, I meant at school years ago",
    ])
  func takesBack(line: String) throws {
    let engine = try SafetyConversation.engine(.facilitator)
    let (state, outputs) = converse(engine, ["she passed out at school", line])
    let flag = try #require(state.safetyFlags.first, "\(line)")
    #expect(flag.withdrawn?.reason == line, "\(line)")
    #expect(!outputs.said.contains("Thank you for telling me. Take your time."), "\(line)")
    // The worker is told in a line of their own; "off your plan" is not said to them.
    #expect(!outputs.said.contains("Sorry, I got that wrong."), "\(line)")
    #expect(
      outputs.shownNotices.contains { $0.hasPrefix("For the worker: the notice about") }, "\(line)")
    // The line that set the notice off was an answer after all: nothing typed is lost.
    #expect(state.value("hard") != nil, "\(line)")
    #expect(outputs.asked.last == AnswerKey("name"), "\(line)")
  }

  @Test("a person's own 'carry on, I meant ...' puts it right too")
  func person() throws {
    let engine = try SafetyConversation.engine()
    let (state, outputs) = converse(
      engine, ["I passed out at school", "carry on, I meant the school play"])
    #expect(state.safetyFlags.first?.withdrawn?.by == .person)
    #expect(outputs.said.contains("Sorry, I got that wrong."))
    #expect(!outputs.said.contains("Thank you for telling me. Take your time."))
  }

  @Test("a notice the file keeps is not taken back, but carries on without the crisis words")
  func keptNotice() throws {
    let engine = try SafetyConversation.engine(.facilitator)
    let (state, outputs) = converse(
      engine, ["I want to die", "carry on, she meant her knees"])
    #expect(state.safetyFlags.first?.withdrawn == nil)
    #expect(outputs.shownNotices.last == SafetyConversation.rules.wording.workerKept)
    #expect(!outputs.said.contains("Thank you for telling me. Take your time."))
    guard case .choosingAfterSafety = state.mode else { return }
    Issue.record("carry on was not taken")
  }

  @Test(
    "precision: carrying on with no put-right, or words that say it stood, keeps the notice",
    arguments: [
      "carry on", "carry on please", "carry on, she meant it", "carry on, he meant that",
      "carry on, she meant she was scared", "carry on, she means her knees are bad",
    ])
  func keeps(line: String) throws {
    let engine = try SafetyConversation.engine(.facilitator)
    let (state, outputs) = converse(engine, ["she passed out at school", line])
    #expect(state.safetyFlags.first?.withdrawn == nil, "\(line)")
    #expect(outputs.said.contains("Thank you for telling me. Take your time."), "\(line)")
  }
}
