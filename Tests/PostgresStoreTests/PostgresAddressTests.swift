import Foundation
import Testing

@testable import PostgresStore

/// Store addresses read as libpq reads them.
@Suite("Server addresses")
struct PostgresAddressTests {
  let home = FileManager.default.temporaryDirectory.appendingPathComponent(
    "carecoach-pgpass-\(UUID().uuidString)")

  @Test("host, port, database and user from the address, else the environment, else the OS user")
  func parts() throws {
    let full = try PostgresAddress(
      "postgresql://sam:secret@db.example.org:6543/care?sslmode=require", environment: [:],
      osUser: "me")
    #expect(full.transport == .tcp(host: "db.example.org", port: 6543))
    #expect(full.user == "sam")
    #expect(full.password == "secret")
    #expect(full.database == "care")
    #expect(full.tls == .require)
    #expect(full.displayed == "postgresql://sam@db.example.org:6543/care?sslmode=require")

    let bare = try PostgresAddress(
      "postgres://db.example.org/care", environment: ["PGUSER": "lee", "PGPASSWORD": "pw"],
      osUser: "me")
    #expect(bare.user == "lee")
    #expect(bare.password == "pw")
    #expect(bare.tls == .prefer)
    #expect(try PostgresAddress("postgresql://h/care", environment: [:], osUser: "me").user == "me")
  }

  @Test("a folder for a host is the server's Unix socket, written either way")
  func sockets() throws {
    let query = try PostgresAddress(
      "postgresql:///care?host=/tmp/sock&port=5433", environment: [:], osUser: "me")
    #expect(query.transport == .unixSocket(path: "/tmp/sock/.s.PGSQL.5433"))
    #expect(query.tls == .disable)
    let encoded = try PostgresAddress(
      "postgresql://%2Ftmp%2Fsock/care", environment: [:], osUser: "me")
    #expect(encoded.transport == .unixSocket(path: "/tmp/sock/.s.PGSQL.5432"))
    let none = try PostgresAddress("postgresql:///care", environment: [:], osUser: "me")
    #expect(none.transport == .unixSocket(path: "/var/run/postgresql/.s.PGSQL.5432"))
  }

  @Test("what cannot work is said, not tried")
  func problems() {
    #expect(throws: PostgresAddress.Problem.self) {
      try PostgresAddress("postgresql://h/care?sslmode=sometimes", environment: [:], osUser: "me")
    }
    #expect(throws: PostgresAddress.Problem.self) {
      try PostgresAddress(
        "postgresql:///care?host=/tmp&sslmode=require", environment: [:], osUser: "me")
    }
    #expect(throws: PostgresAddress.Problem.self) {
      try PostgresAddress("postgresql://h:99999/care", environment: [:], osUser: "me")
    }
    #expect(throws: PostgresAddress.Problem.self) {
      try PostgresAddress("postgresql://h", environment: [:], osUser: "me")
    }
    #expect(
      PostgresAddress.withoutPassword("postgresql://u:p@h/db?password=x&sslmode=require")
        == "postgresql://u@h/db?sslmode=require")
  }

  @Test("~/.pgpass: first match wins, * matches anything, read only when private")
  func passwordFile() throws {
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let file = home.appendingPathComponent(".pgpass").path
    try """
    # comment
    other:5432:care:sam:wrong
    db.example.org:5432:care:sam:right\\:one
    *:*:*:sam:fallback
    localhost:5432:*:lee:viasocket
    """.write(toFile: file, atomically: true, encoding: .utf8)
    chmod(file, 0o600)
    let environment = ["HOME": home.path]
    func password(_ address: String, _ user: String) throws -> String? {
      try PostgresAddress(
        address, environment: environment.merging(["PGUSER": user]) { $1 }, osUser: "me"
      )
      .password
    }
    #expect(try password("postgresql://db.example.org/care", "sam") == "right:one")
    #expect(try password("postgresql://elsewhere/x", "sam") == "fallback")
    #expect(try password("postgresql:///care?host=/run/pg", "lee") == "viasocket")
    #expect(try password("postgresql://db.example.org/care", "nobody") == nil)
    chmod(file, 0o644)
    #expect(try password("postgresql://db.example.org/care", "sam") == nil)
  }

  @Test("SQL text splits into statements, not inside quotes or function bodies")
  func statements() {
    let text = """
      CREATE TABLE a (x text DEFAULT ';'); -- a comment; with a semicolon
      CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $f$ BEGIN PERFORM 1; END $f$;
      DO $$ BEGIN NULL; END $$;
      """
    #expect(
      SQLStatements.split(text) == [
        "CREATE TABLE a (x text DEFAULT ';')",
        "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $f$ BEGIN PERFORM 1; END $f$",
        "DO $$ BEGIN NULL; END $$",
      ])
    #expect(SQLStatements.split(ServerMigrations.v1).count > 40)
  }

  @Test("a login's name is plain, and never one of the server's or the tool's own roles")
  func loginNames() {
    #expect(Organisation.loginNameProblem("sam_patel") == nil)
    for name in ["", "Sam", "sam-patel", "1sam", "pg_admin", "carecoach_admin", "x;drop"] {
      #expect(Organisation.loginNameProblem(name) != nil, "\(name)")
    }
  }
}
