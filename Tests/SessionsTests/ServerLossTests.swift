import Console
import Dialogue
import Foundation
import Store
import Testing

@testable import Sessions

/// A store whose server can go away: while `lost` is on, every call fails as a lost connection
/// would. It can also go by itself after some turns, or at the plan's save.
final class LosableStore: SessionStore, @unchecked Sendable {
  struct Gone: ConnectionFailure, CustomStringConvertible {
    var isConnectionLost: Bool { true }
    var description: String { "the server cannot be reached" }
  }

  let inner: SessionStore
  var lost = false
  /// The server goes once this many more turns have been added.
  var turnsBeforeLoss: Int?
  /// The server goes just as a plan version is saved.
  var losesAtPlanSave = false

  init(_ inner: SessionStore) { self.inner = inner }

  var path: String { inner.path }

  func check() throws(StoreError) {
    if lost { throw StoreError.failed(underlying: Gone()) }
  }

  func create(_ session: SessionRecord) throws(StoreError) {
    try check()
    try inner.create(session)
  }
  func append(_ event: Event, to sessionID: String) throws(StoreError) {
    if let left = turnsBeforeLoss {
      if left == 0 { lost = true }
      turnsBeforeLoss = left - 1
    }
    try check()
    try inner.append(event, to: sessionID)
  }
  func appendScriptChange(_ text: String, at: Date, to sessionID: String) throws(StoreError) {
    try check()
    try inner.appendScriptChange(text, at: at, to: sessionID)
  }
  func timeline(of sessionID: String) throws(StoreError) -> [TimelineEntry] {
    try check()
    return try inner.timeline(of: sessionID)
  }
  func setStatus(_ status: SessionRecord.Status, of sessionID: String) throws(StoreError) {
    try check()
    try inner.setStatus(status, of: sessionID)
  }
  func session(_ id: String) throws(StoreError) -> SessionRecord? {
    try check()
    return try inner.session(id)
  }
  func sessions(idPrefix prefix: String) throws(StoreError) -> [SessionRecord] {
    try check()
    return try inner.sessions(idPrefix: prefix)
  }
  func sessions(clientRef: String?) throws(StoreError) -> [SessionRecord] {
    try check()
    return try inner.sessions(clientRef: clientRef)
  }
  func clientSpelling(of reference: String) throws(StoreError) -> String? {
    try check()
    return try inner.clientSpelling(of: reference)
  }
  func delete(_ sessionID: String) throws(StoreError) {
    try check()
    try inner.delete(sessionID)
  }
  func save(_ version: PlanVersionRecord) throws(StoreError) {
    if losesAtPlanSave { lost = true }
    try check()
    try inner.save(version)
  }
  func planVersions(of planID: String) throws(StoreError) -> [PlanVersionRecord] {
    try check()
    return try inner.planVersions(of: planID)
  }
  func planVersion(producedBy sessionID: String) throws(StoreError) -> PlanVersionRecord? {
    try check()
    return try inner.planVersion(producedBy: sessionID)
  }
  func reviews(of planID: String) throws(StoreError) -> [SessionRecord] {
    try check()
    return try inner.reviews(of: planID)
  }
  func planVersions(clientRef: String) throws(StoreError) -> [PlanVersionRecord] {
    try check()
    return try inner.planVersions(clientRef: clientRef)
  }
  func add(_ note: NoteRecord) throws(StoreError) {
    try check()
    try inner.add(note)
  }
  func notes(of sessionID: String) throws(StoreError) -> [NoteRecord] {
    try check()
    return try inner.notes(of: sessionID)
  }
  func historySecret() throws(StoreError) -> [UInt8] { try inner.historySecret() }
  func together(_ work: () throws -> Void) throws(StoreError) {
    try check()
    try inner.together(work)
  }
  func recordAccess(_ access: Access, session: SessionRecord?, clientRef: String?)
    throws(StoreError)
  {
    try check()
    try inner.recordAccess(access, session: session, clientRef: clientRef)
  }
}

@Suite("The server lost mid-conversation")
struct ServerLossTests {
  static func environment(_ store: TemporaryStore) -> [String: String] {
    ["XDG_DATA_HOME": store.folder.appendingPathComponent("data").path]
  }

  static func typed(_ store: SessionStore, _ id: String) throws -> [String] {
    try store.events(of: id).compactMap { event -> String? in
      if case .input(let text, _) = event { text } else { nil }
    }
  }

  @Test("a note typed while the server is away waits with the answers and is sent once")
  func noteWaitsInItsPlace() throws {
    let folder = TemporaryStore()
    let environment = Self.environment(folder)
    var opening = try Opening.new(
      script: smallScript, mode: "facilitator", clientRef: "C-1", storePath: folder.path)
    let store = LosableStore(try folder.open())
    opening = try Opening.resume(opening.session.id, store: store, environment: environment)
    let id = opening.session.id
    // The start and two answers reach the server; then it goes.
    store.turnsBeforeLoss = 3
    let lines =
      ["yes"] + Array(smallScriptAnswers.prefix(3)) + ["/note she seems tired today"]
      + Array(smallScriptAnswers.dropFirst(3))
    let sitting = ScriptedTerminal(lines: lines)
    #expect(opening.run(on: sitting) == .finished)
    #expect(sitting.texts.contains(Wording.noteKeptUntilResume), "\(sitting.texts)")
    #expect(!sitting.texts.contains { $0.contains("could not save the note") })

    store.lost = false
    #expect(try store.notes(of: id).isEmpty)
    let resumed = try Opening.resume(id, store: store, environment: environment)
    let after = ScriptedTerminal(lines: [])
    #expect(resumed.run(on: after) == .finished)
    #expect(after.texts.contains { $0.contains("1 note kept on this computer are now saved") })
    #expect(try store.notes(of: id).map(\.text) == ["she seems tired today"])
    #expect(try Self.typed(store, id) == smallScriptAnswers)
    #expect(try store.planVersion(producedBy: id) != nil)
    #expect(throws: SessionError.conversationFinished(sessionID: id)) {
      try Opening.resume(id, store: store, environment: environment)
    }
    #expect(try store.notes(of: id).count == 1)
  }

  @Test("a note kept before a crash in the middle of resume is not sent twice")
  func noteSentOnce() throws {
    let folder = TemporaryStore()
    let environment = Self.environment(folder)
    let opening = try Opening.new(
      script: smallScript, mode: "facilitator", clientRef: "C-1", storePath: folder.path)
    let store = try folder.open()
    let id = opening.session.id
    let at = Date(timeIntervalSince1970: 1_800_000_000.123456)
    let note = NoteRecord(sessionID: id, text: "rang her GP", author: "worker", at: at)
    let turn = Event.input("Sam", at: at.addingTimeInterval(1))
    #expect(UnsentTurns.keep(note, environment: environment))
    #expect(UnsentTurns.keep(turn, of: id, environment: environment))
    #expect(UnsentTurns.waiting(for: id, environment: environment) == [.note(note), .turn(turn)])
    try store.add(note)
    let sent = try UnsentTurns.send(for: id, to: store, environment: environment)
    #expect(sent == UnsentTurns.Sent(turns: 1, notes: 0))
    #expect(try store.notes(of: id).count == 1)
  }

  /// A person's conversation on a store whose server can be made to go, opened through it.
  static func selfConversation() throws -> (
    folder: TemporaryStore, environment: [String: String], opening: Opening, store: LosableStore
  ) {
    let folder = TemporaryStore()
    let environment = Self.environment(folder)
    let created = try Opening.new(
      script: smallScript, mode: "self", clientRef: nil, storePath: folder.path)
    let store = LosableStore(try folder.open())
    var opening = try Opening.resume(created.session.id, store: store, environment: environment)
    opening.environment = environment
    return (folder, environment, opening, store)
  }

  @Test("the server lost between the last answer and the plan: resume saves the plan, once")
  func planSavedByResume() throws {
    let (folder, environment, first, store) = try Self.selfConversation()
    defer { withExtendedLifetime(folder) {} }
    store.losesAtPlanSave = true
    let sitting = ScriptedTerminal(lines: smallScriptAnswers)
    #expect(first.run(on: sitting) == .finished)
    let id = first.session.id
    #expect(sitting.texts.contains(Wording.planSavedOnResume(hint(first))), "\(sitting.texts)")

    store.losesAtPlanSave = false
    store.lost = false
    #expect(try store.planVersion(producedBy: id) == nil)
    // `latest` finds it: it is not marked finished until its plan is saved.
    let resumed = try Opening.resume(nil, store: store, environment: environment)
    #expect(resumed.session.id == id)
    let after = ScriptedTerminal(lines: [])
    #expect(resumed.run(on: after) == .finished)
    #expect(after.texts.contains(Wording.planSaved(hint(resumed))), "\(after.texts)")
    #expect(try store.planVersions(of: PlanHistory.planID(of: first.session)).count == 1)
    #expect(try store.session(id)?.status == .finished)
    #expect(throws: SessionError.conversationFinished(sessionID: id)) {
      try Opening.resume(id, store: store, environment: environment)
    }
  }

  @Test("stopping while the server is away says the answers are on this computer, not saved")
  func stoppingOfflineSaysWhereAnswersAre() throws {
    let (folder, _, first, store) = try Self.selfConversation()
    defer { withExtendedLifetime(folder) {} }
    store.turnsBeforeLoss = 2
    let input =
      smallScriptAnswers.prefix(3).map(LineInput.line) + [.interrupt, .interrupt, .line("yes")]
    let sitting = ScriptedTerminal(input, interactive: true)
    #expect(first.run(on: sitting) == .stopped)
    #expect(sitting.texts.contains(Wording.keptHereStopNow), "\(sitting.texts)")
    #expect(sitting.texts.contains(Wording.turnsKeptHere(hint(first))), "\(sitting.texts)")
    #expect(!sitting.texts.contains { $0.contains("answers are saved") }, "\(sitting.texts)")
  }
}
