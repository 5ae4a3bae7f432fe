import CarePlan
import Foundation
import Store
import Testing

@testable import Sessions

@Suite("Agreeing a plan: opening the agreement, its version, and a replay")
struct AgreementTests {
  @Test("an agreement cannot start on a plan whose conversation has not finished")
  func needsAFinishedPlan() throws {
    let store = TemporaryStore()
    let opening = try Opening.new(
      script: smallScript, mode: "self", clientRef: nil, storePath: store.path)
    _ = opening.run(on: ScriptedTerminal(lines: ["Sam"]))
    #expect(throws: SessionError.planNotFinished(originID: opening.session.id)) {
      try Opening.agree(opening.session.id, with: "Sam Patel", mode: nil, store: store.open())
    }
  }

  @Test("a professional that cannot be read is a usage mistake, said as a sentence")
  func unclearProfessional() {
    #expect(throws: SessionError.professionalUnclear(.noName)) {
      try Opening.professional(", practice nurse")
    }
    let error = SessionError.professionalUnclear(.noName)
    #expect(error.isUsageMistake)
    #expect(error.description.hasPrefix("The name is missing."))
  }

  @Test("the agreement is saved as the next version, and replays to the same plan")
  func versionAndReplay() throws {
    let store = TemporaryStore()
    let first = try finishedConversation(in: store)
    let opening = try Opening.agree(
      first.session.id, with: "Sam Patel, practice nurse", mode: nil, store: store.open())
    #expect(opening.session.agreedWith == "Sam Patel, practice nurse")
    #expect(opening.session.kind == .review)
    let outcome = opening.run(
      on: ScriptedTerminal(lines: [
        "1", "refer me to physio", "done", "not now", "skip", "in 6 weeks", "yes",
      ]))
    #expect(outcome == .finished)
    let sessions = try store.open()
    let planID = PlanHistory.planID(of: first.session)
    let saved = try PlanHistory.plan(planID, version: 2, store: sessions)
    #expect(saved.agreement?.with == Plan.Professional(name: "Sam Patel", role: "practice nurse"))
    #expect(saved.goals.flatMap(\.professionalActions).map(\.what) == ["refer me to physio"])
    let record = try #require(try sessions.session(opening.session.id))
    let replayed = try SavedSession(record, store: sessions).plan(store: sessions)
    #expect(PlanJSON.encode(replayed) == PlanJSON.encode(saved))
  }
}
