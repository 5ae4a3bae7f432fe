import Foundation

/// A whole conversation written as a file: a header, then what the assistant says, with the
/// person's lines marked by `> `. Replaying the inputs must give exactly the same text.
///
/// ```
/// script: Tests/Fixtures/scripts/small.yaml
/// now: 2026-11-22T10:00:00Z
/// ---
/// Part 1 of 3: Hello
/// What would you like me to call you?
/// > Sam
/// Thanks, Sam.
/// ```
///
/// Transcripts check whole conversations, including every word the engine chooses, and a
/// failed one shows exactly where the conversation went a different way.
public struct Transcript: Sendable {
  public var header: [String: String]
  public var inputs: [String]
  /// Extra minutes of waiting before an input, by its index: a `[12 minutes later]` line just
  /// before it, so a slow person's long pauses are replayed from the events.
  public var pauses: [Int: Int] = [:]

  public static let separator = "---"

  /// Reads a transcript file. Lines before `---` are `key: value` settings.
  public static func parse(_ text: String) -> Transcript {
    var header: [String: String] = [:]
    var inputs: [String] = []
    var pauses: [Int: Int] = [:]
    var inBody = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if !inBody {
        if line == separator {
          inBody = true
        } else if let colon = line.firstIndex(of: ":"), !line.hasPrefix("#") {
          let key = line[..<colon].trimmingCharacters(in: .whitespaces)
          header[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
      } else if line.hasPrefix("> ") {
        inputs.append(String(line.dropFirst(2)))
      } else if line == ">" {
        inputs.append("")
      } else if let minutes = pauseMinutes(in: String(line)) {
        pauses[inputs.count] = minutes
      }
    }
    return Transcript(header: header, inputs: inputs, pauses: pauses)
  }

  /// The minutes in a `[12 minutes later]` line; nil for any other line.
  static func pauseMinutes(in line: String) -> Int? {
    guard line.hasPrefix("["), line.hasSuffix(" minutes later]") else { return nil }
    return Int(line.dropFirst().dropLast(" minutes later]".count))
  }

  static func pauseLine(_ minutes: Int) -> String { "[\(minutes) minutes later]" }

  /// Whether the conversation starts the easier way (`easy: on`), as `--easy` does.
  public var startsEasier: Bool { header["easy"] == "on" }

  /// The conversation's start time from the header (`now:`), a fixed default otherwise.
  public var start: Date {
    if let text = header["now"], let date = ISO8601DateFormatter().date(from: text) {
      return date
    }
    return Date(timeIntervalSince1970: 1_795_000_000)
  }

  /// The events the transcript stands for: a start (after switching the easier way on, with
  /// `easy: on`), then each input one minute after the one before, plus any pause before it.
  public var events: [Event] {
    var events: [Event] = startsEasier ? [.easier(true, at: start)] : []
    events.append(.start(at: start))
    var minutes = 0
    for (index, input) in inputs.enumerated() {
      minutes += 1 + (pauses[index] ?? 0)
      events.append(.input(input, at: start.addingTimeInterval(Double(minutes) * 60)))
    }
    return events
  }

  /// Runs the inputs through the engine, one minute apart, and writes the whole transcript.
  ///
  /// `plan` writes the plan where the engine says to show it, as the program would; without
  /// one, the transcript marks the place with `[plan]`.
  public func render(with engine: Engine, plan: ((ConversationState) -> String?)? = nil)
    -> String
  {
    var lines = header.keys.sorted().map { "\($0): \(header[$0]!)" }
    lines.append(Transcript.separator)
    var state = ConversationState()
    var index = 0
    for event in events {
      if case .input(let text, _) = event {
        if let minutes = pauses[index] { lines.append(Transcript.pauseLine(minutes)) }
        lines.append(text.isEmpty ? ">" : "> \(text)")
        index += 1
      }
      let result = engine.step(state, event)
      state = result.state
      for output in result.outputs {
        if output == .plan, let text = plan?(state) {
          lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
          while lines.last == "" { lines.removeLast() }
        } else {
          lines += Transcript.lines(for: output)
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Plain text for one output, as a transcript shows it.
  public static func lines(for output: Output) -> [String] {
    switch output {
    case .progress(let part, let total, let title):
      return ["Part \(part) of \(total): \(title)"]
    case .say(let text), .notice(let text):
      return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    case .ask(let prompt):
      var lines = prompt.text.split(separator: "\n").map(String.init)
      lines += prompt.choices.enumerated().map { "  \($0.offset + 1). \($0.element)" }
      if let hint = prompt.hint { lines.append("(\(hint))") }
      return lines
    case .summary(let title, let items):
      return [title + ":"] + items.map { "- \($0)" }
    case .flag(let category):
      return ["[flag: \(category)]"]
    case .safety(let notice):
      return ["[safety: \(notice.categories.joined(separator: ", "))]", notice.title] + notice.lines
    case .plan:
      return ["[plan]"]
    case .finished:
      return ["[finished]"]
    case .stopped:
      return ["[stopped]"]
    }
  }
}
