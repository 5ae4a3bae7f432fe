import Console
import Dialogue
import Foundation
import Store
import Testing

@testable import Sessions

@Suite("A conversation run in process: a scripted terminal and a store in a temporary folder")
struct ConversationLoopTests {
  @Test("the hints name the store unless it is the default one, quoted for the shell")
  func hintsNameTheStore() {
    let environment = ["XDG_DATA_HOME": "/data", "HOME": "/home/sam"]
    #expect(
      CommandHint.reference(
        "abc", storePath: "/data/carecoach/carecoach.sqlite", environment: environment) == "abc")
    #expect(
      CommandHint.reference("abc", storePath: "/tmp/x.sqlite", environment: environment)
        == "abc --store /tmp/x.sqlite")
    #expect(
      CommandHint.reference("abc", storePath: "/tmp/Sam's plans", environment: environment)
        == "abc --store '/tmp/Sam'\\''s plans'")
  }

  @Test("answers in; a finished session, its plan's first version, and how to see it, out")
  func finishes() throws {
    let store = TemporaryStore()
    let opening = try Opening.new(
      script: smallScript, mode: "self", clientRef: nil, storePath: store.path)
    let terminal = ScriptedTerminal(lines: smallScriptAnswers)
    #expect(opening.run(on: terminal) == .finished)
    let sessions = try store.open()
    #expect(try sessions.session(opening.session.id)?.status == .finished)
    let planID = PlanHistory.planID(of: opening.session)
    #expect(try PlanHistory.versions(of: planID, store: sessions).map(\.version) == [1])
    #expect(terminal.texts.contains(Wording.planSaved(hint(opening))))
    #expect(terminal.texts.contains { $0.contains("Goal: sleep better") })
  }

  @Test("in the easier way the end says where the plan is plainly, with a line for a helper")
  func easierEnding() throws {
    let store = TemporaryStore()
    var opening = try Opening.new(
      script: smallScript, mode: "self", clientRef: nil, storePath: store.path)
    opening.easier = true
    let terminal = ScriptedTerminal(lines: smallScriptAnswers)
    #expect(opening.run(on: terminal) == .finished)
    let latest = CommandHint.reference("latest", storePath: opening.store.path)
    let ending = Wording.planSavedPlainly(hint(opening), latest: latest)
    #expect(terminal.texts.contains(ending))
    #expect(!terminal.texts.contains(Wording.planSaved(hint(opening))))
    #expect(ending.contains("Your plan is saved on this computer."))
    #expect(ending.contains("To see it again, type: carecoach show \(latest)"))
    #expect(ending.contains("For your helper: carecoach export \(hint(opening))"))
  }

  @Test("piped input that ends early keeps every answer, and resume carries on from there")
  func inputEndsThenResumes() throws {
    let store = TemporaryStore()
    let opening = try Opening.new(
      script: smallScript, mode: "self", clientRef: nil, storePath: store.path)
    let firstSitting = ScriptedTerminal(lines: Array(smallScriptAnswers.prefix(3)))
    #expect(opening.run(on: firstSitting) == .inputEnded)
    let sessions = try store.open()
    #expect(try sessions.session(opening.session.id)?.status == .active)
    // The start and the three answers.
    #expect(try sessions.events(of: opening.session.id).count == 4)

    let resumed = try Opening.resume(opening.session.id, store: sessions)
    let secondSitting = ScriptedTerminal(lines: Array(smallScriptAnswers.dropFirst(3)))
    #expect(resumed.run(on: secondSitting) == .finished)
    #expect(
      secondSitting.shown.first
        == .say(Wording.welcomeBack(lastUsed: Display.day(of: resumed.session.updatedAt))))
    #expect(throws: SessionError.conversationFinished(sessionID: opening.session.id)) {
      try Opening.resume(opening.session.id, store: sessions)
    }
  }

  @Test("at a terminal, Ctrl-D stops in the words the engine uses for quit, and says how to resume")
  func endAtATerminalStops() throws {
    let store = TemporaryStore()
    let opening = try Opening.new(
      script: smallScript, mode: "self", clientRef: nil, storePath: store.path)
    let terminal = ScriptedTerminal([], interactive: true)
    #expect(opening.run(on: terminal) == .stopped)
    #expect(
      terminal.texts.suffix(2) == [SharedPhrases.stopping, Wording.stopped(hint(opening))])
  }

  @Test("Ctrl-C twice asks before stopping, and only a clear yes stops")
  func interruptTwiceAsks() throws {
    let store = TemporaryStore()
    let opening = try Opening.new(
      script: smallScript, mode: "self", clientRef: nil, storePath: store.path)
    let terminal = ScriptedTerminal(
      [.interrupt, .interrupt, .line("maybe"), .line("yes")], interactive: true)
    #expect(opening.run(on: terminal) == .stopped)
    let notices = terminal.shown.compactMap { block -> String? in
      if case .notice(let text) = block { return text }
      return nil
    }
    #expect(notices == [Wording.lineCleared, Wording.stopNow, Wording.stopNowAgain])
  }

  @Test("Ctrl-C twice, then no, carries on with the same question")
  func interruptTwiceThenNo() throws {
    let store = TemporaryStore()
    let opening = try Opening.new(
      script: smallScript, mode: "self", clientRef: nil, storePath: store.path)
    let terminal = ScriptedTerminal(
      [.interrupt, .interrupt, .line("no")] + smallScriptAnswers.map(LineInput.line))
    #expect(opening.run(on: terminal) == .finished)
  }

  @Test("a worker's /note is kept as the worker's note, never as an answer")
  func workerNote() throws {
    let store = TemporaryStore()
    let opening = try Opening.new(
      script: smallScript, mode: "facilitator", clientRef: "C1", storePath: store.path)
    let terminal = ScriptedTerminal(
      lines: ["/note prefers mornings", "/note", "/share-note walking group", "Sam"])
    #expect(opening.run(on: terminal) == .inputEnded)
    let sessions = try store.open()
    let notes = try sessions.notes(of: opening.session.id)
    #expect(notes.map(\.text) == ["prefers mornings", "walking group"])
    #expect(notes.map(\.author) == ["worker", "worker"])
    // `/note` is the worker's own; `/share-note` is on the person's copy too.
    #expect(notes.map(\.shared) == [false, true])
    #expect(terminal.texts.contains(Wording.privateNoteSaved))
    #expect(terminal.texts.contains(Wording.sharedNoteSaved))
    #expect(terminal.texts.contains(Wording.noteHowTo))
    // The start and "Sam": no note is an event of the conversation.
    #expect(try sessions.events(of: opening.session.id).count == 2)
  }

  @Test("in self mode /note is not a command: it is read as an answer")
  func noteIsAnAnswerForAPerson() throws {
    let store = TemporaryStore()
    let opening = try Opening.new(
      script: smallScript, mode: "self", clientRef: nil, storePath: store.path)
    _ = opening.run(on: ScriptedTerminal(lines: ["/note prefers mornings"]))
    #expect(try store.open().notes(of: opening.session.id).isEmpty)
  }
}

/// The session's id as the hints give it: with `--store`, since the test's store is not the
/// default one.
func hint(_ opening: Opening) -> String {
  CommandHint.reference(opening.session.id, storePath: opening.store.path)
}
