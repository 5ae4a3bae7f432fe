import Dialogue
import Foundation

/// Lines into `Engine.step`, one after another, holding the engine to what the design promises
/// on every turn whatever is typed:
///
/// - no output holds an escape byte or another control character, so nothing typed can steer
///   the terminal it is shown on;
/// - nothing answered is lost: each answer is still an answer, set aside, or out for change,
///   unless the line was `back`, `change` or a confirmed restart;
/// - the conversation never sticks: unless it is finished, some ordinary reply leaves the mode
///   it is in;
/// - the events replay, with the matchers' memory of typed words forgotten, to the same state
///   and the same outputs.
public enum EngineCheck {
  /// A first line `#script ID` runs a built-in script other than the default one.
  public static let scriptLinePrefix = "#script "
  public static let defaultScript = "care-planning"
  /// More lines than any conversation has; beyond them a run only repeats itself.
  public static let mostLines = 300

  /// Replies a person might give in any mode; at least one must move the conversation on.
  public static let ordinaryReplies = [
    "yes", "no", "carry on", "skip", "done", "back", "1", "3", "walking more", "next monday",
  ]

  /// The script to run and the lines to type, from the raw bytes of a test case.
  public static func conversation(from bytes: [UInt8]) -> (script: String, lines: [String]) {
    var lines = String(decoding: bytes, as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var script = defaultScript
    if let first = lines.first, first.hasPrefix(scriptLinePrefix) {
      let id = String(first.dropFirst(scriptLinePrefix.count))
      if BuiltIn.engines[id] != nil { script = id }
      lines.removeFirst()
    }
    return (script, Array(lines.prefix(mostLines)))
  }

  /// Runs one test case; returns the longest a single line took (processor time).
  @discardableResult
  public static func run(_ bytes: [UInt8]) throws(CheckFailure) -> Duration {
    let (id, lines) = conversation(from: bytes)
    guard let engine = BuiltIn.engines[id] else {
      throw CheckFailure("engine", "the built-in script '\(id)' did not load")
    }
    return try run(lines, on: engine)
  }

  @discardableResult
  public static func run(_ lines: [String], on engine: Engine) throws(CheckFailure) -> Duration {
    var events: [Event] = [.start(at: BuiltIn.now)]
    var (state, outputs) = engine.step(ConversationState(), events[0])
    try noControlCharacters(in: outputs, after: "the start")
    var slowest = Duration.zero
    for (index, line) in lines.enumerated() {
      let event = Event.input(line, at: BuiltIn.now.addingTimeInterval(Double(index + 1) * 60))
      let (next, took) = CPUTime.measure { engine.step(state, event) }
      slowest = max(slowest, took)
      try noControlCharacters(in: next.outputs, after: line)
      try nothingLost(from: state, to: next.state, by: line, engine: engine)
      state = next.state
      outputs += next.outputs
      events.append(event)
    }
    try leavable(
      state, on: engine, at: BuiltIn.now.addingTimeInterval(Double(lines.count + 1) * 60))
    // What the matchers remember of typed words only saves work: without it the same events
    // must give the same conversation.
    engine.forgetWhatWasTyped()
    let replayed = engine.replay(events)
    guard replayed.state == state else {
      throw CheckFailure("replay", "the events replay to a different state")
    }
    guard replayed.outputs == outputs else {
      let first = zip(replayed.outputs, outputs).first { $0 != $1 }
      throw CheckFailure(
        "replay", "the events replay to different outputs: \(String(describing: first))")
    }
    return slowest
  }

  /// Fails when any text shown holds a control character, a C1 control or a bidirectional
  /// override.
  public static func noControlCharacters(
    in outputs: [Output], after line: String
  ) throws(CheckFailure) {
    for output in outputs {
      for text in Transcript.lines(for: output) {
        if let bad = text.unicodeScalars.first(where: isControl) {
          throw CheckFailure(
            "escape",
            "after \(line.debugDescription), the output \(text.debugDescription) holds "
              + "U+\(String(bad.value, radix: 16, uppercase: true))")
        }
      }
    }
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// Fails when an answer disappears without the person saying to take it out.
  public static func nothingLost(
    from before: ConversationState, to after: ConversationState, by line: String, engine: Engine
  ) throws(CheckFailure) {
    if before.modeName == "confirmingRestart" || saysToTakeOut(line, engine: engine) { return }
    let held = Array(before.answers.keys) + [before.answerOutForChange].compactMap { $0 }
    for key in held
    where after.answers[key] == nil && after.setAside[key] == nil
      && after.answerOutForChange != key
    {
      throw CheckFailure(
        "lost", "the answer to \(key) is gone after \(line.debugDescription)")
    }
  }

  /// Whether the line asks to go back, change an answer, take back the answer before or start
  /// again.
  static func saysToTakeOut(_ line: String, engine: Engine) -> Bool {
    if engine.takesBackTheLineBefore(line) { return true }
    let clean = InputCleaner.clean(line)
    switch Command.parse(clean) {
    case .back, .change, .restart: return true
    default: break
    }
    return DialogueActReader(words: engine.concepts.lexicon.acts).read(clean).act == .change
  }

  /// Fails when the conversation is not finished and no ordinary reply moves it on.
  public static func leavable(
    _ state: ConversationState, on engine: Engine, at time: Date
  ) throws(CheckFailure) {
    if state.finished { return }
    for reply in ordinaryReplies {
      let next = engine.step(state, .input(reply, at: time)).state
      if next.modeName != state.modeName || next.current != state.current
        || next.answers != state.answers || next.finished
      {
        return
      }
    }
    throw CheckFailure(
      "stuck",
      "no ordinary reply leaves '\(state.modeName)' at \(state.current?.description ?? "no question")"
    )
  }
}
