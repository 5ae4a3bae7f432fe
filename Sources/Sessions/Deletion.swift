import Console
import Dialogue
import Foundation
import Store

/// Removes a conversation and everything about it: from the store, and from the line history
/// kept for the Up arrow, which holds the same answers.
///
/// A plan's reviews hold the person's words about it, so deleting the conversation that made
/// the plan deletes its reviews and every version too. A review on its own can be deleted only
/// while it is the newest: a later review was built on the version it made.
///
/// Deleting cannot be undone, so it is worked out first (`Deletion.plan`), said to the person,
/// and only carried out (`carryOut`) once they agree.
public struct Deletion {
  let record: SessionRecord
  let reviews: [SessionRecord]
  let doomed: [SessionRecord]
  /// The lines the doomed sessions typed, as the line history keeps them.
  let answers: Set<String>
  /// Each history file holding some of them, with how many.
  let historyFiles: [(path: String, lines: Int)]

  /// What deleting the session `reference` names would remove; nothing is removed yet.
  /// `environment` says where the line history is kept (tests give a folder of their own, so
  /// they never read or change the history of whoever runs them).
  public static func plan(
    _ reference: String, client: String? = nil, store: SessionStore,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(SessionError) -> Deletion {
    let record = try store.named(reference, client: client)
    let planID = PlanHistory.planID(of: record)
    let reviews = try SessionError.storeCall { try store.reviews(of: planID) }
    var doomed = [record]
    switch record.kind {
    case .conversation:
      doomed += reviews
    case .review:
      if let later = reviews.last, later.id != record.id {
        throw .laterReviewBuildsOnThis(
          laterID: later.id, originID: record.planID.map(PlanHistory.originID))
      }
    }
    var answers = Set<String>()
    var files: [String] = []
    for session in doomed {
      answers.formUnion(try typedLines(of: session, store: store))
      for path in try HistoryLocation.paths(
        mode: session.mode, clientRef: session.clientRef, store: store, environment: environment)
      where !files.contains(path) {
        files.append(path)
      }
    }
    let found = files.map { (path: $0, lines: HistoryFile.count(of: answers, in: $0)) }
    return Deletion(
      record: record, reviews: record.kind == .conversation ? reviews : [], doomed: doomed,
      answers: answers, historyFiles: found.filter { $0.lines > 0 })
  }

  /// Every line typed in `session`: its answers, and a worker's notes as they were typed.
  static func typedLines(of session: SessionRecord, store: SessionStore) throws(SessionError)
    -> [String]
  {
    let events = try SessionError.storeCall { try store.events(of: session.id) }
    let notes = try SessionError.storeCall { try store.notes(of: session.id) }
    var lines: [String] = []
    for event in events {
      if case .input(let line, _) = event { lines.append(line) }
    }
    return lines + notes.map { "/note " + $0.text }
  }

  /// The lines of history that would go.
  var historyLines: Int { historyFiles.reduce(0) { $0 + $1.lines } }

  /// What will be removed, said before asking.
  public var summary: String {
    Wording.willDelete(
      record.id, client: record.clientRef, lastUsed: Display.day(of: record.updatedAt),
      isReview: record.kind == .review, reviews: reviews.count, historyLines: historyLines)
  }

  /// Deletes it all; the sentence says what went.
  public func carryOut(store: SessionStore) throws(SessionError) -> String {
    // Reviews first, newest first, so no version is ever left without the ones before it.
    for session in doomed.reversed() {
      try SessionError.storeCall { try store.delete(session.id) }
    }
    var removed = 0
    for file in historyFiles {
      do {
        removed += try HistoryFile.remove(answers, from: file.path)
      } catch {
        throw .cannotWrite(path: file.path, reason: "\(error)")
      }
    }
    let said =
      record.kind == .conversation
      ? Wording.deletedConversation(record.id, reviews: reviews.count)
      : Wording.deletedReview(record.id)
    return said + Wording.historyLinesRemoved(removed)
  }

  /// Deletes at once, with no question: for callers that have already asked.
  public static func delete(
    _ reference: String, store: SessionStore,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(SessionError) -> String {
    try plan(reference, store: store, environment: environment).carryOut(store: store)
  }
}
