import Dialogue
import Foundation
import Store

/// Turns and notes a conversation could not send because the connection to the
/// organisation's server was lost, kept on this computer until `resume` sends them.
///
/// Each is one line of JSON in a file of its own for the conversation, in the person's private
/// folder, readable by them alone (0600): a turn as the event it is, a worker's note as
/// `{"note": ...}`, in the order they were typed. `resume` sends them in that order before
/// anything else, and only then removes the file. One already on the server (sent just before
/// a crash, with the file still there) is known by being the same event at the same instant, or
/// the same note at the same instant, and is not sent again: each is sent exactly once, however
/// often `resume` is interrupted.
public enum UnsentTurns {
  /// One thing waiting to be sent.
  enum Waiting: Equatable {
    case turn(Event)
    case note(NoteRecord)
  }

  /// How many of each `send` sent.
  public struct Sent: Equatable, Sendable {
    public var turns = 0
    public var notes = 0
    public var total: Int { turns + notes }
  }

  /// A note as its line in the file, apart from any event's shape.
  struct NoteLine: Codable {
    var note: Kept

    struct Kept: Codable {
      var text: String
      var author: String?
      var at: Date
      var shared: Bool
    }
  }

  /// Where the turns of `sessionID` wait; nil for an id that could not name a file safely.
  static func path(
    of sessionID: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    guard !sessionID.isEmpty, sessionID.allSatisfy({ $0.isLetter || $0.isNumber }) else {
      return nil
    }
    return StoreLocation.dataFolder(environment: environment) + "/unsent-" + sessionID + ".jsonl"
  }

  /// Adds `event` to the end of `sessionID`'s unsent turns.
  static func keep(
    _ event: Event, of sessionID: String,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Bool {
    guard let line = try? JSONEncoder().encode(event) else { return false }
    return keep(line: line, of: sessionID, environment: environment)
  }

  /// Adds a worker's note to the end of its conversation's unsent turns, in its place among
  /// them.
  static func keep(
    _ note: NoteRecord, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Bool {
    let kept = NoteLine(
      note: .init(text: note.text, author: note.author, at: note.at, shared: note.shared))
    guard let line = try? JSONEncoder().encode(kept) else { return false }
    return keep(line: line, of: note.sessionID, environment: environment)
  }

  /// Appends one line and makes sure it is on the disk before returning.
  static func keep(line: Data, of sessionID: String, environment: [String: String]) -> Bool {
    guard let path = path(of: sessionID, environment: environment) else { return false }
    var line = line
    line.append(UInt8(ascii: "\n"))
    let folder = (path as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    return written == line.count && fsync(descriptor) == 0
  }

  /// What waits for `sessionID`, oldest first.
  static func waiting(
    for sessionID: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> [Waiting] {
    guard let path = path(of: sessionID, environment: environment),
      let data = FileManager.default.contents(atPath: path)
    else { return [] }
    let decoder = JSONDecoder()
    return data.split(separator: UInt8(ascii: "\n")).compactMap { line -> Waiting? in
      if let event = try? decoder.decode(Event.self, from: Data(line)) { return .turn(event) }
      guard let kept = try? decoder.decode(NoteLine.self, from: Data(line)).note else {
        return nil
      }
      return .note(
        NoteRecord(
          sessionID: sessionID, text: kept.text, author: kept.author, at: kept.at,
          shared: kept.shared))
    }
  }

  /// Sends what waits for `sessionID` to `store`, in order, each once; says how many of each
  /// were sent. The file goes only when all of them are on the store.
  @discardableResult
  public static func send(
    for sessionID: String, to store: any SessionStore,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(SessionError) -> Sent {
    let waiting = waiting(for: sessionID, environment: environment)
    guard !waiting.isEmpty, let path = path(of: sessionID, environment: environment) else {
      return Sent()
    }
    var there = Set(try SessionError.storeCall { try store.events(of: sessionID) })
    var notesThere = try SessionError.storeCall { try store.notes(of: sessionID) }
    var sent = Sent()
    for item in waiting {
      switch item {
      case .turn(let turn):
        guard !there.contains(turn) else { continue }
        try SessionError.storeCall { try store.append(turn, to: sessionID) }
        there.insert(turn)
        sent.turns += 1
      case .note(let note):
        guard !notesThere.contains(where: { isSame($0, note) }) else { continue }
        try SessionError.storeCall { try store.add(note) }
        notesThere.append(note)
        sent.notes += 1
      }
    }
    _ = unlink(path)
    return sent
  }

  /// Whether `stored` is `note` as a store gave it back: a store keeps times to the
  /// millisecond or the microsecond, so the same note's time may read back a little apart.
  static func isSame(_ stored: NoteRecord, _ note: NoteRecord) -> Bool {
    stored.text == note.text && stored.shared == note.shared
      && abs(stored.at.timeIntervalSince(note.at)) < 0.002
  }
}
