import Dialogue
import Foundation
import PostgresNIO
import Store

/// An organisation's shared store, on PostgreSQL: the same sessions, events, plan versions and
/// notes as the SQLite store, with the server deciding who may see which (see
/// `ServerMigrations`).
///
/// Each write is one statement or one transaction, committed before it returns, so as with
/// SQLite the next question is shown only once the answer before it is on the server.
public final class PostgresSessionStore: SessionStore {
  let link: BlockingConnection
  public let path: String
  let address: PostgresAddress
  /// Where this computer's own files are, for the history secret.
  let dataFolder: String

  /// Connects to the store at `address` (`postgresql://...`), which `carecoach org init` must
  /// have set up.
  public init(
    address text: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(StoreError) {
    path = PostgresAddress.withoutPassword(text)
    dataFolder = StoreLocation.dataFolder(environment: environment)
    do {
      address = try PostgresAddress(text, environment: environment)
    } catch {
      throw StoreError.cannotOpen(path: path, underlying: error)
    }
    do {
      link = try BlockingConnection(address)
    } catch {
      throw StoreError.cannotOpen(path: path, underlying: ServerProblem(error))
    }
    do {
      try checkSchema()
    } catch {
      link.close()
      throw StoreError.cannotOpen(path: path, underlying: error)
    }
  }

  deinit { link.close() }

  /// The store works only once `org init` has brought the schema to the version this program
  /// knows: a worker's login may not create tables, and should not try.
  func checkSchema() throws {
    let newest = ServerMigrations.all.last?.version ?? 0
    let rows = try attempt {
      try link.run(
        """
        SELECT coalesce(max(version), 0) FROM carecoach.schema_migration
        WHERE to_regclass('carecoach.schema_migration') IS NOT NULL
        """)
    }
    let applied = try rows.first?.decode(Int.self) ?? 0
    guard applied >= newest else { throw ServerProblem.notSetUp(database: address.database) }
    let team = try attempt { try link.run("SELECT carecoach.my_team()") }.first?.decode(
      String?.self)
    guard team == nil else { return }
    let administrator = try attempt {
      try link.run("SELECT pg_has_role(session_user, 'carecoach_admin', 'MEMBER')")
    }.first?.decode(Bool.self)
    throw administrator == true
      ? ServerProblem.administratorReadsNoWords(login: address.user)
      : ServerProblem.noTeam(login: address.user)
  }

  // MARK: Sessions

  public func create(_ session: SessionRecord) throws(StoreError) {
    try write {
      try link.run(
        """
        INSERT INTO carecoach.session (id, kind, script_reference, script_id, script_version,
          script_text, mode, client_ref, client_key, created_at, updated_at, status, plan_id,
          plan_version, agreed_with, agreed_on)
        VALUES (\(session.id), \(session.kind.rawValue), \(session.scriptReference),
          \(session.scriptID), \(session.scriptVersion), \(session.scriptText), \(session.mode),
          \(session.clientRef), \(session.clientRef.map(ClientReference.key)),
          \(session.createdAt), \(session.updatedAt), \(session.status.rawValue),
          \(session.planID), \(session.planVersion), \(session.agreedWith), \(session.agreedOn))
        """)
    }
  }

  public func append(_ event: Event, to sessionID: String) throws(StoreError) {
    try insert(StoredEvent(event), into: sessionID)
  }

  public func appendScriptChange(_ text: String, at: Date, to sessionID: String)
    throws(StoreError)
  {
    try insert(.scriptChange(text, at: at), into: sessionID)
  }

  /// One statement, so one round trip and its own transaction: the event after the last one,
  /// and the session's time of last use.
  func insert(_ row: StoredEvent, into sessionID: String) throws(StoreError) {
    let (kind, text, at) = (row.kind, row.text, row.at)
    try write {
      try link.run(
        """
        WITH added AS (
          INSERT INTO carecoach.event (session_id, sequence, kind, text, at)
          SELECT \(sessionID),
            coalesce((SELECT max(sequence) + 1 FROM carecoach.event
                      WHERE session_id = \(sessionID)), 0),
            \(kind), \(text), \(at.timeIntervalSince1970)
          RETURNING session_id)
        UPDATE carecoach.session SET updated_at = \(at)
        WHERE id IN (SELECT session_id FROM added)
        """)
    }
  }

  public func timeline(of sessionID: String) throws(StoreError) -> [TimelineEntry] {
    try read {
      try link.run(
        """
        SELECT kind, text, at FROM carecoach.event WHERE session_id = \(sessionID)
        ORDER BY sequence
        """
      ).compactMap { row -> TimelineEntry? in
        let (kind, text, seconds) = try row.decode((String, String?, Double).self)
        return StoredEvent(kind: kind, text: text, at: Date(timeIntervalSince1970: seconds)).entry
      }
    }
  }

  public func setStatus(_ status: SessionRecord.Status, of sessionID: String)
    throws(StoreError)
  {
    try write {
      try link.run(
        "UPDATE carecoach.session SET status = \(status.rawValue) WHERE id = \(sessionID)")
    }
  }

  public func session(_ id: String) throws(StoreError) -> SessionRecord? {
    try sessions(where: "WHERE id = \(id)").first
  }

  public func sessions(idPrefix prefix: String) throws(StoreError) -> [SessionRecord] {
    let pattern =
      prefix.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
    return try sessions(where: "WHERE id LIKE \(pattern)")
  }

  public func sessions(clientRef: String?) throws(StoreError) -> [SessionRecord] {
    guard let clientRef else {
      return try sessions(where: "ORDER BY updated_at DESC, created_at DESC")
    }
    return try sessions(
      where: """
        WHERE client_key = \(ClientReference.key(clientRef))
        ORDER BY updated_at DESC, created_at DESC
        """)
  }

  public func clientSpelling(of reference: String) throws(StoreError) -> String? {
    try read {
      try link.run(
        """
        SELECT client_ref FROM carecoach.session
        WHERE client_key = \(ClientReference.key(reference))
        ORDER BY created_at LIMIT 1
        """
      ).first?.decode(String.self)
    }
  }

  /// Deletes the rows (the events, notes and plan versions go with the session) through the
  /// server's own function, as a worker may not delete rows by hand. The audit trail keeps
  /// that it was deleted, and by whom, not the words. The server frees the space in
  /// its own time (autovacuum); backups keep what they held (see docs/organisation.md).
  public func delete(_ sessionID: String) throws(StoreError) {
    try write {
      try link.run("SELECT carecoach.delete_session(\(sessionID))")
    }
  }

  // MARK: Plan versions

  public func save(_ version: PlanVersionRecord) throws(StoreError) {
    try write {
      try link.run(
        """
        INSERT INTO carecoach.plan_version (plan_id, version, json, created_at, session_id)
        VALUES (\(version.planID), \(version.version), \(version.json), \(version.createdAt),
          \(version.sessionID))
        """)
    }
  }

  public func planVersions(of planID: String) throws(StoreError) -> [PlanVersionRecord] {
    try planVersions(where: "WHERE plan_id = \(planID) ORDER BY version")
  }

  public func planVersion(producedBy sessionID: String) throws(StoreError) -> PlanVersionRecord? {
    try planVersions(where: "WHERE session_id = \(sessionID) LIMIT 1").first
  }

  public func reviews(of planID: String) throws(StoreError) -> [SessionRecord] {
    try sessions(
      where: """
        WHERE kind = \(SessionRecord.Kind.review.rawValue) AND plan_id = \(planID)
        ORDER BY created_at
        """)
  }

  public func planVersions(clientRef: String) throws(StoreError) -> [PlanVersionRecord] {
    try planVersions(
      where: """
        WHERE session_id IN (SELECT id FROM carecoach.session
                             WHERE client_key = \(ClientReference.key(clientRef)))
        ORDER BY created_at, version
        """)
  }

  // MARK: Notes

  public func add(_ note: NoteRecord) throws(StoreError) {
    try write {
      try link.run(
        """
        INSERT INTO carecoach.note (session_id, text, author, at, shared)
        VALUES (\(note.sessionID), \(note.text), \(note.author), \(note.at), \(note.shared))
        """)
    }
  }

  public func notes(of sessionID: String) throws(StoreError) -> [NoteRecord] {
    try read {
      try link.run(
        """
        SELECT session_id, text, author, at, shared FROM carecoach.note
        WHERE session_id = \(sessionID) ORDER BY at, id
        """
      ).map { row in
        let (session, text, author, at, shared) = try row.decode(
          (String, String, String?, Date, Bool).self)
        return NoteRecord(sessionID: session, text: text, author: author, at: at, shared: shared)
      }
    }
  }

  /// This computer's own secret (see `LocalHistorySecret`): workers may not read the one on
  /// the server.
  public func historySecret() throws(StoreError) -> [UInt8] {
    do {
      return try LocalHistorySecret.secret(in: dataFolder)
    } catch {
      throw StoreError.failed(underlying: error)
    }
  }

  public func together(_ work: () throws -> Void) throws(StoreError) {
    do {
      try link.transaction(work)
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.failed(underlying: ServerProblem(error))
    }
  }

  public func recordAccess(_ access: Access, session: SessionRecord?, clientRef: String?)
    throws(StoreError)
  {
    let client = session?.clientRef ?? clientRef
    try write {
      try link.run(
        "SELECT carecoach.record_access(\(access.rawValue), \(session?.id), \(client))")
    }
  }

  public func recordRefusal(of reference: String) throws(StoreError) {
    try write {
      try link.run("SELECT carecoach.record_refusal(\(reference))")
    }
  }

  /// The name the client's history file had when the server's own secret named it (before
  /// migration 3), for a client this login may see.
  public func formerHistoryNames(of clientRef: String) throws(StoreError) -> [String] {
    try read {
      try link.run(
        "SELECT carecoach.former_history_name(\(ClientReference.key(clientRef)))"
      ).compactMap { try $0.decode(String?.self) }
    }
  }

  // MARK: Rows

  /// The columns of a session, in the order `sessionRecord(from:)` reads them.
  static let sessionColumns = """
    id, kind, script_reference, script_id, script_version, script_text, mode, client_ref,
    created_at, updated_at, status, plan_id, plan_version, agreed_with, agreed_on
    """

  func sessions(where clause: PostgresQuery) throws(StoreError) -> [SessionRecord] {
    let query = PostgresQuery(
      unsafeSQL: "SELECT \(Self.sessionColumns) FROM carecoach.session " + clause.sql,
      binds: clause.binds)
    return try read { try link.run(query).map(Self.sessionRecord(from:)) }
  }

  static func sessionRecord(from row: PostgresRow) throws -> SessionRecord {
    let cells = row.makeRandomAccess()
    return SessionRecord(
      id: try cells[0].decode(String.self),
      kind: SessionRecord.Kind(rawValue: try cells[1].decode(String.self)) ?? .conversation,
      scriptReference: try cells[2].decode(String.self),
      scriptID: try cells[3].decode(String.self),
      scriptVersion: try cells[4].decode(String.self),
      scriptText: try cells[5].decode(String.self),
      mode: try cells[6].decode(String.self),
      clientRef: try cells[7].decode(String?.self),
      createdAt: try cells[8].decode(Date.self),
      updatedAt: try cells[9].decode(Date.self),
      status: SessionRecord.Status(rawValue: try cells[10].decode(String.self)) ?? .active,
      planID: try cells[11].decode(String?.self),
      planVersion: try cells[12].decode(Int?.self),
      agreedWith: try cells[13].decode(String?.self),
      agreedOn: try cells[14].decode(String?.self))
  }

  func planVersions(where clause: PostgresQuery) throws(StoreError) -> [PlanVersionRecord] {
    let query = PostgresQuery(
      unsafeSQL: "SELECT plan_id, version, json, created_at, session_id "
        + "FROM carecoach.plan_version " + clause.sql,
      binds: clause.binds)
    return try read {
      try link.run(query).map { row in
        let (planID, version, json, createdAt, sessionID) = try row.decode(
          (String, Int, String, Date, String).self)
        return PlanVersionRecord(
          planID: planID, version: version, json: json, createdAt: createdAt,
          sessionID: sessionID)
      }
    }
  }

  // MARK: Access

  func write<T>(_ work: () throws -> T) throws(StoreError) -> T {
    do {
      return try work()
    } catch {
      throw StoreError.failed(underlying: ServerProblem(error))
    }
  }

  func read<T>(_ work: () throws -> T) throws(StoreError) -> T {
    try write(work)
  }

  func attempt<T>(_ work: () throws -> T) throws -> T {
    do {
      return try work()
    } catch {
      throw ServerProblem(error)
    }
  }
}
