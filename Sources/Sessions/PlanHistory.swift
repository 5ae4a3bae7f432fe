import CarePlan
import Foundation
import Store

/// A plan's versions in the store: version 1 from the first conversation, and one more for each
/// finished review.
///
/// A version is saved whole, as its contract JSON, when the conversation or review that makes
/// it finishes, and is never changed after. So an earlier version reads back exactly as it was
/// agreed, whatever later reviews or later code do.
public enum PlanHistory {
  /// A conversation's plan is named after it; a review carries the id of the plan it follows.
  public static func planID(of record: SessionRecord) -> String {
    record.planID ?? "plan-\(record.id)"
  }

  /// The conversation a plan started from.
  public static func origin(of planID: String, store: SessionStore) throws(SessionError)
    -> SessionRecord?
  {
    guard planID.hasPrefix("plan-") else { return nil }
    return try SessionError.storeCall { try store.session(originID(of: planID)) }
  }

  /// Every saved version, oldest first. A conversation that finished before versions were kept
  /// has its version 1 rebuilt from its answers, which is what it would have saved.
  public static func versions(of planID: String, store: SessionStore) throws(SessionError)
    -> [PlanVersionRecord]
  {
    let saved = try SessionError.storeCall { try store.planVersions(of: planID) }
    if !saved.isEmpty { return saved }
    guard let origin = try origin(of: planID, store: store), origin.status == .finished else {
      return []
    }
    return [try record(for: origin, store: store)]
  }

  public static func plan(_ planID: String, version: Int, store: SessionStore)
    throws(SessionError) -> Plan
  {
    guard
      let record = try versions(of: planID, store: store).first(where: { $0.version == version })
    else {
      throw .versionMissing(version)
    }
    return try decode(record)
  }

  public static func decode(_ record: PlanVersionRecord) throws(SessionError) -> Plan {
    do {
      return try PlanJSON.decode(record.json)
    } catch {
      throw .versionUnreadable(record.version, reason: error.localizedDescription)
    }
  }

  /// The id of the conversation a plan is named after.
  public static func originID(of planID: String) -> String {
    String(planID.dropFirst("plan-".count))
  }

  /// The version a finished conversation or review makes, built from its answers.
  static func record(for session: SessionRecord, store: SessionStore) throws(SessionError)
    -> PlanVersionRecord
  {
    let saved = try SavedSession(session, store: store)
    let plan = saved.plan(store: store)
    return PlanVersionRecord(
      planID: plan.planId, version: plan.version, json: PlanJSON.encode(plan),
      createdAt: plan.updatedAt, sessionID: session.id)
  }

  /// Saves the version a session made, once: called when it finishes. A plan from before
  /// versions were kept gets its version 1 first, so a review never leaves a gap.
  @discardableResult
  public static func saveVersion(of session: SessionRecord, store: SessionStore)
    throws(SessionError) -> Int
  {
    if let existing = try SessionError.storeCall({ try store.planVersion(producedBy: session.id) })
    {
      return existing.version
    }
    if session.kind == .review {
      try ensureFirstVersion(of: planID(of: session), store: store)
    }
    let record = try record(for: session, store: store)
    try SessionError.storeCall { try store.save(record) }
    return record.version
  }

  public static func ensureFirstVersion(of planID: String, store: SessionStore)
    throws(SessionError)
  {
    guard try SessionError.storeCall({ try store.planVersions(of: planID) }).isEmpty,
      let origin = try origin(of: planID, store: store), origin.status == .finished
    else { return }
    let first = try record(for: origin, store: store)
    try SessionError.storeCall { try store.save(first) }
  }
}

/// The plan a command is about: a version the person asked for, or else the newest.
public struct ChosenPlan {
  public var plan: Plan
  /// The conversation or review whose answers made it, for "why" and for FHIR's answers.
  public var saved: SavedSession
  /// Every saved version of the plan, oldest first.
  public var versions: [PlanVersionRecord]
  /// Whether it is a review still under way, not yet a version.
  public var isDraft: Bool

  /// - A version number picks that version.
  /// - A conversation still under way has no version yet: its plan so far.
  /// - A finished conversation, review or agreement shows the version it made: each version's
  ///   own id, as `list` prints beside it, shows that version ("show" of version 1's id once
  ///   showed version 3); `latest`, or the newest version's id, shows the newest.
  /// - A review under way shows its draft.
  /// - Otherwise, the newest version.
  public static func choose(_ record: SessionRecord, version: Int?, store: SessionStore)
    throws(SessionError) -> ChosenPlan
  {
    let planID = PlanHistory.planID(of: record)
    let versions = try PlanHistory.versions(of: planID, store: store)
    func saved(_ version: PlanVersionRecord) throws(SessionError) -> ChosenPlan {
      guard let maker = try SessionError.storeCall({ try store.session(version.sessionID) }) else {
        throw .versionMakerMissing(version.version)
      }
      return ChosenPlan(
        plan: try PlanHistory.decode(version), saved: try SavedSession(maker, store: store),
        versions: versions, isDraft: false)
    }
    if let version {
      if let found = versions.first(where: { $0.version == version }) { return try saved(found) }
      throw versions.isEmpty ? .noVersionsYet : .noSuchVersion(version, newest: versions.count)
    }
    if let made = try SessionError.storeCall({ try store.planVersion(producedBy: record.id) }) {
      return try saved(made)
    }
    if record.kind == .conversation, let newest = versions.last {
      return try saved(newest)
    }
    let current = try SavedSession(record, store: store)
    return ChosenPlan(
      plan: current.plan(store: store), saved: current, versions: versions,
      isDraft: record.kind == .review)
  }
}
