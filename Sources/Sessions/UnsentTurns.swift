import Dialogue
import Foundation
import Store

/// Turns a conversation could not send because the connection to the organisation's server
/// was lost, kept on this computer until `resume` sends them.
///
/// Each is one line of JSON in a file of its own for the conversation, in the person's private
/// folder, readable by them alone (0600). `resume` sends them in order before anything else,
/// and only then removes the file. A turn already on the server (sent just before a crash, with
/// the file still there) is known by being the same event at the same instant, and is not sent
/// again: each is sent exactly once, however often `resume` is interrupted.
public enum UnsentTurns {
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
    guard let path = path(of: sessionID, environment: environment),
      var line = try? JSONEncoder().encode(event)
    else { return false }
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

  /// The turns waiting for `sessionID`, oldest first.
  static func waiting(
    for sessionID: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> [Event] {
    guard let path = path(of: sessionID, environment: environment),
      let data = FileManager.default.contents(atPath: path)
    else { return [] }
    return data.split(separator: UInt8(ascii: "\n")).compactMap {
      try? JSONDecoder().decode(Event.self, from: Data($0))
    }
  }

  /// Sends `sessionID`'s unsent turns to `store`, in order, each once; returns how many were
  /// sent. The file goes only when all of them are on the store.
  @discardableResult
  public static func send(
    for sessionID: String, to store: any SessionStore,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(SessionError) -> Int {
    let turns = waiting(for: sessionID, environment: environment)
    guard !turns.isEmpty, let path = path(of: sessionID, environment: environment) else {
      return 0
    }
    var there = Set(
      try SessionError.storeCall { try store.events(of: sessionID) })
    var sent = 0
    for turn in turns where !there.contains(turn) {
      try SessionError.storeCall { try store.append(turn, to: sessionID) }
      there.insert(turn)
      sent += 1
    }
    _ = unlink(path)
    return sent
  }
}
