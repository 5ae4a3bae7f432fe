import Foundation

/// A safety notice marked as a misunderstanding: by whom, when, and why.
public struct SafetyWithdrawal: Hashable, Sendable {
  public enum By: String, Hashable, Sendable {
    /// The person said it was not what they meant.
    case person
    /// The worker marked it, in facilitator mode, with a reason.
    case worker
  }

  public var by: By
  public var at: Date
  /// The worker's reason, or the person's own words.
  public var reason: String?

  public init(by: By, at: Date, reason: String?) {
    self.by = by
    self.at = at
    self.reason = reason
  }
}

/// A check question waiting for its answer: the line that raised it, read again when the
/// answer shows no concern, so nothing typed is lost.
struct SafetyCheck: Hashable, Sendable {
  var line: String
  /// The categories the line could mean, most serious first.
  var categories: [String]
  /// For each category, the stems of the words that raised it: the whole line, for the
  /// scored reader. Kept as answered when the answer is no (`ConversationState.answeredChecks`).
  var words: [String: Set<String>] = [:]
  /// Whether only the scored reader raised it, not a pattern or a concept: then its question
  /// is the general, gentle one.
  var byReader = false
  /// Whether it has been asked again in plainer words after a line that only moved on
  /// ("done", "ok"): a second such line is read as not sure, never as no.
  var askedPlainly = false

  init(line: String, matches: [SafetyMatch]) {
    self.line = line
    self.categories = matches.map(\.category.id)
    for match in matches {
      words[match.category.id, default: []].formUnion(
        match.matched.flatMap(SafetyReplies.contentStems))
    }
    self.byReader = !matches.isEmpty && matches.allSatisfy(\.byReader)
  }

  /// Whether `match` asks again what this check asked, in the same words or fewer: "no" was
  /// the answer to that once already.
  static func isAnswered(_ match: SafetyMatch, by answered: [String: Set<String>]) -> Bool {
    guard match.tier == .check, let earlier = answered[match.category.id] else { return false }
    let words = Set(match.matched.flatMap(SafetyReplies.contentStems))
    return !words.isEmpty && words.isSubset(of: earlier)
  }
}

/// The latest notice shown, remembered while the question it interrupted is still waiting.
struct ShownNotice: Hashable, Sendable {
  /// Where its flags are in `ConversationState.safetyFlags`.
  var flags: Range<Int>
  /// The line that set it off.
  var line: String
  /// For each category shown, the stems of the words that set it off.
  var words: [String: Set<String>]
  /// The question being asked when it was shown; nil after the end.
  var question: AnswerKey?

  /// Whether it still belongs to what is going on: the question it interrupted is still the
  /// one being asked.
  func isCurrent(in state: ConversationState) -> Bool {
    state.current == question
  }
}
