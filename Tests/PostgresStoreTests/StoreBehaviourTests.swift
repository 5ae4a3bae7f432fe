import Dialogue
import Foundation
import Testing

@testable import PostgresStore
@testable import Store

/// What every store promises the application, tried on both: the same calls give the same
/// answers from a file and from the organisation's server.
@Suite("Store behaviour, on both backends")
struct StoreBehaviourTests {
  static func session(
    _ id: String, client: String? = nil, at seconds: Double,
    kind: SessionRecord.Kind = .conversation,
    planID: String? = nil
  ) -> SessionRecord {
    SessionRecord(
      id: id, kind: kind, scriptReference: "small", scriptID: "small", scriptVersion: "1",
      scriptText: "id: small\n", mode: "facilitator", clientRef: client,
      createdAt: Date(timeIntervalSince1970: seconds), planID: planID,
      planVersion: planID == nil ? nil : 1, agreedWith: planID == nil ? nil : "Sam Patel, nurse")
  }

  @Test("a session and its events read back exactly, in order", arguments: Backend.tested)
  func eventsRoundTrip(_ backend: Backend) throws {
    let store = try backend.makeStore()
    let record = Self.session("k7f3q9xb", client: "C-104", at: 1_700_000_000.123456)
    try store.create(record)
    let times = [1_700_000_001.000001, 1_700_000_002.5, 1_700_000_003.987654].map(
      Date.init(timeIntervalSince1970:))
    try store.append(.start(at: times[0]), to: record.id)
    try store.append(.input("I'm worn out, it's 50/50", at: times[1]), to: record.id)
    try store.appendScriptChange("id: small\nversion: 2\n", at: times[2], to: record.id)
    try store.append(.easier(true, at: times[2]), to: record.id)
    #expect(
      try store.timeline(of: record.id) == [
        .event(.start(at: times[0])), .event(.input("I'm worn out, it's 50/50", at: times[1])),
        .script(text: "id: small\nversion: 2\n", at: times[2]), .event(.easier(true, at: times[2])),
      ])
    #expect(try store.events(of: record.id).count == 3)
    let saved = try #require(try store.session(record.id))
    #expect(saved.clientRef == "C-104")
    #expect(saved.agreedWith == nil)
    #expect(abs(saved.updatedAt.timeIntervalSince(times[2])) < 0.001)
    try store.setStatus(.finished, of: record.id)
    #expect(try store.session(record.id)?.status == .finished)
  }

  @Test("ids resolve by prefix, latest and client however typed", arguments: Backend.tested)
  func lookups(_ backend: Backend) throws {
    let store = try backend.makeStore()
    try store.create(Self.session("aaaa1111", client: "c-104", at: 100))
    try store.create(Self.session("aaaa2222", client: "C-104", at: 200))
    try store.create(Self.session("bbbb1111", client: "D-1", at: 300))
    #expect(try store.resolve("bbbb")?.id == "bbbb1111")
    #expect(try store.resolve("aaaa") == nil)
    #expect(try store.resolve("a_a%") == nil)
    #expect(try store.resolve("latest")?.id == "bbbb1111")
    #expect(try store.resolve("latest", clientRef: " C-104 ")?.id == "aaaa2222")
    #expect(try store.sessions(clientRef: "c-104").map(\.id) == ["aaaa2222", "aaaa1111"])
    #expect(try store.clientSpelling(of: "C-104") == "c-104")
    #expect(try store.clientSpelling(of: "Z-9") == nil)
    #expect(try store.sessions().count == 3)
  }

  @Test(
    "plan versions are kept, never overwritten, and go with their session",
    arguments: Backend.tested)
  func planVersions(_ backend: Backend) throws {
    let store = try backend.makeStore()
    let origin = Self.session("origin11", client: "C-7", at: 100)
    let review = Self.session("review11", client: "C-7", at: 200, kind: .review, planID: "plan-1")
    try store.create(origin)
    try store.create(review)
    let first = PlanVersionRecord(
      planID: "plan-1", version: 1, json: "{\"v\":1}", createdAt: Date(timeIntervalSince1970: 150),
      sessionID: origin.id)
    let second = PlanVersionRecord(
      planID: "plan-1", version: 2, json: "{\"v\":2}", createdAt: Date(timeIntervalSince1970: 250),
      sessionID: review.id)
    try store.save(first)
    try store.save(second)
    #expect(throws: StoreError.self) {
      try store.save(
        PlanVersionRecord(
          planID: "plan-1", version: 1, json: "{}", createdAt: Date(), sessionID: origin.id))
    }
    #expect(try store.planVersions(of: "plan-1").map(\.json) == ["{\"v\":1}", "{\"v\":2}"])
    #expect(try store.planVersion(producedBy: review.id)?.version == 2)
    #expect(try store.reviews(of: "plan-1").map(\.id) == [review.id])
    #expect(try store.reviews(of: "plan-1").first?.agreedWith == "Sam Patel, nurse")
    #expect(try store.planVersions(clientRef: "c-7").map(\.version) == [1, 2])
    try store.add(
      NoteRecord(
        sessionID: origin.id, text: "Prefers mornings", author: "Sam",
        at: Date(timeIntervalSince1970: 160), shared: true))
    #expect(try store.notes(of: origin.id).map(\.text) == ["Prefers mornings"])
    #expect(try store.notes(of: origin.id).first?.shared == true)

    try store.delete(review.id)
    #expect(try store.session(review.id) == nil)
    #expect(try store.planVersions(of: "plan-1").map(\.version) == [1])
    try store.delete(origin.id)
    #expect(try store.notes(of: origin.id).isEmpty)
    #expect(try store.timeline(of: origin.id).isEmpty)
    #expect(try store.sessions().isEmpty)
  }

  @Test("the history secret is made once and stays", arguments: Backend.tested)
  func historySecret(_ backend: Backend) throws {
    let store = try backend.makeStore()
    let secret = try store.historySecret()
    #expect(secret.count >= 16)
    #expect(try store.historySecret() == secret)
  }
}
