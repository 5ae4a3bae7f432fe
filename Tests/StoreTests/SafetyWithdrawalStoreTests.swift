import Dialogue
import Foundation
import Testing

@testable import Store

/// A notice taken back is kept as the events that took it back, so a resumed conversation
/// replays to the same flags, withdrawal and all: no column or migration of its own.
@Suite("Safety withdrawals in the store")
struct SafetyWithdrawalStoreTests {
  static let safety = """
    services:
      - id: samaritans
        name: Samaritans
        contact: call 116 123
        say: Call Samaritans on 116 123.
    categories:
      - id: fainting
        title: Please get advice today
        level: urgent
        message: Please get advice.
        signpost: [samaritans]
        check: "Just to check: is this happening now?"
        patterns:
          - passed out
    """

  static let script = """
    id: store-safety
    version: "1"
    title: Store safety
    sections:
      - id: one
        title: One
        questions:
          - id: hard
            text: Is any part of your care hard?
          - id: name
            text: What should I call you?
    """

  static func engine(_ audience: Audience) throws -> Engine {
    let rules = try #require(SafetyRules.load(yaml: safety, file: "safety.yaml").rules)
    let script = try #require(
      ScriptLoader.load(text: script, file: "s.yaml", lexicon: Lexicon(concepts: [])).script)
    return Engine(
      script: script, lexicon: Lexicon(concepts: []), safety: SafetyNet(rules: rules),
      audience: audience)
  }

  @Test(
    "the withdrawal, with who and when, survives closing the store and resuming",
    arguments: [
      ("that's not what I meant", Audience.person, SafetyWithdrawal.By.person),
      ("/not-a-crisis they fainted at school years ago", .facilitator, .worker),
    ])
  func survivesResume(line: String, audience: Audience, by: SafetyWithdrawal.By) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-withdrawal-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("store.sqlite").path
    let start = Date(timeIntervalSince1970: 1_795_341_600)
    let engine = try Self.engine(audience)
    let events: [Event] = [
      .start(at: start), .input("I passed out", at: start.addingTimeInterval(60)),
      .input(line, at: start.addingTimeInterval(120)),
    ]
    do {
      let store = try SQLiteSessionStore(path: path)
      try store.create(
        SessionRecord(
          id: "s1", scriptReference: "s.yaml", scriptID: "store-safety", scriptVersion: "1",
          scriptText: Self.script, mode: audience == .facilitator ? "facilitator" : "self",
          createdAt: start))
      for event in events { try store.append(event, to: "s1") }
    }
    let reopened = try SQLiteSessionStore(path: path)
    let replayed = engine.replay(try reopened.events(of: "s1")).state
    let flag = try #require(replayed.safetyFlags.first)
    #expect(flag.category == "fainting")
    #expect(flag.withdrawn?.by == by)
    #expect(flag.withdrawn?.at == start.addingTimeInterval(120))
    #expect(replayed == engine.replay(events).state)
    // Resuming carries on from the same place: the line is the first question's answer.
    #expect(replayed.answers[AnswerKey("hard")]?.words == "I passed out")
  }
}
