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
/// - `change_step` keeps the goal as it is with a new step; the step it replaced is kept in
///   the record (`earlierSteps`), never shown as the plan.
/// - `drop` and `achieved` set the status and leave the goal's step as it was.
/// - What a professional agreed to do carries on with the goal (the kept, changed or new
///   one) unless the person says it was done (then it goes to the record) or to drop it.
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

  /// What a professional agreed to do beyond the goals and is not yet said to be done: a
  /// review asks about each, as it does about a goal's.
  public static func otherActionsToReview(in plan: Plan) -> [Plan.Action] {
    (plan.otherActions ?? []).filter { $0.done != true }
  }

  /// What the review script's `goals` and `questions` lists hold for a plan, and, when the
  /// review starts on `today`, the plan's review day while it is still to come, to keep.
  public static func background(
    for plan: Plan, today: Date? = nil,
    timeZone: TimeZone = TimeZone(identifier: "Europe/London")!
  ) -> Background {
    let goals = goalsToReview(in: plan).map { goal -> Background.Item in
      [
        Background.GoalField.text: goal.text,
        Background.GoalField.step: goal.ownStep.map(stepSentence) ?? "",
        Background.GoalField.confidence: goal.confidence.map(String.init) ?? "",
        Background.GoalField.measure: goal.measure ?? "",
        Background.GoalField.barriers: goal.barriers.joined(separator: "; "),
        Background.GoalField.solutions: goal.solutions.joined(separator: "; "),
        Background.GoalField.checkIn: goal.reviewDate.map(PlanOutline.day) ?? "",
        Background.GoalField.checkInDate: goal.reviewDate ?? "",
        Background.GoalField.support: goal.support.joined(separator: "; "),
      ].merging(stepParts(goal.ownStep)) { first, _ in first }
        .merging(theirActions(goal)) { first, _ in first }
    }
    let questions = questionsToReview(in: plan).map { need -> Background.Item in
      [Background.QuestionField.text: need.question]
    }
    let others = otherActionsToReview(in: plan).map { action -> Background.Item in
      [
        Background.OtherActionField.text: AddressedWords.sentence(action.what, by: action.by ?? "")
          + (action.due.map { ", by " + PlanOutline.day($0) } ?? "")
      ]
    }
    var background = Background(
      lists: ["goals": goals, "questions": questions, "otherActions": others])
    // What to talk about and the one thing, kept when a review is told "same as before".
    background.names[Background.Name.topics] = plan.priorities.map(\.text).joined(
      separator: "; ")
    background.names[Background.Name.oneThing] =
      plan.priorities.first(where: \.oneThing)?.text ?? ""
    background.names[Background.Name.matters] = plan.whatMatters.map(\.text).joined(
      separator: "; ")
    background.names[Background.Name.careNews] = (plan.careNews ?? []).map(\.text).joined(
      separator: "; ")
    background.names[Background.Name.questions] = questionsToReview(in: plan).map(\.question)
      .joined(separator: "; ")
    // Only the plan's own day: a review asks each goal's check-in again as it goes, so a
    // goal's old one is not offered for the whole plan.
    if let today,
      let review = stillAhead(plan.reviewDate, today: Day(today, in: timeZone).iso)
    {
      background.names[Background.Name.reviewDay] = PlanOutline.day(review)
    }
    return background
  }

  /// What the professional agreed to do, each said as theirs, for the first few of them.
  static func theirActions(_ goal: Plan.Goal) -> Background.Item {
    var item: Background.Item = [:]
    let asked = goal.professionalActionsToDo.prefix(Background.GoalField.theirActionsAsked)
    for (index, action) in asked.enumerated() {
      // The day it was due by, read from "by next week" when it was agreed, said with it.
      item[Background.GoalField.theirAction(index + 1)] =
        AddressedWords.sentence(action.what, by: action.by ?? "")
        + (action.due.map { ", by " + PlanOutline.day($0) } ?? "")
    }
    return item
  }

  /// Each part of the step on its own, empty when not given.
  static func stepParts(_ step: Plan.Action?) -> Background.Item {
    [
      Background.GoalField.stepWhat: step?.what ?? "",
      Background.GoalField.stepHowMuch: step?.howMuch ?? "",
      Background.GoalField.stepHowMuchSaid: step.map(howMuchSaid) ?? "",
      Background.GoalField.stepWhen: step?.when ?? "",
      Background.GoalField.stepWhere: step?.where ?? "",
      Background.GoalField.stepHowOften: step?.howOften ?? "",
      Background.GoalField.stepStart: step?.startDate.map(PlanOutline.day) ?? "",
      Background.GoalField.stepStartDate: step?.startDate ?? "",
    ]
  }

  /// How much the step said: its own how much, or else the amount inside what the person will
  /// do, so "It was:" shows the old words and not that none was set.
  static func howMuchSaid(_ step: Plan.Action) -> String {
    if let howMuch = step.howMuch, !howMuch.isEmpty { return howMuch }
    return StepSentence.amountSaid(in: step.what) ?? ""
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
    // until it too is gone through with someone. It still says when it was last agreed.
    if let agreement = previous.agreement, previous.status == .complete {
      plan.earlierAgreements = (previous.earlierAgreements ?? []) + [agreement]
    }
    plan.agreement = nil
    let entries = builder.entries(from: state)
    let today = Day(metadata.updatedAt, in: timeZone).iso
    reviewGoals(
      of: &plan, previous: previous, entries: entries, today: today, at: metadata,
      theirs: Self.theirActionOutcomes(in: state, script: builder.script))
    reviewQuestions(of: &plan, previous: previous, entries: entries)
    reviewOtherActions(of: &plan, previous: previous, state: state)

    let priorities = builder.priorities(from: entries)
    if !priorities.isEmpty {
      plan.priorities =
        skippedTheOneThing(state)
        ? Self.keepingTheOneThing(of: previous.priorities, in: priorities, builder) : priorities
    }
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
    plan.reviewDate = Self.nextReview(
      entries: entries, previous: previous, today: today, builder: builder)
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
    at metadata: PlanBuilder.Metadata, theirs: [Int: [Int: TheirActionOutcome]] = [:]
  ) {
    let reviewed = Self.goalsToReview(in: previous)
    for (round, mine) in builder.goalEntries(entries) where reviewed.indices.contains(round) {
      guard let index = plan.goals.firstIndex(where: { $0.id == reviewed[round].id }) else {
        continue
      }
      let parts = PlanBuilder.GoalParts(mine, builder: builder)
      var goal = plan.goals[index]
      let progressText = Self.progressWords(note: parts.progressNote, text: parts.progressText)
      if parts.rating != nil || progressText != nil {
        goal.progress.append(
          Plan.Progress(at: metadata.updatedAt, rating: parts.rating, text: progressText))
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
        var next = carriedOver(goal, by: parts, given: Set(mine.map(\.field)), today: today)
        next.id = nextGoalID(in: plan.goals)
        // What the professional said they would do still stands for the new goal, unless
        // the person said it was done or to drop it.
        next.earlierSteps = nil
        Self.settle(&next, outcomes: theirs[round] ?? [:])
        next.text = text
        next.domains = builder.domains(of: text)
        next.status = .active
        next.progress = []
        next.from = parts.sources
        plan.goals.append(next)
      case "change_step":
        // The goal stays as it is; the step it had is kept in the record, not as the plan.
        let old = goal.ownStep
        goal = carriedOver(goal, by: parts, given: Set(mine.map(\.field)), today: today)
        if let old, goal.ownStep != old {
          goal.earlierSteps = (goal.earlierSteps ?? []) + [old]
        }
        Self.settle(&goal, outcomes: theirs[round] ?? [:])
      default:
        // Kept, or no decision given: the goal carries on with whatever is new.
        goal = carriedOver(goal, by: parts, given: Set(mine.map(\.field)), today: today)
        Self.settle(&goal, outcomes: theirs[round] ?? [:])
      }
      plan.goals[index] = goal
    }
  }

  /// The goal as it goes on: each part as it was unless the review's answers changed it.
  func carriedOver(
    _ goal: Plan.Goal, by parts: PlanBuilder.GoalParts, given: Set<PlanField>, today: String
  ) -> Plan.Goal {
    var next = goal
    // A step is asked for only when the old one is not kept; none given keeps the old.
    let stepKept = parts.keepStep == true || parts.actions.isEmpty
    // The professional's own actions stay: a review changes only the person's step.
    if !stepKept {
      // A part of the new step not answered (skipped) is the one the step had, as the
      // read-back said it.
      let asked = Set(builder.script.questions.compactMap(\.plan))
      let steps = parts.actions.map {
        Self.filled($0, from: goal.ownStep, given: given, asked: asked)
      }
      next.actions = steps + goal.professionalActions
      // A step made smaller in the review is kept in the record, as in a first plan.
      if !parts.earlierSteps.isEmpty {
        next.earlierSteps = (goal.earlierSteps ?? []) + parts.earlierSteps
      }
    }
    next.confidence = parts.confidence ?? (stepKept ? goal.confidence : nil)
    // What was said with the number goes with it: a new number brings its own words or none.
    if parts.confidence != nil {
      next.confidenceNote = parts.confidenceNote
      next.confidenceWords = parts.confidenceWords
    } else if !stepKept {
      next.confidenceNote = nil
      next.confidenceWords = nil
    }
    // A changed goal's old measure: kept, replaced by the new words, or taken off, as asked.
    if parts.keepMeasure == "drop" { next.measure = nil }
    if let measure = parts.measure { next.measure = measure }
    switch parts.barriersHold {
    case true?:
      next.barriersNote = parts.barriersNote
    case false?:
      next.barriers = parts.barriers
      next.solutions = parts.solutions
      next.barriersNote = nil
    case nil:
      if !parts.barriers.isEmpty { next.barriers = parts.barriers }
      if !parts.solutions.isEmpty { next.solutions = parts.solutions }
    }
    if !parts.support.isEmpty {
      next.support = Self.supportNow(parts.support, before: goal.support)
    }
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
      case "open":
        // "no, still want to ask - the test was repeated but I have not had the result": the
        // words said with it are news about the question, kept beside it in the plan.
        let said = mine.last { $0.field == .questionOutcome }?.note
        if let said, !said.isEmpty { plan.informationNeeds[index].stillOpen = said }
      default:
        break
      }
    }
    plan.informationNeeds.removeAll { dropped.contains($0.question) }
  }

  /// `step` with each part it has no answer for taken from the step it replaces.
  static func filled(
    _ step: Plan.Action, from old: Plan.Action?, given: Set<PlanField>, asked: Set<PlanField>
  ) -> Plan.Action {
    guard let old else { return step }
    var step = step
    // Only a part the script asks for: one it never asks is not part of this step.
    let open = asked.subtracting(given)
    if open.contains(.actionHowMuch) { step.howMuch = step.howMuch ?? old.howMuch }
    if open.contains(.actionWhen) { step.when = step.when ?? old.when }
    if open.contains(.actionWhere) { step.where = step.where ?? old.where }
    if open.contains(.actionHowOften) { step.howOften = step.howOften ?? old.howOften }
    if open.contains(.actionStartDate) { step.startDate = step.startDate ?? old.startDate }
    return step
  }

  /// Whether the review asked for the one thing and the person skipped it.
  func skippedTheOneThing(_ state: ConversationState) -> Bool {
    let asked = Set(builder.script.questions.filter { $0.plan == .oneThing }.map(\.id))
    return state.answers.contains { key, answer in
      guard asked.contains(key.question), case .skipped = answer.value else { return false }
      return true
    }
  }

  /// New priorities with no one thing said (it was skipped) keep the one thing they had: it
  /// carries over, as every part of the plan does, until the person names another.
  static func keepingTheOneThing(
    of old: [Plan.Priority], in new: [Plan.Priority], _ builder: PlanBuilder
  ) -> [Plan.Priority] {
    guard !new.contains(where: \.oneThing), var oneThing = old.first(where: \.oneThing) else {
      return new
    }
    var priorities = new
    if let index = priorities.firstIndex(where: { builder.same($0.text, oneThing.text) }) {
      oneThing = priorities.remove(at: index)
      oneThing.oneThing = true
    }
    priorities.insert(oneThing, at: 0)
    for index in priorities.indices { priorities[index].rank = index + 1 }
    return priorities
  }

  /// Words that keep what was there ("same", "same as before"), not words to keep in its
  /// place: who could help stays who it was.
  static func saysTheSame(_ answers: [String]) -> Bool {
    if answers.allSatisfy(AnswerReading.keepsTheEarlierAnswer) { return true }
    let same: Set<String> = [
      "same", "the same", "same as before", "as before", "same again", "same as last time",
      "still the same", "no change", "keep", "keep them", "keep it", "keep the same",
      "same people", "same person", "same one", "them again", "still them",
    ]
    return answers.allSatisfy {
      same.contains(
        $0.lowercased().trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)))
    }
  }

  /// An ISO day kept only while it is today or later: a day gone by is no longer a plan.
  /// The day a plan already gives to check in, offered to keep rather than asked from
  /// scratch: its own next review while still to come, or else the soonest check-in of a goal
  /// still active ("in 2 weeks when I next see her"), so the plan never ends with two days
  /// that disagree. Nil when there is none still to come.
  public static func dayToKeep(in plan: Plan, today: String) -> String? {
    stillAhead(plan.reviewDate, today: today)
      ?? goalsToReview(in: plan).compactMap { stillAhead($0.reviewDate, today: today) }.min()
  }

  /// The plan's next review after a review or an agreement: a new day when one was given; the
  /// day offered when it was kept; else the plan's own, while it is still to come.
  static func nextReview(
    entries: [PlanBuilder.Entry], previous: Plan, today: String, builder: PlanBuilder
  ) -> String? {
    if let day = entries.last(where: { $0.field == .reviewDate }).flatMap(builder.isoDay) {
      return day
    }
    if case .choice("keep")? = entries.last(where: { $0.field == .reviewDayKept })?.value {
      return dayToKeep(in: previous, today: today)
    }
    return stillAhead(previous.reviewDate, today: today)
  }

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

  /// How a goal went in words: what was said with the score ("the cold weeks were hard") and
  /// then the answer in words, so neither is lost; the note once when the words repeat it.
  static func progressWords(note: String?, text: String?) -> String? {
    guard let note, !note.isEmpty else { return text }
    guard let text, !text.isEmpty else { return note }
    if text.lowercased().contains(note.lowercased()) { return text }
    let ends = note.last.map { ".!?".contains($0) } ?? false
    return note + (ends ? " " : ". ") + text
  }
}
