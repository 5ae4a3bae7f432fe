import Foundation
import Logging
import PostgresNIO
import Store

/// One connection to the server, used by code that waits for each answer.
///
/// The application is synchronous: a turn is saved, then the next question is shown, and
/// nothing else happens meanwhile. postgres-nio is asynchronous, on SwiftNIO's event loops. The
/// two meet here and only here: each call sends its query and blocks the calling thread on the
/// answer (`EventLoopFuture.wait()`). That is safe because the caller is never one of the event
/// loop's own threads (the program's main thread, or a test's), so the loop that must deliver
/// the answer is never the one waiting for it. One connection serves the whole process, so the
/// statements of a transaction all go down the same connection, in order.
final class BlockingConnection: Sendable {
  let connection: PostgresConnection
  let logger: Logger
  let timeLimit: TimeAmount

  /// Connects to `address`, with TLS when it asks for it, and fails rather than connect
  /// without TLS when it requires it.
  init(_ address: PostgresAddress, timeLimit: TimeAmount = answerTimeLimit) throws {
    self.timeLimit = timeLimit
    var logger = Logger(label: "carecoach.store")
    logger.logLevel = .critical
    self.logger = logger
    var configuration: PostgresConnection.Configuration
    switch address.transport {
    case .unixSocket(let path):
      configuration = .init(
        unixSocketPath: path, username: address.user, password: address.password,
        database: address.database)
    case .tcp(let host, let port):
      configuration = .init(
        host: host, port: port, username: address.user, password: address.password,
        database: address.database, tls: try Self.tls(address.tls))
    }
    configuration.options.connectTimeout = .seconds(10)
    do {
      connection = try PostgresConnection.connect(
        on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration,
        id: 1, logger: logger
      ).wait()
    } catch {
      let problem = ServerProblem(error)
      guard problem.isConnectionLost else { throw problem }
      throw ServerProblem.unreachable(problem)
    }
  }

  /// postgres-nio's TLS for libpq's `sslmode`: `require` encrypts without checking the
  /// certificate (as libpq does), `verify-ca` checks it against the system's authorities,
  /// `verify-full` checks the host name too; `prefer` and `allow` try TLS and carry on
  /// without it only when the server offers none.
  static func tls(_ mode: PostgresAddress.TLSMode) throws -> PostgresConnection.Configuration.TLS {
    var configuration = TLSConfiguration.makeClientConfiguration()
    switch mode {
    case .disable: return .disable
    case .allow, .prefer, .require: configuration.certificateVerification = .none
    case .verifyCA: configuration.certificateVerification = .noHostnameVerification
    case .verifyFull: configuration.certificateVerification = .fullVerification
    }
    let context = try NIOSSLContext(configuration: configuration)
    return mode.isRequired ? .require(context) : .prefer(context)
  }

  /// How long one statement may take before the connection is taken for lost. A turn is a
  /// few milliseconds; a server that was stopped, or a network that went away, can leave a
  /// query unanswered for ever, and the person must be told rather than left waiting.
  static let answerTimeLimit: TimeAmount = .seconds(10)

  /// Runs one statement and returns its rows.
  @discardableResult
  func run(_ query: PostgresQuery) throws -> [PostgresRow] {
    try answer(connection.query(query, logger: logger)).rows
  }

  /// The future's value, or `ServerProblem.noAnswer` once `answerTimeLimit` has passed; the
  /// connection is then closed, so every later call fails at once instead of waiting again.
  func answer<T: Sendable>(_ future: EventLoopFuture<T>) throws -> T {
    let promise = future.eventLoop.makePromise(of: T.self)
    future.cascade(to: promise)
    let deadline = future.eventLoop.scheduleTask(in: timeLimit) {
      promise.fail(ServerProblem.noAnswer)
    }
    defer { deadline.cancel() }
    do {
      return try promise.futureResult.wait()
    } catch let problem as ServerProblem where problem == .noAnswer {
      connection.close().whenComplete { _ in }
      throw problem
    }
  }

  /// Runs `work` in one transaction: all of it is committed, or none of it.
  func transaction<T>(_ work: () throws -> T) throws -> T {
    try run("BEGIN")
    do {
      let value = try work()
      try run("COMMIT")
      return value
    } catch {
      _ = try? run("ROLLBACK")
      throw error
    }
  }

  func close() {
    _ = try? answer(connection.close())
  }
}
