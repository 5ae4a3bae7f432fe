/// The few looks output uses, named by purpose so colour choices live in one place.
///
/// Colour only ever repeats what the words already say (a title is also in capitals, a choice
/// also has its number), so turning it off loses nothing.
public enum Style: Sendable {
  case question
  case choiceNumber
  case hint
  case progress
  case notice
  case alertTitle
  case alertRule
  case listTitle
  case prompt

  var sgr: String {
    switch self {
    case .question: return "1"
    case .choiceNumber: return "1;36"
    case .hint: return "2"
    case .progress: return "1;34"
    case .notice: return "33"
    case .alertTitle: return "1;31"
    case .alertRule: return "31"
    case .listTitle: return "1"
    case .prompt: return "1;36"
    }
  }
}

/// Applies styles, or does nothing at all when colour is off, so plain output holds no escape
/// codes whatever path produced it.
public struct Styler: Sendable {
  public var colour: Bool

  public init(colour: Bool) { self.colour = colour }

  public func apply(_ style: Style, to text: String) -> String {
    guard colour, !text.isEmpty else { return text }
    return "\u{1B}[\(style.sgr)m\(text)\u{1B}[0m"
  }

  /// libedit measures the prompt to place the cursor; escape codes wrapped in `ignore` are
  /// left out of that count, which keeps redraws in the right columns. libedit drops an
  /// ignored run at the very end of a prompt, so the reset goes before the last character
  /// (usually the space before the cursor), never after it, or typed text would be coloured.
  func applyToPrompt(_ style: Style, to text: String, ignore: Character) -> String {
    guard colour, let last = text.last, text.count > 1 else { return text }
    return
      "\(ignore)\u{1B}[\(style.sgr)m\(ignore)\(text.dropLast())\(ignore)\u{1B}[0m\(ignore)\(last)"
  }
}
