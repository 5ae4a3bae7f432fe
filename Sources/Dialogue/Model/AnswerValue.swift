/// Why a question was left without a real answer. Recorded so a plan can say "rather not say"
/// instead of leaving a silent gap.
public enum SkipReason: String, Codable, Hashable, Sendable {
  case skipped
  case dontKnow = "dont-know"
  case ratherNotSay = "rather-not-say"
}

/// What a person's answer to one question became once it was read.
///
/// Text answers keep the person's own words (after control characters are removed), so a plan
/// built from them is in their words.
public enum AnswerValue: Hashable, Sendable {
  case text(String)
  case yesNo(Bool)
  /// The id of the chosen choice.
  case choice(String)
  /// The ids of the chosen choices, in the order the script lists them.
  case choices([String])
  case number(Double)
  case date(Day)
  case list([String])
  case skipped(SkipReason)

  /// True for a real answer, false for skip, don't know and rather not say.
  public var isGiven: Bool {
    if case .skipped = self { return false }
    return true
  }
}

/// The shape of value a question produces; conditions are type-checked against it.
public enum ValueType: Hashable, Sendable, CustomStringConvertible {
  case text
  case yesNo
  case choice(Set<String>)
  case choices(Set<String>)
  case number
  case date
  case list

  public var description: String {
    switch self {
    case .text: return "text"
    case .yesNo: return "yes/no"
    case .choice: return "a choice"
    case .choices: return "a set of choices"
    case .number: return "a number"
    case .date: return "a date"
    case .list: return "a list"
    }
  }
}
