import Foundation
import GRDB

/// One conversation: who it was with, which script, and where it got to.
///
/// The answers themselves are not stored here: they are derived by replaying the session's
/// events, so the store can never hold an answer the conversation did not produce.
public struct SessionRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "session"

  public enum Status: String, Codable, Sendable {
    case active
    case finished
  }

  public enum Kind: String, Codable, Sendable {
    case conversation
    /// A follow-up on an earlier plan.
    case review
  }

  public var id: String
  public var kind: Kind
  /// The built-in script id or the path the session was started with.
  public var scriptReference: String
  public var scriptID: String
  public var scriptVersion: String
  /// The script's text when the session started, so it replays exactly as it ran.
  public var scriptText: String
  public var mode: String
  public var clientRef: String?
  public var createdAt: Date
  public var updatedAt: Date
  public var status: Status
  /// For a review: the plan it follows on from.
  public var planID: String?
  /// For a review: the version of that plan it started from; it makes the next one.
  public var planVersion: Int?
  /// For an agreement (a review run by `carecoach agree`): the professional it is made with,
  /// as given on the command line ("Sam Patel, practice nurse"). Nil for any other session.
  public var agreedWith: String?
  /// For an agreement typed in afterwards: the day of the appointment (`YYYY-MM-DD`); nil
  /// when it was agreed as it was typed.
  public var agreedOn: String?

  public init(
    id: String, kind: Kind = .conversation, scriptReference: String, scriptID: String,
    scriptVersion: String, scriptText: String, mode: String, clientRef: String? = nil,
    createdAt: Date, updatedAt: Date? = nil, status: Status = .active, planID: String? = nil,
    planVersion: Int? = nil, agreedWith: String? = nil, agreedOn: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.scriptReference = scriptReference
    self.scriptID = scriptID
    self.scriptVersion = scriptVersion
    self.scriptText = scriptText
    self.mode = mode
    self.clientRef = clientRef
    self.createdAt = createdAt
    self.updatedAt = updatedAt ?? createdAt
    self.status = status
    self.planID = planID
    self.planVersion = planVersion
    self.agreedWith = agreedWith
    self.agreedOn = agreedOn
  }
}

/// One event of a session, in order. Rows are only ever added, never changed.
struct EventRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "event"

  var sessionID: String
  var sequence: Int
  var kind: String
  var text: String?
  /// Seconds since 1970 as a double, which round-trips a `Date` exactly, so a replay is exact.
  var at: Double
}

/// A note a worker added during a session. Never read back as the person's words.
public struct NoteRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "note"
  public var sessionID: String
  public var text: String
  public var author: String?
  public var at: Date
  /// Whether the worker shared it: only a shared note is on the person's own copy of the plan.
  public var shared: Bool

  public init(sessionID: String, text: String, author: String?, at: Date, shared: Bool = false) {
    self.sessionID = sessionID
    self.text = text
    self.author = author
    self.at = at
    self.shared = shared
  }
}

/// One version of a plan, as its contract JSON. Versions are only ever added: a review makes
/// the next version and leaves the earlier ones as they were.
public struct PlanVersionRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "plan_version"
  public var planID: String
  public var version: Int
  public var json: String
  public var createdAt: Date
  public var sessionID: String

  public init(planID: String, version: Int, json: String, createdAt: Date, sessionID: String) {
    self.planID = planID
    self.version = version
    self.json = json
    self.createdAt = createdAt
    self.sessionID = sessionID
  }
}

/// How a client's reference is compared wherever one is looked up: without regard to case or
/// to spaces around it, so "c-104 " finds the client first saved as "C-104".
public enum ClientReference {
  /// What two spellings of one reference have in common.
  public static func key(_ reference: String) -> String {
    reference.trimmingCharacters(in: .whitespacesAndNewlines)
      .folding(options: .caseInsensitive, locale: nil)
  }

  /// The reference as it should be kept when it is new: as typed, without the spaces around it.
  public static func trimmed(_ reference: String) -> String {
    reference.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
