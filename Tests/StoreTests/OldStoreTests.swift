import Dialogue
import Foundation
import GRDB
import Testing

@testable import Store

/// The package's root folder, found from this file's place in Tests/.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// A copy of a fixture store in a fresh folder, so a test never changes the committed file.
func copyOfFixture(_ name: String) throws -> (folder: URL, path: String) {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "carecoach-old-store-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let path = folder.appendingPathComponent("store.sqlite").path
  try FileManager.default.copyItem(
    atPath: packageRoot.appendingPathComponent("Tests/Fixtures/stores/\(name)").path, toPath: path)
  return (folder, path)
}

@Suite("Stores written by older versions")
struct OldStoreTests {
  @Test("a v1 store opens, migrates to the current schema and reads its session")
  func v1Opens() throws {
    let (folder, path) = try copyOfFixture("v1.sqlite")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteSessionStore(path: path)

    let applied = try store.database.read { db in
      try Migrations.migrator.appliedIdentifiers(db)
    }
    #expect(applied == Set(Migrations.migrator.migrations))

    let sessions = try store.sessions()
    #expect(sessions.map(\.id) == ["v1sessn1"])
    let session = try #require(sessions.first)
    #expect(session.clientRef == "C-1")
    #expect(session.status == .active)
    #expect(session.scriptText.contains("id: small"))
    let events = try store.events(of: "v1sessn1")
    #expect(
      events == [
        .start(at: Date(timeIntervalSince1970: 1_795_341_600)),
        .input("Sam", at: Date(timeIntervalSince1970: 1_795_341_660)),
        .input("2", at: Date(timeIntervalSince1970: 1_795_341_720)),
      ])
    #expect(try store.notes(of: "v1sessn1").map(\.text) == ["prefers mornings"])
    // A note from before notes could be shared stays the worker's own.
    #expect(try store.notes(of: "v1sessn1").map(\.shared) == [false])

    // The migrated store takes new events after the old ones.
    try store.append(
      .input("walking", at: Date(timeIntervalSince1970: 1_795_341_780)), to: "v1sessn1")
    #expect(try store.events(of: "v1sessn1").count == 4)
    let check = try store.database.read { db in
      try String.fetchOne(db, sql: "PRAGMA integrity_check")
    }
    #expect(check == "ok")
  }

  @Test("v1 to v2: the migrated store keeps plan versions, oldest first, never overwritten")
  func v1ToV2PlanVersions() throws {
    let (folder, path) = try copyOfFixture("v1.sqlite")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteSessionStore(path: path)
    let at = Date(timeIntervalSince1970: 1_795_345_200)
    for version in [2, 1] {
      try store.save(
        PlanVersionRecord(
          planID: "plan-v1sessn1", version: version, json: "{\"version\": \(version)}",
          createdAt: at.addingTimeInterval(Double(version)), sessionID: "v1sessn1"))
    }
    #expect(try store.planVersions(of: "plan-v1sessn1").map(\.version) == [1, 2])
    #expect(try store.planVersions(clientRef: "C-1").map(\.version) == [1, 2])
    #expect(try store.planVersions(clientRef: "C-2").isEmpty)
    #expect(throws: StoreError.self) {
      try store.save(
        PlanVersionRecord(
          planID: "plan-v1sessn1", version: 1, json: "{}", createdAt: at, sessionID: "v1sessn1"))
    }
    #expect(try store.planVersions(of: "plan-v1sessn1").first?.json == "{\"version\": 1}")
    try store.delete("v1sessn1")
    #expect(try store.planVersions(of: "plan-v1sessn1").isEmpty)
  }

  @Test("a script change is kept in the timeline, in its place, and left out of plain events")
  func scriptChangeInTimeline() throws {
    let (folder, path) = try copyOfFixture("v1.sqlite")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteSessionStore(path: path)
    let at = Date(timeIntervalSince1970: 1_795_345_200)
    try store.appendScriptChange("id: small\nversion: \"2\"", at: at, to: "v1sessn1")
    try store.append(.input("walking", at: at), to: "v1sessn1")
    let timeline = try store.timeline(of: "v1sessn1")
    #expect(timeline.count == 5)
    #expect(timeline[3] == .script(text: "id: small\nversion: \"2\"", at: at))
    #expect(timeline[4] == .event(.input("walking", at: at)))
    #expect(try store.events(of: "v1sessn1").count == 4)
  }

  @Test("v1 to v3: old sessions follow no plan version; a review keeps the version it started from")
  func v1ToV3Reviews() throws {
    let (folder, path) = try copyOfFixture("v1.sqlite")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteSessionStore(path: path)
    #expect(try store.session("v1sessn1")?.planVersion == nil)
    let at = Date(timeIntervalSince1970: 1_795_345_200)
    try store.save(
      PlanVersionRecord(
        planID: "plan-v1sessn1", version: 1, json: "{}", createdAt: at, sessionID: "v1sessn1"))
    for (id, minutes) in [("review02", 2.0), ("review01", 1.0)] {
      try store.create(
        SessionRecord(
          id: id, kind: .review, scriptReference: "review", scriptID: "review",
          scriptVersion: "1.0", scriptText: "id: review", mode: "self",
          createdAt: at.addingTimeInterval(minutes * 60), planID: "plan-v1sessn1",
          planVersion: 1))
    }
    #expect(try store.session("review01")?.planVersion == 1)
    #expect(try store.reviews(of: "plan-v1sessn1").map(\.id) == ["review01", "review02"])
    #expect(try store.reviews(of: "plan-other").isEmpty)
    try store.save(
      PlanVersionRecord(
        planID: "plan-v1sessn1", version: 2, json: "{}", createdAt: at, sessionID: "review01"))
    #expect(try store.planVersion(producedBy: "review01")?.version == 2)
    #expect(try store.planVersion(producedBy: "review02") == nil)
  }
}
