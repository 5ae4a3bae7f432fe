import Foundation
import Testing

/// In facilitator mode the worker types: nothing the person sees may speak as if they were
/// typing alone, and the plan says a worker helped prepare it.
@Suite("Facilitator wording")
struct FacilitatorWordingTests {
  /// Words that speak to a person typing alone, wrong when a worker types with them.
  static let selfTypingWords = [
    "Please make sure the answers are yours", "type for you", "If you get stuck, type help",
    "Just say skip", "If you need a hand at any time, ask", "Prepared by me",
    "Just type what is",
  ]

  /// Margaret's answers to the whole default conversation (a golden transcript), with someone
  /// helping her: the answer whose reflection spoke as if she typed alone.
  static func answers() throws -> [String] {
    let transcript = try String(
      contentsOf: packageRoot.appendingPathComponent(
        "Tests/Transcripts/people-1-walk-the-dog.transcript"), encoding: .utf8)
    var lines = transcript.split(separator: "\n").filter { $0.hasPrefix("> ") }
      .map { String($0.dropFirst(2)) }
    lines[0] = "someone who helps me"
    return lines
  }

  @Test("the whole default conversation in facilitator mode has no self-typing words")
  func wholeConversation() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let result = try run(
      ["start", "--mode", "facilitator", "--client", "C-3"], lines: try Self.answers(),
      environment: store.environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Your plan is saved."))
    #expect(result.stdout.contains("Type their answers in their own words"))
    for words in Self.selfTypingWords {
      #expect(!result.stdout.contains(words), "\(words)")
    }
    #expect(
      result.stdout.contains(
        "Prepared with a support worker using CareCoach. This is not medical advice."))

    // The review that follows is typed with the worker too.
    let review = try run(
      ["review", "latest"], lines: Array(repeating: "skip", count: 60),
      environment: store.environment)
    #expect(review.status == 0, "\(review.stderr)")
    #expect(review.stdout.contains("Your plan is saved as version 2."))
    for words in Self.selfTypingWords {
      #expect(!review.stdout.contains(words), "review: \(words)")
    }
    #expect(review.stdout.contains("Prepared with a support worker using CareCoach."))
  }

  @Test("a plan typed with a worker says so in every format; one typed alone says 'by me'")
  func preparedBy() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let small = ["start", "--script", fixture("scripts/small.yaml")]
    let withWorker = try run(
      small + ["--mode", "facilitator", "--client", "C-4"], lines: smallAnswers,
      environment: store.environment)
    #expect(withWorker.status == 0, "\(withWorker.stderr)")
    for format in ["text", "markdown", "html"] {
      let exported = try run(
        ["export", "latest", "--format", format], lines: [], environment: store.environment)
      #expect(
        exported.stdout.contains("Prepared with a support worker using CareCoach"), "\(format)")
      #expect(!exported.stdout.contains("Prepared by me"), "\(format)")
    }
    let json = try run(
      ["export", "latest", "--format", "json"], lines: [], environment: store.environment)
    let plan = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(plan?["mode"] as? String == "facilitator")
    let fhir = try run(
      ["export", "latest", "--format", "fhir"], lines: [], environment: store.environment)
    #expect(fhir.stdout.contains("\"contributor\""))
    #expect(fhir.stdout.contains("\"display\": \"support worker\""))

    let alone = try TemporaryStore()
    defer { alone.remove() }
    _ = try run(small, lines: smallAnswers, environment: alone.environment)
    let text = try run(
      ["export", "latest", "--format", "text"], lines: [], environment: alone.environment)
    #expect(text.stdout.contains("Prepared by me with CareCoach"))
    let aloneFHIR = try run(
      ["export", "latest", "--format", "fhir"], lines: [], environment: alone.environment)
    #expect(!aloneFHIR.stdout.contains("\"contributor\""))
  }
}
