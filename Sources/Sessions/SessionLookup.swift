import Foundation
import Store

extension SessionStore {
  /// The store at `path`, created if it is not there yet.
  public static func open(path: String) throws(SessionError) -> SessionStore {
    try SessionError.storeCall { try SessionStore(path: path) }
  }

  /// The store at `path`, which must already be there: for the commands that look at saved
  /// sessions, which have nothing to find in a new store and must not leave one behind.
  public static func openExisting(path: String) throws(SessionError) -> SessionStore {
    guard FileManager.default.fileExists(atPath: path) else { throw .noStore(path: path) }
    return try open(path: path)
  }

  /// A session by id, unambiguous id prefix, or `latest`.
  public func find(_ reference: String, clientRef: String? = nil) throws(SessionError)
    -> SessionRecord
  {
    if let session = try SessionError.storeCall({ try resolve(reference, clientRef: clientRef) }) {
      return session
    }
    throw reference == "latest" ? .noConversationsYet : .noSuchConversation(reference)
  }
}

/// Short, random, readable session ids, such as `k7f3q9xb`.
enum SessionID {
  static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")

  static func make() -> String {
    var generator = SystemRandomNumberGenerator()
    return String((0..<8).map { _ in alphabet.randomElement(using: &generator)! })
  }
}
