import CarePlan
import Foundation
import Testing

/// A golden plan, read from its contract JSON, to render with and without a worker's notes.
private func goldenPlan() throws -> Plan {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(
      "Transcripts/people-1-walk-the-dog.plan.json")
  return try PlanJSON.decode(String(contentsOf: url, encoding: .utf8))
}

private let at = Date(timeIntervalSince1970: 1_795_341_600)

@Suite("The person's copy and the worker's copy")
struct WorkerCopyTests {
  @Test("a plan with no notes renders byte for byte the same in either copy")
  func noNotesSameEitherWay() throws {
    let plan = try goldenPlan()
    #expect(plan.notes.isEmpty)
    #expect(
      PlanText.render(plan, footer: testFooter)
        == PlanText.render(plan, footer: testFooter, copy: .worker))
    #expect(
      PlanMarkdown.render(plan, footer: testFooter)
        == PlanMarkdown.render(plan, footer: testFooter, copy: .worker))
    #expect(
      PlanHTML.render(plan, footer: testFooter)
        == PlanHTML.render(plan, footer: testFooter, copy: .worker))
  }

  @Test("the person's copy has only shared notes; the worker's marks each one")
  func notesByCopy() throws {
    var plan = try goldenPlan()
    plan.notes = [
      .init(text: "Consider befriending referral", at: at, author: "worker"),
      .init(text: "Ask about the walking group", at: at, author: "worker", shared: true),
    ]
    for person in [
      PlanText.render(plan, footer: testFooter), PlanMarkdown.render(plan, footer: testFooter),
      PlanHTML.render(plan, footer: testFooter), PlanJSON.encode(plan.copy(for: .person)),
    ] {
      #expect(!person.contains("befriending"))
      #expect(person.contains("Ask about the walking group"))
    }
    let worker = PlanText.render(plan, footer: testFooter, copy: .worker)
    #expect(worker.contains("worker: Consider befriending referral (private: not on their copy)"))
    #expect(worker.contains("worker: Ask about the walking group (shared: on their copy too)"))
  }

  @Test("a note saved before notes could be shared reads back as not shared")
  func oldNoteIsNotShared() throws {
    var plan = try goldenPlan()
    plan.notes = [.init(text: "prefers mornings", at: at, author: "worker", shared: true)]
    let old = PlanJSON.encode(plan).replacingOccurrences(of: "\"shared\" : true,", with: "")
    #expect(!old.contains("shared"))
    #expect(try PlanJSON.decode(old).notes.map(\.shared) == [false])
  }

  @Test("who prepared it: the person alone, or with a support worker, at the top and the foot")
  func preparedBy() throws {
    var plan = try goldenPlan()
    let bare = PlanFooter(help: [])
    plan.mode = "self"
    #expect(
      PlanText.render(plan, footer: bare).components(separatedBy: "Prepared by me").count == 3)
    // A kiosk's plan is for a stranger at a shared screen: "prepared by me" says nothing there.
    plan.mode = "kiosk"
    #expect(!PlanMarkdown.render(plan, footer: bare).contains("Prepared by"))
    #expect(PlanMarkdown.render(plan, footer: bare).contains("This is not medical advice."))
    plan.mode = "facilitator"
    for page in [
      PlanText.render(plan, footer: bare), PlanMarkdown.render(plan, footer: bare),
      PlanHTML.render(plan, footer: bare),
    ] {
      #expect(!page.contains("Prepared by me"))
      #expect(page.contains("Prepared by a support worker with"))
    }
  }
}
