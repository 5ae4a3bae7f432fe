import Dialogue
import Foundation

/// Makes the next version of a plan from a review conversation.
///
/// A review follows up the goals still active in the plan, one round each, in the plan's order:
/// `background(for:)` hands them to the engine, and round `n` of the review's answers is about
/// the `n`th of them. Nothing of the earlier version is thrown away: a goal that is dropped,
/// achieved or changed stays in the plan with that status, so the plan keeps its own history,
/// and the earlier version itself stays in the store as it was.
///
/// The rules, each with its reason:
/// - Progress (a score and words) is added to the goal's `progress`, dated: it is a record of
///   how things went, and a later review adds to it rather than replacing it.
/// - `keep` leaves the goal active; a new step replaces the old one, as do a new confidence
///   score, barriers, solutions and support, because the plan is what the person means to do
///   next.
/// - `change` marks the old goal `changed` and adds the new words as a new active goal, with
///   the new step: the old goal's words stay the person's, and the change can be seen.
/// - `drop` and `achieved` set the status and leave the goal's step as it was.
/// - New priorities and questions set the agenda for the next appointment, so when the person
///   gives any they replace the old; when they give none the old ones stand.
/// - New things that matter are added to the ones already there, since what mattered still
///   does unless the person says otherwise.
public struct PlanReviewer: Sendable {
  public let builder: PlanBuilder

  public init(builder: PlanBuilder) {
    self.builder = builder
  }

  /// The goals a review goes through: those still active, in the plan's order.
  public static func goalsToReview(in plan: Plan) -> [Plan.Goal] {
    plan.goals.filter { $0.status == .active }
  }

  /// What the review script's `goals` list holds for a plan.
  public static func background(for plan: Plan) -> Background {
    let items = goalsToReview(in: plan).map { goal -> Background.Item in
      [
        Background.GoalField.text: goal.text,
        Background.GoalField.step: goal.ownStep.map(stepSentence) ?? "",
        Background.GoalField.confidence: goal.confidence.map(String.init) ?? "",
        Background.GoalField.measure: goal.measure ?? "",
      ]
    }
    return Background(lists: ["goals": items])
  }

  /// "walk to the shop, after lunch, three times a week": the step as the person gave it.
  static func stepSentence(_ action: Plan.Action) -> String {
    [action.what, action.howMuch, action.when, action.where, action.howOften]
      .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
  }

  /// The next version: `previous` changed by the review's answers in `state`.
  public func build(
    previous: Plan, from state: ConversationState, metadata: PlanBuilder.Metadata
  ) -> Plan {
    var plan = previous
    let entries = builder.entries(from: state)
    let reviewed = Self.goalsToReview(in: previous)
    let answeredAt = metadata.updatedAt

    for (round, mine) in builder.goalEntries(entries) where reviewed.indices.contains(round) {
      guard let index = plan.goals.firstIndex(where: { $0.id == reviewed[round].id }) else {
        continue
      }
      let parts = PlanBuilder.GoalParts(mine, builder: builder)
      var goal = plan.goals[index]
      if parts.rating != nil || parts.progressText != nil {
        goal.progress.append(
          Plan.Progress(at: answeredAt, rating: parts.rating, text: parts.progressText))
      }
      goal.from = merged(goal.from, parts.sources)
      switch parts.decision {
      case "achieved":
        goal.status = .achieved
      case "drop":
        goal.status = .dropped
      case "change":
        goal.status = .changed
        let text = parts.text ?? goal.text
        plan.goals.append(
          Plan.Goal(
            id: nextGoalID(in: plan.goals), text: text, domains: builder.domains(of: text),
            measure: parts.measure, actions: parts.actions, confidence: parts.confidence,
            barriers: parts.barriers, solutions: parts.solutions, support: parts.support,
            reviewDate: parts.reviewDate, status: .active, progress: [], from: parts.sources))
      default:
        // Kept, or no decision given: the goal carries on with whatever is new.
        apply(parts, to: &goal)
      }
      plan.goals[index] = goal
    }

    let priorities = builder.priorities(from: entries)
    if !priorities.isEmpty { plan.priorities = priorities }
    let needs = builder.informationNeeds(from: entries)
    if !needs.isEmpty { plan.informationNeeds = needs }
    for entry in entries where entry.field == .whatMatters {
      if plan.whatMatters.contains(where: { builder.same($0.text, entry.text) }) { continue }
      plan.whatMatters.append(
        Plan.Statement(
          text: entry.text, domains: builder.domains(of: entry.text), from: [entry.source]))
    }
    if let day = entries.last(where: { $0.field == .reviewDate }).flatMap(builder.isoDay) {
      plan.reviewDate = day
    }
    plan.safety += builder.safetyRecords(state)
    plan.notes += metadata.notes
    plan.version = metadata.version
    plan.sessionId = metadata.sessionID
    // Who typed this version: a review with a support worker says so, whoever made the first.
    if let mode = metadata.mode { plan.mode = mode }
    plan.updatedAt = metadata.updatedAt
    plan.status = state.finished ? .complete : .inProgress
    plan.script = Plan.ScriptReference(id: builder.script.id, version: builder.script.version)
    return plan
  }

  /// What is new for a goal that carries on replaces what was there.
  func apply(_ parts: PlanBuilder.GoalParts, to goal: inout Plan.Goal) {
    if !parts.actions.isEmpty { goal.actions = parts.actions + goal.professionalActions }
    if let confidence = parts.confidence { goal.confidence = confidence }
    if let measure = parts.measure { goal.measure = measure }
    if !parts.barriers.isEmpty { goal.barriers = parts.barriers }
    if !parts.solutions.isEmpty { goal.solutions = parts.solutions }
    if !parts.support.isEmpty { goal.support = parts.support }
    if let day = parts.reviewDate { goal.reviewDate = day }
  }

  func nextGoalID(in goals: [Plan.Goal]) -> String {
    let numbers = goals.compactMap { Int($0.id.dropFirst("goal-".count)) }
    return "goal-\((numbers.max() ?? 0) + 1)"
  }

  func merged(_ a: [String], _ b: [String]) -> [String] {
    b.reduce(into: a) { if !$0.contains($1) { $0.append($1) } }
  }
}
