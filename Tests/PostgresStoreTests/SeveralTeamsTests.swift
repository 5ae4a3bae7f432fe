import Foundation
import PostgresNIO
import Testing

@testable import PostgresStore
@testable import Store

/// A lead of two teams: two workers, one in north and one in south, each see only their own
/// clients; their lead sees both, by plain SQL, through the store and through the tool.
@Suite("A lead of several teams", .enabled(if: TestServer.isTested))
struct SeveralTeamsTests {
  @Test("each worker sees their own team's; the lead of both sees both, by plain SQL and store")
  func leadOfBoth() throws {
    let database = try TestServer.freshDatabase()
    let ana = try database.add("ana", as: .worker(team: "north"))
    let cai = try database.add("cai", as: .worker(team: "south"))
    let lee = try database.add("lee", as: .lead(teams: ["north", "south"]))
    let nia = try database.add("nia", as: .lead(team: "north"))
    try database.store(as: ana).create(
      StoreBehaviourTests.session("north001", client: "N-1", at: 100))
    try database.store(as: ana).append(.input("north words", at: Date()), to: "north001")
    try database.store(as: cai).create(
      StoreBehaviourTests.session("south001", client: "S-1", at: 200))
    try database.store(as: cai).append(.input("south words", at: Date()), to: "south001")

    func seen(_ table: String, as login: String) throws -> [String] {
      let connection = try database.connection(as: login)
      defer { connection.close() }
      let column = table == "session" ? "id" : "session_id"
      return try connection.run(
        PostgresQuery(unsafeSQL: "SELECT \(column) FROM carecoach.\(table) ORDER BY 1")
      ).map { try $0.decode(String.self) }
    }
    for table in ["session", "event"] {
      #expect(try seen(table, as: ana) == ["north001"])
      #expect(try seen(table, as: cai) == ["south001"])
      #expect(try seen(table, as: lee) == ["north001", "south001"])
      #expect(try seen(table, as: nia) == ["north001"])
    }
    #expect(try database.store(as: lee).sessions().map(\.id).sorted() == ["north001", "south001"])
    #expect(try database.store(as: ana).sessions().map(\.id) == ["north001"])

    // What the lead writes into south's conversation stays south's, seen by its worker.
    try database.store(as: lee).append(.input("lead's words", at: Date()), to: "south001")
    #expect(try database.store(as: cai).events(of: "south001").count == 2)
    #expect(try seen("event", as: ana) == ["north001"])
    // A new conversation of the lead's goes to their first team.
    try database.store(as: lee).create(
      StoreBehaviourTests.session("lee001", client: "L-1", at: 300))
    #expect(try database.store(as: ana).session("lee001") != nil)
    #expect(try database.store(as: cai).session("lee001") == nil)

    // The lead of both reads both teams' audit trails; north's own lead only north's.
    let both = try Organisation(address: database.address(user: lee)).audit()
    #expect(Set(both.compactMap(\.clientRef)) == ["N-1", "S-1", "L-1"])
    #expect(both.contains { $0.who == lee && $0.clientRef == "S-1" && $0.team == "south" })
    let north = try Organisation(address: database.address(user: nia)).audit()
    #expect(Set(north.compactMap(\.clientRef)) == ["N-1", "L-1"])
  }

  @Test("a login already on the server is refused with a clear message, not taken over")
  func existingLogin() throws {
    let database = try TestServer.freshDatabase()
    let name = "ext_" + TestServer.suffix()
    let owner = try database.connection(as: database.owner)
    defer { owner.close() }
    try owner.run(PostgresQuery(unsafeSQL: "CREATE ROLE \(name) LOGIN"))
    defer { _ = try? owner.run(PostgresQuery(unsafeSQL: "DROP ROLE \(name)")) }
    let error = #expect(throws: StoreError.self) {
      try database.organisation().add(name, as: .worker(team: "north"))
    }
    #expect("\(error.map { String(describing: $0) } ?? "")".contains("already a login named"))
    #expect(try owner.run("SELECT 1 FROM carecoach.worker").isEmpty)
  }

  @Test("through the tool: add-worker --team north --team south --lead, then each one's list")
  func throughTheTool() throws {
    let database = try TestServer.freshDatabase()
    let ana = try database.add("ana", as: .worker(team: "north"))
    let cai = try database.add("cai", as: .worker(team: "south"))
    let lee = "lee_" + TestServer.suffix()
    let added = try CommandLineTests.carecoach(
      ["org", "add-worker", lee, "--team", "north", "--team", "south", "--lead"],
      as: database.owner, in: database)
    #expect(added.status == 0, "\(added.err)")
    #expect(added.out.contains("Added \(lee), lead of the teams north and south."), "\(added.out)")
    let twice = try CommandLineTests.carecoach(
      ["org", "add-worker", lee, "--team", "north"], as: database.owner, in: database)
    #expect(twice.status != 0)
    #expect(twice.err.contains("already a login named \(lee)"), "\(twice.err)")
    let worker = try CommandLineTests.carecoach(
      ["org", "add-worker", "zed", "--team", "north", "--team", "south"],
      as: database.owner, in: database)
    #expect(worker.status != 0)
    #expect(worker.err.contains("only a lead (--lead) may have several"), "\(worker.err)")

    for (login, client) in [(ana, "N-104"), (cai, "S-7")] {
      _ = try CommandLineTests.carecoach(
        ["start", "--mode", "facilitator", "--client", client, "--plain"], as: login,
        in: database, input: "dunno\n")
    }
    let anaList = try CommandLineTests.carecoach(["list"], as: ana, in: database)
    #expect(anaList.out.contains("N-104") && !anaList.out.contains("S-7"), "\(anaList.out)")
    let caiList = try CommandLineTests.carecoach(["list"], as: cai, in: database)
    #expect(caiList.out.contains("S-7") && !caiList.out.contains("N-104"), "\(caiList.out)")
    let leeList = try CommandLineTests.carecoach(["list"], as: lee, in: database)
    #expect(leeList.out.contains("S-7") && leeList.out.contains("N-104"), "\(leeList.out)")
    let audit = try CommandLineTests.carecoach(["org", "audit"], as: lee, in: database)
    #expect(audit.out.contains("N-104") && audit.out.contains("S-7"), "\(audit.out)")
  }
}
