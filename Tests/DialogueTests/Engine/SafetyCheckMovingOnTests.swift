import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// At a check question only a clear no is a no: "done", "ok" or "carry on" answer nothing, so
/// the question is put once more in plainer words, and the words are never kept as an answer.
@Suite("Safety: a line that only moves on at a check question")
struct SafetyCheckMovingOnTests {
  static let plainly = "I mean: has it happened today? Please say yes, no or not sure."

  /// The shared file, with plainer words for the fainting check.
  static func engine(_ audience: Audience = .person) throws -> Engine {
    let yaml = SafetyConversation.safetyYAML.replacingOccurrences(
      of: "    check: \"Just to check: is this happening now?\"\n",
      with: "    check: \"Just to check: is this happening now?\"\n"
        + "    check-plainly: \"\(plainly)\"\n")
    let rules = try #require(SafetyRules.load(yaml: yaml, file: "safety.yaml").rules)
    let script = try #require(loadScript(SafetyConversation.scriptYAML))
    return Engine(
      script: script, lexicon: Lexicon(concepts: []), safety: SafetyNet(rules: rules),
      audience: audience)
  }

  @Test(
    "done, ok, carry on: the check is asked again in plainer words, and nothing is kept",
    arguments: ["done", "ok", "Okay.", "carry on", "next", "continue please", "erm done"])
  func asksAgainPlainly(reply: String) throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, ["I fainted in the shop", reply])
    #expect(outputs.notices.isEmpty, "\(reply)")
    #expect(outputs.said.suffix(2) == [engine.safety.rules.wording.checkWhy, Self.plainly])
    #expect(!outputs.said.contains("Thank you. I just wanted to be sure."), "\(reply)")
    #expect(state.value("hard") == nil, "\(reply)")
    #expect(state.safetyFlags.isEmpty, "\(reply)")
    guard case .checkingSafety = state.mode else {
      Issue.record("the check no longer waits after \(reply)")
      return
    }
  }

  @Test("asked plainly, a clear no carries on and the first line is the answer")
  func noAfterAskingPlainly() throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, ["I fainted in the shop", "done", "no"])
    #expect(outputs.notices.isEmpty)
    #expect(state.value("hard") == .text("I fainted in the shop"))
    #expect(outputs.asked.last == AnswerKey("name"))
  }

  @Test("asked plainly, a yes shows the notice")
  func yesAfterAskingPlainly() throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, ["I fainted in the shop", "ok", "yes"])
    #expect(outputs.notices.map(\.categories) == [["fainting"]])
    #expect(state.safetyFlags.map(\.category) == ["fainting"])
  }

  @Test("moving on a second time is never a no: the notice (no calm line here) is shown")
  func movingOnTwice() throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, ["I fainted in the shop", "done", "done"])
    #expect(outputs.notices.map(\.categories) == [["fainting"]])
    #expect(state.value("hard") == nil)
    #expect(state.value("name") == nil)
  }

  @Test("a worker's ok is asked again too, about the person")
  func worker() throws {
    let engine = try Self.engine(.facilitator)
    let (state, outputs) = converse(engine, ["she fainted in the shop", "ok"])
    #expect(outputs.notices.isEmpty)
    #expect(outputs.said.last == Self.plainly)
    #expect(state.safetyFlags.isEmpty)
  }

  @Test(
    "precision: a no, or an explanation, is still read at once as it was",
    arguments: ["no", "no, done with that years ago", "ok no", "it was when I gave blood"])
  func stillNo(reply: String) throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, ["I fainted in the shop", reply])
    #expect(outputs.notices.isEmpty, "\(reply)")
    #expect(!outputs.said.contains(Self.plainly), "\(reply)")
    #expect(state.value("hard") == .text("I fainted in the shop"), "\(reply)")
  }

  @Test(
    "only the whole line moves on: words with more in them are not read that way",
    arguments: [
      ("done", true), ("ok", true), ("carry on", true), ("next please", true),
      ("i am done with that", false), ("ok no", false), ("carry on with my walking", false),
      ("no", false), ("yes", false), ("right now", false), ("right", true), ("ok now", true),
    ])
  func wholeLine(line: String, movesOn: Bool) {
    #expect(SafetyReplies.onlyMovesOn(line) == movesOn, "\(line)")
  }
}
