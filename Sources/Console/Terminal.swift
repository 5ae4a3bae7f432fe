// STUB: owned by the console work; replaced wholesale.
import CLibedit
import Foundation

/// How the terminal should behave, decided once at start from flags and the environment.
public struct TerminalSettings: Sendable {
  /// No colour, no box drawing, nothing redrawn in place: for screen readers and `--plain`.
  public var plain: Bool
  /// Colour is used only when this is true and the output is a terminal; `NO_COLOR` clears it.
  public var colour: Bool
  /// Where line history is kept between runs; nil keeps it in memory only (kiosk, `--no-history`).
  public var historyFile: String?

  public init(plain: Bool = false, colour: Bool = true, historyFile: String? = nil) {
    self.plain = plain
    self.colour = colour
    self.historyFile = historyFile
  }

  /// Applies `NO_COLOR` (any non-empty value) and `TERM=dumb` from the environment.
  public static func fromEnvironment(
    plain: Bool, historyFile: String?,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> TerminalSettings {
    let noColour = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
    return TerminalSettings(plain: plain, colour: !plain && !noColour, historyFile: historyFile)
  }
}

/// What one read gave.
public enum LineInput: Equatable, Sendable {
  /// A line the person entered, without its newline. Invalid UTF-8 is decoded with replacement
  /// characters, so nothing typed is lost.
  case line(String)
  /// Ctrl-C: the line being typed was cleared.
  case interrupt
  /// Ctrl-D on an empty line, or the end of piped input.
  case end
}

/// One piece of output, described by meaning; the terminal decides how it looks.
public enum Block: Equatable, Sendable {
  /// The assistant speaking: wrapped paragraphs.
  case say(String)
  /// A question, with its numbered choices (if any) and a short hint on how to answer.
  case question(text: String, choices: [String], hint: String?)
  /// Where the person is in the conversation: "Part 3 of 12: What matters most".
  case progress(part: Int, of: Int, title: String)
  /// A clarification, such as "I didn't catch a number there".
  case notice(String)
  /// Set apart from everything else and never carried by colour alone: urgent-help signposting.
  case alert(title: String, lines: [String])
  /// A bulleted list, such as a summary of answers.
  case list(title: String?, items: [String])
}

/// The terminal the conversation runs on: libedit when both ends are terminals, plain lines
/// otherwise. Every piece of text shown is stripped of control sequences first.
public final class Terminal {
  public let settings: TerminalSettings
  public init(settings: TerminalSettings) { self.settings = settings }
  /// True when standard input and output are both terminals (line editing, colour allowed).
  public var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }
  public var width: Int { 80 }
  public func show(_ block: Block) {
    switch block {
    case .say(let text), .notice(let text): print(text)
    case .question(let text, let choices, let hint):
      print(text)
      for (index, choice) in choices.enumerated() { print("  \(index + 1). \(choice)") }
      if let hint { print(hint) }
    case .progress(let part, let total, let title): print("Part \(part) of \(total): \(title)")
    case .alert(let title, let lines): print(([title] + lines).joined(separator: "\n"))
    case .list(let title, let items):
      if let title { print(title) }
      for item in items { print("- \(item)") }
    }
  }
  /// Reads one line. `completions` are offered on Tab (commands and the current choices).
  public func read(prompt: String, completions: [String]) -> LineInput {
    print(prompt, terminator: "")
    guard let line = Swift.readLine() else { return .end }
    return .line(line)
  }
  /// Puts the terminal back as it was and saves history. Safe to call more than once.
  public func close() {}
}
