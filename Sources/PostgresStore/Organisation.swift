import Foundation
import PostgresNIO
import Store

/// Running an organisation's shared store: setting it up, managing the workers' logins, and
/// reading the audit trail. Each is done with the login of whoever runs the command, and the
/// server decides whether they may: the owner sets up, an administrator manages accounts, a
/// lead or an administrator reads the audit trail.
public final class Organisation {
  let link: BlockingConnection
  let address: PostgresAddress

  /// Connects to the server at `address`, set up or not.
  public init(
    address text: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(StoreError) {
    let shown = PostgresAddress.withoutPassword(text)
    do {
      address = try PostgresAddress(text, environment: environment)
      link = try BlockingConnection(address)
    } catch {
      throw StoreError.cannotOpen(path: shown, underlying: ServerProblem(error))
    }
  }

  deinit { link.close() }

  /// Applies the migrations the database has not had yet, each with its record in one
  /// transaction; returns their names. Run again, it applies nothing and changes nothing.
  public func initialise() throws(StoreError) -> [String] {
    try call {
      for statement in SQLStatements.split(ServerMigrations.bookkeeping) {
        try link.run(PostgresQuery(unsafeSQL: statement))
      }
      // One `org init` at a time: a second waits here, then finds the work done.
      return try link.transaction {
        try link.run("LOCK TABLE carecoach.schema_migration IN EXCLUSIVE MODE")
        let applied = Set(
          try link.run("SELECT version FROM carecoach.schema_migration").map {
            try $0.decode(Int.self)
          })
        var names: [String] = []
        for migration in ServerMigrations.all where !applied.contains(migration.version) {
          for statement in SQLStatements.split(migration.sql) {
            try link.run(PostgresQuery(unsafeSQL: statement))
          }
          try link.run(
            """
            INSERT INTO carecoach.schema_migration (version, name)
            VALUES (\(migration.version), \(migration.name))
            """)
          names.append(migration.name)
        }
        return names
      }
    }
  }

  /// What a login may do.
  public enum Standing: Sendable, Equatable {
    case worker(team: String)
    /// Leads each of `teams`: sees, changes and reads the audit trail of them all. The
    /// conversations they start go to the first.
    case lead(teams: [String])
    /// Manages accounts and reads the audit trail; reads no one's words.
    case administrator

    /// A lead of one team.
    public static func lead(team: String) -> Standing { .lead(teams: [team]) }
  }

  /// Makes `name` a login of the organisation with `standing`, and returns the password made
  /// for it, to be given to that person once.
  ///
  /// A login of that name already on the server is refused, not taken over: logins belong to
  /// the whole server, so one made for another database (or by hand) may be someone else's,
  /// and granting it this organisation's words on a name's say-so would be a quiet leak.
  public func add(_ name: String, as standing: Standing) throws(StoreError) -> String {
    let role = try Self.checkedRoleName(name)
    let password = Self.newPassword()
    try call {
      try link.transaction {
        let existing = try link.run("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = \(name)")
        if !existing.isEmpty { throw ServerProblem.loginExists(login: name) }
        switch standing {
        case .worker(let team):
          try link.run(
            PostgresQuery(
              unsafeSQL: "CREATE ROLE \(role) LOGIN PASSWORD '\(password)' IN ROLE carecoach_worker"
            ))
          try link.run(
            "INSERT INTO carecoach.worker (role_name, team, lead) VALUES (\(name), \(team), false)")
        case .lead(let teams):
          try link.run(
            PostgresQuery(
              unsafeSQL: "CREATE ROLE \(role) LOGIN PASSWORD '\(password)' IN ROLE carecoach_lead"))
          try link.run(
            """
            INSERT INTO carecoach.worker (role_name, team, lead)
            VALUES (\(name), \(teams.first ?? ""), true)
            """)
          for team in teams {
            try link.run(
              """
              INSERT INTO carecoach.led_team (role_name, team) VALUES (\(name), \(team))
              ON CONFLICT DO NOTHING
              """)
          }
        case .administrator:
          try link.run(
            PostgresQuery(
              unsafeSQL:
                "CREATE ROLE \(role) LOGIN CREATEROLE PASSWORD '\(password)' IN ROLE carecoach_admin"
            ))
        }
      }
    }
    return password
  }

  /// Takes away `name`'s login. What they wrote stays with their team.
  public func remove(_ name: String) throws(StoreError) {
    let role = try Self.checkedRoleName(name)
    try call {
      try link.transaction {
        try link.run("DELETE FROM carecoach.worker WHERE role_name = \(name)")
        try link.run(PostgresQuery(unsafeSQL: "DROP ROLE \(role)"))
      }
    }
  }

  /// One line of the audit trail.
  public struct AuditEntry: Sendable, Equatable {
    public var at: Date
    public var who: String
    public var action: String
    public var clientRef: String?
    public var sessionID: String?
    public var team: String?
  }

  /// The audit trail, oldest first, as much of it as this login may read: a lead their team's,
  /// an administrator all of it, a worker none.
  public func audit(client: String? = nil, worker: String? = nil, since: Date? = nil)
    throws(StoreError) -> [AuditEntry]
  {
    let key = client.map(ClientReference.key)
    return try call(refused: "only a team lead or an administrator may read the audit trail") {
      try link.run(
        """
        SELECT at, who, action, client_ref, session_id, team FROM carecoach.audit
        WHERE (\(key)::text IS NULL OR lower(btrim(client_ref)) = \(key))
          AND (\(worker)::text IS NULL OR who = \(worker))
          AND (\(since)::timestamptz IS NULL OR at >= \(since))
        ORDER BY at, id
        """
      ).map { row in
        let (at, who, action, client, session, team) = try row.decode(
          (Date, String, String, String?, String?, String?).self)
        return AuditEntry(
          at: at, who: who, action: action, clientRef: client, sessionID: session, team: team)
      }
    }
  }

  /// What is wrong with `name` as a login's name, or nil when it will do: lower-case letters,
  /// digits and `_`, starting with a letter, so it needs no quoting and reads the same in
  /// `psql` and in the audit trail; never one of the server's or the tool's own roles.
  public static func loginNameProblem(_ name: String) -> String? {
    let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789_")
    guard let first = name.first, first.isLetter, name.count <= 63,
      name.allSatisfy(allowed.contains), !name.hasPrefix("pg_"), !name.hasPrefix("carecoach_")
    else {
      return "'\(name)' cannot be a login's name: use lower-case letters, digits and _, "
        + "starting with a letter (such as sam_patel)."
    }
    return nil
  }

  static func checkedRoleName(_ name: String) throws(StoreError) -> String {
    if let problem = loginNameProblem(name) {
      throw StoreError.failed(underlying: ServerProblem(description: problem))
    }
    return name
  }

  /// 24 characters from a 56-letter alphabet (about 139 bits), none that needs quoting.
  static func newPassword() -> String {
    let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    var generator = SystemRandomNumberGenerator()
    return String((0..<24).map { _ in alphabet.randomElement(using: &generator)! })
  }

  /// Runs `work`, its errors said as the server's problems; `refused` says what a refusal of
  /// privilege (SQLSTATE 42501) means here, in place of the server's own words.
  func call<T>(refused: String? = nil, _ work: () throws -> T) throws(StoreError) -> T {
    do {
      return try work()
    } catch {
      let problem = ServerProblem(error)
      if let refused, problem.sqlState == "42501" {
        throw StoreError.failed(
          underlying: ServerProblem(description: refused, sqlState: problem.sqlState))
      }
      throw StoreError.failed(underlying: problem)
    }
  }
}
