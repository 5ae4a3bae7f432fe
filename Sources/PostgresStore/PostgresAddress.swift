import Foundation

/// Where an organisation's database server is and who connects to it, read from a store
/// address (`postgresql://USER:PASSWORD@HOST:PORT/DB?sslmode=require`) the way libpq reads one,
/// so an address that works with `psql` works here.
///
/// - The user is the address's, else `PGUSER`, else the user this program runs as.
/// - The password is the address's, else `PGPASSWORD`, else the first matching line of the
///   password file (`PGPASSFILE`, else `~/.pgpass`), which is read only when no one but its
///   owner can read it, as libpq insists.
/// - A host that is a folder (`postgresql:///db?host=/run/sock`, or `postgresql://%2Frun%2Fsock/db`)
///   means the server's Unix socket in that folder; no host at all means `PGHOST`, else
///   Debian's socket folder.
/// - `sslmode=require` (or `verify-ca`, `verify-full`) means TLS or no connection at all.
public struct PostgresAddress: Equatable, Sendable {
  public enum Transport: Equatable, Sendable {
    case tcp(host: String, port: Int)
    /// The socket file itself: the folder and `.s.PGSQL.PORT`.
    case unixSocket(path: String)
  }

  /// How much TLS the address asks for, in libpq's words.
  public enum TLSMode: String, Equatable, Sendable {
    case disable, allow, prefer, require
    case verifyCA = "verify-ca"
    case verifyFull = "verify-full"

    /// Whether a connection without TLS must be refused.
    public var isRequired: Bool { self == .require || self == .verifyCA || self == .verifyFull }
  }

  public var transport: Transport
  public var user: String
  public var password: String?
  public var database: String
  public var tls: TLSMode

  /// The address as it may be shown or typed again: everything but the password.
  public var displayed: String

  /// Why an address cannot be used, said so the person can mend it.
  public struct Problem: Error, CustomStringConvertible, Equatable, Sendable {
    public let description: String
  }

  /// Reads `address`, filling in what it leaves out from `environment` and the password file.
  public init(
    _ address: String, environment: [String: String] = ProcessInfo.processInfo.environment,
    osUser: String = PostgresAddress.osUser()
  ) throws(Problem) {
    guard let components = URLComponents(string: address),
      let scheme = components.scheme?.lowercased(), scheme == "postgresql" || scheme == "postgres"
    else {
      throw Problem(
        description: "'\(Self.withoutPassword(address))' is not a server address CareCoach can "
          + "read. Write it as postgresql://HOST/DATABASE.")
    }
    var query: [String: String] = [:]
    for item in components.queryItems ?? [] { query[item.name] = item.value ?? "" }

    let database = components.percentEncodedPath.removingPercentEncoding.map {
      String($0.drop(while: { $0 == "/" }))
    }
    guard let database,
      !database.isEmpty || query["dbname"] != nil || environment["PGDATABASE"] != nil
    else {
      throw Problem(
        description: "The server address '\(Self.withoutPassword(address))' names no database. "
          + "Put its name after the host: postgresql://HOST/DATABASE.")
    }
    self.database =
      query["dbname"] ?? (database.isEmpty ? environment["PGDATABASE"] ?? "" : database)

    let portText = query["port"] ?? components.port.map(String.init) ?? environment["PGPORT"]
    let port = try Self.port(portText)
    let urlHost = components.percentEncodedHost.flatMap { $0.removingPercentEncoding }
    let host = query["host"] ?? (urlHost?.isEmpty == false ? urlHost : nil) ?? environment["PGHOST"]
    let chosenHost = host ?? "/var/run/postgresql"
    if chosenHost.hasPrefix("/") {
      transport = .unixSocket(path: chosenHost + "/.s.PGSQL.\(port)")
    } else {
      transport = .tcp(host: chosenHost, port: port)
    }

    let urlUser = components.percentEncodedUser.flatMap { $0.removingPercentEncoding }
    user =
      query["user"] ?? (urlUser?.isEmpty == false ? urlUser : nil)
      ?? environment["PGUSER"].flatMap { $0.isEmpty ? nil : $0 } ?? osUser

    let modeText = query["sslmode"] ?? environment["PGSSLMODE"]
    if let modeText {
      guard let mode = TLSMode(rawValue: modeText) else {
        throw Problem(
          description: "sslmode=\(modeText) is not one CareCoach knows. Use disable, prefer, "
            + "require, verify-ca or verify-full.")
      }
      tls = mode
    } else {
      // libpq's default is to try TLS over a network and not over a socket on this computer.
      if case .unixSocket = transport { tls = .disable } else { tls = .prefer }
    }
    if case .unixSocket = transport, tls.isRequired {
      throw Problem(
        description: "sslmode=\(tls.rawValue) asks for TLS, which a server's Unix socket does not "
          + "offer. Give the server's host name to connect over the network.")
    }

    let urlPassword = components.percentEncodedPassword.flatMap { $0.removingPercentEncoding }
    password =
      query["password"] ?? urlPassword ?? environment["PGPASSWORD"]
      ?? PasswordFile.password(
        environment: environment, host: chosenHost, port: port, database: self.database,
        user: user)
    displayed = Self.withoutPassword(address)
  }

  /// The address with any password in it left out, for messages and hints.
  public static func withoutPassword(_ address: String) -> String {
    guard var components = URLComponents(string: address) else { return address }
    if components.password != nil { components.password = nil }
    if let items = components.queryItems, items.contains(where: { $0.name == "password" }) {
      components.queryItems = items.filter { $0.name != "password" }
    }
    return components.string ?? address
  }

  static func port(_ text: String?) throws(Problem) -> Int {
    guard let text else { return 5432 }
    guard let port = Int(text), (1...65535).contains(port) else {
      throw Problem(description: "The port '\(text)' is not a number from 1 to 65535.")
    }
    return port
  }

  /// The name of the user this program runs as, as libpq takes it when no user is given.
  public static func osUser() -> String {
    if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return ProcessInfo.processInfo.userName
  }
}
