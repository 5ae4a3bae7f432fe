import Foundation
import Testing

/// The worker's `/not-a-crisis`, through the real binary: the notice is marked, the plan
/// leaves it out, and the export keeps it with the worker's reason.
@Suite("A worker marks a notice as not a crisis")
struct NotACrisisTests {
  let worker = [
    "start", "--script", fixture("scripts/small.yaml"), "--mode", "facilitator", "--client",
    "C-17",
  ]

  @Test("the notice is marked, the finished plan has no urgent-help block, the export keeps it")
  func markedThroughTheBinary() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let reason = "they meant the tablets are hard to keep track of"
    let started = try run(
      worker,
      lines: ["Sam", "I want to kill myself", "/not-a-crisis " + reason]
        + smallAnswers.dropFirst(),
      environment: store.environment)
    #expect(started.status == 0, "\(started.stderr)")
    let said = started.stdout.replacingOccurrences(of: "\n", with: " ")
    #expect(said.contains("is marked as not a crisis"))
    #expect(started.stdout.contains("Plan for Sam"))
    let shown = try run(["show", "latest"], lines: [], environment: store.environment)
    #expect(shown.status == 0, "\(shown.stderr)")
    #expect(!shown.stdout.contains("If I need help quickly"))
    #expect(!shown.stdout.contains("116 123"))
    let exported = try run(
      ["export", "latest", "--format", "json"], lines: [], environment: store.environment)
    #expect(exported.status == 0, "\(exported.stderr)")
    let plan = try #require(
      JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
    let safety = try #require(plan["safety"] as? [[String: Any]])
    #expect(safety.map { $0["category"] as? String } == ["suicidal-thoughts"])
    let withdrawn = try #require(safety.first?["withdrawn"] as? [String: Any])
    #expect(withdrawn["by"] as? String == "worker")
    #expect(withdrawn["reason"] as? String == reason)
    #expect(withdrawn["at"] is String)
  }

  @Test("with nothing after it, the worker is told how, and nothing is marked")
  func needsAReason() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let started = try run(
      worker, lines: ["Sam", "I want to kill myself", "/not-a-crisis", "stop"],
      environment: store.environment)
    #expect(started.stdout.contains("Type the reason after /not-a-crisis"))
    let exported = try run(
      ["export", "latest", "--format", "json"], lines: [], environment: store.environment)
    #expect(!exported.stdout.contains("withdrawn"))
  }
}
