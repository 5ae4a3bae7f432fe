import ArgumentParser
import CarePlan
import Foundation
import Store

/// A plan's versions in the store: version 1 from the first conversation, and one more for each
/// finished review.
///
/// A version is saved whole, as its contract JSON, when the conversation or review that makes
/// it finishes, and is never changed after. So an earlier version reads back exactly as it was
/// agreed, whatever later reviews or later code do.
enum PlanHistory {
  /// A conversation's plan is named after it; a review carries the id of the plan it follows.
  static func planID(of record: SessionRecord) -> String {
    record.planID ?? "plan-\(record.id)"
  }

  /// The conversation a plan started from.
  static func origin(of planID: String, store: SessionStore) throws -> SessionRecord? {
    guard planID.hasPrefix("plan-") else { return nil }
    return try storeCall { try store.session(String(planID.dropFirst("plan-".count))) }
  }

  /// Every saved version, oldest first. A conversation that finished before versions were kept
  /// has its version 1 rebuilt from its answers, which is what it would have saved.
  static func versions(of planID: String, store: SessionStore) throws -> [PlanVersionRecord] {
    let saved = try storeCall { try store.planVersions(of: planID) }
    if !saved.isEmpty { return saved }
    guard let origin = try origin(of: planID, store: store), origin.status == .finished else {
      return []
    }
    return [try record(for: origin, store: store)]
  }

  static func plan(_ planID: String, version: Int, store: SessionStore) throws -> Plan {
    guard
      let record = try versions(of: planID, store: store).first(where: { $0.version == version })
    else {
      throw Failure("Version \(version) of this plan is missing from the store.")
    }
    return try decode(record)
  }

  static func decode(_ record: PlanVersionRecord) throws -> Plan {
    do {
      return try PlanJSON.decode(record.json)
    } catch {
      throw Failure(
        "Version \(record.version) of the plan could not be read back: \(error.localizedDescription)"
      )
    }
  }

  /// The version a finished conversation or review makes, built from its answers.
  static func record(for session: SessionRecord, store: SessionStore) throws -> PlanVersionRecord {
    let saved = try SavedSession(session, store: store)
    let plan = try saved.plan(store: store)
    return PlanVersionRecord(
      planID: plan.planId, version: plan.version, json: PlanJSON.encode(plan),
      createdAt: plan.updatedAt, sessionID: session.id)
  }

  /// Saves the version a session made, once: called when it finishes. A plan from before
  /// versions were kept gets its version 1 first, so a review never leaves a gap.
  @discardableResult
  static func saveVersion(of session: SessionRecord, store: SessionStore) throws -> Int {
    if let existing = try storeCall({ try store.planVersion(producedBy: session.id) }) {
      return existing.version
    }
    if session.kind == .review {
      try ensureFirstVersion(of: planID(of: session), store: store)
    }
    let record = try record(for: session, store: store)
    try storeCall { try store.save(record) }
    return record.version
  }

  static func ensureFirstVersion(of planID: String, store: SessionStore) throws {
    guard try storeCall({ try store.planVersions(of: planID) }).isEmpty,
      let origin = try origin(of: planID, store: store), origin.status == .finished
    else { return }
    let first = try record(for: origin, store: store)
    try storeCall { try store.save(first) }
  }

  /// Runs a store call, turning its error into a message for the person.
  static func storeCall<T>(_ work: () throws -> T) throws -> T {
    do {
      return try work()
    } catch let error as StoreError {
      throw Failure(error.description)
    }
  }
}

/// `--version N`, shared by the commands that read a plan.
struct PlanVersionOption: ParsableArguments {
  @Option(
    name: .customLong("version"),
    help: ArgumentHelp(
      "This version of the plan, 1 being the first; by default the newest.",
      valueName: "n"))
  var number: Int?

  func validate() throws {
    if let number, number < 1 {
      throw ValidationError("A plan's versions start at 1, so there is no version \(number).")
    }
  }
}

/// The plan a command is about: a version the person asked for, or else the newest.
struct ChosenPlan {
  var plan: Plan
  /// The conversation or review whose answers made it, for "why" and for FHIR's answers.
  var saved: SavedSession
  /// Every saved version of the plan, oldest first.
  var versions: [PlanVersionRecord]
  /// Whether it is a review still under way, not yet a version.
  var isDraft: Bool

  /// - A version number picks that version.
  /// - A conversation still under way has no version yet: its plan so far.
  /// - A review shows the version it made, or its draft while it is under way.
  /// - Otherwise, the newest version.
  static func choose(_ record: SessionRecord, version: Int?, store: SessionStore) throws
    -> ChosenPlan
  {
    let planID = PlanHistory.planID(of: record)
    let versions = try PlanHistory.versions(of: planID, store: store)
    func saved(_ version: PlanVersionRecord) throws -> ChosenPlan {
      guard let maker = try PlanHistory.storeCall({ try store.session(version.sessionID) }) else {
        throw Failure("The conversation that made version \(version.version) is missing.")
      }
      return ChosenPlan(
        plan: try PlanHistory.decode(version), saved: try SavedSession(maker, store: store),
        versions: versions, isDraft: false)
    }
    if let version {
      if let found = versions.first(where: { $0.version == version }) { return try saved(found) }
      throw ValidationError(
        versions.isEmpty
          ? "This plan has no saved versions yet: the conversation has not finished."
          : "This plan has \(versions.count == 1 ? "only version 1" : "versions 1 to \(versions.count)"); "
            + "there is no version \(version).")
    }
    if record.kind == .review,
      let made = try PlanHistory.storeCall({ try store.planVersion(producedBy: record.id) })
    {
      return try saved(made)
    }
    if record.kind == .conversation, let newest = versions.last {
      return try saved(newest)
    }
    let current = try SavedSession(record, store: store)
    return ChosenPlan(
      plan: try current.plan(store: store), saved: current, versions: versions,
      isDraft: record.kind == .review)
  }
}
