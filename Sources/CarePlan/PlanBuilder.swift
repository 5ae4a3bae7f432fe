import Dialogue
import Foundation

/// Builds a plan from a conversation's answers, following the script's plan mapping.
///
/// It never asks anything and never invents words: every item is the person's own answer, and
/// records which answers it came from. The life areas (domains) of each item are what the
/// lexicon finds in those words. A question to ask that names a glossary term also records
/// the plain answer the person was shown (`answeredHere`), looked up again here from the same
/// glossary, so the plan stays a pure function of the conversation and the Prompts/ files.
public struct PlanBuilder: Sendable {
  public let script: Script
  public let concepts: ConceptMatcher
  public let glossary: Glossary

  /// What the plan says about itself, which the conversation does not know.
  public struct Metadata: Sendable {
    public var planID: String
    public var sessionID: String?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date
    public var mode: String?
    public var clientRef: String?
    public var notes: [Plan.Note]

    public init(
      planID: String, sessionID: String? = nil, version: Int = 1, createdAt: Date,
      updatedAt: Date, mode: String? = nil, clientRef: String? = nil, notes: [Plan.Note] = []
    ) {
      self.planID = planID
      self.sessionID = sessionID
      self.version = version
      self.createdAt = createdAt
      self.updatedAt = updatedAt
      self.mode = mode
      self.clientRef = clientRef
      self.notes = notes
    }
  }

  public init(script: Script, concepts: ConceptMatcher, glossary: Glossary = .empty) {
    self.script = script
    self.concepts = concepts
    self.glossary = glossary
  }

  /// One piece of text bound for a plan field, with where it came from.
  struct Entry {
    var field: PlanField
    var round: Int
    var text: String
    var value: AnswerValue?
    var source: String
    /// For a scale answered in words, the words picked.
    var inWords: String? = nil
    /// The words said after a number, yes or no, or choice ("7, unless it's cold"), kept
    /// beside it (`SaidWithAnAnswer.note`).
    var note: String? = nil
    /// Where the answer stands in the order answers were given (a changed answer counts as
    /// given when it was changed); what rules added comes after every answer.
    var given = Int.max
  }

  public func build(from state: ConversationState, metadata: Metadata) -> Plan {
    let entries = self.entries(from: state)
    func statements(_ field: PlanField) -> [Plan.Statement] {
      entries.filter { $0.field == field }.map {
        Plan.Statement(text: $0.text, domains: domains(of: $0.text), from: [$0.source])
      }
    }
    func texts(_ field: PlanField) -> [String] {
      entries.filter { $0.field == field }.map(\.text)
    }

    let conditions = conditions(from: texts(.conditions))
    var plan = Plan(
      planId: metadata.planID, sessionId: metadata.sessionID, version: metadata.version,
      createdAt: metadata.createdAt, updatedAt: metadata.updatedAt,
      status: state.finished ? .complete : .inProgress, mode: metadata.mode,
      language: script.language,
      script: Plan.ScriptReference(id: script.id, version: script.version),
      person: Plan.Person(
        preferredName: texts(.preferredName).last, clientRef: metadata.clientRef,
        // "her son Imran, Dev twice a week, and her neighbour": each person one item, as the
        // conversation said them back.
        support: texts(.supportNetwork).flatMap(WhoHelps.items)),
      conditions: conditions.conditions, whatMatters: statements(.whatMatters),
      priorities: priorities(from: entries), informationNeeds: informationNeeds(from: entries),
      goals: goals(from: entries),
      reviewDate: entries.last { $0.field == .reviewDate }.flatMap(isoDay),
      safety: safetyRecords(state),
      notes: metadata.notes,
      life: Plan.Life(
        goodDay: statements(.goodDay), hardDay: statements(.hardDay),
        careThatHelps: statements(.helpfulCare), careThatIsHard: statements(.burdensomeCare)))
    if !conditions.ownWords.isEmpty { plan.conditionWords = conditions.ownWords }
    namingTheWorker(&plan, entries: entries)
    return plan
  }

  func safetyRecords(_ state: ConversationState) -> [Plan.SafetyRecord] {
    state.safetyFlags.map { flag in
      Plan.SafetyRecord(
        category: flag.category, signposting: flag.signposting, at: flag.at,
        withdrawn: flag.withdrawn.map {
          Plan.SafetyRecord.Withdrawal(
            at: $0.at, by: $0.by == .worker ? .worker : .person, reason: $0.reason)
        })
    }
  }

  /// The agenda: the one thing first, then the rest in the order the person gave them, each
  /// item once however many times it was said (`sameAgendaItem`).
  func priorities(from entries: [Entry]) -> [Plan.Priority] {
    var priorities: [Plan.Priority] = []
    // "Not a question exactly, but ..." among the questions is something to tell: it goes on
    // the list of things to talk about, not the questions to ask.
    let talking = entries.filter {
      $0.field == .oneThing || $0.field == .priorities
        || ($0.field == .informationNeeds && Self.isNotAQuestion($0.text))
    }
    for entry in talking {
      let isOneThing = entry.field == .oneThing
      if let index = priorities.firstIndex(where: { sameAgendaItem($0.text, entry.text) }) {
        let text = Self.fuller(priorities[index].text, entry.text)
        priorities[index].text = text
        priorities[index].domains = domains(of: text)
        priorities[index].oneThing = priorities[index].oneThing || isOneThing
        if !priorities[index].from.contains(entry.source) {
          priorities[index].from.append(entry.source)
        }
        continue
      }
      priorities.append(
        Plan.Priority(
          rank: 0, text: entry.text, domains: domains(of: entry.text), oneThing: isOneThing,
          from: [entry.source]))
    }
    // The one thing comes first; the rest keep the order the person gave.
    priorities = priorities.filter(\.oneThing) + priorities.filter { !$0.oneThing }
    for index in priorities.indices { priorities[index].rank = index + 1 }
    return priorities
  }

  func informationNeeds(from entries: [Entry]) -> [Plan.InformationNeed] {
    var needs: [Plan.InformationNeed] = []
    let asked = entries.filter { $0.field == .informationNeeds && !Self.isNotAQuestion($0.text) }
    for entry in asked {
      if needs.contains(where: { same($0.question, entry.text) }) { continue }
      needs.append(
        Plan.InformationNeed(
          question: entry.text, domains: questionDomains(of: entry.text),
          answeredHere: glossary.explanation(for: entry.text),
          from: [entry.source]))
    }
    return foldingBareQuestions(needs)
  }

  /// Every given answer with a plan field, in script order, plus what rules added.
  func entries(from state: ConversationState) -> [Entry] {
    var result: [Entry] = []
    let rounds = Set(state.answers.keys.map(\.round)).sorted()
    for round in rounds {
      for question in script.questions {
        guard let field = question.plan,
          let answer = state.answers[AnswerKey(question.id, round: round)],
          answer.value.isGiven
        else { continue }
        let key = AnswerKey(question.id, round: round)
        let given = state.answerOrder.firstIndex(of: key) ?? Int.max
        for text in items(of: answer.value, question: question) {
          result.append(
            Entry(
              field: field, round: round, text: text, value: answer.value,
              source: key.description, inWords: answer.inWords,
              note: SaidWithAnAnswer.note(of: answer, question: question), given: given))
        }
      }
    }
    for addition in state.planAdditions {
      result.append(
        Entry(
          field: addition.field, round: 0, text: addition.text, value: nil,
          source: "rule:\(addition.rule)"))
    }
    return result
  }

  /// The separate pieces of text an answer gives: one per list item or choice.
  func items(of value: AnswerValue, question: Question) -> [String] {
    switch value {
    case .text(let text): return text.isEmpty ? [] : [text]
    case .list(let items): return items
    case .choice(let id): return [choiceText(id, question)]
    case .choices(let ids): return ids.map { choiceText($0, question) }
    case .number(let number): return [Display.number(number)]
    case .date(let day): return [Display.day(day)]
    case .yesNo(let yes): return [yes ? "yes" : "no"]
    case .skipped: return []
    }
  }

  func choiceText(_ id: String, _ question: Question) -> String {
    question.choices.first { $0.id == id }?.text ?? id
  }

  /// The fields that belong to the goal of their round.
  static let goalFields: Set<PlanField> = [
    .goalText, .goalMeasure, .actionWhat, .actionHowMuch, .actionWhen, .actionWhere,
    .actionHowOften, .actionStartDate, .goalConfidence, .goalBarriers, .goalSolutions,
    .goalSupport, .goalReviewDate, .progressRating, .progressText, .goalDecision, .keepStep,
    .keepMeasure, .barriersHold,
  ]

  /// The entries of each round that feed a goal, by round.
  func goalEntries(_ entries: [Entry]) -> [(round: Int, entries: [Entry])] {
    let mine = entries.filter { Self.goalFields.contains($0.field) }
    return Set(mine.map(\.round)).sorted().map { round in
      (round, mine.filter { $0.round == round })
    }
  }

  func goals(from entries: [Entry]) -> [Plan.Goal] {
    var goals: [Plan.Goal] = []
    for (_, mine) in goalEntries(entries) {
      let parts = GoalParts(mine, builder: self)
      guard let text = parts.text ?? parts.actions.first?.what else { continue }
      goals.append(
        Plan.Goal(
          id: "goal-\(goals.count + 1)", text: text, domains: domains(of: text),
          measure: parts.measure, actions: parts.actions, confidence: parts.confidence,
          barriers: parts.barriers, solutions: parts.solutions, support: parts.support,
          reviewDate: parts.reviewDate, status: .active, progress: [], from: parts.sources,
          earlierSteps: parts.earlierSteps.isEmpty ? nil : parts.earlierSteps,
          confidenceWords: parts.confidenceWords, confidenceNote: parts.confidenceNote,
          textNote: parts.textNote))
    }
    return goals
  }

  /// What one round's answers say about its goal.
  ///
  /// Where two answers feed one field (a smaller step, a second confidence score), the later one
  /// in the conversation is the one that stands.
  struct GoalParts {
    var text: String?
    /// What was said with a goal picked by number ("only to the gate to start").
    var textNote: String?
    var measure: String?
    var actions: [Plan.Action] = []
    /// Steps a later answer replaced (a smaller step), kept for the record.
    var earlierSteps: [Plan.Action] = []
    var confidence: Int?
    /// The words the confidence was given in, when it was picked in words.
    var confidenceWords: String?
    /// What was said after the confidence's number ("unless it's cold").
    var confidenceNote: String?
    var barriers: [String]
    var solutions: [String]
    var support: [String]
    var reviewDate: String?
    var rating: Int?
    var progressText: String?
    /// What was said after the score of how it went ("6. the cold weeks were hard").
    var progressNote: String?
    /// keep, change, drop or achieved, in a review.
    var decision: String?
    /// In a review: whether the old step carries over, when that was asked.
    var keepStep: Bool?
    /// In a review: keep, change or drop for a changed goal's old measure, when that was asked.
    var keepMeasure: String?
    /// In a review: whether what might get in the way still holds, when that was asked.
    var barriersHold: Bool?
    /// What was said with that yes or no ("yes, but only mornings").
    var barriersNote: String?
    var sources: [String]

    init(_ mine: [Entry], builder: PlanBuilder) {
      func last(_ field: PlanField) -> Entry? { mine.last { $0.field == field } }
      func all(_ field: PlanField) -> [String] { mine.filter { $0.field == field }.map(\.text) }
      func score(_ field: PlanField) -> Int? {
        guard case .number(let value)? = last(field)?.value else { return nil }
        return max(0, min(10, Int(value.rounded())))
      }
      text = last(.goalText).map { PlanBuilder.goalWithoutLeadIn($0.text) }
      textNote = last(.goalText)?.note
      measure = last(.goalMeasure)?.text
      (actions, earlierSteps) = Self.steps(mine, builder: builder)
      confidence = score(.goalConfidence)
      confidenceWords = last(.goalConfidence)?.inWords
      confidenceNote = last(.goalConfidence)?.note
      barriers = all(.goalBarriers)
      solutions = all(.goalSolutions)
      support = all(.goalSupport)
      reviewDate = last(.goalReviewDate).flatMap(builder.isoDay)
      rating = score(.progressRating)
      progressText = last(.progressText)?.text
      progressNote = last(.progressRating)?.note
      if case .choice(let id)? = last(.goalDecision)?.value { decision = id }
      if case .choice(let id)? = last(.keepStep)?.value { keepStep = id == "same" }
      if case .choice(let id)? = last(.keepMeasure)?.value { keepMeasure = id }
      if case .yesNo(let yes)? = last(.barriersHold)?.value { barriersHold = yes }
      barriersNote = last(.barriersHold)?.note
      sources = mine.map(\.source).reduce(into: [String]()) {
        if !$0.contains($1) { $0.append($1) }
      }
    }
  }

  func isoDay(_ entry: Entry) -> String? {
    if case .date(let day)? = entry.value { return day.iso }
    return nil
  }

  /// The lexicon concepts found in the words, as plan domains (ids the contract allows).
  func domains(of text: String) -> [String] {
    var seen: [String] = []
    for hit in concepts.analyse(text).concepts where Identifier.isValid(hit.id) {
      if !hit.id.contains("_") && !seen.contains(hit.id) { seen.append(hit.id) }
    }
    return seen
  }

  func same(_ a: String, _ b: String) -> Bool {
    a.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
      == b.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
  }
}
