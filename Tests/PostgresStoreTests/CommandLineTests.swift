import Foundation
import Testing

@testable import PostgresStore

/// The same rules through the tool itself, as workers would meet them: the built `carecoach`
/// run with `--store postgresql://...` as each login.
@Suite("The commands on the organisation's server", .enabled(if: TestServer.isTested))
struct CommandLineTests {
  static let binary: String = {
    if let path = ProcessInfo.processInfo.environment["CARECOACH_BIN"], !path.isEmpty {
      return path
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(".build/debug/carecoach").path
  }()

  /// Runs `carecoach` with `arguments` as `login`, with `input` on standard input; returns
  /// the exit status and what it printed on each stream.
  static func carecoach(
    _ arguments: [String], as login: String, in database: TestDatabase, input: String = "",
    home kept: URL? = nil
  ) throws -> (status: Int32, out: String, err: String) {
    let home =
      kept
      ?? FileManager.default.temporaryDirectory.appendingPathComponent(
        "carecoach-pg-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { if kept == nil { try? FileManager.default.removeItem(at: home) } }
    let files = ["in", "out", "err"].map { home.appendingPathComponent($0) }
    try Data(input.utf8).write(to: files[0])
    for file in files.dropFirst() {
      FileManager.default.createFile(atPath: file.path, contents: nil)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments + ["--store", try database.address(user: login)]
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = home.path
    environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
    environment.removeValue(forKey: "CARECOACH_STORE")
    process.environment = environment
    process.standardInput = try FileHandle(forReadingFrom: files[0])
    process.standardOutput = try FileHandle(forWritingTo: files[1])
    process.standardError = try FileHandle(forWritingTo: files[2])
    try process.run()
    process.waitUntilExit()
    let out = try String(contentsOf: files[1], encoding: .utf8)
    let err = try String(contentsOf: files[2], encoding: .utf8)
    return (process.terminationStatus, out, err)
  }

  @Test(
    "two workers in two teams each see their own clients; the lead sees the team's; views are audited"
  )
  func twoTeams() throws {
    let database = try TestServer.freshDatabase()
    let ana = try database.add("ana", as: .worker(team: "north"))
    let cai = try database.add("cai", as: .worker(team: "south"))
    let lee = try database.add("lee", as: .lead(team: "north"))
    for (login, client) in [(ana, "N-104"), (cai, "S-7")] {
      let started = try Self.carecoach(
        ["start", "--mode", "facilitator", "--client", client, "--plain"], as: login,
        in: database, input: "dunno\n")
      #expect(started.err.contains("carry on with: carecoach resume"), "\(started.err)")
    }
    let anaList = try Self.carecoach(["list"], as: ana, in: database)
    #expect(anaList.out.contains("N-104") && !anaList.out.contains("S-7"))
    let caiList = try Self.carecoach(["list", "--client", "N-104"], as: cai, in: database)
    #expect(caiList.out.contains("There are no saved conversations for client N-104."))
    let leeList = try Self.carecoach(["list", "--json"], as: lee, in: database)
    #expect(leeList.out.contains("N-104") && !leeList.out.contains("S-7"))

    let id = try #require(try database.store(as: ana).sessions().first?.id)
    let shown = try Self.carecoach(["show", id], as: lee, in: database)
    #expect(shown.status != 0 || !shown.out.isEmpty)
    let hidden = try Self.carecoach(["show", id], as: cai, in: database)
    #expect(hidden.status != 0)
    #expect(hidden.err.contains("There is no saved conversation"), "\(hidden.err)")

    let audit = try Self.carecoach(["org", "audit", "--client", "n-104"], as: lee, in: database)
    #expect(audit.status == 0, "\(audit.err)")
    let lines = AuditTrailTests.rows(audit.out)
    #expect(lines.contains { $0[2...4] == [ana, "create", "N-104"] })
    #expect(lines.contains { $0[2...5] == [lee, "view", "N-104", id] })
    let leeAudit = try Self.carecoach(["org", "audit", "--worker", lee], as: lee, in: database)
    #expect(
      AuditTrailTests.rows(leeAudit.out).contains { $0[2...4] == [lee, "list", "-"] },
      "\(leeAudit.out)")
    #expect(!audit.out.contains("S-7"))
    let refused = try Self.carecoach(["org", "audit"], as: ana, in: database)
    #expect(refused.status != 0)
    #expect(
      refused.err.contains("only a team lead or an administrator may read the audit trail"),
      "\(refused.err)")
  }

  @Test("a worker's own file is brought into the server once, plans and all")
  func importOnce() throws {
    let database = try TestServer.freshDatabase()
    let ana = try database.add("ana", as: .worker(team: "north"))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("mine.sqlite").path
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let small = root.appendingPathComponent("Tests/Fixtures/scripts/small.yaml").path
    let answers = [
      "Sam", "2", "walking the dog", "my hip, sleep", "done", "yes", "3", "1 and 3", "walk more",
      "7", "next Tuesday", "no",
    ]
    let local = Process()
    local.executableURL = URL(fileURLWithPath: Self.binary)
    local.arguments = [
      "start", "--script", small, "--mode", "facilitator", "--client", "C-9", "--store", file,
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = folder.path
    environment["XDG_DATA_HOME"] = folder.appendingPathComponent("data").path
    local.environment = environment
    let input = Pipe()
    local.standardInput = input
    local.standardOutput = FileHandle.nullDevice
    local.standardError = FileHandle.nullDevice
    try local.run()
    input.fileHandleForWriting.write(Data(answers.map { $0 + "\n" }.joined().utf8))
    try input.fileHandleForWriting.close()
    local.waitUntilExit()

    let first = try Self.carecoach(["org", "import", file], as: ana, in: database)
    #expect(first.status == 0, "\(first.err)")
    #expect(first.out.contains("Brought in 1 conversation (1 client), 1 plan version and 0 notes"))
    let again = try Self.carecoach(["org", "import", file], as: ana, in: database)
    #expect(again.out.contains("Brought in 0 conversations"))
    #expect(again.out.contains("1 conversation was on the server already"))
    let listed = try Self.carecoach(["list", "--client", "c-9"], as: ana, in: database)
    #expect(listed.out.contains("C-9"))
    #expect(listed.out.contains("finished"), "\(listed.out)")
    let exported = try Self.carecoach(
      ["export", "latest", "--format", "json"], as: ana, in: database)
    #expect(exported.status == 0, "\(exported.err)")
    #expect(exported.out.contains("walk more"))
  }
}
