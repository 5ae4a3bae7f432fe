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
    let environment = ["XDG_DATA_HOME": "/data", "HOME": "/home/worker"]
    let person = HistoryLocation.path(mode: "self", clientRef: nil, environment: environment)
    #expect(person?.hasSuffix("/history") == true)
    #expect(
      HistoryLocation.path(mode: "facilitator", clientRef: nil, environment: environment) == nil)
    let client = try #require(
      HistoryLocation.path(mode: "facilitator", clientRef: "../C 1", environment: environment))
    let other = HistoryLocation.path(mode: "facilitator", clientRef: "C2", environment: environment)
    #expect(client != other)
    #expect(!client.contains("C 1"))
    #expect(
      URL(fileURLWithPath: client).deletingLastPathComponent().path
        == URL(fileURLWithPath: person ?? "").deletingLastPathComponent().path)
  }
}
