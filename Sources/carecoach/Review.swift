import ArgumentParser
import CarePlan
import Dialogue
import Foundation
import Store

/// `carecoach review`: a follow-up conversation on an existing plan, which makes its next
/// version.
///
/// The review runs against the newest version of the plan. Version 1 and every later version
/// stay as they were: `show --version N` reads them and `show --changes` compares them.
struct Review: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Look back at a plan: how each goal went, and what to do next.",
    discussion: """
      The review goes through each goal still in progress: how it went, from 0 to 10 and in \
      your own words, and whether to keep it, change it, drop it, or mark it done. Then it \
      asks what to take to the next appointment. The result is saved as a new version of the \
      plan; the earlier versions are kept.
      """)

  @Argument(help: "The conversation (or an earlier review) whose plan to review, or latest.")
  var session: String

  @Option(help: "A built-in script id or the path of a review script.")
  var script: String = ScriptSource.reviewScriptID

  @Option(
    help: ArgumentHelp(
      "Who is at the keyboard: self, or facilitator (a worker with a client). By default, the "
        + "same as the conversation that made the plan."))
  var mode: Mode?

  @OptionGroup var display: DisplayOptions
  @OptionGroup var store: StoreOptions

  enum Mode: String, ExpressibleByArgument, CaseIterable {
    case `self`
    case facilitator
  }

  func run() throws {
    let sessions = try store.open()
    let chosen = try findSession(session, in: sessions)
    let planID = PlanHistory.planID(of: chosen)
    guard let origin = try PlanHistory.origin(of: planID, store: sessions) else {
      throw Failure(
        "The conversation that made this plan is no longer in the store, so it cannot be reviewed.")
    }
    guard origin.status == .finished else {
      throw Failure(
        "That conversation has not finished, so there is no plan to review yet. "
          + "Carry on with: carecoach resume \(origin.id)")
    }
    let reviews = try PlanHistory.storeCall { try sessions.reviews(of: planID) }
    if let open = reviews.first(where: { $0.status == .active }) {
      throw Failure(
        "A review of this plan is already under way. Carry on with: carecoach resume \(open.id)")
    }
    let loaded = try ScriptSource.load(script)
    guard loaded.script.sections.contains(where: { $0.repeating?.over == "goals" }) else {
      throw ValidationError(
        "The script '\(script)' does not go through the plan's goals: a review script needs a "
          + "group with repeat: { over: goals }.")
    }
    try PlanHistory.ensureFirstVersion(of: planID, store: sessions)
    guard let newest = try PlanHistory.versions(of: planID, store: sessions).last else {
      throw Failure("This plan has no saved version to review.")
    }
    let basePlan = try PlanHistory.decode(newest)
    let modeName = mode?.rawValue ?? (origin.mode == "facilitator" ? "facilitator" : "self")
    let now = Date()
    let record = SessionRecord(
      id: SessionID.make(), kind: .review, scriptReference: script, scriptID: loaded.script.id,
      scriptVersion: loaded.script.version, scriptText: loaded.file.text, mode: modeName,
      clientRef: origin.clientRef, createdAt: now, planID: planID, planVersion: newest.version)
    try PlanHistory.storeCall { try sessions.create(record) }

    let engine = loaded.engine(
      audience: record.audience, background: PlanReviewer.background(for: basePlan))
    let terminal = display.terminal(mode: record.mode, clientRef: record.clientRef)
    let goals = PlanReviewer.goalsToReview(in: basePlan).count
    terminal.show(
      .notice(
        "Reviewing version \(newest.version) of the plan from \(Display.day(of: origin.createdAt)): "
          + (goals == 0
            ? "it has no goals in progress, so we will look at what is new."
            : "\(goals == 1 ? "one goal" : "\(goals) goals") to look at.")))
    let loop = ConversationLoop(
      engine: engine, terminal: terminal, session: record, store: sessions)
    let outcome = loop.run(from: ConversationState(), startingAt: now)
    terminal.close()
    if outcome == .inputEnded || outcome == .failed { throw ExitCode.failure }
  }
}
