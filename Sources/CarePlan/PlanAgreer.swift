import Dialogue
import Foundation

/// Makes the agreed version of a plan from the conversation held with a professional
/// (`carecoach agree`).
///
/// The conversation goes through the goals still active, one round each (as a review does),
/// then the questions still open, one round each; `background(for:professional:)` hands both
/// to the engine. The rules, each with its reason:
/// - Each goal gets the outcome said for it. "Agreed with changes" puts the new words and each
///   changed part of the step in place of the old, the other parts carried over: the earlier
///   version keeps the old ones, and the goal keeps its id, so the outcome names the goal as
///   it now reads. The step replaced stays in the record, and how sure the person is goes
///   with it unless they say again.
/// - "Not now" (or no outcome said) leaves the goal as the person wrote it, in the plan and
///   marked not agreed today: it is theirs, and may come back.
/// - What the professional will do is added to the goal as actions of their own, `by` them,
///   after the person's step, which stays the person's.
/// - A question answered gets the answer in the person's words; one left open stays on the
///   list for next time.
/// - The review date agreed is the plan's next review; the day the plan already gives (its own,
///   or else a goal's check-in) is offered, and kept when the person keeps it; a day already
///   gone by is never kept.
public struct PlanAgreer: Sendable {
  public let builder: PlanBuilder
  /// Turns the agreement's time into the day that decides whether the review day is past.
  public let timeZone: TimeZone

  public init(
    builder: PlanBuilder, timeZone: TimeZone = TimeZone(identifier: "Europe/London")!
  ) {
    self.builder = builder
    self.timeZone = timeZone
  }

  /// The questions an agreement goes through: those not answered yet, in the plan's order.
  public static func openQuestions(in plan: Plan) -> [Plan.InformationNeed] {
    plan.informationNeeds.filter { $0.answer == nil }
  }

  /// What the agreement script's lists and names hold for a plan and a professional, on the
  /// day the agreement starts (`today`): the plan's review day is offered to keep only while
  /// it is still to come.
  public static func background(
    for plan: Plan, professional: Plan.Professional, today: Date,
    timeZone: TimeZone = TimeZone(identifier: "Europe/London")!
  ) -> Background {
    var background = PlanReviewer.background(for: plan)
    background.lists["questions"] = openQuestions(in: plan).map {
      [Background.QuestionField.text: $0.question]
    }
    background.names[Background.Name.professional] = professional.nameAndRole
    background.names[Background.Name.professionalName] = professional.name
    let day = Day(today, in: timeZone).iso
    if let review = PlanReviewer.dayToKeep(in: plan, today: day) {
      background.names[Background.Name.reviewDay] = PlanOutline.day(review)
    }
    return background
  }

  /// The agreed version: `previous` as gone through in `state` with `professional`.
  /// `recordedBy` is "worker" when a worker typed it in; `agreedAt` is the appointment when it
  /// was typed in afterwards, and nil when it was agreed as the answers were typed.
  public func build(
    previous: Plan, from state: ConversationState, professional: Plan.Professional,
    recordedBy: String?, agreedAt: Date? = nil, metadata: PlanBuilder.Metadata
  ) -> Plan {
    var plan = previous
    let entries = builder.entries(from: state)
    let goals = PlanReviewer.goalsToReview(in: previous)
    var outcomes: [Plan.Agreement.GoalOutcome] = []
    let today = Day(metadata.updatedAt, in: timeZone).iso
    let goneThrough = Self.roundsGoneThrough(state, script: builder.script)
    // "by next week" counts from the appointment, when it was typed in afterwards.
    let agreedDay = Day(agreedAt ?? metadata.updatedAt, in: timeZone)
    for (round, goal) in goals.enumerated() {
      let mine = entries.filter {
        $0.round == round && ($0.field.list == "goals" || PlanBuilder.goalFields.contains($0.field))
      }
      // A goal gone through with no outcome given (skipped) was not agreed now.
      guard let index = plan.goals.firstIndex(where: { $0.id == goal.id }),
        let outcome = Self.outcome(in: mine) ?? (goneThrough.contains(round) ? .notNow : nil)
      else { continue }
      outcomes.append(
        .init(
          goalId: goal.id, outcome: outcome,
          note: Self.reason(in: state, round: round, script: builder.script)))
      if outcome == .agreedWithChanges {
        change(&plan.goals[index], with: mine)
      }
      let theirs = mine.filter { $0.field == .professionalActions }.map {
        Self.action($0.text, professional: professional.nameAndRole, today: agreedDay)
      }
      plan.goals[index].actions += theirs
      // A check-in day gone by is no plan: the earlier version keeps it.
      plan.goals[index].reviewDate = PlanReviewer.stillAhead(
        plan.goals[index].reviewDate, today: today)
      plan.goals[index].from += mine.map(\.source).filter { !plan.goals[index].from.contains($0) }
    }
    // What the professional will do beyond the goals, after any agreed before.
    let others = entries.filter { $0.field == .otherProfessionalActions }.map {
      Self.action($0.text, professional: professional.nameAndRole, today: agreedDay)
    }
    if !others.isEmpty { plan.otherActions = (plan.otherActions ?? []) + others }
    let open = Self.openQuestions(in: previous)
    for entry in entries where entry.field == .questionAnswer && open.indices.contains(entry.round)
    {
      let question = open[entry.round].question
      if let index = plan.informationNeeds.firstIndex(where: { $0.question == question }) {
        plan.informationNeeds[index].answer = entry.text
        plan.informationNeeds[index].from.append(entry.source)
      }
    }
    // A question kept open keeps what was said with the "no" ("not yet - the nurse will ring
    // her Monday"): the reason, or what happens next, is what the person needs next time.
    for (round, words) in Self.wordsKeptOpen(in: state, script: builder.script)
    where open.indices.contains(round) {
      let question = open[round].question
      if let index = plan.informationNeeds.firstIndex(where: { $0.question == question }),
        plan.informationNeeds[index].answer == nil
      {
        plan.informationNeeds[index].stillOpen = words
      }
    }
    // A word asked about on the way ("what is FEV1") was said to be added to the questions:
    // it is, as a review adds it, once however often it was asked.
    for need in builder.informationNeeds(from: entries)
    where !plan.informationNeeds.contains(where: { builder.same($0.question, need.question) }) {
      // "wat is fev1" after "what is FEV1", or "what's HbA1c" beside "what does my HbA1c
      // mean": a bare word already asked about is not listed again.
      if let term = builder.bareTerm(need.question),
        plan.informationNeeds.contains(where: {
          builder.bareTerm($0.question)?.id == term.id || builder.asksMore($0.question, about: term)
        })
      {
        continue
      }
      plan.informationNeeds.append(need)
    }
    // A new day when one was given; the day offered when kept (the plan's own, or a goal's
    // check-in); else the plan's own, while it is still to come.
    let reviewDay = PlanReviewer.nextReview(
      entries: entries, previous: previous, today: today, builder: builder)
    plan.reviewDate = reviewDay
    // Set while under way too, so the plan shown for checking before the end says who it is
    // being agreed with; only a finished agreement is saved as a version.
    plan.agreement = Plan.Agreement(
      agreedAt: agreedAt ?? metadata.updatedAt, with: professional,
      reviewDate: reviewDay,
      // A worker (facilitator mode) types in afterwards what was agreed, with or without the
      // appointment's day: `agree` says so, and the plan must not claim it was recorded there.
      goals: outcomes, recordedBy: recordedBy, atTheAppointment: nil)
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

  /// The words said after a goal's outcome ("Not agreed now, we'll look again in March"),
  /// kept as its note: nil when the line was the outcome alone.
  static func reason(in state: ConversationState, round: Int, script: Script) -> String? {
    guard let question = script.questions.first(where: { $0.plan == .goalAgreement }),
      let answer = state.answers[AnswerKey(question.id, round: round)],
      case .choice(let id) = answer.value,
      let opening = ChoiceOpening.read(answer.words, among: question.choices), opening.id == id
    else { return nil }
    return opening.rest
  }

  /// The words said with each "no" to whether a question was answered, by the question's
  /// round; a round with a bare "no" has none.
  static func wordsKeptOpen(in state: ConversationState, script: Script) -> [Int: String] {
    var words: [Int: String] = [:]
    for question in script.questions where question.plan == nil && question.kind == .yesNo {
      guard
        question.contentTo.map({ target in
          script.questions.first { $0.id == target }?.plan == .questionAnswer
        }) == true
      else { continue }
      for (key, answer) in state.answers where key.question == question.id {
        guard case .yesNo(false) = answer.value,
          let note = AnswerNote.note(of: answer, question: question)
        else { continue }
        words[key.round] = note
      }
    }
    return words
  }

  /// The rounds of the goals whose outcome question was reached, answered or skipped.
  static func roundsGoneThrough(_ state: ConversationState, script: Script) -> Set<Int> {
    let asked = Set(script.questions.filter { $0.plan == .goalAgreement }.map(\.id))
    return Set(state.answers.keys.filter { asked.contains($0.question) }.map(\.round))
  }

  /// The goal as changed at the appointment: new words, and each part of the step said to
  /// change, with every other part carried over as it was. A changed step is a new plan, so
  /// how sure the person is belongs to the old one unless asked again; the old step is kept
  /// in the record (`earlierSteps`), never shown as the plan.
  func change(_ goal: inout Plan.Goal, with mine: [PlanBuilder.Entry]) {
    let parts = PlanBuilder.GoalParts(mine, builder: builder)
    if let text = parts.text {
      goal.text = text
      goal.domains = builder.domains(of: text)
    }
    guard let step = Self.changedStep(goal.ownStep, by: mine, builder: builder) else { return }
    if let old = goal.ownStep { goal.earlierSteps = (goal.earlierSteps ?? []) + [old] }
    goal.actions = [step] + goal.professionalActions
    goal.confidence = parts.confidence
    goal.confidenceWords = parts.confidenceWords
    goal.confidenceNote = parts.confidenceNote
  }

  /// The person's step with the parts given in `mine` in place of its own; nil when no part
  /// was given, or there is still nothing to do.
  static func changedStep(
    _ old: Plan.Action?, by mine: [PlanBuilder.Entry], builder: PlanBuilder
  ) -> Plan.Action? {
    func given(_ field: PlanField) -> PlanBuilder.Entry? { mine.last { $0.field == field } }
    let fields: [PlanField] = [
      .actionWhat, .actionHowMuch, .actionWhen, .actionWhere, .actionHowOften, .actionStartDate,
    ]
    guard fields.contains(where: { given($0) != nil }) else { return nil }
    var step = old ?? Plan.Action(what: "")
    step.by = nil
    if let what = given(.actionWhat) { step.what = what.text }
    // A changed part whose old words stood inside what the person will do ("do my knee
    // exercises for 5 minutes") is changed there too, so the step never says both.
    let partsInWhat: [(PlanField, WritableKeyPath<Plan.Action, String?>)] = [
      (.actionHowMuch, \.howMuch), (.actionWhen, \.when), (.actionWhere, \.where),
      (.actionHowOften, \.howOften),
    ]
    for (field, path) in partsInWhat {
      guard let new = given(field) else { continue }
      if given(.actionWhat) == nil {
        if let old = step[keyPath: path],
          let replaced = StepSentence.replacingPart(in: step.what, old: old, new: new.text)
        {
          step.what = replaced
        } else if field == .actionHowMuch, step.howMuch == nil,
          let replaced = StepSentence.replacingAmount(in: step.what, with: new.text)
        {
          // The amount was said inside what, with no how much of its own: it stays there.
          step.what = replaced
          continue
        }
      }
      step[keyPath: path] = new.text
    }
    if let start = given(.actionStartDate).flatMap(builder.isoDay) { step.startDate = start }
    // "same, she is on rehab tuesdays": a part kept as it was, with words worth keeping.
    let notes = fields.compactMap { given($0) }.compactMap(PlanBuilder.GoalParts.noteBeyond)
    if !notes.isEmpty { step.note = notes.joined(separator: "; ") }
    return step.what.isEmpty ? nil : step
  }
}
