/// What a person is doing with a line, read before its content: only an `answer` goes on to be
/// read as the answer to the question.
public enum DialogueAct: String, CaseIterable, Sendable {
  /// Giving an answer: what the line says is read for its content.
  case answer
  /// Asking about the question ("wat do u mean", "huh?", "explain"). Never stored, never counted
  /// as a try at the answer.
  case clarify
  /// Putting right the answer just given ("no, I meant my knees", "not Tuesday, Wednesday").
  case correct
  /// Asking to change an earlier answer from anywhere in a line ("can I go back to my goal").
  case change
  /// "dunno", "no idea".
  case dontKnow = "dont-know"
  /// "skip", "next question".
  case skip
  /// "rather not say", "that's private".
  case ratherNotSay = "rather-not-say"

  /// The act that records a skipped answer of this kind, if it is one.
  public var skipReason: SkipReason? {
    switch self {
    case .dontKnow: return .dontKnow
    case .skip: return .skipped
    case .ratherNotSay: return .ratherNotSay
    case .answer, .clarify, .correct, .change: return nil
    }
  }

  init(_ reason: SkipReason) {
    switch reason {
    case .dontKnow: self = .dontKnow
    case .skipped: self = .skip
    case .ratherNotSay: self = .ratherNotSay
    }
  }
}

/// One line's act, with the words it carries: the corrected words for `correct`, what to change
/// for `change` (empty when the person did not say which).
public struct DialogueActReading: Hashable, Sendable {
  public var act: DialogueAct
  public var content: String?
  /// A `clarify` that asks why the question is asked ("why do you need that"), rather than
  /// what it means: it is answered with the question's reason.
  public var asksWhy = false
  public init(_ act: DialogueAct, content: String? = nil, asksWhy: Bool = false) {
    self.act = act
    self.content = content
    self.asksWhy = asksWhy
  }
}
