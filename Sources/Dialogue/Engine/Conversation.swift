import Foundation

/// Which answer: a question, and the round of its section (0 unless the section repeats).
public struct AnswerKey: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  public var question: String
  public var round: Int

  public init(_ question: String, round: Int = 0) {
    self.question = question
    self.round = round
  }

  public var description: String { round == 0 ? question : "\(question)#\(round + 1)" }

  public static func < (lhs: AnswerKey, rhs: AnswerKey) -> Bool {
    (lhs.question, lhs.round) < (rhs.question, rhs.round)
  }
}

/// One accepted answer: what it was read as, and the person's own words.
public struct Answer: Hashable, Sendable {
  public var value: AnswerValue
  /// What the person typed (cleaned of control characters); for a list, every line joined.
  public var words: String
  /// Lexicon concepts found in the words, for conditions and for the plan's domains.
  public var concepts: Set<String>
  public var at: Date
  /// For a scale answered in words in the easier way: the words offered and picked ("a bit
  /// sure"); `value` holds the point they stand for.
  public var inWords: String?

  public init(
    value: AnswerValue, words: String, concepts: Set<String>, at: Date, inWords: String? = nil
  ) {
    self.value = value
    self.words = words
    self.concepts = concepts
    self.at = at
    self.inWords = inWords
  }
}

/// Everything that happens to a conversation. A session is an ordered list of these, and
/// replaying them through `Engine.step` rebuilds the same state and outputs, byte for byte.
public enum Event: Hashable, Sendable, Codable {
  case start(at: Date)
  case input(String, at: Date)
  /// The easier way switched on or off from outside the conversation, such as `--easy` at
  /// start or resume. What the person types ("make it simpler") is an input like any other.
  case easier(Bool, at: Date)

  public var at: Date {
    switch self {
    case .start(let at), .input(_, let at), .easier(_, let at): return at
    }
  }
}

/// A question as it should be put to the person now.
public struct Prompt: Hashable, Sendable {
  public var key: AnswerKey
  public var text: String
  public var kind: QuestionKind
  /// Choice texts, to show as a numbered list.
  public var choices: [String]
  /// A short note on how to answer ("Type a number from 0 to 10.").
  public var hint: String?

  public init(key: AnswerKey, text: String, kind: QuestionKind, choices: [String], hint: String?) {
    self.key = key
    self.text = text
    self.kind = kind
    self.choices = choices
    self.hint = hint
  }
}

/// What the engine asks the outside world to show or do.
public enum Output: Hashable, Sendable {
  /// Entering a section: "Part 3 of 12: What matters most".
  case progress(part: Int, of: Int, title: String)
  /// The assistant speaking.
  case say(String)
  case ask(Prompt)
  /// A clarification: an answer could not be read, or a command needs more.
  case notice(String)
  /// A list of lines under a title, such as "What you have said so far".
  case summary(title: String, items: [String])
  /// Show the whole plan here: at the end, or the plan so far where a statement says
  /// `show: plan`. The engine knows answers, not plans (the plan is built by CarePlan, a layer
  /// above), so the caller builds and shows it: the same plan, grouped by goal, that
  /// `carecoach show` prints.
  case plan
  /// A rule raised a flag with this category.
  case flag(category: String)
  /// The safety net found a situation that needs help now: show it set apart, before anything
  /// else in the same turn.
  case safety(SafetyNotice)
  /// Every question is done.
  case finished
  /// The person asked to stop; the conversation can be resumed.
  case stopped
}

/// Who reads the questions: the person themselves, a worker sitting with them, or a stranger
/// at a kiosk in a waiting room (who is asked the person's questions, and whose safety notices
/// also say to speak to reception, since there are staff close by).
public enum Audience: String, Sendable, Codable {
  case person
  case facilitator
  case kiosk
}

/// A safety notice that was shown, kept for the plan: which categories, the services shown,
/// and when; and, when it turned out to be a misunderstanding, who said so and when.
public struct SafetyFlag: Hashable, Sendable {
  public var category: String
  public var level: SafetyLevel
  public var signposting: String
  public var at: Date
  /// Set when the notice was taken back. The flag stays, so the record keeps both.
  public var withdrawn: SafetyWithdrawal?

  public init(
    category: String, level: SafetyLevel, signposting: String, at: Date,
    withdrawn: SafetyWithdrawal? = nil
  ) {
    self.category = category
    self.level = level
    self.signposting = signposting
    self.at = at
    self.withdrawn = withdrawn
  }
}

/// A flag raised by a rule, kept for the plan and the worker.
public struct RaisedFlag: Hashable, Sendable {
  public var category: String
  public var rule: String
  public var at: Date
}

/// Words a rule added to a plan field, outside any question.
public struct PlanAddition: Hashable, Sendable {
  public var field: PlanField
  public var text: String
  public var rule: String
  public var at: Date
}

/// The state of one conversation: a fold over its events. It holds no clock and no I/O, so the
/// same events always give the same state.
public struct ConversationState: Hashable, Sendable {
  public internal(set) var answers: [AnswerKey: Answer] = [:]
  /// The order answers were given in, for "back".
  public internal(set) var answerOrder: [AnswerKey] = []
  /// Answers no longer in use: a condition changed, or a question left the script. Kept, never
  /// thrown away, so nothing the person said is lost.
  public internal(set) var setAside: [AnswerKey: Answer] = [:]
  /// Statements already said.
  public internal(set) var said: Set<AnswerKey> = []
  /// The question being asked now; `moveCurrent(to:)` changes it.
  public private(set) var current: AnswerKey?
  public internal(set) var flags: [RaisedFlag] = []
  /// Every safety notice shown, one flag per category, for the plan's `safety` list.
  public internal(set) var safetyFlags: [SafetyFlag] = []
  /// The latest notice, while what it interrupted is still waiting: so the same words said
  /// again ask first, and "that's not what I meant" knows which notice it means.
  var lastNotice: ShownNotice?
  /// For each category, the stems of the words of the check questions answered "no" so far:
  /// the same words again (the same line, or the same answer given again after a change) are
  /// not asked about a second time in the conversation. Only a check question is let go this
  /// way; a clear statement always shows its notice.
  var answeredChecks: [String: Set<String>] = [:]
  public internal(set) var planAdditions: [PlanAddition] = []
  /// The glossary terms explained so far, so a word is explained once a conversation.
  var explainedTerms: Set<String> = []
  /// Whether questions are put the easier way, and the signs of finding it hard so far.
  public internal(set) var easier = EasierState()
  public internal(set) var startedAt: Date?
  public internal(set) var lastActivity: Date?
  /// The day of the latest event where the conversation is held, for `today` in conditions.
  public internal(set) var today: Day?

  /// Failed attempts at the current question, for tapered reprompts.
  var failures = 0
  /// Items gathered so far for the current list question.
  var listDraft: [String] = []
  var listWords: [String] = []
  /// The list as it stood before the last line took items off it, while nothing else has
  /// happened since: "no put them back i still got them" restores it.
  var listBeforeTakingOff: ListDraft?
  /// Items typed for list questions that were left before "done", by question.
  var unfinishedLists: [AnswerKey: ListDraft] = [:]
  /// A question to ask next, out of agenda order: after "change", "back" or a rule's jump.
  var focus: AnswerKey?
  /// What the next line is read as: an answer, a reply to "start again?", to "carry on, or
  /// stop?", or nothing at all once the conversation is over.
  var mode: Mode = .asking
  /// The section and round last announced, so progress is shown once per section.
  var announced: AnswerKey?
  /// List questions whose reply for what a line said ("I'm sorry. That sounds hard.") was
  /// given as that line was typed: at the close, nothing more is said.
  var answeredKindly: Set<AnswerKey> = []

  public init() {}

  /// Every question is done: what the person types now changes nothing.
  public var finished: Bool { mode == .finished }

  /// The answer taken out to be given again, shown back and restored if the person goes
  /// back; still out while a restart question or a safety notice waits for a reply.
  var changing: (key: AnswerKey, answer: Answer)? { mode.answerBeingChanged }

  /// Makes `key` the question asked now.
  ///
  /// Moving off a list question part-way keeps the items typed so far with the unfinished
  /// lists, and coming back to it (after back, change or a rule's jump) puts them back, so
  /// nothing the person typed is lost. This is the only way `current` changes, so no move can
  /// skip that step.
  mutating func moveCurrent(to key: AnswerKey?) {
    guard key != current else { return }
    if let current, !listDraft.isEmpty {
      unfinishedLists[current] = ListDraft(items: listDraft, words: listWords)
    }
    // A notice belongs to the question it interrupted: once that is answered or left, the
    // same words are a new statement, and "that's not what I meant" no longer points at it.
    lastNotice = nil
    listBeforeTakingOff = nil
    let restored = key.flatMap { unfinishedLists.removeValue(forKey: $0) ?? listBeingChanged($0) }
    listDraft = restored?.items ?? []
    listWords = restored?.words ?? []
    current = key
  }

  /// A list answer opened to be changed starts from its items, so a line typed there adds to
  /// them, "take off" works on them, and nothing goes unless the person says so.
  func listBeingChanged(_ key: AnswerKey) -> ListDraft? {
    guard let changing, changing.key == key, case .list(let items) = changing.answer.value,
      !items.isEmpty
    else { return nil }
    let words = changing.answer.words.split(separator: "\n").map(String.init)
    return ListDraft(items: items, words: words)
  }

  /// Whether the list being gathered is still, item for item, the answer opened to be
  /// changed: nothing has been added or taken off yet.
  var listUnchangedSinceOpened: Bool {
    guard let changing else { return false }
    guard changing.key == current, case .list(let items) = changing.answer.value, !items.isEmpty
    else { return listDraft.isEmpty }
    return listDraft == items
  }

  /// Every list with items typed but not finished yet, the one being asked now included.
  var listsSoFar: [AnswerKey: ListDraft] {
    var lists = unfinishedLists
    if let current, !listDraft.isEmpty {
      lists[current] = ListDraft(items: listDraft, words: listWords)
    }
    return lists
  }

  /// Answers given, in the order they were given.
  public var orderedAnswers: [(key: AnswerKey, answer: Answer)] {
    answerOrder.compactMap { key in answers[key].map { (key, $0) } }
  }
}

/// The items of a list question typed so far, and the lines they were typed in.
struct ListDraft: Hashable, Sendable {
  var items: [String]
  var words: [String]
}
