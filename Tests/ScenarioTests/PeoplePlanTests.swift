import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// Whole conversations with the default script, one for each kind of person the plan must
/// serve, each checked against the plan it should build, field by field.
///
/// `Tests/Transcripts/people-*.transcript` holds what the person typed and every word they
/// were shown; the `.plan.json` beside it is the plan, reviewed by hand. A failure names the
/// first field that differs. `UPDATE_TRANSCRIPTS=1` rewrites the plans after a deliberate
/// change; review the diff before committing it.
@Suite("Plans for eight people")
struct PeoplePlanTests {
  static var people: [String] {
    // The first conversation an agreement transcript goes through is one of the people too.
    TranscriptTests.files.filter {
      $0.hasPrefix("people-") || ($0.hasPrefix("agree-") && !TranscriptTests.isAgreement($0))
    }
  }

  @Test("there are at least eight people")
  func eightPeople() {
    #expect(Self.people.count >= 8)
  }

  @Test("each person's plan holds what they said, where they said it", arguments: people)
  func planMatches(file: String) throws {
    let url = TranscriptTests.folder.appendingPathComponent(file)
    let transcript = Transcript.parse(try String(contentsOf: url, encoding: .utf8))
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let (state, _) = engine.replay(transcript.events)
    let name = String(file.dropLast(".transcript".count))
    let plan = PlanBuilder(
      script: engine.script, concepts: engine.concepts, glossary: engine.glossary
    )
    .build(
      from: state,
      metadata: .init(
        planID: "plan-\(name)", sessionID: name, createdAt: transcript.start,
        updatedAt: transcript.events.last?.at ?? transcript.start,
        // Typed by a worker, as the program records it: the plan then says so.
        mode: engine.audience == .facilitator ? "facilitator" : nil))
    let actual = PlanJSON.encode(plan)
    let expectedURL = TranscriptTests.folder.appendingPathComponent("\(name).plan.json")
    if ProcessInfo.processInfo.environment["UPDATE_TRANSCRIPTS"] == "1" {
      try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    let actualFields = try Self.fields(of: actual)
    let expectedFields = try Self.fields(of: expected)
    #expect(Set(actualFields.keys) == Set(expectedFields.keys))
    for key in expectedFields.keys.sorted() {
      #expect(actualFields[key] == expectedFields[key], "\(name): the plan's '\(key)' differs")
    }
  }

  /// Each top-level field of a plan as canonical JSON text, for comparing one at a time.
  static func fields(of json: String) throws -> [String: String] {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    var result: [String: String] = [:]
    for (key, value) in object {
      let data = try JSONSerialization.data(
        withJSONObject: ["v": value], options: [.sortedKeys, .fragmentsAllowed])
      result[key] = String(decoding: data, as: UTF8.self)
    }
    return result
  }
}
