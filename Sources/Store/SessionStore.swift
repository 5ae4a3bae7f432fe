import Dialogue
import Foundation

/// What the application needs of a store of sessions, whichever database holds it.
///
/// Two stores keep this promise: `SQLiteSessionStore`, one file on a person's own computer,
/// and the organisation's shared store on PostgreSQL (its own module, so this one and the
/// application never depend on a database server's client). Each write is committed before it
/// returns, so the next question is shown only once the answer before it is safe.
public protocol SessionStore: AnyObject, Sendable {
  /// Where the store is, as it can be typed after `--store`: a file's path, or a server's
  /// address without its password.
  var path: String { get }

  func create(_ session: SessionRecord) throws(StoreError)
  /// Adds one event to the end of a session and commits it before returning.
  func append(_ event: Event, to sessionID: String) throws(StoreError)
  /// Records that the session carries on with a changed script, whose full text is `text`.
  ///
  /// The switch is an event like any other, in its place among the person's lines, so a replay
  /// reads the lines before it with the old script and the lines after it with the new one.
  func appendScriptChange(_ text: String, at: Date, to sessionID: String) throws(StoreError)
  /// Everything that happened in a session, in order: the person's events and script changes.
  func timeline(of sessionID: String) throws(StoreError) -> [TimelineEntry]
  func setStatus(_ status: SessionRecord.Status, of sessionID: String) throws(StoreError)
  func session(_ id: String) throws(StoreError) -> SessionRecord?
  /// Sessions whose id starts with `prefix`.
  func sessions(idPrefix prefix: String) throws(StoreError) -> [SessionRecord]
  /// Sessions, most recently active first; with `clientRef`, that client's, however the
  /// reference is typed (see `ClientReference`).
  func sessions(clientRef: String?) throws(StoreError) -> [SessionRecord]
  /// How the store first spelt the client `reference` names, if it has any session with them.
  func clientSpelling(of reference: String) throws(StoreError) -> String?
  /// Removes a session and everything about it, so its words are gone from the store.
  func delete(_ sessionID: String) throws(StoreError)

  /// Saves a plan version. A version number is never reused: saving one that exists fails, so
  /// an earlier version can never be overwritten.
  func save(_ version: PlanVersionRecord) throws(StoreError)
  /// Every version of a plan, oldest first.
  func planVersions(of planID: String) throws(StoreError) -> [PlanVersionRecord]
  /// The version a conversation or review produced, if it has finished and saved one.
  func planVersion(producedBy sessionID: String) throws(StoreError) -> PlanVersionRecord?
  /// The reviews of a plan, oldest first.
  func reviews(of planID: String) throws(StoreError) -> [SessionRecord]
  /// The plan versions of a client's sessions, oldest first, for "plans over time".
  func planVersions(clientRef: String) throws(StoreError) -> [PlanVersionRecord]

  func add(_ note: NoteRecord) throws(StoreError)
  func notes(of sessionID: String) throws(StoreError) -> [NoteRecord]

  /// This store's own random secret, for naming the history files of its clients so that
  /// no one can test a guessed reference against the names in the folder. Made once and never
  /// changed: a new secret would lose every client's history.
  func historySecret() throws(StoreError) -> [UInt8]

  /// Runs `work` as one transaction where the store can, so that either all of its writes are
  /// kept or none. The file store runs it as it is: each of its writes is already its own.
  func together(_ work: () throws -> Void) throws(StoreError)

  /// Records that someone looked at or took away a session's words (`show`, `export`, `list`
  /// of a client), where the store keeps an audit trail. Creating, changing and deleting are
  /// recorded by the store itself, as they happen.
  func recordAccess(_ access: Access, session: SessionRecord?, clientRef: String?)
    throws(StoreError)

  /// Records that someone asked to see, take away or delete the conversation `reference` and
  /// was given nothing, where the store keeps an audit trail. The person is told only that
  /// there is no such conversation, whether or not one is there for others: the trail is for
  /// whoever reads it (a lead, an administrator), not a way to test ids.
  func recordRefusal(of reference: String) throws(StoreError)

  /// The names (the part after `history-client-`) the client's history file may have had
  /// under secrets this store used before its present one, so that `delete` still finds it.
  func formerHistoryNames(of clientRef: String) throws(StoreError) -> [String]
}

/// What a person did with a session's words, as an audit trail records it.
public enum Access: String, Sendable, CaseIterable {
  case create
  case view
  case change
  case export
  case delete
  case list
}

extension SessionStore {
  /// The file store keeps no audit trail: nothing to record.
  public func recordRefusal(of reference: String) throws(StoreError) {}

  /// The file store's secret never changed: no former names.
  public func formerHistoryNames(of clientRef: String) throws(StoreError) -> [String] { [] }

  /// A session's events in order, ready to replay with the script it started with. Script
  /// changes are left out: use `timeline(of:)` to honour them.
  public func events(of sessionID: String) throws(StoreError) -> [Event] {
    try timeline(of: sessionID).compactMap { entry in
      if case .event(let event) = entry { return event }
      return nil
    }
  }

  /// Every session, most recently active first.
  public func sessions() throws(StoreError) -> [SessionRecord] {
    try sessions(clientRef: nil)
  }

  /// `latest` means the most recently active session (of a client, when given).
  public func resolve(_ reference: String, clientRef: String? = nil) throws(StoreError)
    -> SessionRecord?
  {
    if reference == "latest" {
      return try sessions(clientRef: clientRef).first
    }
    if let exact = try session(reference) { return exact }
    // An unambiguous prefix of an id is enough, as with short commit ids.
    let matches = try sessions(idPrefix: reference)
    return matches.count == 1 ? matches[0] : nil
  }
}

/// One entry of a session's history.
public enum TimelineEntry: Hashable, Sendable {
  case event(Event)
  /// From here on the session follows this script text.
  case script(text: String, at: Date)
}
