import Foundation
import Testing

@testable import Sessions

@Suite("What the commands print, built in process: validate, show, and where history is kept")
struct CommandServicesTests {
  @Test("the built-in scripts check clean, and the summary counts what was checked")
  func builtInScriptsCheckClean() {
    let report = ScriptCheck(paths: []).run()
    #expect(!report.hasErrors)
    let summary = report.lines.last ?? ""
    #expect(summary.hasPrefix("OK: "))
    #expect(summary.contains("1 lexicon with"))
  }

  @Test("a missing path is one problem among the files, and the check reports an error")
  func missingPath() {
    let missing = "/nonexistent/carecoach/nothing.yaml"
    let report = ScriptCheck(paths: [missing, smallScript]).run()
    #expect(report.hasErrors)
    #expect(report.lines.first == "\(missing): \(Wording.noFileHere)")
    #expect(report.lines.last == "1 error in 1 file checked: 1 script with 11 questions.")
  }

  @Test("show --why says which answer each part of the plan came from")
  func why() throws {
    let store = TemporaryStore()
    let opening = try finishedConversation(in: store)
    let sessions = try store.open()
    let chosen = try ChosenPlan.choose(opening.session, version: nil, store: sessions)
    let page = PlanPage.text(of: chosen, sessionID: opening.session.id, width: 80, why: true)
    #expect(page.contains("\n\(Wording.whereEachPartCameFrom)\n"))
    #expect(page.contains("- walk more: from your answer to \"What would you like to work on?\""))
    let plain = PlanPage.text(of: chosen, sessionID: opening.session.id, width: 80, why: false)
    #expect(!plain.contains(Wording.whereEachPartCameFrom))
  }

  @Test("show --changes on a plan with one version says a review makes the next")
  func changesOfAFirstVersion() throws {
    let store = TemporaryStore()
    let opening = try finishedConversation(in: store)
    let chosen = try ChosenPlan.choose(opening.session, version: nil, store: store.open())
    let page = try PlanPage.changes(of: chosen, version: nil, reference: "latest")
    #expect(page == Wording.firstVersionOnly("latest") + "\n")
  }

  @Test("a worker's history is kept per client, under a name that does not show the reference")
  func historyPerClient() throws {
    let store = TemporaryStore()
    let sessions = try store.open()
    let environment = ["XDG_DATA_HOME": "/data", "HOME": "/home/worker"]
    func path(_ mode: String, _ client: String?) throws -> String? {
      try HistoryLocation.path(
        mode: mode, clientRef: client, store: sessions, environment: environment)
    }
    let person = try path("self", nil)
    #expect(person?.hasSuffix("/history") == true)
    #expect(try path("facilitator", nil) == nil)
    let client = try #require(try path("facilitator", "../C 1"))
    let other = try path("facilitator", "C2")
    #expect(client != other)
    #expect(!client.contains("C 1"))
    #expect(
      URL(fileURLWithPath: client).deletingLastPathComponent().path
        == URL(fileURLWithPath: person ?? "").deletingLastPathComponent().path)
  }

  @Test("a client's history file is named with the store's secret, not a plain hash")
  func historyNameIsKeyed() throws {
    let environment = ["XDG_DATA_HOME": "/data", "HOME": "/home/worker"]
    let stores = (TemporaryStore(), TemporaryStore())
    let first = try stores.0.open()
    let second = try stores.1.open()
    let here = try HistoryLocation.path(
      mode: "facilitator", clientRef: "C-104", store: first, environment: environment)
    let there = try HistoryLocation.path(
      mode: "facilitator", clientRef: "C-104", store: second, environment: environment)
    #expect(here != there)
    #expect(here?.contains(HistoryLocation.oldFileNamePart("C-104")) == false)
  }
}
