import Foundation
import Testing

/// A store folder that lasts for one test, shared by the several runs the test makes.
struct TemporaryStore {
  let folder: URL
  var path: String { folder.appendingPathComponent("data/store.sqlite").path }
  var environment: [String: String] { ["CARECOACH_STORE": path] }

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}

@Suite("Saved conversations")
struct StoreCommandTests {
  let small = ["start", "--script", fixture("scripts/small.yaml")]

  @Test("a finished conversation can be exported as JSON with the person's own words")
  func exportAfterPipe() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let started = try run(small, lines: smallAnswers, environment: store.environment)
    #expect(started.status == 0, "\(started.stderr)")
    #expect(started.stdout.contains("Your plan is saved."))
    let exported = try run(
      ["export", "latest", "--format", "json"], lines: [], environment: store.environment)
    #expect(exported.status == 0, "\(exported.stderr)")
    let plan = try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any]
    #expect(plan?["schemaVersion"] as? Int == 1)
    #expect(plan?["status"] as? String == "complete")
    let person = plan?["person"] as? [String: Any]
    #expect(person?["preferredName"] as? String == "Sam")
    let goals = plan?["goals"] as? [[String: Any]]
    #expect(goals?.first?["text"] as? String == "walk more")
    #expect(goals?.first?["confidence"] as? Int == 7)
  }

  @Test("the store's folder is private and its file readable by its owner only")
  func fileModes() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(small, lines: ["Sam", "quit"], environment: store.environment)
    let folderMode =
      try FileManager.default.attributesOfItem(
        atPath: store.folder.appendingPathComponent("data").path)[.posixPermissions] as? Int
    let fileMode =
      try FileManager.default.attributesOfItem(atPath: store.path)[
        .posixPermissions] as? Int
    #expect(folderMode == 0o700)
    #expect(fileMode == 0o600)
  }

  @Test("input that ends early is saved, and resume carries on to the end")
  func resumeAfterEarlyEnd() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let first = try run(small, lines: Array(smallAnswers.prefix(4)), environment: store.environment)
    #expect(first.status == 1)
    #expect(first.stderr.contains("carry on with: carecoach resume "))
    let second = try run(
      ["resume", "latest"], lines: Array(smallAnswers.dropFirst(4)), environment: store.environment)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout.contains("Welcome back."))
    #expect(second.stdout.contains("My plan (Sam)"))
    let again = try run(["resume", "latest"], lines: [], environment: store.environment)
    #expect(again.status == 1)
    #expect(again.stderr.contains("Every saved conversation has finished"))
    let id = try #require(
      first.stderr.components(separatedBy: "carecoach resume ").last?
        .trimmingCharacters(in: .whitespacesAndNewlines))
    let byID = try run(["resume", id], lines: [], environment: store.environment)
    #expect(byID.status == 1)
    #expect(byID.stderr.contains("That conversation has finished."))
  }

  @Test("list shows sessions, filters by client, and prints JSON")
  func listing() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(
      small + ["--mode", "facilitator", "--client", "C-104"], lines: ["Sam", "quit"],
      environment: store.environment)
    _ = try run(small, lines: ["Alex", "quit"], environment: store.environment)
    let all = try run(["list", "--json"], lines: [], environment: store.environment)
    let rows = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]]
    #expect(rows?.count == 2)
    let client = try run(
      ["list", "--client", "C-104", "--json"], lines: [], environment: store.environment)
    let clientRows =
      try JSONSerialization.jsonObject(with: Data(client.stdout.utf8)) as? [[String: Any]]
    #expect(clientRows?.count == 1)
    #expect(clientRows?.first?["client"] as? String == "C-104")
    let text = try run(["list"], lines: [], environment: store.environment)
    #expect(text.stdout.contains("C-104"))
  }

  @Test("--store works before or after the subcommand")
  func globalStoreOption() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(["--store", store.path] + small, lines: ["Sam", "quit"])
    let after = try run(["list", "--json", "--store", store.path], lines: [])
    let rows = try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [[String: Any]]
    #expect(rows?.count == 1)
  }

  @Test("delete removes the conversation and its words from the file")
  func deleteRemovesData() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let secret = "Zebedee-the-unforgettable"
    _ = try run(small, lines: [secret, "quit"], environment: store.environment)
    let deleted = try run(
      ["delete", "latest", "--yes"], lines: [], environment: store.environment)
    #expect(deleted.status == 0)
    #expect(deleted.stdout.contains("Deleted conversation"))
    let listed = try run(["list", "--json"], lines: [], environment: store.environment)
    #expect(
      listed.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]"
        || listed.stdout.contains("[]"))
    for suffix in ["", "-wal", "-shm"] {
      if let data = FileManager.default.contents(atPath: store.path + suffix) {
        #expect(!String(decoding: data, as: UTF8.self).contains(secret), "found in \(suffix)")
      }
    }
    let export = try run(
      ["export", "latest", "--format", "json"], lines: [], environment: store.environment)
    #expect(export.status != 0)
    #expect(export.stderr.contains("There are no saved conversations yet."))
  }

  @Test("start --mode kiosk runs the kiosk conversation and writes nothing to the store")
  func kioskModeKeepsNothing() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let result = try run(
      ["start", "--mode", "kiosk"], lines: ["", "my garden"], environment: store.environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("of 6"))
    #expect(!FileManager.default.fileExists(atPath: store.path))
  }

  @Test("an unknown session id is a clear error")
  func unknownSession() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(small, lines: ["Sam", "quit"], environment: store.environment)
    let result = try run(["show", "nosuchid"], lines: [], environment: store.environment)
    #expect(result.status != 0)
    #expect(result.stderr.contains("There is no saved conversation 'nosuchid'."))
  }

  @Test("a worker's notes go in the plan as the worker's, never as the person's words")
  func facilitatorNotes() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let result = try run(
      small + ["--mode", "facilitator", "--client", "C-7"],
      lines: ["/note prefers mornings", "Sam", "/note", "quit"], environment: store.environment)
    #expect(result.stdout.contains("Note saved."))
    #expect(result.stdout.contains("Type the note after /note"))
    // A `/note` is the worker's own: it is in the worker's copy, marked not shared.
    let exported = try run(
      ["export", "latest", "--format", "json", "--worker"], lines: [],
      environment: store.environment)
    let plan = try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any]
    let notes = plan?["notes"] as? [[String: Any]]
    #expect(notes?.count == 1)
    #expect(notes?.first?["text"] as? String == "prefers mornings")
    #expect(notes?.first?["author"] as? String == "worker")
    #expect(notes?.first?["shared"] as? Bool == false)
    #expect((plan?["person"] as? [String: Any])?["preferredName"] as? String == "Sam")
    #expect((plan?["person"] as? [String: Any])?["clientRef"] as? String == "C-7")
  }

  @Test("show --why says which answer each part of the plan came from")
  func showWhy() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(small, lines: smallAnswers, environment: store.environment)
    let shown = try run(["show", "latest", "--why"], lines: [], environment: store.environment)
    #expect(shown.status == 0)
    #expect(shown.stdout.contains("My plan (Sam)\n=============\n"))
    #expect(
      shown.stdout.contains("- walk more: from your answer to \"What would you like to work on?\""))
  }
}
