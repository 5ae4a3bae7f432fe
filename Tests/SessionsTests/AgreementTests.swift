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

  @Test("an agreement started and not finished is carried on, not begun again")
  func underWay() throws {
    let store = TemporaryStore()
    let first = try finishedConversation(in: store)
    let opening = try Opening.agree(
      first.session.id, with: "Sam Patel", mode: nil, store: store.open())
    _ = opening.run(on: ScriptedTerminal(lines: ["1"]))
    // Its store was chosen with --store, so the hint to carry on names it.
    let hint = CommandHint.reference(opening.session.id, storePath: store.path)
    #expect(hint.hasPrefix(opening.session.id + " --store "))
    #expect(throws: SessionError.agreementUnderWay(agreementID: hint)) {
      try Opening.agree(first.session.id, with: "Sam Patel", mode: nil, store: store.open())
    }
    #expect(
      SessionError.agreementUnderWay(agreementID: "abc").description.hasSuffix(
        "Carry on with: carecoach resume abc"))
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

  /// Sunday 6 December 2026, midday in London.
  let sunday = Date(timeIntervalSince1970: 1_796_558_400)

  @Test(
    "--on reads the appointment looking back: the weekday or date just gone",
    arguments: [
      ("last Tuesday", "2026-12-01"), ("Friday", "2026-12-04"), ("1 December", "2026-12-01"),
      ("yesterday", "2026-12-05"), ("2026-11-30", "2026-11-30"), ("today", "2026-12-06"),
    ])
  func appointmentDay(text: String, iso: String) throws {
    #expect(try Opening.appointmentDay(text, today: sunday).iso == iso)
  }

  @Test("--on a day to come, or no day at all, is said plainly")
  func appointmentDayRefused() {
    #expect(throws: SessionError.appointmentDayToCome("Monday 7 December 2026")) {
      try Opening.appointmentDay("tomorrow", today: sunday)
    }
    #expect(throws: SessionError.appointmentDayToCome("Monday 14 December 2026")) {
      try Opening.appointmentDay("2026-12-14", today: sunday)
    }
    #expect(throws: SessionError.appointmentDayToCome("Monday 7 December 2026")) {
      try Opening.appointmentDay("2026-12-07", today: sunday)
    }
    #expect(throws: SessionError.appointmentDayUnclear("soon")) {
      try Opening.appointmentDay("soon", today: sunday)
    }
    #expect(SessionError.appointmentDayUnclear("soon").isUsageMistake)
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
        "1", "refer me to physio", "done", "not now", "skip", "no", "next Tuesday", "yes",
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

  @Test("a nurse's own task about a symptom is taken as her action, with no safety question")
  func nursesTaskIsNoCrisis() throws {
    let store = TemporaryStore()
    let first = try finishedConversation(in: store)
    let opening = try Opening.agree(
      first.session.id, with: "Sam Patel, practice nurse", mode: nil, store: store.open())
    let task = "ring her monday about the ankle swelling and the water tablet dose"
    let terminal = ScriptedTerminal(lines: [
      "1", task, "done", "not now", "skip", "no", "next Tuesday", "yes",
    ])
    #expect(opening.run(on: terminal) == .finished)
    let asked = terminal.texts + terminal.prompts + terminal.shown.map { "\($0)" }
    #expect(!asked.contains { $0.contains("Just to check") })
    let saved = try PlanHistory.plan(
      PlanHistory.planID(of: first.session), version: 2, store: store.open())
    #expect(saved.goals.flatMap(\.professionalActions).map(\.what) == [task])
    #expect(saved.safety.isEmpty)
  }

  @Test("a plan's history says which version an agreement made, and which a review did")
  func changesHeading() {
    #expect(
      Wording.changes(from: 1, to: 2, day: "Monday 14 December 2026", agreed: true)
        == "From version 1 to version 2 (agreed on Monday 14 December 2026)")
    #expect(
      Wording.changes(from: 2, to: 3, day: "Monday 4 January 2027", agreed: false)
        == "From version 2 to version 3 (review of Monday 4 January 2027)")
    #expect(
      Wording.changes(from: 1, to: 2, day: nil, agreed: true)
        == "From version 1 to version 2 (agreement under way)")
  }
}
