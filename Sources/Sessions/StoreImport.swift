import Dialogue
import Foundation
import Store

/// Brings the conversations of one store into another: a worker's own file into the
/// organisation's server, with their client references, plan versions and notes.
///
/// A conversation already in the destination (the same id) is left as it is, so importing the
/// same file twice brings each conversation once. Each conversation is copied as one
/// transaction where the destination can (see `SessionStore.together`), so one that was cut off
/// half-way is not left half there.
public struct StoreImport: Equatable, Sendable {
  public var conversations = 0
  public var clients = 0
  public var planVersions = 0
  public var notes = 0
  /// Conversations that were in the destination already.
  public var alreadyThere = 0

  /// Copies every conversation of `source` that `destination` does not have, oldest first, so
  /// a plan's first conversation goes before its reviews.
  public static func copy(from source: any SessionStore, to destination: any SessionStore)
    throws(SessionError) -> StoreImport
  {
    var result = StoreImport()
    var clients = Set<String>()
    let sessions = try SessionError.storeCall { try source.sessions() }.sorted {
      ($0.createdAt, $0.id) < ($1.createdAt, $1.id)
    }
    for session in sessions {
      if try SessionError.storeCall({ try destination.session(session.id) }) != nil {
        result.alreadyThere += 1
        continue
      }
      let timeline = try SessionError.storeCall { try source.timeline(of: session.id) }
      let version = try SessionError.storeCall { try source.planVersion(producedBy: session.id) }
      let notes = try SessionError.storeCall { try source.notes(of: session.id) }
      try SessionError.storeCall {
        try destination.together {
          var record = session
          record.status = .active
          try destination.create(record)
          for entry in timeline {
            switch entry {
            case .event(let event): try destination.append(event, to: session.id)
            case .script(let text, let at):
              try destination.appendScriptChange(text, at: at, to: session.id)
            }
          }
          if let version { try destination.save(version) }
          for note in notes { try destination.add(note) }
          if session.status == .finished { try destination.setStatus(.finished, of: session.id) }
        }
      }
      result.conversations += 1
      result.planVersions += version == nil ? 0 : 1
      result.notes += notes.count
      if let client = session.clientRef { clients.insert(ClientReference.key(client)) }
    }
    result.clients = clients.count
    return result
  }
}
