import Dialogue
import Foundation

extension Plan {
  /// That the plan was gone through and agreed with a professional (`carecoach agree`): the
  /// contract's `agreement`. A plan without one is the person's own draft.
  public struct Agreement: Codable, Hashable, Sendable {
    public enum Outcome: String, Codable, Sendable, CaseIterable {
      case agreed
      case agreedWithChanges = "agreed-with-changes"
      case notNow = "not-now"
    }

    /// What was agreed for one goal of the plan.
    public struct GoalOutcome: Codable, Hashable, Sendable {
      public var goalId: String
      public var outcome: Outcome
      /// The words said after the outcome ("we'll look again in March"), in the person's
      /// words: why, or what to do about it. Absent when only the outcome was said.
      public var note: String?

      public init(goalId: String, outcome: Outcome, note: String? = nil) {
        self.goalId = goalId
        self.outcome = outcome
        self.note = note
      }
    }

    public var agreedAt: Date
    public var with: Professional
    public var reviewDate: String?
    public var goals: [GoalOutcome]
    /// "worker" when a worker typed the agreement in, rather than the person with the
    /// professional beside them: the plan then says who recorded it, and when.
    public var recordedBy: String?
    /// True when the worker typed the agreement at the appointment, with the professional
    /// there: the plan then says it was recorded with them. Nil, and left out, otherwise. A
    /// worker agreeing in facilitator mode is writing down afterwards what was agreed, with
    /// or without `--on`, so new agreements leave it out; it is still read, and said, in
    /// plans saved when a worker's agreement with no day given was taken to be typed there.
    public var atTheAppointment: Bool? = nil

    public init(
      agreedAt: Date, with professional: Professional, reviewDate: String?,
      goals: [GoalOutcome], recordedBy: String? = nil, atTheAppointment: Bool? = nil
    ) {
      self.agreedAt = agreedAt
      self.with = professional
      self.reviewDate = reviewDate
      self.goals = goals
      self.recordedBy = recordedBy
      self.atTheAppointment = atTheAppointment
    }

    enum CodingKeys: String, CodingKey {
      case agreedAt, with, reviewDate, goals, recordedBy, atTheAppointment
    }

    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(agreedAt, forKey: .agreedAt)
      try container.encode(with, forKey: .with)
      try container.encode(reviewDate, forKey: .reviewDate)
      try container.encode(goals, forKey: .goals)
      try container.encodeIfPresent(recordedBy, forKey: .recordedBy)
      try container.encodeIfPresent(atTheAppointment, forKey: .atTheAppointment)
    }

    /// The outcome agreed for a goal, nil when the goal was not gone through.
    public func outcome(of goalID: String) -> Outcome? {
      goals.first { $0.goalId == goalID }?.outcome
    }

    /// The words said with a goal's outcome, nil when there were none.
    public func note(of goalID: String) -> String? {
      goals.first { $0.goalId == goalID }?.note
    }
  }

  /// The professional a plan is agreed with, as given: a name, and perhaps a role and an
  /// organisation ("Sam Patel, practice nurse, Riverside Surgery").
  public struct Professional: Codable, Hashable, Sendable {
    public var name: String
    public var role: String?
    public var organisation: String?

    public init(name: String, role: String? = nil, organisation: String? = nil) {
      self.name = name
      self.role = role
      self.organisation = organisation
    }

    enum CodingKeys: String, CodingKey { case name, role, organisation }

    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(name, forKey: .name)
      try container.encode(role, forKey: .role)
      try container.encode(organisation, forKey: .organisation)
    }

    /// "Sam Patel, practice nurse": the name and role, as an action's `by` and the plan's
    /// "Agreed with ..." line give them.
    public var nameAndRole: String {
      [name, role].compactMap { $0 }.joined(separator: ", ")
    }

    /// Why "NAME, ROLE" could not be read as a professional.
    public enum Problem: Error, Equatable, Sendable {
      case empty
      case noName
      case tooLong(limit: Int)
      case notOneLine
    }

    /// The longest "NAME, ROLE, ORGANISATION" taken: a name and a role fit with room to spare,
    /// and anything longer is a paste of something else.
    public static let longest = 150

    /// Reads "NAME", "NAME, ROLE" or "NAME, ROLE, ORGANISATION". Commas beyond the second stay
    /// in the organisation's name, and spaces around each part are taken off.
    public static func parse(_ text: String) throws(Problem) -> Professional {
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty { throw .empty }
      if trimmed.contains(where: { $0.isNewline || ($0.asciiValue.map { $0 < 0x20 } ?? false) }) {
        throw .notOneLine
      }
      if trimmed.count > longest { throw .tooLong(limit: longest) }
      let parts = trimmed.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
        .map { $0.trimmingCharacters(in: .whitespaces) }
      guard let name = parts.first, !name.isEmpty else { throw .noName }
      func part(_ index: Int) -> String? {
        guard parts.indices.contains(index), !parts[index].isEmpty else { return nil }
        return parts[index]
      }
      return Professional(name: name, role: part(1), organisation: part(2))
    }
  }
}

extension Plan.Goal {
  /// The person's own steps: an agreed plan also holds what the professional will do.
  public var ownSteps: [Plan.Action] { actions.filter { $0.by == nil } }

  /// The person's current step, which a review reads back and a new step replaces.
  public var ownStep: Plan.Action? { ownSteps.last }

  /// What the professional agreed to do for this goal: kept when the person's step changes.
  public var professionalActions: [Plan.Action] { actions.filter { $0.by != nil } }

  /// The professional's actions not yet said to be done: those a review asks about.
  public var professionalActionsToDo: [Plan.Action] {
    professionalActions.filter { $0.done != true }
  }
}

extension PlanChanges {
  /// That the plan was agreed, and with whom. What was agreed for each goal, and what the
  /// professional took on for it, go under that goal's one heading (`agreedGoalLines`): said
  /// here too, a goal whose step also changed was listed twice.
  static func agreementLines(from old: Plan, to new: Plan) -> [String] {
    guard let agreement = new.agreement, agreement != old.agreement else { return [] }
    return [PlanOutline.agreedWith(agreement)]
  }

  /// What the agreement said of `goal` ("agreed with changes: smaller steps"), as the plan
  /// shows it beside the goal; nil when the plan was not newly agreed.
  static func agreedOutcome(of goal: Plan.Goal, from old: Plan, to new: Plan) -> String? {
    guard let agreement = new.agreement, agreement != old.agreement else { return nil }
    return PlanOutline(plan: new).agreementNote(for: goal)
  }

  /// What the professional took on for `goal` since `before`, each said whole as theirs.
  static func newActionLines(of goal: Plan.Goal, before: Plan.Goal?, in new: Plan) -> [String] {
    let had = before?.professionalActions ?? []
    return goal.professionalActions.filter { !had.contains($0) }.map { action in
      AddressedWords.sentence(
        action.what, by: action.by ?? "",
        voice: new.preparedWithWorker ? .ofThePerson : .mine)
    }
  }
}
