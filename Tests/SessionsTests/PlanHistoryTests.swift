import Foundation
import Store
import Testing

@testable import Sessions

@Suite("Plan history: versions saved once, read back as they were, and chosen by number")
struct PlanHistoryTests {
  @Test("a conversation's plan is named after it, and leads back to it")
  func planIDs() throws {
    let store = TemporaryStore()
    let opening = try finishedConversation(in: store)
    let planID = PlanHistory.planID(of: opening.session)
    #expect(planID == "plan-\(opening.session.id)")
    #expect(PlanHistory.originID(of: planID) == opening.session.id)
    #expect(try PlanHistory.origin(of: planID, store: store.open())?.id == opening.session.id)
  }

  @Test("saving the version a session made twice keeps one version")
  func saveVersionOnce() throws {
    let store = TemporaryStore()
    let opening = try finishedConversation(in: store)
    let sessions = try store.open()
    let finished = try #require(try sessions.session(opening.session.id))
    #expect(try PlanHistory.saveVersion(of: finished, store: sessions) == 1)
    let planID = PlanHistory.planID(of: finished)
    #expect(try PlanHistory.versions(of: planID, store: sessions).count == 1)
  }

  @Test("a saved version reads back whole, with the person's words")
  func versionReadsBack() throws {
    let store = TemporaryStore()
    let opening = try finishedConversation(in: store)
    let plan = try PlanHistory.plan(
      PlanHistory.planID(of: opening.session), version: 1, store: store.open())
    #expect(plan.version == 1)
    #expect(plan.goals.map(\.text) == ["walk more", "sleep better"])
    #expect(throws: SessionError.versionMissing(2)) {
      try PlanHistory.plan(PlanHistory.planID(of: opening.session), version: 2, store: store.open())
    }
  }

  @Test("asking for a version that is not there names the ones that are: a usage mistake")
  func noSuchVersion() throws {
    let store = TemporaryStore()
    let opening = try finishedConversation(in: store)
    let sessions = try store.open()
    let record = try sessions.find(opening.session.id)
    #expect(try ChosenPlan.choose(record, version: nil, store: sessions).plan.version == 1)
    let error = #expect(throws: SessionError.self) {
      try ChosenPlan.choose(record, version: 2, store: sessions)
    }
    #expect(error == .noSuchVersion(2, newest: 1))
    #expect(error?.isUsageMistake == true)
    #expect(error?.description == "This plan has only version 1; there is no version 2.")
  }

  @Test("a conversation under way has no version yet: its plan so far, not a draft review")
  func underWay() throws {
    let store = TemporaryStore()
    let opening = try Opening.new(
      script: smallScript, mode: "self", clientRef: nil, storePath: store.path)
    _ = opening.run(on: ScriptedTerminal(lines: Array(smallScriptAnswers.prefix(9))))
    let sessions = try store.open()
    let chosen = try ChosenPlan.choose(opening.session, version: nil, store: sessions)
    #expect(chosen.versions.isEmpty)
    #expect(!chosen.isDraft)
    #expect(chosen.plan.goals.map(\.text) == ["walk more"])
    #expect(throws: SessionError.noVersionsYet) {
      try ChosenPlan.choose(opening.session, version: 1, store: sessions)
    }
  }

  @Test("a review cannot start on a plan whose conversation has not finished")
  func reviewNeedsAFinishedPlan() throws {
    let store = TemporaryStore()
    let opening = try Opening.new(
      script: smallScript, mode: "self", clientRef: nil, storePath: store.path)
    _ = opening.run(on: ScriptedTerminal(lines: ["Sam"]))
    #expect(throws: SessionError.planNotFinished(originID: opening.session.id)) {
      try Opening.review(opening.session.id, script: "review", mode: nil, store: store.open())
    }
  }

  @Test("deleting a conversation removes it; the sentence says what went")
  func deletion() throws {
    let store = TemporaryStore()
    let opening = try finishedConversation(in: store)
    let sessions = try store.open()
    // A history folder of the test's own: the real one may hold any line typed at any time.
    let said = try Deletion.delete(
      opening.session.id, store: sessions, environment: ["XDG_DATA_HOME": store.path + "-data"])
    #expect(said == "Deleted conversation \(opening.session.id) and everything saved about it.")
    #expect(try sessions.session(opening.session.id) == nil)
    #expect(throws: SessionError.noSuchConversation(opening.session.id)) {
      try sessions.find(opening.session.id)
    }
  }

  @Test("an empty store: latest is no conversation yet, and the list says how to start one")
  func emptyStore() throws {
    let store = TemporaryStore()
    let sessions = try store.open()
    #expect(throws: SessionError.noConversationsYet) { try sessions.find("latest") }
    #expect(try SessionList(store: sessions, client: nil).lines == [Wording.noConversationsYet])
  }

  @Test(
    "the list calls a conversation stopped part way unfinished; its JSON keeps the store's word")
  func unfinishedInTheList() throws {
    let store = TemporaryStore()
    let opening = try Opening.new(
      script: smallScript, mode: "self", clientRef: nil, storePath: store.path)
    _ = opening.run(on: ScriptedTerminal(lines: [smallScriptAnswers[0]]))
    let list = try SessionList(store: store.open(), client: nil)
    let row = try #require(list.lines.first { $0.hasPrefix(opening.session.id) })
    #expect(row.contains(" unfinished "))
    #expect(!row.contains("active"))
    #expect(list.json.contains("\"status\" : \"active\""))
  }
}
