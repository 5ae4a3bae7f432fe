import Dialogue
import Foundation
import GRDB

/// The database of sessions: every event is committed before the next question is shown, so
/// `kill -9` at any moment loses at most the line being typed.
///
/// SQLite in WAL mode lets a reader and a writer work at once, and a busy timeout makes a second
/// process wait its turn instead of failing with "database is locked": two workers, or a worker
/// and a kiosk, can share one store.
public final class SQLiteSessionStore: SessionStore {
  let database: DatabasePool
  public let path: String

  /// Opens (creating if needed) the store at `path`: the folder with mode 0700, the files 0600.
  public convenience init(path: String) throws(StoreError) {
    try self.init(path: path, busyMode: .timeout(15))
  }

  /// Opens the store with `busyMode` saying how long to wait for another process's write: the
  /// tests wait for none, to see a busy database at once.
  init(path: String, busyMode: Database.BusyMode) throws(StoreError) {
    self.path = path
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(
        at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw StoreError.cannotCreateFolder(path: path, folder: folder.path, underlying: error)
    }
    // SQLite creates the database, journal and WAL files with the process's umask; tighten it
    // while they are made so no file of personal data is ever readable by others.
    let previous = umask(0o077)
    defer { umask(previous) }
    var configuration = Configuration()
    configuration.busyMode = busyMode
    configuration.label = "carecoach"
    do {
      database = try Self.openAndMigrate(path: path, configuration: configuration)
    } catch {
      throw StoreError.cannotOpen(path: path, underlying: error)
    }
    for suffix in ["", "-wal", "-shm"] {
      chmod(path + suffix, 0o600)
    }
  }

  /// Opens the pool and brings the schema up to date, even when another process is doing the
  /// same to a store that does not exist yet.
  ///
  /// Two races are possible only then, and neither waits for the busy timeout:
  /// - Turning a new file to WAL mode needs it to itself, and SQLite answers "database is
  ///   locked" at once rather than waiting while another process does the same.
  /// - The migrator reads which migrations are applied before it starts, outside any
  ///   transaction, so two processes can both decide to run the same migration. Each migration
  ///   runs in its own immediate transaction with its record of being applied, so the loser
  ///   fails on its first statement and rolls back whole.
  ///
  /// Either way the store is left as the other process made it, so opening again (after a short
  /// pause, growing each time) finds WAL mode set and the migrations recorded. A failure with
  /// any other cause repeats itself and is reported after the last attempt, within a second.
  static func openAndMigrate(path: String, configuration: Configuration) throws -> DatabasePool {
    let attempts = 8
    for attempt in 1..<attempts {
      do {
        let pool = try DatabasePool(path: path, configuration: configuration)
        try Migrations.migrator.migrate(pool)
        return pool
      } catch {
        usleep(UInt32(attempt) * 25_000)
      }
    }
    let pool = try DatabasePool(path: path, configuration: configuration)
    try Migrations.migrator.migrate(pool)
    return pool
  }

  // MARK: Sessions

  public func create(_ session: SessionRecord) throws(StoreError) {
    try write { db in try session.insert(db) }
  }

  /// Adds one event to the end of a session and commits it before returning.
  public func append(_ event: Event, to sessionID: String) throws(StoreError) {
    try insert(StoredEvent(event), into: sessionID)
  }

  /// Records that the session carries on with a changed script, whose full text is `text`.
  ///
  /// The switch is an event like any other, in its place among the person's lines, so a replay
  /// reads the lines before it with the old script and the lines after it with the new one, and
  /// rebuilds exactly what the person saw. The session row keeps the text it started with.
  public func appendScriptChange(_ text: String, at: Date, to sessionID: String)
    throws(StoreError)
  {
    try insert(.scriptChange(text, at: at), into: sessionID)
  }

  func insert(_ row: StoredEvent, into sessionID: String) throws(StoreError) {
    try write { db in
      let next =
        try Int.fetchOne(
          db, sql: "SELECT MAX(sequence) FROM event WHERE sessionID = ?", arguments: [sessionID]
        )
        .map { $0 + 1 } ?? 0
      try EventRecord(
        sessionID: sessionID, sequence: next, kind: row.kind, text: row.text,
        at: row.at.timeIntervalSince1970
      ).insert(db)
      try db.execute(
        sql: "UPDATE session SET updatedAt = ? WHERE id = ?", arguments: [row.at, sessionID])
    }
  }

  /// Everything that happened in a session, in order: the person's events and script changes.
  public func timeline(of sessionID: String) throws(StoreError) -> [TimelineEntry] {
    try read { db in
      try EventRecord.filter(Column("sessionID") == sessionID).order(Column("sequence"))
        .fetchAll(db)
        .compactMap { record in
          StoredEvent(
            kind: record.kind, text: record.text, at: Date(timeIntervalSince1970: record.at)
          ).entry
        }
    }
  }

  public func setStatus(_ status: SessionRecord.Status, of sessionID: String)
    throws(StoreError)
  {
    try write { db in
      try db.execute(
        sql: "UPDATE session SET status = ? WHERE id = ?",
        arguments: [status.rawValue, sessionID])
    }
  }

  public func session(_ id: String) throws(StoreError) -> SessionRecord? {
    try read { db in try SessionRecord.fetchOne(db, key: id) }
  }

  public func sessions(idPrefix prefix: String) throws(StoreError) -> [SessionRecord] {
    try read { db in
      try SessionRecord.filter(Column("id").like("\(prefix)%")).fetchAll(db)
    }
  }

  /// Sessions, most recently active first; with `clientRef`, that client's, however the
  /// reference is typed (see `ClientReference`).
  public func sessions(clientRef: String?) throws(StoreError) -> [SessionRecord] {
    try read { db in
      var request = SessionRecord.all()
      if let clientRef {
        request = request.filter(
          try Self.spellings(of: clientRef, in: db).contains(Column("clientRef")))
      }
      return try request.order(Column("updatedAt").desc, Column("createdAt").desc).fetchAll(db)
    }
  }

  /// How the store first spelt the client `reference` names, if it has any session with them:
  /// a reference is kept as it was first typed, and shown that way after.
  public func clientSpelling(of reference: String) throws(StoreError) -> String? {
    try read { db in try Self.spellings(of: reference, in: db).first }
  }

  /// Every spelling the store holds of the client `reference` names, the first used first. A
  /// store written before references were matched this way may hold more than one.
  static func spellings(of reference: String, in db: Database) throws -> [String] {
    let key = ClientReference.key(reference)
    return try String.fetchAll(
      db,
      sql: """
        SELECT clientRef FROM session WHERE clientRef IS NOT NULL
        GROUP BY clientRef ORDER BY MIN(createdAt)
        """
    )
    .filter { ClientReference.key($0) == key }
  }

  /// Removes a session and everything about it. The database is then vacuumed so the deleted
  /// words do not linger in free pages of the file.
  public func delete(_ sessionID: String) throws(StoreError) {
    try write { db in
      try db.execute(sql: "DELETE FROM event WHERE sessionID = ?", arguments: [sessionID])
      try db.execute(sql: "DELETE FROM note WHERE sessionID = ?", arguments: [sessionID])
      try db.execute(
        sql: "DELETE FROM plan_version WHERE sessionID = ?", arguments: [sessionID])
      try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [sessionID])
    }
    do {
      try database.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        try db.execute(sql: "VACUUM")
        try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
      }
    } catch {
      throw StoreError.failed(underlying: error)
    }
  }

  // MARK: Plan versions

  /// Saves a plan version. A version number is never reused: saving one that exists fails, so
  /// an earlier version can never be overwritten.
  public func save(_ version: PlanVersionRecord) throws(StoreError) {
    try write { db in try version.insert(db) }
  }

  /// Every version of a plan, oldest first.
  public func planVersions(of planID: String) throws(StoreError) -> [PlanVersionRecord] {
    try read { db in
      try PlanVersionRecord.filter(Column("planID") == planID).order(Column("version"))
        .fetchAll(db)
    }
  }

  /// The version a conversation or review produced, if it has finished and saved one.
  public func planVersion(producedBy sessionID: String) throws(StoreError) -> PlanVersionRecord? {
    try read { db in
      try PlanVersionRecord.filter(Column("sessionID") == sessionID).fetchOne(db)
    }
  }

  /// The reviews of a plan, oldest first.
  public func reviews(of planID: String) throws(StoreError) -> [SessionRecord] {
    try read { db in
      try SessionRecord.filter(Column("kind") == SessionRecord.Kind.review.rawValue)
        .filter(Column("planID") == planID).order(Column("createdAt")).fetchAll(db)
    }
  }

  /// The plan versions of a client's sessions, oldest first, for "plans over time".
  public func planVersions(clientRef: String) throws(StoreError) -> [PlanVersionRecord] {
    try read { db in
      let spellings = try Self.spellings(of: clientRef, in: db)
      guard !spellings.isEmpty else { return [] }
      return try PlanVersionRecord.fetchAll(
        db,
        sql: """
          SELECT plan_version.* FROM plan_version
          JOIN session ON session.id = plan_version.sessionID
          WHERE session.clientRef IN (\(databaseQuestionMarks(count: spellings.count)))
          ORDER BY plan_version.createdAt, plan_version.version
          """, arguments: StatementArguments(spellings))
    }
  }

  // MARK: Notes

  public func add(_ note: NoteRecord) throws(StoreError) {
    try write { db in try note.insert(db) }
  }

  public func notes(of sessionID: String) throws(StoreError) -> [NoteRecord] {
    try read { db in
      try NoteRecord.filter(Column("sessionID") == sessionID).order(Column("at")).fetchAll(db)
    }
  }

  public func together(_ work: () throws -> Void) throws(StoreError) {
    do {
      try work()
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.failed(underlying: error)
    }
  }

  /// A store on one person's computer keeps no audit trail: whoever can read the file can
  /// read everything in it anyway.
  public func recordAccess(_ access: Access, session: SessionRecord?, clientRef: String?)
    throws(StoreError)
  {}

  // MARK: Access

  func write<T>(_ work: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try database.write(work)
    } catch {
      throw StoreError.failed(underlying: error)
    }
  }

  func read<T>(_ work: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try database.read(work)
    } catch {
      throw StoreError.failed(underlying: error)
    }
  }
}
