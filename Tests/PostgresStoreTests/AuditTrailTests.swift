import Crypto
import Foundation
import PostgresNIO
import Testing

@testable import PostgresStore

/// The audit trail as a lead or an administrator reads it: refused attempts are in it, it has
/// headings and lined-up columns, and its JSON keeps the same keys.
@Suite("The audit trail", .enabled(if: TestServer.isTested))
struct AuditTrailTests {
  /// The lines of `org audit` below its heading, each split into its cells (the time is two:
  /// day and hour).
  static func rows(_ printed: String) -> [[String]] {
    printed.split(separator: "\n").dropFirst().map { $0.split(separator: " ").map(String.init) }
  }

  @Test("asking for another team's conversation is refused as if there were none, and audited")
  func refusedAttemptsAreAudited() throws {
    let database = try TestServer.freshDatabase()
    let ana = try database.add("ana", as: .worker(team: "north"))
    let cai = try database.add("cai", as: .worker(team: "south"))
    let sol = try database.add("sol", as: .lead(team: "south"))
    let lee = try database.add("lee", as: .lead(team: "north"))
    _ = try CommandLineTests.carecoach(
      ["start", "--mode", "facilitator", "--client", "N-104", "--plain"], as: ana,
      in: database, input: "dunno\n")
    let id = try #require(try database.store(as: ana).sessions().first?.id)

    let theirs = try CommandLineTests.carecoach(["show", id], as: cai, in: database)
    let none = try CommandLineTests.carecoach(["show", "zzzzzzzz"], as: cai, in: database)
    let exported = try CommandLineTests.carecoach(
      ["export", id, "--format", "json"], as: cai, in: database)
    #expect(theirs.status != 0 && none.status != 0 && exported.status != 0)
    // The same words whether the id is another team's or no one's.
    #expect(
      theirs.err.replacingOccurrences(of: id, with: "ID")
        == none.err.replacingOccurrences(of: "zzzzzzzz", with: "ID"), "\(theirs.err)")
    #expect(theirs.out.isEmpty && exported.out.isEmpty)

    let audit = try CommandLineTests.carecoach(["org", "audit"], as: sol, in: database)
    #expect(audit.status == 0, "\(audit.err)")
    let refused = Self.rows(audit.out).filter { $0[3] == "refused" }
    #expect(refused.map { $0[5] } == [id, "zzzzzzzz", id], "\(audit.out)")
    #expect(refused.allSatisfy { $0[2] == cai && $0[4] == "-" && $0[6] == "south" })
    // Ana's lead sees nothing of the other team's attempts; the administrator sees them all.
    let north = try CommandLineTests.carecoach(["org", "audit"], as: lee, in: database)
    #expect(!north.out.contains("refused"), "\(north.out)")
    let everything = try database.organisation().audit(worker: cai)
    #expect(everything.filter { $0.action == "refused" }.count == 3)

    // Plain SQL cannot write one by hand, nor anything but a refusal, through the function.
    let plain = try database.connection(as: cai)
    defer { plain.close() }
    #expect(throws: (any Error).self) {
      try plain.run("INSERT INTO carecoach.audit (action, session_id) VALUES ('refused', 'x')")
    }
    #expect(throws: (any Error).self) {
      try plain.run("UPDATE carecoach.audit SET action = 'view' WHERE action = 'refused'")
    }
  }

  @Test("org audit has headings over lined-up columns, and --json keeps its keys")
  func headingsAndJSON() throws {
    let database = try TestServer.freshDatabase()
    let ana = try database.add("ana", as: .worker(team: "north"))
    let lee = try database.add("lee", as: .lead(team: "north"))
    _ = try CommandLineTests.carecoach(
      ["start", "--mode", "facilitator", "--client", "N-1", "--plain"], as: ana, in: database,
      input: "dunno\n")
    _ = try CommandLineTests.carecoach(["show", "nope"], as: ana, in: database)

    let audit = try CommandLineTests.carecoach(["org", "audit"], as: lee, in: database)
    let lines = audit.out.split(separator: "\n").map(String.init)
    let heading = try #require(lines.first)
    #expect(heading.hasPrefix("When"), "\(audit.out)")
    // Each column starts where its heading does, on every line.
    for title in ["Who", "What", "Client", "Conversation", "Team"] {
      let column = try #require(heading.range(of: title)).lowerBound.utf16Offset(in: heading)
      for line in lines.dropFirst() {
        let index = line.index(line.startIndex, offsetBy: column)
        #expect(line[line.index(before: index)] == " " && line[index] != " ", "\(audit.out)")
      }
    }

    let json = try CommandLineTests.carecoach(["org", "audit", "--json"], as: lee, in: database)
    #expect(json.status == 0, "\(json.err)")
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
    #expect(entries.count == lines.count - 1)
    for entry in entries {
      #expect(Set(entry.keys) == ["at", "who", "action", "client", "conversation", "team"])
    }
    let refusal = try #require(entries.first { $0["action"] as? String == "refused" })
    #expect(refusal["conversation"] as? String == "nope")
    #expect(refusal["client"] is NSNull)
    let empty = try CommandLineTests.carecoach(
      ["org", "audit", "--json", "--worker", "nobody"], as: lee, in: database)
    #expect(empty.out.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
  }

  @Test("delete finds a history file named with the server's old secret")
  func historyUnderTheOldSecret() throws {
    let database = try TestServer.freshDatabase()
    let ana = try database.add("ana", as: .worker(team: "north"))
    let cai = try database.add("cai", as: .worker(team: "south"))
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-old-secret-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: home) }
    _ = try CommandLineTests.carecoach(
      ["start", "--mode", "facilitator", "--client", "C-1", "--plain"], as: ana, in: database,
      input: "Maggie\n", home: home)
    let id = try #require(try database.store(as: ana).sessions().first?.id)

    // Before the computer kept a secret of its own, the file was named with the server's.
    let owner = try database.connection(as: database.owner)
    defer { owner.close() }
    let secret = try #require(
      try owner.run("SELECT secret FROM carecoach.history_secret").first?.decode(ByteBuffer.self))
    let code = HMAC<SHA256>.authenticationCode(
      for: Array("c-1".utf8), using: SymmetricKey(data: Array(secret.readableBytesView)))
    let name = code.map { String(format: "%02x", $0) }.joined()
    #expect(try database.store(as: ana).formerHistoryNames(of: " C-1 ") == [name])
    #expect(try database.store(as: cai).formerHistoryNames(of: "C-1").isEmpty)

    let folder = home.appendingPathComponent("data/carecoach")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("history-client-" + name)
    try Data("_HiStOrY_V2_\nMaggie\nsomeone\\040else\n".utf8).write(to: file)
    let deleted = try CommandLineTests.carecoach(
      ["delete", id, "--yes"], as: ana, in: database, home: home)
    #expect(deleted.status == 0, "\(deleted.err)")
    #expect(deleted.out.contains("One line of answers was taken out"), "\(deleted.out)")
    // Found, moved to the name this computer's secret gives, and cleared of the answer.
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasPrefix("history-client-") }
    #expect(files.count == 1 && !files.contains(file.lastPathComponent), "\(files)")
    let left = try String(
      contentsOf: folder.appendingPathComponent(try #require(files.first)), encoding: .utf8)
    #expect(!left.contains("Maggie"), "\(left)")
    #expect(left.contains("else"))
  }
}
