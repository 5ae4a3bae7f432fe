import Dialogue
import Foundation
import Store

extension SQLiteSessionStore {
  /// The store at `path`, created if it is not there yet.
  public static func open(path: String) throws(SessionError) -> SQLiteSessionStore {
    try SessionError.storeCall { try SQLiteSessionStore(path: path) }
  }

  /// The store at `path`, which must already be there: for the commands that look at saved
  /// sessions, which have nothing to find in a new store and must not leave one behind.
  public static func openExisting(path: String) throws(SessionError) -> SQLiteSessionStore {
    guard FileManager.default.fileExists(atPath: path) else { throw .noStore(path: path) }
    return try open(path: path)
  }
}

extension SessionStore {
  /// Notes in the store's audit trail, where it keeps one, that this person is about to see or
  /// take away `session`'s words (or a list of `clientRef`'s). It is written before they are
  /// shown: a view the trail could not record is not shown at all.
  public func noteAccess(_ access: Access, to session: SessionRecord?, clientRef: String? = nil)
    throws(SessionError)
  {
    try SessionError.storeCall {
      try recordAccess(access, session: session, clientRef: clientRef)
    }
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

  /// The session `show`, `export` and `delete` act on: an id or prefix as `find` reads it, or
  /// `latest`, the most recent of `client`'s when given (as `review` and `agree` read it), and
  /// else the most recent in the store, as it always was.
  ///
  /// An id that names nothing this person may see is recorded in the audit trail as a refused
  /// attempt, where the store keeps one; the person hears only that there is no such
  /// conversation, so they learn nothing of others' ids.
  public func named(_ reference: String, client: String?) throws(SessionError) -> SessionRecord {
    guard let client, reference == "latest" else {
      do throws(SessionError) {
        return try find(reference)
      } catch {
        // Best effort: had the server been lost, finding the id would have failed first.
        if case .noSuchConversation(let asked) = error { try? recordRefusal(of: asked) }
        throw error
      }
    }
    let sessions = try SessionError.storeCall { try self.sessions(clientRef: client) }
    guard let newest = sessions.first else {
      throw .noConversationsForClient(ClientReference.trimmed(client))
    }
    return newest
  }

  /// The conversation a review or an agreement follows on from: an id or prefix as `find`
  /// reads it, or `latest`, the most recent of `client`'s when given. Without a client,
  /// `latest` is taken only when every saved conversation is one person's (all with the same
  /// client, or none): in a worker's shared store it could otherwise open another client's
  /// plan, so the candidates are listed instead (`latestIsAmbiguous`), one per client.
  public func followed(_ reference: String, client: String?) throws(SessionError)
    -> SessionRecord
  {
    guard reference == "latest" else { return try find(reference) }
    let sessions = try SessionError.storeCall { try self.sessions(clientRef: client) }
    guard let newest = sessions.first else {
      guard let client else { throw .noConversationsYet }
      throw .noConversationsForClient(ClientReference.trimmed(client))
    }
    if client != nil { return newest }
    var seen: [String] = []
    var candidates: [SessionError.LatestCandidate] = []
    for session in sessions {
      let owner = session.clientRef.map(ClientReference.key) ?? ""
      guard !seen.contains(owner) else { continue }
      seen.append(owner)
      candidates.append(
        .init(
          sessionID: session.id, client: session.clientRef,
          lastActive: Display.day(of: session.updatedAt)))
    }
    guard candidates.count == 1 else { throw .latestIsAmbiguous(candidates) }
    return newest
  }

  /// The conversation (or review) `resume` carries on. An id names one, finished or not (the
  /// caller says when it has finished). `latest`, or no reference, is the most recently active
  /// one not finished yet, of `client` when given: a finished one is never carried on, so a
  /// newer finished conversation does not hide an older one still under way.
  public func unfinished(_ reference: String?, client: String?) throws(SessionError)
    -> SessionRecord
  {
    if let reference, reference != "latest", client == nil { return try find(reference) }
    let sessions = try SessionError.storeCall { try self.sessions(clientRef: client) }
    if let open = sessions.first(where: { $0.status == .active }) { return open }
    guard let client else {
      throw sessions.isEmpty ? .noConversationsYet : .nothingToResume(client: nil)
    }
    guard let spelling = sessions.first?.clientRef else {
      throw .noConversationsForClient(ClientReference.trimmed(client))
    }
    throw .nothingToResume(client: spelling)
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
