import Dialogue
import Foundation
import TestSupport
import Testing

@testable import CarePlan

/// Dev typed for Mrs Begum "with me on tuesdays" in her step after naming himself at who
/// helps: every such "me" is Dev in the plan, not only the first. Failed before the fix.
@Suite("A worker's every me is named")
struct WorkerMeEverywhereTests {
  @Test("the step's me is the worker too, and the words as typed stay in the record")
  func stepNamesTheWorker() throws {
    let name = "people-20-worker-for-mrs-begum"
    let url = TranscriptTests.folder.appendingPathComponent("\(name).transcript")
    let transcript = Transcript.parse(try String(contentsOf: url, encoding: .utf8))
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let (state, _) = engine.replay(transcript.events)
    let plan = PlanBuilder(script: engine.script, concepts: engine.concepts).build(
      from: state,
      metadata: .init(
        planID: "p", createdAt: transcript.start, updatedAt: transcript.start,
        mode: "facilitator"))
    let step = try #require(plan.goals.first?.ownStep)
    #expect(!step.what.contains(" me "), "\(step.what)")
    #expect(step.what.contains("Dev (support worker)"), "\(step.what)")
  }

  @Test("outside who helps, myself is the person's own voice and stays as typed")
  func myselfStays() {
    #expect(
      PlanBuilder.namingTheWorker(in: "wash myself, with me", as: "Dev", alsoMyself: false)
        == "wash myself, with Dev")
  }
}
