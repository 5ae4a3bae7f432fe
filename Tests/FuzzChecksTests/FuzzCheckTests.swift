import Dialogue
import Foundation
import FuzzChecks
import Testing

/// Each check fails when what it guards is broken: a check that cannot fail would let the
/// fuzzers run for hours finding nothing.
@Suite struct FuzzCheckTests {
  @Test func anEscapeByteInWhatIsShownFails() {
    #expect(throws: CheckFailure.self) {
      try EngineCheck.noControlCharacters(in: [.say("red \u{1B}[31mtext")], after: "x")
    }
    #expect(throws: CheckFailure.self) {
      try EngineCheck.noControlCharacters(in: [.notice("a\u{202E}b")], after: "x")
    }
    #expect(throws: Never.self) {
      try EngineCheck.noControlCharacters(in: [.say("Plain words, café.")], after: "x")
    }
  }

  @Test func anAnswerThatDisappearsFails() throws {
    let engine = try #require(BuiltIn.engines[EngineCheck.defaultScript])
    var state = engine.step(ConversationState(), .start(at: BuiltIn.now)).state
    state = engine.step(state, .input("just me", at: BuiltIn.now.addingTimeInterval(60))).state
    #expect(!state.answers.isEmpty)
    #expect(throws: CheckFailure.self) {
      try EngineCheck.nothingLost(
        from: state, to: ConversationState(), by: "walking", engine: engine)
    }
    // Going back takes the latest answer out, as the person asked.
    #expect(throws: Never.self) {
      try EngineCheck.nothingLost(
        from: state, to: ConversationState(), by: "back", engine: engine)
    }
  }

  @Test func aConversationMovesOnFromItsStart() throws {
    let engine = try #require(BuiltIn.engines[EngineCheck.defaultScript])
    let state = engine.step(ConversationState(), .start(at: BuiltIn.now)).state
    #expect(state.modeName == "asking")
    #expect(throws: Never.self) { try EngineCheck.leavable(state, on: engine, at: BuiltIn.now) }
  }

  @Test func everyBuiltInScriptIsThere() {
    for id in ["care-planning", "kiosk", "review", "agree"] {
      #expect(BuiltIn.engines[id] != nil, "\(id)")
    }
  }

  @Test func matchLinesMustBeWholeObjects() throws {
    let engine = try #require(BuiltIn.engines[EngineCheck.defaultScript])
    let json = MatchReport.jsonLine(for: "I'm worn out", engine: engine, today: BuiltIn.today)
    #expect(throws: Never.self) { try MatchCheck.check(json) }
    #expect(throws: CheckFailure.self) { try MatchCheck.check("{}") }
    #expect(throws: CheckFailure.self) { try MatchCheck.check("not json") }
    #expect(throws: CheckFailure.self) { try MatchCheck.check("[1]") }
  }

  @Test func diagnosticsMustAgreeWithLoadingAndPointInsideTheFile() {
    let error = Diagnostic(.error, at: SourceLocation(file: "f", line: 1, column: 1), "bad")
    let far = Diagnostic(.warning, at: SourceLocation(file: "f", line: 9, column: 1), "far")
    #expect(throws: CheckFailure.self) {
      try LoaderCheck.consistent("script", loaded: true, [error], in: "a: 1\n")
    }
    #expect(throws: CheckFailure.self) {
      try LoaderCheck.consistent("script", loaded: false, [], in: "a: 1\n")
    }
    #expect(throws: CheckFailure.self) {
      try LoaderCheck.consistent("script", loaded: true, [far], in: "a: 1\n")
    }
    #expect(throws: Never.self) {
      try LoaderCheck.consistent("script", loaded: false, [error], in: "a: 1\n")
    }
  }

  @Test func theFirstLineCanChooseTheScript() {
    let chosen = EngineCheck.conversation(from: Array("#script kiosk\nhello\n".utf8))
    #expect(chosen.script == "kiosk")
    #expect(chosen.lines == ["hello", ""])
    let unknown = EngineCheck.conversation(from: Array("#script nothing\nhello".utf8))
    #expect(unknown.script == EngineCheck.defaultScript)
    #expect(unknown.lines == ["hello"])
  }
}
