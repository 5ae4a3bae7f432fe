import CarePlan
import Dialogue
import Foundation
import Store

/// A stored session brought back to life: its script, its engine and its replayed state.
///
/// A session replays against the script text it started with (kept in the store), so the
/// same events always rebuild the same answers even after Prompts/ has changed. When a resume
/// has moved the session to a newer script, a "script" entry in its timeline says so, and the
/// replay carries the answers over at that very point, as the resume did.
public struct SavedSession {
  public let record: SessionRecord
  public let engine: Engine
  public let events: [Event]
  public let state: ConversationState
  public let glossary: Glossary
  /// The text of the script the session follows now: the last one switched to, if any.
  public let scriptText: String
  /// For a review: the plan version it started from, whose goals it goes through.
  public let basePlan: Plan?

  public init(_ record: SessionRecord, store: SessionStore) throws(SessionError) {
    self.record = record
    let timeline = try SessionError.storeCall { try store.timeline(of: record.id) }
    let basePlan = try Self.basePlan(of: record, store: store)
    let background = try Self.background(of: record, basePlan: basePlan)
    var loaded = try Self.load(record.scriptText, of: record)
    var engine = loaded.engine(audience: record.audience, background: background)
    var state = ConversationState()
    var events: [Event] = []
    var scriptText = record.scriptText
    for entry in timeline {
      switch entry {
      case .event(let event):
        state = engine.step(state, event).state
        events.append(event)
      case .script(let text, _):
        loaded = try Self.load(text, of: record)
        let next = loaded.engine(audience: record.audience, background: background)
        state = next.migrate(state, from: engine.script)
        engine = next
        scriptText = text
      }
    }
    self.engine = engine
    self.events = events
    self.state = state
    self.glossary = loaded.glossary
    self.scriptText = scriptText
    self.basePlan = basePlan
  }

  /// What the engine is given besides the script: the goals a review goes through, and for an
  /// agreement its questions and the professional too.
  static func background(of record: SessionRecord, basePlan: Plan?) throws(SessionError)
    -> Background
  {
    guard let basePlan else { return .empty }
    guard let professional = try record.professional else {
      return PlanReviewer.background(for: basePlan, today: record.createdAt)
    }
    return PlanAgreer.background(
      for: basePlan, professional: professional, today: record.createdAt)
  }

  /// The version a review started from, as it was saved then.
  static func basePlan(of record: SessionRecord, store: SessionStore) throws(SessionError)
    -> Plan?
  {
    guard record.kind == .review else { return nil }
    guard let planID = record.planID, let version = record.planVersion else {
      throw .reviewWithoutPlan(sessionID: record.id)
    }
    return try PlanHistory.plan(planID, version: version, store: store)
  }

  static func load(_ text: String, of record: SessionRecord) throws(SessionError)
    -> ScriptSource.Loaded
  {
    let directory =
      record.scriptReference.hasSuffix(".yaml")
      ? URL(fileURLWithPath: record.scriptReference).deletingLastPathComponent() : nil
    let file = ScriptSource.File(name: record.scriptReference, text: text, directory: directory)
    do throws(SessionError) {
      return try ScriptSource.load(file)
    } catch {
      throw error.isUsageMistake ? .scriptNoLongerLoads(error) : error
    }
  }

  public func plan(store: SessionStore) -> Plan {
    let notes = ((try? store.notes(of: record.id)) ?? []).map {
      Plan.Note(text: $0.text, at: $0.at, author: $0.author, shared: $0.shared)
    }
    let builder = PlanBuilder(
      script: engine.script, concepts: engine.concepts, glossary: glossary)
    let updatedAt = events.last?.at ?? record.updatedAt
    if let basePlan, let professional = try? record.professional {
      return PlanAgreer(builder: builder).build(
        previous: basePlan, from: state, professional: professional,
        recordedBy: record.audience == .facilitator ? "worker" : nil,
        agreedAt: Opening.agreedAt(record),
        metadata: .init(
          planID: basePlan.planId, sessionID: record.id, version: basePlan.version + 1,
          createdAt: basePlan.createdAt, updatedAt: updatedAt, mode: basePlan.mode,
          clientRef: record.clientRef, notes: notes))
    }
    if let basePlan {
      return PlanReviewer(builder: builder).build(
        previous: basePlan, from: state,
        metadata: .init(
          planID: basePlan.planId, sessionID: record.id, version: basePlan.version + 1,
          createdAt: basePlan.createdAt, updatedAt: updatedAt, mode: record.mode,
          clientRef: record.clientRef, notes: notes))
    }
    return builder.build(
      from: state,
      metadata: .init(
        planID: PlanHistory.planID(of: record), sessionID: record.id, version: 1,
        createdAt: record.createdAt, updatedAt: updatedAt,
        mode: record.mode, clientRef: record.clientRef, notes: notes))
  }
}

extension SessionRecord {
  public var audience: Audience { mode == "facilitator" ? .facilitator : .person }

  /// For an agreement, the professional it is made with; nil for any other session.
  var professional: Plan.Professional? {
    get throws(SessionError) {
      try agreedWith.map { text throws(SessionError) in try Opening.professional(text) }
    }
  }
}
