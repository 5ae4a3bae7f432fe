import Foundation

/// One person's plan, shaped exactly as the plan contract (contracts/plan.schema.json) says.
///
/// Records are plain Codable structs so that the JSON export is this type encoded, and nothing
/// else: the contract and the code cannot drift apart. Properties beyond the contract (allowed
/// by it) carry what the person said about their life and care, and where each item came from.
public struct Plan: Codable, Hashable, Sendable {
  public enum Status: String, Codable, Sendable {
    case inProgress = "in-progress"
    case complete
  }

  public struct ScriptReference: Codable, Hashable, Sendable {
    public var id: String
    public var version: String
  }

  public struct Person: Codable, Hashable, Sendable {
    public var preferredName: String?
    public var clientRef: String?
    /// Who helps day to day, in the person's words.
    public var support: [String]

    enum CodingKeys: String, CodingKey { case preferredName, clientRef, support }

    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      // The contract allows null here, and a present null says "asked, not given".
      try container.encode(preferredName, forKey: .preferredName)
      try container.encode(clientRef, forKey: .clientRef)
      try container.encode(support, forKey: .support)
    }
  }

  /// Something the person said, with the life areas it touches and the answers it came from.
  public struct Statement: Codable, Hashable, Sendable {
    public var text: String
    public var domains: [String]
    /// Answer keys such as `what_matters` or `goal#2`, so "why is this in my plan?" has an answer.
    public var from: [String]
  }

  public struct Priority: Codable, Hashable, Sendable {
    public var rank: Int
    public var text: String
    public var domains: [String]
    /// The one thing the person most wants the appointment to focus on.
    public var oneThing: Bool
    public var from: [String]
  }

  public struct InformationNeed: Codable, Hashable, Sendable {
    public var question: String
    public var domains: [String]
    public var answeredHere: String?
    public var from: [String]
    /// The answer given at an appointment, in the person's own words; nil while it is open.
    public var answer: String?
    /// What was said when the question was kept open at an appointment ("not yet - the nurse
    /// will ring her Monday"): why, or what happens next. Nil when only "no" was said, and
    /// left out of the contract's JSON then.
    public var stillOpen: String? = nil

    enum CodingKeys: String, CodingKey {
      case question, domains, answeredHere, from, answer, stillOpen
    }

    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(question, forKey: .question)
      try container.encode(domains, forKey: .domains)
      try container.encode(answeredHere, forKey: .answeredHere)
      try container.encode(from, forKey: .from)
      try container.encodeIfPresent(answer, forKey: .answer)
      try container.encodeIfPresent(stillOpen, forKey: .stillOpen)
    }
  }

  public struct Action: Codable, Hashable, Sendable {
    public var what: String
    public var howMuch: String?
    public var when: String?
    public var `where`: String?
    public var howOften: String?
    /// ISO 8601 date, `YYYY-MM-DD`.
    public var startDate: String?
    /// Who does it: nil for the person; the professional, as agreed, for an action of theirs.
    public var by: String?
    /// Set when a review was told a professional's action has been done: it stays in the
    /// plan, shown as done, rather than vanishing. Nil, and left out, while it is still to do.
    public var done: Bool? = nil
    /// What the person said with it being done ("first session on the 20th"); nil when they
    /// said no more than yes.
    public var doneWords: String? = nil
    /// What was said about it beyond its outcome while it is still to do ("not yet - Jo will
    /// ring me on Monday"). Beyond the contract, which allows it; nil, and left out, otherwise.
    public var note: String? = nil
    /// ISO 8601 date, `YYYY-MM-DD`: the day a professional's action is due by, when it was
    /// said with a time ("by next week", "in 6 weeks"). Beyond the contract's required fields;
    /// nil, and left out, otherwise.
    public var due: String? = nil

    enum CodingKeys: String, CodingKey {
      case what, howMuch, when, `where`, howOften, startDate, by, done, doneWords, note, due
    }

    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(what, forKey: .what)
      try container.encode(howMuch, forKey: .howMuch)
      try container.encode(when, forKey: .when)
      try container.encode(`where`, forKey: .where)
      try container.encode(howOften, forKey: .howOften)
      try container.encode(startDate, forKey: .startDate)
      try container.encodeIfPresent(by, forKey: .by)
      try container.encodeIfPresent(done, forKey: .done)
      try container.encodeIfPresent(doneWords, forKey: .doneWords)
      try container.encodeIfPresent(note, forKey: .note)
      try container.encodeIfPresent(due, forKey: .due)
    }
  }

  public struct Progress: Codable, Hashable, Sendable {
    public var at: Date
    public var rating: Int?
    public var text: String?
  }

  public struct Goal: Codable, Hashable, Sendable {
    public enum Status: String, Codable, Sendable { case active, achieved, changed, dropped }
    public var id: String
    public var text: String
    public var domains: [String]
    /// How the person will know it has worked.
    public var measure: String?
    public var actions: [Action]
    public var confidence: Int?
    public var barriers: [String]
    public var solutions: [String]
    public var support: [String]
    public var reviewDate: String?
    public var status: Status
    public var progress: [Progress]
    public var from: [String]
    /// Steps the person replaced in the same conversation (a smaller step), as they were:
    /// kept for the record, never shown as the plan. Beyond the contract, which allows it;
    /// nil, and left out, when no step was replaced.
    public var earlierSteps: [Action]? = nil
    /// The confidence as the person said it in words ("a bit sure"), when they picked words
    /// in the easier way; `confidence` is then the point those words stand for. Nil, and left
    /// out, otherwise.
    public var confidenceWords: String? = nil
    /// What the person said after the number ("7, unless it's cold"), in their words. Beyond
    /// the contract, which allows it; nil, and left out, when they said the number alone.
    public var confidenceNote: String? = nil
    /// What the person said with their yes to what gets in the way still holding ("yes, but
    /// only mornings"). Beyond the contract, which allows it; nil, and left out, otherwise.
    public var barriersNote: String? = nil
    /// What the person said with a goal picked by number ("1 but only to the gate to start"),
    /// in their words, shown with the goal. Beyond the contract, which allows it; nil, and
    /// left out, when the goal was picked or typed alone.
    public var textNote: String? = nil

    enum CodingKeys: String, CodingKey {
      case id, text, domains, measure, actions, confidence, barriers, solutions, support
      case reviewDate, status, progress, from, earlierSteps, confidenceWords, confidenceNote
      case barriersNote, textNote
    }

    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(text, forKey: .text)
      try container.encode(domains, forKey: .domains)
      try container.encodeIfPresent(measure, forKey: .measure)
      try container.encode(actions, forKey: .actions)
      try container.encode(confidence, forKey: .confidence)
      try container.encode(barriers, forKey: .barriers)
      try container.encode(solutions, forKey: .solutions)
      try container.encode(support, forKey: .support)
      try container.encode(reviewDate, forKey: .reviewDate)
      try container.encode(status, forKey: .status)
      try container.encode(progress, forKey: .progress)
      try container.encode(from, forKey: .from)
      try container.encodeIfPresent(earlierSteps, forKey: .earlierSteps)
      try container.encodeIfPresent(confidenceWords, forKey: .confidenceWords)
      try container.encodeIfPresent(confidenceNote, forKey: .confidenceNote)
      try container.encodeIfPresent(barriersNote, forKey: .barriersNote)
      try container.encodeIfPresent(textNote, forKey: .textNote)
    }
  }

  /// Each time the safety net showed urgent-help signposting. A notice marked as a
  /// misunderstanding stays, with `withdrawn` set: the record keeps both, and the plan's views
  /// leave it out (`standing`).
  public struct SafetyRecord: Codable, Hashable, Sendable {
    public var category: String
    public var signposting: String
    public var at: Date
    public var withdrawn: Withdrawal?

    public init(category: String, signposting: String, at: Date, withdrawn: Withdrawal? = nil) {
      self.category = category
      self.signposting = signposting
      self.at = at
      self.withdrawn = withdrawn
    }

    /// Who marked a notice as a misunderstanding, when, and why.
    public struct Withdrawal: Codable, Hashable, Sendable {
      public enum By: String, Codable, Sendable {
        case person
        case worker
      }

      public var at: Date
      public var by: By
      public var reason: String?

      public init(at: Date, by: By, reason: String?) {
        self.at = at
        self.by = by
        self.reason = reason
      }
    }
  }

  /// The safety notices that stand: those nobody has marked as a misunderstanding.
  public var standingSafety: [SafetyRecord] { safety.filter { $0.withdrawn == nil } }

  /// A worker's note. It is the worker's: it is on the person's own copy of the plan only when
  /// the worker shared it, and the worker's copy has every note.
  public struct Note: Codable, Hashable, Sendable {
    public var text: String
    public var at: Date
    /// Who wrote it, such as "worker": never the person, whose words are elsewhere.
    public var author: String?
    /// Whether it is on the person's own copy. A version saved before notes could be shared
    /// has no such field, and its notes read back as not shared.
    public var shared: Bool

    public init(text: String, at: Date, author: String?, shared: Bool = false) {
      self.text = text
      self.at = at
      self.author = author
      self.shared = shared
    }

    enum CodingKeys: String, CodingKey {
      case text, at, author, shared
    }

    public init(from decoder: Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      text = try container.decode(String.self, forKey: .text)
      at = try container.decode(Date.self, forKey: .at)
      author = try container.decodeIfPresent(String.self, forKey: .author)
      shared = try container.decodeIfPresent(Bool.self, forKey: .shared) ?? false
    }
  }

  /// News about the person's care or tests since an earlier version ("my dose was put up in
  /// December"), in their words, with when they said it. The contract has no field for it: it
  /// is context for their questions and for the clinician, not something that matters in their
  /// life, so it is kept apart from `whatMatters`.
  public struct News: Codable, Hashable, Sendable {
    public var text: String
    public var domains: [String]
    public var at: Date
    public var from: [String]
  }

  /// How the person's life is going, and their care, in their words.
  public struct Life: Codable, Hashable, Sendable {
    public var goodDay: [Statement]
    public var hardDay: [Statement]
    public var careThatHelps: [Statement]
    public var careThatIsHard: [Statement]
  }

  public var schemaVersion = 1
  public var planId: String
  public var sessionId: String?
  public var version: Int
  public var createdAt: Date
  public var updatedAt: Date
  public var status: Status
  public var mode: String?
  public var language: String?
  public var script: ScriptReference
  public var person: Person
  public var conditions: [String]
  public var whatMatters: [Statement]
  public var priorities: [Priority]
  public var informationNeeds: [InformationNeed]
  public var goals: [Goal]
  public var reviewDate: String?
  public var safety: [SafetyRecord]
  public var notes: [Note]
  public var life: Life
  /// Set once the plan has been gone through and agreed with a professional.
  public var agreement: Agreement?
  /// News about care and tests given in reviews, oldest first; nil in a plan that has none.
  public var careNews: [News]?
  /// The agreements of earlier versions, oldest first, when a review has changed the plan
  /// since: the plan is the person's own again, and still says when it was last agreed, and
  /// with whom. Nil when it never was.
  public var earlierAgreements: [Agreement]? = nil
  /// What a professional agreed to do that belongs to no one goal ("write to the hospital
  /// about my scan by Friday"), each `by` them. Beyond the contract, which allows it; nil, and
  /// left out, when there is none.
  public var otherActions: [Action]? = nil
  /// What the person calls their conditions, said with them ("she calls it her weak heart"):
  /// their words, kept beside the conditions rather than listed as one. Nil, and left out,
  /// when none were said.
  public var conditionWords: [String]? = nil
  /// Who typed the plan with the person, in their own words ("Dev, support worker"), when a
  /// worker wrote of themselves as "me" and said who that is: the plan names them. Beyond the
  /// contract, which allows it; nil, and left out, otherwise.
  public var preparedBy: String? = nil

  enum CodingKeys: String, CodingKey {
    case schemaVersion, planId, sessionId, version, createdAt, updatedAt, status, mode, language
    case script, person, conditions, whatMatters, priorities, informationNeeds, goals
    case reviewDate, safety, notes, life, agreement, careNews, earlierAgreements, otherActions
    case conditionWords, preparedBy
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(planId, forKey: .planId)
    try container.encodeIfPresent(sessionId, forKey: .sessionId)
    try container.encode(version, forKey: .version)
    try container.encode(createdAt, forKey: .createdAt)
    try container.encode(updatedAt, forKey: .updatedAt)
    try container.encode(status, forKey: .status)
    try container.encodeIfPresent(mode, forKey: .mode)
    try container.encodeIfPresent(language, forKey: .language)
    try container.encode(script, forKey: .script)
    try container.encode(person, forKey: .person)
    try container.encode(conditions, forKey: .conditions)
    try container.encode(whatMatters, forKey: .whatMatters)
    try container.encode(priorities, forKey: .priorities)
    try container.encode(informationNeeds, forKey: .informationNeeds)
    try container.encode(goals, forKey: .goals)
    try container.encode(reviewDate, forKey: .reviewDate)
    try container.encode(safety, forKey: .safety)
    try container.encode(notes, forKey: .notes)
    try container.encode(life, forKey: .life)
    try container.encodeIfPresent(agreement, forKey: .agreement)
    try container.encodeIfPresent(careNews, forKey: .careNews)
    try container.encodeIfPresent(earlierAgreements, forKey: .earlierAgreements)
    try container.encodeIfPresent(conditionWords, forKey: .conditionWords)
    try container.encodeIfPresent(otherActions, forKey: .otherActions)
    try container.encodeIfPresent(preparedBy, forKey: .preparedBy)
  }
}

extension Plan {
  /// Whose copy of the plan: the person's has only the notes the worker shared; the worker's
  /// has every note, each marked shared or private.
  public enum Copy: Sendable {
    case person
    case worker
  }

  /// The plan as `copy` should have it.
  public func copy(for reader: Copy) -> Plan {
    guard reader == .person else { return self }
    var plan = self
    plan.notes = notes.filter(\.shared)
    return plan
  }

  /// Whether a support worker typed the answers with the person, rather than the person alone.
  public var preparedWithWorker: Bool { mode == "facilitator" }

  /// The heading over answers kept but not in the plan, in the plan's voice: the person's own
  /// ("Other things I said"), or none, when a worker typed it.
  public var alsoSaidHeading: String {
    preparedWithWorker
      ? PlanOutline.workerWording[PlanOutline.alsoSaidHeading] ?? PlanOutline.alsoSaidHeading
      : PlanOutline.alsoSaidHeading
  }
  /// Made at a waiting-room kiosk: one sitting, no saved versions, printed or left behind.
  public var madeAtKiosk: Bool { mode == "kiosk" }

  /// The plan shown for checking just before the end (a script's `show: plan`): it is the
  /// plan about to be finished, so it does not carry the "not finished yet" note of a plan
  /// saved part way through.
  public var readyToCheck: Plan {
    var plan = self
    plan.status = .complete
    return plan
  }
}
