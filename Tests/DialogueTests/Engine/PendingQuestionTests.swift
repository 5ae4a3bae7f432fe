import Dialogue
import Foundation
import TestSupport
import Testing

/// Commands typed while the engine waits on its own question ("Do you want to start again?",
/// "carry on, or stop?") do what they say instead of only putting the question again.
@Suite("Commands at the engine's own questions")
struct PendingQuestionTests {
  let engine: Engine

  init() throws {
    engine = try SafetyFixtures.engine()
  }

  @Test("quit at the restart question stops, keeping the answers")
  func quitAtRestart() {
    let (state, outputs) = converse(engine, ["Sam", "restart", "quit"])
    #expect(outputs.last == .stopped)
    #expect(state.value("name") == .text("Sam"))
  }

  @Test("summary at the restart question shows the answers, then asks about starting again")
  func summaryAtRestart() {
    let (state, outputs) = converse(engine, ["Sam", "restart", "summary"])
    #expect(
      outputs.contains(.summary(title: "What you have said so far", items: ["Name: Sam"])))
    #expect(
      outputs.last
        == .notice(
          "Do you want to start again from the beginning? Your answers so far will be cleared. "
            + "Please say yes or no."))
    // The question is still open: yes now starts again.
    let after = engine.step(state, .input("yes", at: testNow.addingTimeInterval(600)))
    #expect(after.state.value("name") == nil)
    #expect(after.outputs.contains(.say("OK, let's start again.")))
  }

  @Test("help at the restart question explains, then asks about starting again")
  func helpAtRestart() {
    let (_, outputs) = converse(engine, ["Sam", "restart", "help"])
    let turn = outputs.suffix(2)
    guard case .say(let help) = turn.first else {
      Issue.record("no help shown: \(turn)")
      return
    }
    #expect(help.contains("restart - start again from the beginning"))
    #expect(outputs.last.map { "\($0)" }?.contains("Do you want to start again") == true)
  }

  @Test("back at the restart question drops the question and goes back")
  func backAtRestart() {
    let (state, outputs) = converse(engine, ["Sam", "restart", "back"])
    #expect(state.value("name") == nil)
    #expect(state.current == AnswerKey("name"))
    #expect(outputs.asked.last == AnswerKey("name"))
    // The restart question is gone: the next line is an answer, not a yes or no.
    let after = engine.step(state, .input("Bo", at: testNow.addingTimeInterval(600)))
    #expect(after.state.value("name") == .text("Bo"))
  }

  @Test("summary and help at 'carry on, or stop?' answer, then ask it again")
  func commandsAfterSafety() {
    let carryOn = SafetyFixtures.rules.wording.carryOn
    let summary = converse(engine, ["Sam", "I want to kill myself", "summary"])
    #expect(
      summary.outputs.contains(
        .summary(title: "What you have said so far", items: ["Name: Sam"])))
    #expect(summary.outputs.last == .say(carryOn))
    #expect(!summary.outputs.text.contains(SafetyFixtures.rules.wording.carryOnUnclear))
    let help = converse(engine, ["Sam", "I want to kill myself", "help"])
    #expect(help.outputs.text.contains("summary - see what you have said so far"))
    #expect(help.outputs.last == .say(carryOn))
    let again = converse(engine, ["Sam", "I want to kill myself", "repeat"])
    #expect(again.outputs.last == .say(carryOn))
    #expect(!again.outputs.text.contains(SafetyFixtures.rules.wording.carryOnUnclear))
    // Still waiting for the choice: carrying on reads the held line.
    let carried = engine.step(
      summary.state, .input("carry on", at: testNow.addingTimeInterval(600)))
    #expect(carried.state.value("setting") == nil)
    #expect(
      carried.outputs.contains(
        .say("Thank you for telling me. Take your time. We can carry on when you're ready.")))
    let quit = converse(engine, ["Sam", "I want to kill myself", "quit"])
    #expect(quit.outputs.last == .stopped)
  }
}
