import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// Whole reviews with the default review script, each of a person's first plan from
/// `Tests/Transcripts/people-*.plan.json`, checked against the version it should make, field
/// by field.
///
/// `Tests/Transcripts/reviewed-*.transcript` names the plan it follows (`review-of:`) and
/// holds every word; the `.plan.json` beside it is the next version, reviewed by hand.
/// `UPDATE_TRANSCRIPTS=1` rewrites them after a deliberate change; review the diff.
@Suite("Reviews of people's plans")
struct ReviewPlanTests {
  static var reviews: [String] {
    TranscriptTests.files.filter { $0.hasPrefix("reviewed-") }
  }

  @Test("there are reviews that keep everything, and that change and drop goals")
  func thereAreReviews() {
    #expect(Self.reviews.count >= 2)
  }

  @Test("each review makes the version it should, field by field", arguments: reviews)
  func planMatches(file: String) throws {
    let url = TranscriptTests.folder.appendingPathComponent(file)
    let transcript = Transcript.parse(try String(contentsOf: url, encoding: .utf8))
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let previous = try #require(TranscriptTests.reviewedPlan(transcript))
    let (state, _) = engine.replay(transcript.events)
    #expect(state.finished, "the review runs to its end")
    let plan = TranscriptTests.reviewPlan(
      previous, engine, state, at: transcript.events.last?.at ?? transcript.start)
    let actual = PlanJSON.encode(plan)
    let name = String(file.dropLast(".transcript".count))
    let expectedURL = TranscriptTests.folder.appendingPathComponent("\(name).plan.json")
    if ProcessInfo.processInfo.environment["UPDATE_TRANSCRIPTS"] == "1" {
      try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    let actualFields = try PeoplePlanTests.fields(of: actual)
    let expectedFields = try PeoplePlanTests.fields(of: expected)
    #expect(Set(actualFields.keys) == Set(expectedFields.keys))
    for key in expectedFields.keys.sorted() {
      #expect(actualFields[key] == expectedFields[key], "\(name): the plan's '\(key)' differs")
    }
  }
}
