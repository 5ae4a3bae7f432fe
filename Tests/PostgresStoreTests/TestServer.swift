import Foundation
import PostgresNIO
import Testing

@testable import PostgresStore
@testable import Store

/// The throwaway server the Makefile starts for the tests (`Tests/postgres/cluster.sh`), found
/// through `CARECOACH_TEST_POSTGRES`: the address of its first database, as its owner.
///
/// Under `make test` (`CARECOACH_REQUIRE_POSTGRES=1`) a missing server fails the PostgreSQL
/// tests; run by hand without one, they are left out and the SQLite ones still run.
enum TestServer {
  static let environment = ProcessInfo.processInfo.environment
  static var address: String? {
    environment["CARECOACH_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
  }
  static var required: Bool { environment["CARECOACH_REQUIRE_POSTGRES"] == "1" }
  /// Whether the PostgreSQL cases run: when there is a server, or when one is required.
  static var isTested: Bool { address != nil || required }

  struct Missing: Error, CustomStringConvertible {
    let description =
      "No test server: CARECOACH_TEST_POSTGRES is not set. `make swift-test` starts one."
  }

  /// `address` with its database and user changed.
  static func address(database: String, user: String) throws -> String {
    guard let base = address, var components = URLComponents(string: base) else {
      throw Missing()
    }
    components.percentEncodedPath = "/" + database
    var items = (components.queryItems ?? []).filter { $0.name != "user" }
    items.append(URLQueryItem(name: "user", value: user))
    components.queryItems = items
    return components.string!
  }

  /// A short random suffix, so databases and roles (which the whole server shares) of tests
  /// running at once never meet.
  static func suffix() -> String {
    String((0..<8).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement()! })
  }

  /// A new database, set up by `org init` as its owner.
  static func freshDatabase() throws -> TestDatabase {
    guard let base = address else { throw Missing() }
    let name = "carecoach_" + suffix()
    let server = try BlockingConnection(try PostgresAddress(base))
    defer { server.close() }
    try server.run(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
    let owner = try PostgresAddress(base).user
    let database = TestDatabase(name: name, owner: owner)
    _ = try Organisation(address: try database.address(user: owner)).initialise()
    return database
  }
}

/// One test's own database on the test server.
struct TestDatabase {
  let name: String
  let owner: String

  func address(user: String) throws -> String {
    try TestServer.address(database: name, user: user)
  }

  /// The organisation, as the database's owner runs it.
  func organisation() throws -> Organisation {
    try Organisation(address: address(user: owner))
  }

  /// A new login with `standing`, under a name no other test uses; returns the name.
  func add(_ name: String, as standing: Organisation.Standing) throws -> String {
    let login = name + "_" + TestServer.suffix()
    _ = try organisation().add(login, as: standing)
    return login
  }

  /// The store as `login` sees it.
  func store(as login: String) throws -> PostgresSessionStore {
    try PostgresSessionStore(address: address(user: login))
  }

  /// Plain SQL as `login`, past the tool.
  func connection(as login: String) throws -> BlockingConnection {
    try BlockingConnection(PostgresAddress(address(user: login)))
  }
}

/// The two stores the behaviour tests run against.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
  case sqlite
  case postgres

  var testDescription: String { rawValue }

  /// Both when a server is there (or required), else SQLite alone.
  static var tested: [Backend] { TestServer.isTested ? [.sqlite, .postgres] : [.sqlite] }

  /// A new, empty store of this kind; for PostgreSQL, as a worker of a team.
  func makeStore() throws -> any SessionStore {
    switch self {
    case .sqlite:
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "carecoach-behaviour-\(UUID().uuidString)")
      return try SQLiteSessionStore(path: folder.appendingPathComponent("store.sqlite").path)
    case .postgres:
      let database = try TestServer.freshDatabase()
      let worker = try database.add("worker", as: .worker(team: "north"))
      return try database.store(as: worker)
    }
  }
}
