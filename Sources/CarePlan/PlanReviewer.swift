import Dialogue
import Foundation

/// Makes the next version of a plan from a review conversation.
///
/// A review follows up the goals still active in the plan, one round each, in the plan's order,
/// and then the questions still open, one round each: `background(for:)` hands both lists to
/// the engine, and round `n` of a list's answers is about its `n`th item. Nothing of the earlier
/// version is thrown away: a goal that is dropped, achieved or changed stays in the plan with
/// that status, so the plan keeps its own history, and the earlier version itself stays in the
/// store as it was.
///
/// The rules, each with its reason:
/// - Every part of a goal carries over unless the review changed it: a plan is what the person
///   means to do next, and a part nobody asked about is still meant.
/// - Progress (a score and words) is added to the goal's `progress`, dated: it is a record of
///   how things went, and a later review adds to it rather than replacing it.
/// - `keep` leaves the goal active with its step as it was; only its check-in date is new.
/// - `change` marks the old goal `changed` and adds the new words as a new active goal. Its
///   step is the old one when the person keeps it, else the new one they gave.
/// - `drop` and `achieved` set the status and leave the goal's step as it was.
/// - What might get in the way, and what could help, stay when the person says they still
///   hold, and give way to the new answers when they say not.
/// - A check-in date already past is not a plan: with no new date it is left out.
/// - A question asked last time is marked answered (with the answer in the person's words),
///   stays open, or is taken off; new questions are added to those still open.
/// - New priorities set the agenda for the next appointment, so when the person gives any they
///   replace the old; when they give none the old ones stand.
/// - New things that matter are added to the ones already there, since what mattered still
///   does unless the person says otherwise. News about care and tests goes in `careNews`.
public struct PlanReviewer: Sendable {
  public let builder: PlanBuilder
  /// Turns the review's time into the day that decides whether a date is past.
  public let timeZone: TimeZone

  public init(
    builder: PlanBuilder, timeZone: TimeZone = TimeZone(identifier: "Europe/London")!
  ) {
    self.builder = builder
    self.timeZone = timeZone
  }

  /// The goals a review goes through: those still active, in the plan's order.
  public static func goalsToReview(in plan: Plan) -> [Plan.Goal] {
    plan.goals.filter { $0.status == .active }
  }

  /// The questions a review asks about: those not yet answered, in the plan's order.
  public static func questionsToReview(in plan: Plan) -> [Plan.InformationNeed] {
    plan.informationNeeds.filter { $0.answer == nil }
  }

  /// What the review script's `goals` and `questions` lists hold for a plan.
  public static func background(for plan: Plan) -> Background {
    let goals = goalsToReview(in: plan).map { goal -> Background.Item in
      [
        Background.GoalField.text: goal.text,
        Background.GoalField.step: goal.ownStep.map(stepSentence) ?? "",
        Background.GoalField.confidence: goal.confidence.map(String.init) ?? "",
        Background.GoalField.measure: goal.measure ?? "",
        Background.GoalField.barriers: goal.barriers.joined(separator: "; "),
        Background.GoalField.solutions: goal.solutions.joined(separator: "; "),
        Background.GoalField.checkIn: goal.reviewDate.map(PlanOutline.day) ?? "",
      ].merging(stepParts(goal.ownStep)) { first, _ in first }
    }
    let questions = questionsToReview(in: plan).map { need -> Background.Item in
      [Background.QuestionField.text: need.question]
    }
    return Background(lists: ["goals": goals, "questions": questions])
  }

  /// Each part of the step on its own, empty when not given.
  static func stepParts(_ step: Plan.Action?) -> Background.Item {
    [
      Background.GoalField.stepWhat: step?.what ?? "",
      Background.GoalField.stepHowMuch: step?.howMuch ?? "",
      Background.GoalField.stepWhen: step?.when ?? "",
      Background.GoalField.stepWhere: step?.where ?? "",
      Background.GoalField.stepHowOften: step?.howOften ?? "",
      Background.GoalField.stepStart: step?.startDate.map(PlanOutline.day) ?? "",
      Background.GoalField.stepStartDate: step?.startDate ?? "",
    ]
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
    // What a professional agreed was the version before: this one is the person's own again,
    // until it too is gone through with someone (the earlier version keeps its agreement).
    plan.agreement = nil
    let entries = builder.entries(from: state)
    let today = Day(metadata.updatedAt, in: timeZone).iso
    reviewGoals(of: &plan, previous: previous, entries: entries, today: today, at: metadata)
    reviewQuestions(of: &plan, previous: previous, entries: entries)

    let priorities = builder.priorities(from: entries)
    if !priorities.isEmpty { plan.priorities = priorities }
    for need in builder.informationNeeds(from: entries)
    where !plan.informationNeeds.contains(where: { builder.same($0.question, need.question) }) {
      plan.informationNeeds.append(need)
    }
    for entry in entries where entry.field == .whatMatters {
      if plan.whatMatters.contains(where: { builder.same($0.text, entry.text) }) { continue }
      plan.whatMatters.append(
        Plan.Statement(
          text: entry.text, domains: builder.domains(of: entry.text), from: [entry.source]))
    }
    var news = plan.careNews ?? []
    for entry in entries where entry.field == .careNews {
      news.append(
        Plan.News(
          text: entry.text, domains: builder.domains(of: entry.text), at: metadata.updatedAt,
          from: [entry.source]))
    }
    if !news.isEmpty { plan.careNews = news }
    if let day = entries.last(where: { $0.field == .reviewDate }).flatMap(builder.isoDay) {
      plan.reviewDate = day
    } else {
      plan.reviewDate = Self.stillAhead(plan.reviewDate, today: today)
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

  /// Each goal reviewed, by the answers of its round.
  func reviewGoals(
    of plan: inout Plan, previous: Plan, entries: [PlanBuilder.Entry], today: String,
    at metadata: PlanBuilder.Metadata
  ) {
    let reviewed = Self.goalsToReview(in: previous)
    for (round, mine) in builder.goalEntries(entries) where reviewed.indices.contains(round) {
      guard let index = plan.goals.firstIndex(where: { $0.id == reviewed[round].id }) else {
        continue
      }
      let parts = PlanBuilder.GoalParts(mine, builder: builder)
      var goal = plan.goals[index]
      if parts.rating != nil || parts.progressText != nil {
        goal.progress.append(
          Plan.Progress(at: metadata.updatedAt, rating: parts.rating, text: parts.progressText))
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
        var next = carriedOver(goal, by: parts, today: today)
        next.id = nextGoalID(in: plan.goals)
        // A professional agreed to act on the old goal, not on this one.
        next.actions.removeAll { $0.by != nil }
        next.text = text
        next.domains = builder.domains(of: text)
        next.status = .active
        next.progress = []
        next.from = parts.sources
        plan.goals.append(next)
      default:
        // Kept, or no decision given: the goal carries on with whatever is new.
        goal = carriedOver(goal, by: parts, today: today)
      }
      plan.goals[index] = goal
    }
  }

  /// The goal as it goes on: each part as it was unless the review's answers changed it.
  func carriedOver(_ goal: Plan.Goal, by parts: PlanBuilder.GoalParts, today: String)
    -> Plan.Goal
  {
    var next = goal
    // A step is asked for only when the old one is not kept; none given keeps the old.
    let stepKept = parts.keepStep == true || parts.actions.isEmpty
    // The professional's own actions stay: a review changes only the person's step.
    if !stepKept { next.actions = parts.actions + goal.professionalActions }
    next.confidence = parts.confidence ?? (stepKept ? goal.confidence : nil)
    if let measure = parts.measure { next.measure = measure }
    switch parts.barriersHold {
    case true?:
      break
    case false?:
      next.barriers = parts.barriers
      next.solutions = parts.solutions
    case nil:
      if !parts.barriers.isEmpty { next.barriers = parts.barriers }
      if !parts.solutions.isEmpty { next.solutions = parts.solutions }
    }
    if !parts.support.isEmpty { next.support = parts.support }
    next.reviewDate = parts.reviewDate ?? Self.stillAhead(goal.reviewDate, today: today)
    return next
  }

  /// Each question asked last time: answered, still open, or taken off the list.
  func reviewQuestions(of plan: inout Plan, previous: Plan, entries: [PlanBuilder.Entry]) {
    let asked = Self.questionsToReview(in: previous)
    var dropped: Set<String> = []
    for (round, question) in asked.enumerated() {
      let mine = entries.filter { $0.round == round && $0.field.list == "questions" }
      guard
        case .choice(let outcome)? = mine.last(where: { $0.field == .questionOutcome })?.value,
        let index = plan.informationNeeds.firstIndex(where: { $0.question == question.question })
      else { continue }
      switch outcome {
      case "answered":
        let words = mine.last { $0.field == .questionAnswer }?.text
        plan.informationNeeds[index].answer = words ?? "Answered"
        plan.informationNeeds[index].from = merged(
          plan.informationNeeds[index].from, mine.map(\.source))
      case "drop":
        dropped.insert(question.question)
      default:
        break
      }
    }
    plan.informationNeeds.removeAll { dropped.contains($0.question) }
  }

  /// An ISO day kept only while it is today or later: a day gone by is no longer a plan.
  static func stillAhead(_ day: String?, today: String) -> String? {
    guard let day, day >= today else { return nil }
    return day
  }

  func nextGoalID(in goals: [Plan.Goal]) -> String {
    let numbers = goals.compactMap { Int($0.id.dropFirst("goal-".count)) }
    return "goal-\((numbers.max() ?? 0) + 1)"
  }

  func merged(_ a: [String], _ b: [String]) -> [String] {
    b.reduce(into: a) { if !$0.contains($1) { $0.append($1) } }
  }
}
