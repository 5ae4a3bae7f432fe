import Foundation
import Testing

@testable import Store

/// Client references are looked up without regard to case or the spaces around them.
@Suite("Client references")
struct ClientReferenceTests {
  func session(_ id: String, client: String?, at seconds: Double) -> SessionRecord {
    SessionRecord(
      id: id, scriptReference: "small", scriptID: "small", scriptVersion: "1", scriptText: "",
      mode: "facilitator", clientRef: client, createdAt: Date(timeIntervalSince1970: seconds))
  }

  @Test("every spelling a store holds is found, and the first one used is the one shown")
  func spellings() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-client-ref-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteSessionStore(path: folder.appendingPathComponent("store.sqlite").path)
    // As a store written before references were matched this way may hold them.
    try store.create(session("aaaaaaaa", client: "c-104", at: 200))
    try store.create(session("bbbbbbbb", client: "C-104", at: 100))
    try store.create(session("cccccccc", client: "C-1040", at: 300))
    try store.create(session("dddddddd", client: nil, at: 400))
    #expect(try store.sessions(clientRef: " c-104\t").map(\.id) == ["aaaaaaaa", "bbbbbbbb"])
    #expect(try store.clientSpelling(of: "C-104 ") == "C-104")
    #expect(try store.clientSpelling(of: "C-999") == nil)
    #expect(try store.sessions(clientRef: "C-999").isEmpty)
    #expect(try store.planVersions(clientRef: "C-999").isEmpty)
    #expect(ClientReference.key(" Ç-104 ") == ClientReference.key("ç-104"))
  }
}
