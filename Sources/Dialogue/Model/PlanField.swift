/// The places in a plan that a script may send an answer to.
///
/// The names follow the plan contract (contracts/plan.schema.json) so a script author can read
/// one beside the other. `goal.*` fields belong to the goal of the current round of a repeating
/// section, so a script with up to three goals maps each round to its own goal.
public enum PlanField: String, Sendable, CaseIterable, Hashable {
  case preferredName = "person.preferredName"
  case conditions
  case supportNetwork = "person.support"
  case whatMatters
  case goodDay = "life.goodDay"
  case hardDay = "life.hardDay"
  case helpfulCare = "care.helps"
  case burdensomeCare = "care.hard"
  case oneThing
  case priorities
  case informationNeeds
  case goalText = "goal.text"
  case goalMeasure = "goal.measure"
  case actionWhat = "goal.action.what"
  case actionHowMuch = "goal.action.howMuch"
  case actionWhen = "goal.action.when"
  case actionWhere = "goal.action.where"
  case actionHowOften = "goal.action.howOften"
  case actionStartDate = "goal.action.startDate"
  case goalConfidence = "goal.confidence"
  case goalBarriers = "goal.barriers"
  case goalSolutions = "goal.solutions"
  case goalSupport = "goal.support"
  case goalReviewDate = "goal.reviewDate"
  case reviewDate
  /// In a review: how the goal of this round went, from 0 to 10.
  case progressRating = "goal.progress.rating"
  /// In a review: how it went, in the person's words.
  case progressText = "goal.progress.text"
  /// In a review: keep, change, drop, or achieved (the ids of the question's choices).
  case goalDecision = "goal.status"
  /// In an agreement: agreed, agreed with changes, or not now (the ids of the question's
  /// choices, as the plan contract spells the outcome).
  case goalAgreement = "goal.agreement"
  /// In an agreement: what the professional will do for this goal, each an action of their own.
  case professionalActions = "goal.professionalActions"
  /// In an agreement: what the professional will do that belongs to no one goal, asked once
  /// after the goals; each an action of their own.
  case otherProfessionalActions = "professionalActions"
  /// In a review: whether the goal's step carries over as it was (same), or a new one is asked
  /// (new).
  case keepStep = "goal.keepStep"
  /// In a review: whether a changed goal keeps the old goal's measure (keep), gets new words
  /// (change, given to `goal.measure`), or has it taken off (drop). The old words may not fit
  /// the new goal, so they are never carried over unasked.
  case keepMeasure = "goal.keepMeasure"
  /// In a review: whether what might get in the way, and what could help, still hold.
  case barriersHold = "goal.barriersHold"
  /// In a review: what became of a question asked last time (answered, open or drop).
  case questionOutcome = "question.outcome"
  /// In a review or an agreement: the answer to the question of this round, as the person
  /// puts it.
  case questionAnswer = "question.answer"
  /// News about the person's care or tests since last time ("my dose was put up"): context
  /// for their questions and for the clinician, kept apart from what matters in their life.
  case careNews = "careNews"
  /// In a review or an agreement: whether the day the plan already gives to check in is kept
  /// (keep) or a new one is asked for (new). A day kept from a goal's check-in becomes the
  /// plan's next review, so the plan shows one.
  case reviewDayKept = "reviewDateKept"
  /// In a worker's session: who "me" is when the worker writes of themselves ("Dev, support
  /// worker"), so the plan names them rather than reading as if the person said it.
  case worker = "preparedBy"

  /// The choice ids a `goal.status` question must use: what the person decides for the goal.
  public static let goalDecisions = ["keep", "change_step", "change", "drop", "achieved"]

  /// The choice ids a `goal.agreement` question must use: the outcomes of the plan contract.
  public static let goalAgreements = ["agreed", "agreed-with-changes", "not-now"]

  /// The choice ids a `goal.keepStep` question must use.
  public static let stepChoices = ["same", "new"]

  /// The choice ids a `goal.keepMeasure` question must use.
  public static let measureChoices = ["keep", "change", "drop"]

  /// The choice ids a `question.outcome` question must use.
  public static let questionOutcomes = ["answered", "open", "drop"]

  /// The choice ids a `reviewDateKept` question must use.
  public static let reviewDayChoices = ["keep", "new"]

  /// The background list a field's question must repeat over, for the fields that are about
  /// an item the program already knows (a goal being reviewed or agreed, a question to answer).
  public var list: String? {
    switch self {
    case .progressRating, .progressText, .goalDecision, .goalAgreement, .professionalActions,
      .keepStep, .keepMeasure, .barriersHold:
      return "goals"
    case .questionOutcome, .questionAnswer: return "questions"
    default: return nil
    }
  }

  /// The question kinds whose answers fit this field; others are reported when a script loads.
  public var acceptedKinds: Set<QuestionKind> {
    switch self {
    case .goalConfidence, .progressRating: return [.scale, .number]
    case .progressText, .questionAnswer: return [.text]
    case .goalDecision, .goalAgreement, .questionOutcome, .keepStep, .keepMeasure,
      .reviewDayKept:
      return [.choice]
    case .barriersHold: return [.yesNo]
    case .actionStartDate, .goalReviewDate, .reviewDate: return [.date]
    case .actionWhen: return [.text, .date, .choice]
    default: return [.text, .list, .choice, .multi]
    }
  }
}
