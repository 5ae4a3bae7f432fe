import Foundation
import PostgresNIO
import Testing

@testable import PostgresStore
@testable import Store

/// Who sees what on the organisation's server, tried from each role: through the store the
/// tool uses, with plain SQL past the tool, and through the tool itself.
@Suite("Row-level security and the audit trail", .enabled(if: TestServer.isTested))
struct RowSecurityTests {
  /// Two teams: Ana and Ben in north with Lee their lead, Cai in south, and an administrator.
  struct Organisation {
    let database: TestDatabase
    let ana: String
    let ben: String
    let lee: String
    let cai: String
    let admin: String

    init() throws {
      database = try TestServer.freshDatabase()
      ana = try database.add("ana", as: .worker(team: "north"))
      ben = try database.add("ben", as: .worker(team: "north"))
      lee = try database.add("lee", as: .lead(team: "north"))
      cai = try database.add("cai", as: .worker(team: "south"))
      admin = try database.add("adm", as: .administrator)
      try database.store(as: ana).create(
        StoreBehaviourTests.session("north001", client: "N-1", at: 100))
      try database.store(as: ana).append(.input("my words", at: Date()), to: "north001")
      try database.store(as: cai).create(
        StoreBehaviourTests.session("south001", client: "S-1", at: 200))
      try database.store(as: cai).append(.input("their words", at: Date()), to: "south001")
    }

    /// How many rows `login` sees in `table`, by plain SQL.
    func count(_ table: String, as login: String) throws -> Int {
      let connection = try database.connection(as: login)
      defer { connection.close() }
      return try connection.run(PostgresQuery(unsafeSQL: "SELECT count(*) FROM carecoach.\(table)"))
        .first!.decode(Int.self)
    }

    func refused(_ sql: String, as login: String) throws -> String? {
      let connection = try database.connection(as: login)
      defer { connection.close() }
      do {
        try connection.run(PostgresQuery(unsafeSQL: sql))
        return nil
      } catch {
        return ServerProblem(error).description
      }
    }
  }

  @Test("a worker sees and changes only their team's conversations")
  func teams() throws {
    let org = try Organisation()
    #expect(try org.database.store(as: org.ben).sessions().map(\.id) == ["north001"])
    #expect(try org.database.store(as: org.cai).sessions().map(\.id) == ["south001"])
    #expect(try org.database.store(as: org.cai).session("north001") == nil)
    #expect(try org.database.store(as: org.cai).timeline(of: "north001").isEmpty)
    #expect(try org.database.store(as: org.lee).sessions().map(\.id) == ["north001"])
    for table in ["session", "event"] {
      #expect(try org.count(table, as: org.cai) == 1)
      #expect(try org.count(table, as: org.ana) == 1)
    }
    // Writing into another team's conversation, or as another team, is refused.
    #expect(throws: StoreError.self) {
      try org.database.store(as: org.cai).append(.input("sneaky", at: Date()), to: "north001")
    }
    #expect(
      try org.refused(
        "UPDATE carecoach.session SET team = 'south' WHERE id = 'north001'", as: org.ana)?
        .contains("permission denied") == true)
    #expect(
      try org.refused("SELECT carecoach.delete_session('north001')", as: org.cai) == nil)
    #expect(try org.database.store(as: org.ana).session("north001") != nil)
  }

  @Test("an administrator manages logins and reads no one's words")
  func administrator() throws {
    let org = try Organisation()
    #expect(
      try org.refused("SELECT * FROM carecoach.session", as: org.admin)?
        .contains("permission denied") == true)
    #expect(
      try org.refused("SELECT * FROM carecoach.event", as: org.admin)?
        .contains("permission denied") == true)
    #expect(throws: StoreError.self) { try org.database.store(as: org.admin).sessions() }
    let asAdmin = try PostgresStore.Organisation(address: org.database.address(user: org.admin))
    let newcomer = "dee_" + TestServer.suffix()
    _ = try asAdmin.add(newcomer, as: .worker(team: "south"))
    #expect(try org.database.store(as: newcomer).sessions().map(\.id) == ["south001"])
    try asAdmin.remove(newcomer)
    #expect(throws: StoreError.self) { try org.database.store(as: newcomer) }
  }

  @Test("the audit trail records each access, and no one can change or delete it")
  func audit() throws {
    let org = try Organisation()
    let store = try org.database.store(as: org.ben)
    let record = try #require(try store.session("north001"))
    try store.recordAccess(.view, session: record, clientRef: nil)
    try store.recordAccess(.export, session: record, clientRef: nil)
    try store.delete("north001")

    let lead = try PostgresStore.Organisation(address: org.database.address(user: org.lee))
    let seen = try lead.audit().map { "\($0.who.prefix(3)) \($0.action) \($0.clientRef ?? "-")" }
    #expect(
      seen == [
        "ana create N-1", "ana change N-1", "ben view N-1", "ben export N-1", "ben delete N-1",
      ])
    #expect(try lead.audit(client: "n-1", worker: org.ben).count == 3)
    #expect(try lead.audit(since: Date().addingTimeInterval(3600)).isEmpty)
    let admin = try PostgresStore.Organisation(address: org.database.address(user: org.admin))
    #expect(try admin.audit().count == 7)
    #expect(try org.count("audit", as: org.admin) == 7)

    for login in [org.ana, org.cai] {
      #expect(throws: StoreError.self) {
        try PostgresStore.Organisation(address: org.database.address(user: login)).audit()
      }
    }
    for login in [org.ana, org.lee, org.admin, org.database.owner] {
      #expect(try org.refused("UPDATE carecoach.audit SET who = 'nobody'", as: login) != nil)
      #expect(try org.refused("DELETE FROM carecoach.audit", as: login) != nil)
      #expect(try org.refused("TRUNCATE carecoach.audit", as: login) != nil)
      #expect(
        try org.refused(
          "INSERT INTO carecoach.audit (action, who) VALUES ('view', 'someone')", as: login)
          != nil || login == org.database.owner)
    }
    #expect(try admin.audit().count >= 7)
  }
}

/// A server that stops answering is said to be lost in a bounded time, not waited on for ever.
@Suite("A lost connection", .enabled(if: TestServer.isTested))
struct LostConnectionTests {
  @Test("a statement with no answer in time fails as a lost connection, and so does the next")
  func noAnswer() throws {
    let database = try TestServer.freshDatabase()
    let connection = try BlockingConnection(
      PostgresAddress(database.address(user: database.owner)), timeLimit: .milliseconds(300))
    let started = Date()
    #expect(throws: ServerProblem.noAnswer) { try connection.run("SELECT pg_sleep(5)") }
    #expect(Date().timeIntervalSince(started) < 3)
    #expect(throws: (any Error).self) { try connection.run("SELECT 1") }
    #expect(Date().timeIntervalSince(started) < 3)
    #expect(ServerProblem.noAnswer.isConnectionLost)
  }
}
