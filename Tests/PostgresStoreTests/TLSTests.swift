import Foundation
import PostgresNIO
import Testing

@testable import PostgresStore
@testable import Store

/// `sslmode=require` means TLS or no connection: tried against a throwaway server of the
/// test's own on 127.0.0.1, once with TLS on (a self-signed certificate made by openssl) and
/// once without.
@Suite("TLS to the server", .enabled(if: TestServer.isTested))
struct TLSTests {
  static func freePort() -> Int { Int.random(in: 20_000..<60_000) }

  @Test("sslmode=require connects over TLS to a server that offers it")
  func overTLS() throws {
    let folder = "/tmp/carecoach-tls-" + TestServer.suffix()
    let base = try CutConnectionTests.cluster(
      "start", folder, environment: ["CLUSTER_TCP_PORT": "\(Self.freePort())", "CLUSTER_TLS": "1"])
    defer { _ = try? CutConnectionTests.cluster("stop", folder) }
    #expect(base.hasPrefix("postgresql://127.0.0.1:"), "\(base)")
    let connection = try BlockingConnection(PostgresAddress(base + "&sslmode=require"))
    defer { connection.close() }
    let ssl = try connection.run("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
      .first?.decode(Bool.self)
    #expect(ssl == true)
  }

  @Test("sslmode=require refuses a server without TLS rather than going on in the clear")
  func refusedInTheClear() throws {
    let folder = "/tmp/carecoach-tls-" + TestServer.suffix()
    let base = try CutConnectionTests.cluster(
      "start", folder, environment: ["CLUSTER_TCP_PORT": "\(Self.freePort())"])
    defer { _ = try? CutConnectionTests.cluster("stop", folder) }
    let plain = try BlockingConnection(PostgresAddress(base))
    #expect(
      try plain.run("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").first?.decode(
        Bool.self) == false)
    plain.close()
    let error = #expect(throws: (any Error).self) {
      try BlockingConnection(PostgresAddress(base + "&sslmode=require"))
    }
    #expect(
      error.map { ServerProblem($0).description }?.contains("does not offer TLS") == true,
      "\(String(describing: error))")
  }
}
