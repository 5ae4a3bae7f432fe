import Console
import Dialogue
import Foundation
import Store
import Testing

@testable import Sessions

/// Resuming a worker's session: the client is named and confirmed before anything is saved.
@Suite("Resuming a worker's session")
struct ResumeTests {
  /// A copy of small.yaml in the store's folder, so the test can change it between sittings.
  func scriptCopy(in store: TemporaryStore) throws -> URL {
    try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
    let copy = store.folder.appendingPathComponent("small.yaml")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: smallScript), to: copy)
    return copy
  }

  @Test("no saves nothing, not even a changed script; yes then saves the switch and carries on")
  func declineLeavesTheSessionAlone() throws {
    let store = TemporaryStore()
    let script = try scriptCopy(in: store)
    let opening = try Opening.new(
      script: script.path, mode: "facilitator", clientRef: "C-104", storePath: store.path)
    #expect(opening.run(on: ScriptedTerminal(lines: ["Sam"])) == .inputEnded)
    let text = try String(contentsOf: script, encoding: .utf8)
    try text.replacingOccurrences(
      of: "You can type help at any time.", with: "You can type help whenever you like."
    ).write(to: script, atomically: true, encoding: .utf8)
    let sessions = try store.open()
    let timeline = try sessions.timeline(of: opening.session.id)
    let updatedAt = try sessions.session(opening.session.id)?.updatedAt

    let declining = ScriptedTerminal(lines: ["no", "With someone who helps me"])
    #expect(try Opening.resume("latest", store: sessions).run(on: declining) == .declined)
    #expect(try sessions.timeline(of: opening.session.id) == timeline)
    #expect(try sessions.session(opening.session.id)?.updatedAt == updatedAt)
    #expect(
      declining.texts == [
        Wording.welcomeBack(client: "C-104", lastUsed: Display.day(of: updatedAt!)),
        Wording.isThisTheClient("C-104"), Wording.notResumed,
      ])

    let confirming = ScriptedTerminal(lines: ["yes", "quit"])
    #expect(
      try Opening.resume(nil, client: "c-104", store: sessions).run(on: confirming) == .stopped)
    #expect(confirming.texts.prefix(3).last == Wording.questionsChanged)
    let entries = try sessions.timeline(of: opening.session.id)
    #expect(entries.contains { if case .script = $0 { return true } else { return false } })
  }

  @Test("input that ends at the question is the input ending: nothing saved, resume again later")
  func inputEndsAtTheQuestion() throws {
    let store = TemporaryStore()
    let opening = try Opening.new(
      script: smallScript, mode: "facilitator", clientRef: "C-1", storePath: store.path)
    _ = opening.run(on: ScriptedTerminal(lines: ["Sam"]))
    let sessions = try store.open()
    let events = try sessions.events(of: opening.session.id)
    let resumed = try Opening.resume("latest", store: sessions)
    #expect(resumed.run(on: ScriptedTerminal(lines: [])) == .inputEnded)
    #expect(try sessions.events(of: opening.session.id) == events)
    // At a terminal, Ctrl-C or Ctrl-D there is a no.
    let terminal = ScriptedTerminal([.interrupt], interactive: true)
    #expect(try Opening.resume("latest", store: sessions).run(on: terminal) == .declined)
  }

  @Test("a new session keeps a client's reference as first typed, without the spaces around it")
  func firstSpellingKept() throws {
    let store = TemporaryStore()
    let first = try Opening.new(
      script: smallScript, mode: "facilitator", clientRef: " C-104 ", storePath: store.path)
    let second = try Opening.new(
      script: smallScript, mode: "facilitator", clientRef: "c-104", storePath: store.path)
    #expect(first.session.clientRef == "C-104")
    #expect(second.session.clientRef == "C-104")
    let sessions = try store.open()
    #expect(try sessions.sessions(clientRef: "  C-104").count == 2)
    #expect(try sessions.sessions(clientRef: "C-10").isEmpty)
  }
}
