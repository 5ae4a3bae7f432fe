import Foundation
import PostgresNIO
import Store

/// What went wrong with the server, in words a person can act on.
///
/// postgres-nio's own error prints as a structure of codes, and hides the server's message
/// inside it; this keeps the error as thrown (`underlying`) and says the server's message, or
/// what happened to the connection, in one sentence. It is what `StoreError` carries as its
/// cause, so the store's message is made in one place as for SQLite.
public struct ServerProblem: ConnectionFailure, CustomStringConvertible, Equatable,
  @unchecked Sendable
{
  public let description: String
  /// The SQLSTATE the server answered with, such as `42501` for a privilege it refused.
  public let sqlState: String?
  /// Whether the connection itself failed or dropped, as opposed to a statement refused.
  public let isConnectionLost: Bool
  public let underlying: (any Error)?

  init(description: String, sqlState: String? = nil, isConnectionLost: Bool = false) {
    self.description = description
    self.sqlState = sqlState
    self.isConnectionLost = isConnectionLost
    self.underlying = nil
  }

  /// Two problems are the same when they say the same thing.
  public static func == (left: ServerProblem, right: ServerProblem) -> Bool {
    left.description == right.description && left.sqlState == right.sqlState
  }

  init(_ error: any Error) {
    if let problem = error as? ServerProblem {
      self = problem
      return
    }
    underlying = error
    guard let error = error as? PSQLError else {
      description = Self.sentence(for: error)
      sqlState = nil
      isConnectionLost = Self.isConnectionFailure(error)
      return
    }
    sqlState = error.serverInfo?[.sqlState]
    if let message = error.serverInfo?[.message] {
      var said = "the server said: " + message
      if let detail = error.serverInfo?[.detail] { said += " (" + detail + ")" }
      description = said
      // 57P01 and friends: the server was shut down under the connection.
      isConnectionLost = sqlState?.hasPrefix("57P") == true || sqlState?.hasPrefix("08") == true
      return
    }
    switch error.code {
    case .serverClosedConnection, .uncleanShutdown, .connectionError, .clientClosedConnection:
      description =
        "the connection to the server was lost"
        + (error.underlying.map { " (" + Self.sentence(for: $0) + ")" } ?? "")
      isConnectionLost = true
    case .sslUnsupported:
      description = "the server does not offer TLS, and the address requires it (sslmode)"
      isConnectionLost = false
    case .authMechanismRequiresPassword:
      description =
        "the server wants a password and none was given (in the address, PGPASSWORD or ~/.pgpass)"
      isConnectionLost = false
    default:
      description = "the server connection failed: \(error.code)"
      isConnectionLost = false
    }
  }

  /// The server did not answer in time: the connection is taken for lost.
  static let noAnswer = ServerProblem(
    description: "the connection to the server was lost (it did not answer in time)",
    isConnectionLost: true)

  /// No connection could be made at all: the server is stopped, or out of reach.
  static func unreachable(_ problem: ServerProblem) -> ServerProblem {
    let cause =
      problem.underlying.map { sentence(for: ($0 as? PSQLError)?.underlying ?? $0) } ?? ""
    return ServerProblem(
      description: "the server cannot be reached" + (cause.isEmpty ? "" : " (\(cause))")
        + ": it may be stopped, or this computer may be offline",
      isConnectionLost: true)
  }

  static func notSetUp(database: String) -> ServerProblem {
    ServerProblem(
      description: "the database \(database) is not set up for CareCoach yet, or is set up by a "
        + "newer version: its owner runs 'carecoach org init' once")
  }

  static func noTeam(login: String) -> ServerProblem {
    ServerProblem(
      description: "the login \(login) is in no team here, so it may see no one's conversations "
        + "(an administrator reads none by design). An administrator adds a worker with "
        + "'carecoach org add-worker \(login) --team TEAM'")
  }

  /// An administrator's login opening the store, as for `list`: said plainly, with no
  /// command that would put them in a team, since that would give them people's words.
  static func administratorReadsNoWords(login: String) -> ServerProblem {
    ServerProblem(
      description: "\(login) is an administrator's login: administrators manage accounts and "
        + "read the audit trail ('carecoach org audit'), and read no one's conversations, by "
        + "design. A worker's own login lists that worker's team's conversations")
  }

  static func loginExists(login: String) -> ServerProblem {
    ServerProblem(
      description: "there is already a login named \(login) on this server, perhaps made for "
        + "another database or by hand; logins belong to the whole server, so CareCoach will not "
        + "give an existing one this organisation's conversations on its name alone. Choose "
        + "another name, such as \(login)_2")
  }

  static func sentence(for error: any Error) -> String {
    if let io = error as? IOError {
      return String(cString: strerror(io.errnoCode)).lowercased()
    }
    return String(describing: error)
  }

  static func isConnectionFailure(_ error: any Error) -> Bool {
    error is IOError || error is ChannelError || "\(type(of: error))".contains("Connection")
  }
}
