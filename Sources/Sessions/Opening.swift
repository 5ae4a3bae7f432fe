import CarePlan
import Console
import Dialogue
import Foundation
import Store

/// A conversation ready to run: its session saved in the store, the engine it runs with, the
/// state it starts from, and anything said before the engine's first words.
///
/// Everything that can stop a conversation before it starts is found while opening it, so a
/// command that cannot run says why before any terminal is set up.
public struct Opening {
  public let session: SessionRecord
  public let store: SessionStore
  let engine: Engine
  let state: ConversationState
  let start: Date
  let preamble: [Block]

  public func run(on terminal: any ConversationTerminal) -> ConversationLoop.Outcome {
    for block in preamble { terminal.show(block) }
    let loop = ConversationLoop(engine: engine, terminal: terminal, session: session, store: store)
    return loop.run(from: state, startingAt: start)
  }

  /// A new conversation with the script `reference` (a built-in id or a path), in `mode`
  /// ("self" or "facilitator"). The store is opened only once the script has loaded.
  public static func new(
    script reference: String, mode: String, clientRef: String?, storePath: String
  ) throws(SessionError) -> Opening {
    let loaded = try ScriptSource.load(reference)
    let script = loaded.script
    if script.sections.contains(where: { $0.repeating?.over != nil }) {
      throw .scriptFollowsUpAPlan(reference)
    }
    let store = try SessionStore.open(path: storePath)
    let now = Date()
    let session = SessionRecord(
      id: SessionID.make(), scriptReference: reference, scriptID: script.id,
      scriptVersion: script.version, scriptText: loaded.file.text, mode: mode,
      clientRef: clientRef, createdAt: now)
    try SessionError.storeCall { try store.create(session) }
    return Opening(
      session: session, store: store, engine: loaded.engine(audience: session.audience),
      state: ConversationState(), start: now, preamble: [])
  }

  /// An unfinished conversation, carried on where it stopped.
  ///
  /// The script may have changed since the last sitting. The switch is saved before anything
  /// is asked, so a replay moves to the new script at the same point this run does.
  public static func resume(_ reference: String, store: SessionStore) throws(SessionError)
    -> Opening
  {
    let record = try store.find(reference)
    var saved = try SavedSession(record, store: store)
    if saved.state.finished { throw .conversationFinished(sessionID: record.id) }
    var preamble: [Block] = [.say(Wording.welcomeBack)]
    if let current = try? ScriptSource.load(record.scriptReference),
      current.file.text != saved.scriptText
    {
      try SessionError.storeCall {
        try store.appendScriptChange(current.file.text, at: Date(), to: record.id)
      }
      saved = try SavedSession(record, store: store)
      preamble.append(.notice(Wording.questionsChanged))
    }
    return Opening(
      session: record, store: store, engine: saved.engine, state: saved.state, start: Date(),
      preamble: preamble)
  }

  /// A follow-up conversation on the plan `reference` made or reviewed, which makes its next
  /// version. It runs against the newest version; every earlier one stays as it was. `mode` is
  /// by default that of the conversation that made the plan.
  public static func review(
    _ reference: String, script: String, mode: String?, store: SessionStore
  ) throws(SessionError) -> Opening {
    let chosen = try store.find(reference)
    let planID = PlanHistory.planID(of: chosen)
    guard let origin = try PlanHistory.origin(of: planID, store: store) else {
      throw .planOriginMissing
    }
    guard origin.status == .finished else { throw .planNotFinished(originID: origin.id) }
    let reviews = try SessionError.storeCall { try store.reviews(of: planID) }
    if let open = reviews.first(where: { $0.status == .active }) {
      throw .reviewUnderWay(reviewID: open.id)
    }
    let loaded = try ScriptSource.load(script)
    guard loaded.script.sections.contains(where: { $0.repeating?.over == "goals" }) else {
      throw .scriptDoesNotReviewGoals(script)
    }
    try PlanHistory.ensureFirstVersion(of: planID, store: store)
    guard let newest = try PlanHistory.versions(of: planID, store: store).last else {
      throw .noVersionToReview
    }
    let basePlan = try PlanHistory.decode(newest)
    let now = Date()
    let record = SessionRecord(
      id: SessionID.make(), kind: .review, scriptReference: script, scriptID: loaded.script.id,
      scriptVersion: loaded.script.version, scriptText: loaded.file.text,
      mode: mode ?? (origin.mode == "facilitator" ? "facilitator" : "self"),
      clientRef: origin.clientRef, createdAt: now, planID: planID, planVersion: newest.version)
    try SessionError.storeCall { try store.create(record) }
    let engine = loaded.engine(
      audience: record.audience, background: PlanReviewer.background(for: basePlan))
    let goals = PlanReviewer.goalsToReview(in: basePlan).count
    let notice = Wording.reviewing(
      version: newest.version, from: Display.day(of: origin.createdAt), goals: goals)
    return Opening(
      session: record, store: store, engine: engine, state: ConversationState(), start: now,
      preamble: [.notice(notice)])
  }
}
