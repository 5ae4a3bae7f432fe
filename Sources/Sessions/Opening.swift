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
  /// Resuming a worker's session: the worker says whether this is the client they are with
  /// before anything is saved, so nothing is typed into another person's plan.
  let checksClient: Bool
  /// Resuming after the script has changed: its new text, saved once the worker has said this
  /// is the right client, so a no leaves the session exactly as it was.
  let changedScript: String?
  /// Resuming a conversation that ended while the server was away, once its turns are sent:
  /// nothing is left to ask, only the plan to save and show.
  let finishesOnly: Bool
  /// Whether to talk the easier way from the first question on (`--easy`).
  public var easier = false
  /// Where this computer's own files are (see `ConversationLoop.environment`).
  var environment = ProcessInfo.processInfo.environment

  init(
    session: SessionRecord, store: SessionStore, engine: Engine, state: ConversationState,
    start: Date, preamble: [Block], checksClient: Bool = false, changedScript: String? = nil,
    finishesOnly: Bool = false
  ) {
    self.finishesOnly = finishesOnly
    self.session = session
    self.store = store
    self.engine = engine
    self.state = state
    self.start = start
    self.preamble = preamble
    self.checksClient = checksClient
    self.changedScript = changedScript
  }

  public func run(on terminal: any ConversationTerminal) -> ConversationLoop.Outcome {
    for block in preamble { terminal.show(block) }
    if finishesOnly {
      var loop = ConversationLoop(
        engine: engine, terminal: terminal, session: session, store: store)
      loop.environment = environment
      return loop.finish()
    }
    if checksClient {
      switch ClientCheck(session: session, terminal: terminal).ask() {
      case .confirmed: break
      case .declined: return .declined
      case .inputEnded: return .inputEnded
      }
    }
    var engine = self.engine
    var state = self.state
    if let changedScript {
      // The switch is saved before anything is asked, so a replay moves to the new script at
      // the same point this run does.
      do {
        try store.appendScriptChange(changedScript, at: WallClock.now(), to: session.id)
        let saved = try SavedSession(session, store: store)
        engine = saved.engine
        state = saved.state
      } catch {
        terminal.show(.notice(Wording.couldNotSave("\(error)")))
        terminal.show(.say(Wording.cannotGoOn(session.id)))
        return .failed
      }
      terminal.show(.notice(Wording.questionsChanged))
    }
    var loop = ConversationLoop(engine: engine, terminal: terminal, session: session, store: store)
    loop.environment = environment
    return loop.run(from: state, startingAt: start, easier: easier)
  }

  /// A new conversation with the script `reference` (a built-in id or a path), in `mode`
  /// ("self" or "facilitator"). The store is opened only once the script has loaded.
  public static func new(
    script reference: String, mode: String, clientRef: String?, storePath: String
  ) throws(SessionError) -> Opening {
    try new(script: reference, mode: mode, clientRef: clientRef) { () throws(SessionError) in
      try SQLiteSessionStore.open(path: storePath)
    }
  }

  /// A new conversation as above, in the store `openStore` opens (a file or a server).
  public static func new(
    script reference: String, mode: String, clientRef: String?,
    openStore: () throws(SessionError) -> any SessionStore
  ) throws(SessionError) -> Opening {
    let loaded = try ScriptSource.load(reference)
    let script = loaded.script
    if script.sections.contains(where: { $0.repeating?.over != nil }) {
      throw .scriptFollowsUpAPlan(reference)
    }
    let store = try openStore()
    // A client is kept under the reference as it was first typed, however it is typed later.
    var client = clientRef.map(ClientReference.trimmed)
    if let clientRef {
      client = try SessionError.storeCall { try store.clientSpelling(of: clientRef) } ?? client
    }
    let now = WallClock.now()
    let session = SessionRecord(
      id: SessionID.make(), scriptReference: reference, scriptID: script.id,
      scriptVersion: script.version, scriptText: loaded.file.text, mode: mode,
      clientRef: client, createdAt: now)
    try SessionError.storeCall { try store.create(session) }
    return Opening(
      session: session, store: store, engine: loaded.engine(audience: session.audience),
      state: ConversationState(), start: now, preamble: [])
  }

  /// An unfinished conversation, carried on where it stopped: `reference` is its id, or
  /// `latest` for the most recently active one not finished yet; `client` picks that client's
  /// most recent unfinished one.
  ///
  /// The welcome back says when the conversation was last used and, in a worker's session,
  /// which client it is with; the worker is then asked to confirm it (see `ClientCheck`).
  ///
  /// The script may have changed since the last sitting. The switch is saved once the
  /// conversation carries on, before anything is asked.
  public static func resume(
    _ reference: String?, client: String? = nil, store: SessionStore,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(SessionError) -> Opening {
    let record = try store.unfinished(reference, client: client)
    // Turns kept on this computer when the server could not be reached go first, in order.
    let sent = try UnsentTurns.send(for: record.id, to: store, environment: environment)
    let saved = try SavedSession(record, store: store)
    let kept: [Block] = sent.total > 0 ? [.notice(Wording.unsentSent(sent))] : []
    if saved.state.finished {
      // It ended while the server was away, or the server went between the last answer and
      // the plan: now the answers are all there, save the plan (once) and show it.
      let planSaved = try SessionError.storeCall {
        try store.planVersion(producedBy: record.id) != nil
      }
      guard sent.total > 0 || !planSaved else {
        // The plan was saved but the server went before the status: finished it is.
        if record.status != .finished { try? store.setStatus(.finished, of: record.id) }
        throw .conversationFinished(sessionID: record.id)
      }
      var finishing = Opening(
        session: record, store: store, engine: saved.engine, state: saved.state,
        start: WallClock.now(),
        preamble: kept, finishesOnly: true)
      finishing.environment = environment
      return finishing
    }
    let lastUsed = Display.day(of: record.updatedAt)
    let facilitated = record.audience == .facilitator
    let welcome =
      facilitated
      ? Wording.welcomeBack(client: record.clientRef, lastUsed: lastUsed)
      : Wording.welcomeBack(lastUsed: lastUsed)
    var changedScript: String?
    if let current = try? ScriptSource.load(record.scriptReference),
      current.file.text != saved.scriptText
    {
      changedScript = current.file.text
    }
    var resumed = Opening(
      session: record, store: store, engine: saved.engine, state: saved.state,
      start: WallClock.now(),
      preamble: kept + [.say(welcome)], checksClient: facilitated, changedScript: changedScript)
    resumed.environment = environment
    return resumed
  }

  /// A follow-up conversation on the plan `reference` made or reviewed, which makes its next
  /// version. It runs against the newest version; every earlier one stays as it was. `mode` is
  /// by default that of the conversation that made the plan.
  public static func review(
    _ reference: String, script: String, mode: String?, client: String? = nil,
    store: SessionStore
  ) throws(SessionError) -> Opening {
    let plan = try FollowedPlan(reference, client: client, store: store)
    let loaded = try ScriptSource.load(script)
    guard loaded.script.sections.contains(where: { $0.repeating?.over == "goals" }) else {
      throw .scriptDoesNotReviewGoals(script)
    }
    let (planID, origin, newest, basePlan) = try plan.newest(store: store)
    let now = WallClock.now()
    let record = SessionRecord(
      id: SessionID.make(), kind: .review, scriptReference: script, scriptID: loaded.script.id,
      scriptVersion: loaded.script.version, scriptText: loaded.file.text,
      mode: mode ?? (origin.mode == "facilitator" ? "facilitator" : "self"),
      clientRef: origin.clientRef, createdAt: now, planID: planID, planVersion: newest.version)
    try SessionError.storeCall { try store.create(record) }
    let engine = loaded.engine(
      audience: record.audience, background: PlanReviewer.background(for: basePlan, today: now))
    let goals = PlanReviewer.goalsToReview(in: basePlan).count
    let notice = Wording.reviewing(
      version: newest.version, from: Display.day(of: newest.createdAt), goals: goals)
    return Opening(
      session: record, store: store, engine: engine, state: ConversationState(), start: now,
      preamble: [.notice(notice)])
  }
}
