import Dialogue
import Foundation

/// Makes the agreed version of a plan from the conversation held with a professional
/// (`carecoach agree`).
///
/// The conversation goes through the goals still active, one round each (as a review does),
/// then the questions still open, one round each; `background(for:professional:)` hands both
/// to the engine. The rules, each with its reason:
/// - Each goal gets the outcome said for it. "Agreed with changes" puts the new words and the
///   new step in place of the old: the earlier version keeps the old ones, and the goal keeps
///   its id, so the outcome names the goal as it now reads.
/// - "Not now" leaves the goal as the person wrote it: it is theirs, and may come back.
/// - What the professional will do is added to the goal as actions of their own, `by` them,
///   after the person's step, which stays the person's.
/// - A question answered gets the answer in the person's words; one left open stays on the
///   list for next time.
/// - The review date agreed is the plan's next review.
public struct PlanAgreer: Sendable {
  public let builder: PlanBuilder

  public init(builder: PlanBuilder) {
    self.builder = builder
  }

  /// The questions an agreement goes through: those not answered yet, in the plan's order.
  public static func openQuestions(in plan: Plan) -> [Plan.InformationNeed] {
    plan.informationNeeds.filter { $0.answer == nil }
  }

  /// What the agreement script's lists and names hold for a plan and a professional.
  public static func background(for plan: Plan, professional: Plan.Professional) -> Background {
    var background = PlanReviewer.background(for: plan)
    background.lists["questions"] = openQuestions(in: plan).map {
      [Background.QuestionField.text: $0.question]
    }
    background.names[Background.Name.professional] = professional.nameAndRole
    background.names[Background.Name.professionalName] = professional.name
    return background
  }

  /// The agreed version: `previous` as gone through in `state` with `professional`.
  /// `recordedBy` is "worker" when a worker typed it in afterwards, and `agreedAt` then the
  /// appointment when it was given; otherwise it was agreed as the answers were typed.
  public func build(
    previous: Plan, from state: ConversationState, professional: Plan.Professional,
    recordedBy: String?, agreedAt: Date? = nil, metadata: PlanBuilder.Metadata
  ) -> Plan {
    var plan = previous
    let entries = builder.entries(from: state)
    let goals = PlanReviewer.goalsToReview(in: previous)
    var outcomes: [Plan.Agreement.GoalOutcome] = []
    for (round, goal) in goals.enumerated() {
      let mine = entries.filter {
        $0.round == round && ($0.field.list == "goals" || PlanBuilder.goalFields.contains($0.field))
      }
      guard let index = plan.goals.firstIndex(where: { $0.id == goal.id }),
        let outcome = Self.outcome(in: mine)
      else { continue }
      outcomes.append(.init(goalId: goal.id, outcome: outcome))
      if outcome == .agreedWithChanges {
        change(&plan.goals[index], with: PlanBuilder.GoalParts(mine, builder: builder))
      }
      let theirs = mine.filter { $0.field == .professionalActions }.map {
        Plan.Action(what: $0.text, by: professional.nameAndRole)
      }
      plan.goals[index].actions += theirs
      plan.goals[index].from += mine.map(\.source).filter { !plan.goals[index].from.contains($0) }
    }
    let open = Self.openQuestions(in: previous)
    for entry in entries where entry.field == .questionAnswer && open.indices.contains(entry.round)
    {
      let question = open[entry.round].question
      if let index = plan.informationNeeds.firstIndex(where: { $0.question == question }) {
        plan.informationNeeds[index].answer = entry.text
        plan.informationNeeds[index].from.append(entry.source)
      }
    }
    let reviewDay = entries.last { $0.field == .reviewDate }.flatMap(builder.isoDay)
    if let reviewDay { plan.reviewDate = reviewDay }
    // Set while under way too, so the plan shown for checking before the end says who it is
    // being agreed with; only a finished agreement is saved as a version.
    plan.agreement = Plan.Agreement(
      agreedAt: agreedAt ?? metadata.updatedAt, with: professional,
      reviewDate: reviewDay ?? plan.reviewDate,
      goals: outcomes, recordedBy: recordedBy)
    plan.safety += builder.safetyRecords(state)
    plan.notes += metadata.notes
    plan.version = metadata.version
    plan.sessionId = metadata.sessionID
    plan.updatedAt = metadata.updatedAt
    plan.status = state.finished ? .complete : .inProgress
    plan.script = Plan.ScriptReference(id: builder.script.id, version: builder.script.version)
    return plan
  }

  static func outcome(in entries: [PlanBuilder.Entry]) -> Plan.Agreement.Outcome? {
    guard case .choice(let id)? = entries.last(where: { $0.field == .goalAgreement })?.value
    else { return nil }
    return Plan.Agreement.Outcome(rawValue: id)
  }

  /// The goal as changed at the appointment: new words, a new step, or both. A new step is a
  /// step of its own, so the old step's time and place do not stay on it unasked.
  func change(_ goal: inout Plan.Goal, with parts: PlanBuilder.GoalParts) {
    if let text = parts.text {
      goal.text = text
      goal.domains = builder.domains(of: text)
    }
    if !parts.actions.isEmpty {
      goal.actions = parts.actions + goal.professionalActions
    }
  }
}
