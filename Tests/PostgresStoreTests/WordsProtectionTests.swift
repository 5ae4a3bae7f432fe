import Foundation
import PostgresNIO
import Testing

@testable import PostgresStore
@testable import Store

/// A worker's login reaches people's words only the way the tool does, and every change or
/// deletion, however made, is in the audit trail: tried with plain SQL as each login, and
/// through the tool.
@Suite("Words are changed only through the tool, and audited", .enabled(if: TestServer.isTested))
struct WordsProtectionTests {
  typealias Organisation = RowSecurityTests.Organisation

  /// The audit trail as its owner sees it: "who action client" for each line, oldest first.
  func trail(_ org: Organisation) throws -> [String] {
    let connection = try org.database.connection(as: org.database.owner)
    defer { connection.close() }
    return try connection.run(
      PostgresQuery(
        unsafeSQL: """
          SELECT who, action, coalesce(client_ref, '-'), coalesce(team, '-')
          FROM carecoach.audit ORDER BY id
          """)
    ).map { row in
      let (who, action, client, team) = try row.decode((String, String, String, String).self)
      let name = who == org.database.owner ? "owner" : String(who.prefix(3))
      return "\(name) \(action) \(client) \(team)"
    }
  }

  func run(_ sql: String, as login: String, in org: Organisation) throws {
    let connection = try org.database.connection(as: login)
    defer { connection.close() }
    try connection.run(PostgresQuery(unsafeSQL: sql))
  }

  @Test("a worker may not update or delete words by hand; the tool's own writes still work")
  func workerCannotRewrite() throws {
    let org = try Organisation()
    try org.database.store(as: org.ana).save(
      PlanVersionRecord(
        planID: "north001", version: 1, json: "{\"goal\":\"walk\"}", createdAt: Date(),
        sessionID: "north001"))
    for sql in [
      "UPDATE carecoach.plan_version SET json = replace(json, 'walk', 'run')",
      "UPDATE carecoach.event SET text = 'not what was said'",
      "DELETE FROM carecoach.event",
      "DELETE FROM carecoach.plan_version",
      "DELETE FROM carecoach.session WHERE id = 'north001'",
      "UPDATE carecoach.session SET client_ref = 'N-2'",
      "UPDATE carecoach.session SET team = 'south' WHERE id = 'north001'",
      "INSERT INTO carecoach.note (session_id, text, at) VALUES ('north001', 'x', now()) "
        + "ON CONFLICT (id) DO UPDATE SET text = 'y'",
    ] {
      for login in [org.ana, org.lee] {
        #expect(
          try org.refused(sql, as: login)?.contains("permission denied") == true, "\(sql)")
      }
    }
    // What the tool does as a conversation goes on still works.
    let store = try org.database.store(as: org.ana)
    try store.append(.input("more words", at: Date()), to: "north001")
    try store.setStatus(.finished, of: "north001")
    #expect(try store.session("north001")?.status == .finished)
    #expect(
      try trail(org).filter { $0.hasPrefix("ana") } == [
        "ana create N-1 north", "ana change N-1 north",
      ])
  }

  @Test("deleting goes through the server's function, for a conversation the caller may see")
  func deletion() throws {
    let org = try Organisation()
    let cai = try org.database.store(as: org.cai)
    try cai.delete("north001")
    #expect(try org.database.store(as: org.ana).session("north001") != nil)
    try org.database.store(as: org.ben).delete("north001")
    #expect(try org.database.store(as: org.ana).session("north001") == nil)
    #expect(try org.count("event", as: org.ana) == 0)
    #expect(try trail(org).filter { $0.hasPrefix("ben") } == ["ben delete N-1 north"])
  }

  @Test("a change or deletion by the owner, past the tool, still leaves an audit line")
  func ownerChangesAreAudited() throws {
    let org = try Organisation()
    let owner = org.database.owner
    try run(
      "UPDATE carecoach.event SET text = 'rewritten' WHERE session_id = 'north001'", as: owner,
      in: org)
    try run(
      "UPDATE carecoach.session SET client_ref = 'S-9' WHERE id = 'south001'", as: owner, in: org)
    try run("DELETE FROM carecoach.event WHERE session_id = 'south001'", as: owner, in: org)
    let byOwner = try trail(org).filter { $0.hasPrefix("owner") }
    #expect(
      byOwner == ["owner change N-1 north", "owner change S-1 south", "owner delete S-9 south"])
    // No words in any line.
    let everything = try trail(org).joined(separator: "\n")
    #expect(!everything.contains("rewritten") && !everything.contains("words"))
  }

  @Test("record_access writes only a view, export or list of a conversation the caller sees")
  func forgedAuditLines() throws {
    let org = try Organisation()
    let before = try trail(org)
    for sql in [
      "SELECT carecoach.record_access('delete', 'south001', 'S-1')",
      "SELECT carecoach.record_access('create', 'north001', 'N-1')",
      "SELECT carecoach.record_access('change', 'north001', 'N-1')",
      "SELECT carecoach.record_access('view', 'south001', 'S-1')",
      "SELECT carecoach.record_access('export', 'north001', 'S-1')",
      "SELECT carecoach.record_access('view', NULL, 'S-1')",
      "SELECT carecoach.write_audit('view', 'north001', 'S-1', 'north', false)",
    ] {
      #expect(try org.refused(sql, as: org.ana) != nil, "\(sql)")
    }
    #expect(try trail(org) == before)
    try run("SELECT carecoach.record_access('list', NULL, 'S-1')", as: org.ana, in: org)
    try run("SELECT carecoach.record_access('list', NULL, ' n-1 ')", as: org.ana, in: org)
    try run("SELECT carecoach.record_access('view', 'north001', 'N-1')", as: org.ana, in: org)
    #expect(
      try trail(org).dropFirst(before.count).map { $0 }
        == ["ana list - north", "ana list  n-1  north", "ana view N-1 north"])
  }

  @Test("workers may not read the server's history secret")
  func historySecret() throws {
    let org = try Organisation()
    for login in [org.ana, org.lee, org.admin] {
      #expect(
        try org.refused("SELECT * FROM carecoach.history_secret", as: login)?
          .contains("permission denied") == true)
    }
  }
}

/// The same through the tool, as an administrator and a worker meet it.
@Suite("The tool keeps words on the server", .enabled(if: TestServer.isTested))
struct WordsOnTheServerCommandTests {
  @Test("an administrator's list says plainly that administrators read no conversations")
  func administratorList() throws {
    let database = try TestServer.freshDatabase()
    let admin = try database.add("adm", as: .administrator)
    let listed = try CommandLineTests.carecoach(["list"], as: admin, in: database)
    #expect(listed.status != 0)
    #expect(listed.err.contains("administrators manage accounts"), "\(listed.err)")
    #expect(!listed.err.contains("add-worker"), "\(listed.err)")
  }

  @Test("history files are named with a secret kept on this computer, private and stable")
  func localHistorySecret() throws {
    let database = try TestServer.freshDatabase()
    let ana = try database.add("ana", as: .worker(team: "north"))
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-pg-history-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: home) }
    let environment = [
      "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
    ]
    let first = try PostgresSessionStore(
      address: try database.address(user: ana), environment: environment
    ).historySecret()
    let again = try PostgresSessionStore(
      address: try database.address(user: ana), environment: environment
    ).historySecret()
    #expect(first.count == 32 && first == again)
    let file = home.appendingPathComponent("data/carecoach/history-secret").path
    let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }
}
