import Foundation
import Testing

/// A data folder (for the default store and the line history) that lasts for one test.
struct TemporaryDataFolder {
  let home: URL
  var data: URL { home.appendingPathComponent("data/carecoach") }
  var environment: [String: String] {
    ["HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path]
  }

  init() throws {
    home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-data-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
  }

  /// Writes a history file as libedit keeps one: a header line, then each line with its
  /// spaces written as `\040`.
  func writeHistory(_ name: String, lines: [String]) throws {
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    let text = (["_HiStOrY_V2_"] + lines.map { $0.replacingOccurrences(of: " ", with: "\\040") })
      .map { $0 + "\n" }.joined()
    try Data(text.utf8).write(to: data.appendingPathComponent(name))
  }

  /// The history files in the folder, by name, with their text.
  func histories() throws -> [String: String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? []
    var found: [String: String] = [:]
    for name in names where name.hasPrefix("history") {
      found[name] = try String(contentsOf: data.appendingPathComponent(name), encoding: .utf8)
    }
    return found
  }

  func remove() { try? FileManager.default.removeItem(at: home) }
}

/// sha256("C-104"): the name earlier versions gave that client's history file.
let oldHistoryNameOfC104 =
  "history-client-ddf718fea3f80f80fd7a80d612fecd86a46914574e360bc8d0a4ab18325b7c8c"

@Suite("Privacy: delete, the line history and the stores commands open")
struct PrivacyCommandTests {
  let small = ["start", "--script", fixture("scripts/small.yaml")]

  @Test("delete says what will go and asks; through a pipe anything but yes deletes nothing")
  func deleteAsksFirst() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(small, lines: ["Sam", "quit"], environment: store.environment)
    let refused = try run(["delete", "latest"], lines: ["no"], environment: store.environment)
    #expect(refused.stdout.contains("This will delete conversation"))
    #expect(refused.stdout.contains("Nothing was deleted."))
    let ended = try run(["delete", "latest"], lines: [], environment: store.environment)
    #expect(ended.status == 1)
    #expect(ended.stdout.contains("Nothing was deleted."))
    let listed = try run(["list", "--json"], lines: [], environment: store.environment)
    #expect(listed.stdout.contains("\"id\""))
    let agreed = try run(["delete", "latest"], lines: ["yes"], environment: store.environment)
    #expect(agreed.status == 0, "\(agreed.stderr)")
    #expect(agreed.stdout.contains("Deleted conversation"))
  }

  @Test("delete names the client and the day, so a worker sees whose words would go")
  func deleteNamesTheClient() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let worker = small + ["--mode", "facilitator", "--client", "C-104"]
    _ = try run(worker, lines: ["Sam", "quit"], environment: store.environment)
    let refused = try run(["delete", "latest"], lines: ["no"], environment: store.environment)
    #expect(refused.stdout.contains("with client C-104, last used on "))
    #expect(refused.stdout.contains("Nothing was deleted."))
  }

  @Test("delete takes the person's answers out of the shared history, and keeps the others")
  func deleteClearsSelfHistory() throws {
    let folder = try TemporaryDataFolder()
    defer { folder.remove() }
    let secret = "Zebedee the unforgettable"
    let started = try run(small, lines: [secret, "quit"], environment: folder.environment)
    #expect(started.status == 0, "\(started.stderr)")
    try folder.writeHistory("history", lines: ["someone else's answer", secret, "quit"])
    let deleted = try run(
      ["delete", "latest", "--yes"], lines: [], environment: folder.environment)
    #expect(deleted.status == 0, "\(deleted.stderr)")
    #expect(deleted.stdout.contains("2 lines of answers were taken out"))
    let history = try folder.histories()["history"] ?? ""
    #expect(!history.contains("Zebedee"))
    #expect(history.contains("someone"))
  }

  @Test("delete in facilitator mode clears the client's own history, under its old name too")
  func deleteClearsClientHistory() throws {
    let folder = try TemporaryDataFolder()
    defer { folder.remove() }
    let started = try run(
      small + ["--mode", "facilitator", "--client", "C-104"], lines: ["Zebedee", "quit"],
      environment: folder.environment)
    #expect(started.status == 0, "\(started.stderr)")
    try folder.writeHistory(oldHistoryNameOfC104, lines: ["Zebedee", "an older answer"])
    let asked = try run(["delete", "latest"], lines: ["yes"], environment: folder.environment)
    #expect(asked.stdout.contains("one line of its answers kept for the Up arrow"))
    let histories = try folder.histories()
    #expect(!histories.values.contains { $0.contains("Zebedee") })
    #expect(histories.values.contains { $0.contains("older") })
  }

  @Test("a client's history under the old plain-hash name moves to a keyed name")
  func clientHistoryMovesToAKeyedName() throws {
    let folder = try TemporaryDataFolder()
    defer { folder.remove() }
    try folder.writeHistory(oldHistoryNameOfC104, lines: ["an older answer"])
    let started = try run(
      small + ["--mode", "facilitator", "--client", "C-104"], lines: ["Sam", "quit"],
      environment: folder.environment)
    #expect(started.status == 0, "\(started.stderr)")
    let histories = try folder.histories()
    #expect(histories[oldHistoryNameOfC104] == nil)
    #expect(histories.count == 1)
    #expect(histories.values.first?.contains("older") == true)
  }

  @Test("the hints at the end name the store given, quoted, and the command they give works")
  func hintsNameTheStore() throws {
    let folder = try TemporaryDataFolder()
    defer { folder.remove() }
    let path = folder.home.appendingPathComponent("my store.sqlite").path
    let started = try run(
      small + ["--store", path], lines: ["Sam", "quit"], environment: folder.environment)
    #expect(started.status == 0, "\(started.stderr)")
    // The hint may be wrapped to the terminal's width.
    let said = started.stdout.replacingOccurrences(of: "\n", with: " ")
    #expect(said.contains("carecoach resume ") && said.contains(" --store '\(path)'"))
    let id = try #require(
      said.components(separatedBy: "carecoach resume ").last?
        .split(separator: " ").first.map(String.init))
    let resumed = try run(
      ["resume", id, "--store", path], lines: ["quit"], environment: folder.environment)
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.data.path))
  }

  @Test("a command that only looks at sessions never creates a store")
  func readOnlyCommandsCreateNoStore() throws {
    let folder = try TemporaryDataFolder()
    defer { folder.remove() }
    for command in [
      ["show", "latest"], ["export", "abc", "--format", "json"], ["list"], ["resume", "abc"],
      ["review", "abc"],
      ["delete", "abc", "--yes"],
    ] {
      let result = try run(command, lines: [], environment: folder.environment)
      #expect(result.status == 1, "\(command)")
      #expect(result.stderr.contains("There is no store of conversations at"), "\(command)")
      #expect(!FileManager.default.fileExists(atPath: folder.data.path), "\(command)")
    }
  }

  @Test("a 5,000-character answer keeps its first 2,000 characters, and the person is told")
  func longAnswerIsCutWithANotice() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let long = String(repeating: "Sam ", count: 1250)
    let result = try run(small, lines: [long, "quit"], environment: store.environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("That answer was very long, so I kept the first 2000"))
    #expect(result.stdout.contains("Who is with you today?"))
  }

  @Test("the kiosk says when a line was too long and was cut")
  func kioskLongLineIsCutWithANotice() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let long = String(repeating: "walking ", count: 320)
    let result = try run(
      ["start", "--mode", "kiosk"], lines: ["", long], environment: store.environment)
    #expect(result.stdout.contains("That line was too long"))
  }
}
