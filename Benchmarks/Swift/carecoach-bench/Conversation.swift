import DefaultScripts
import Dialogue
import Foundation

/// A whole conversation with the default script, answered by a simple automatic person, then
/// replayed in-process to time the engine per turn. The answers can be written out, one per
/// line, for timing the same conversation through `carecoach start` and a pipe.
enum ConversationBench {
  /// The fixed start of the conversation, as transcripts use.
  static let start = Date(timeIntervalSince1970: 1_795_392_000)

  static func loadDefault() throws -> (Script, Lexicon) {
    guard let lexiconText = DefaultScripts.text(of: "lexicon.yaml"),
      let scriptText = DefaultScripts.text(of: "care-planning.yaml"),
      let lexicon = Lexicon.load(yaml: lexiconText, file: "Prompts/lexicon.yaml").lexicon,
      let script = ScriptLoader.load(
        text: scriptText, file: "Prompts/care-planning.yaml", lexicon: lexicon
      ).script
    else { throw BenchError("the default script did not load") }
    return (script, lexicon)
  }

  /// The answers an agreeable person gives: the first choices, yes, a number in range, a date
  /// after the start, and two items for each list.
  static func answers(engine: Engine) -> [String] {
    var state = engine.step(ConversationState(), .start(at: start)).state
    var lines: [String] = []
    var lastKey: AnswerKey?
    var repeats = 0
    while !state.finished, lines.count < 500 {
      guard let key = state.current, let question = engine.script.question(key.question) else {
        break
      }
      repeats = key == lastKey ? repeats + 1 : 0
      lastKey = key
      let line: String
      if repeats >= 3 && question.kind != .list {
        line = "skip"
      } else {
        line = answer(question, again: repeats > 0)
      }
      lines.append(line)
      state =
        engine.step(
          state, .input(line, at: start.addingTimeInterval(Double(lines.count) * 60))
        ).state
    }
    return lines
  }

  static func answer(_ question: Question, again: Bool) -> String {
    switch question.kind {
    case .text: return "walking the dog and seeing my grandchildren"
    case .yesNo: return "yes"
    case .choice: return "1"
    case .multi: return "1 and 2"
    case .scale, .number:
      let low = question.validation.minimum ?? 0
      let high = question.validation.maximum ?? low + 10
      return String(Int((low + high) / 2))
    case .date: return "15 December 2026"
    case .list: return again ? "done" : "my hip, sleep and feeling tired"
    }
  }

  static func events(_ lines: [String]) -> [Event] {
    [.start(at: start)]
      + lines.enumerated().map { .input($1, at: start.addingTimeInterval(Double($0 + 1) * 60)) }
  }

  static func run(writeAnswers path: String?, repeats: Int, json: Bool) throws {
    let (script, lexicon) = try loadDefault()
    let engine = Engine(script: script, lexicon: lexicon)
    let lines = answers(engine: engine)
    if let path {
      try (lines.joined(separator: "\n") + "\n").write(
        toFile: path, atomically: true, encoding: .utf8)
    }
    let events = events(lines)
    let finished = engine.replay(events).state.finished
    // Each turn on its own, for the spread; then whole replays, for the mean.
    var turns = Timings()
    for _ in 0..<repeats {
      var state = ConversationState()
      for event in events {
        let begin = Measure.now()
        state = engine.step(state, event).state
        turns.add(nanoseconds: Measure.now() - begin)
      }
    }
    let (_, replayMs) = Measure.time {
      for _ in 0..<repeats { _ = engine.replay(events) }
    }
    let perTurn = replayMs * 1000 / Double(repeats * events.count)
    let figures: [String: Any] = [
      "turns": events.count, "finished": finished, "replays": repeats,
      "replay_turn_mean_us": perTurn, "turn_median_us": turns.median, "turn_p99_us": turns.p99,
      "conversation_ms": replayMs / Double(repeats),
    ]
    if json {
      print(Measure.json(figures))
      return
    }
    print(
      "Engine: the default script, \(events.count) turns (\(finished ? "finished" : "NOT finished")"
        + "), replayed \(repeats) times in-process")
    print(
      "  per turn: median \(Measure.format(turns.median, 1)) µs, p99 "
        + "\(Measure.format(turns.p99, 1)) µs; Engine.replay mean \(Measure.format(perTurn, 1)) µs"
        + "; whole conversation \(Measure.format(replayMs / Double(repeats), 2)) ms")
  }
}

/// Where the time goes before the first prompt, in this process: the same steps as
/// `carecoach start` with the default script (every file read and checked, the engine made,
/// the first step), then the first answer, which builds what the matchers need on first use
/// (the safety net's patterns, the glossary's and lexicon's tries, the spelling indexes).
enum StartupBench {
  static func run(json: Bool) {
    var steps: [(String, Double)] = []
    func step<T>(_ name: String, _ body: () -> T) -> T {
      let (value, ms) = Measure.time(body)
      steps.append((name, ms))
      return value
    }
    let files = step("decode embedded Prompts/") { DefaultScripts.files }
    let lexicon = step("read lexicon.yaml") {
      Lexicon.load(yaml: files["lexicon.yaml"] ?? "", file: "Prompts/lexicon.yaml").lexicon
    }
    let glossary = step("read glossary.yaml") {
      Glossary.load(yaml: files["glossary.yaml"] ?? "", file: "Prompts/glossary.yaml").glossary
    }
    let safety = step("read safety.yaml") {
      SafetyRules.load(yaml: files["safety.yaml"] ?? "", file: "Prompts/safety.yaml").rules
    }
    let script = step("read care-planning.yaml") {
      ScriptLoader.load(
        text: files["care-planning.yaml"] ?? "", file: "Prompts/care-planning.yaml",
        lexicon: lexicon ?? Lexicon(concepts: [])
      ).script
    }
    guard let script, let lexicon, let glossary, let safety else {
      print("the default script did not load")
      return
    }
    let engine = step("engine (rule trie; the other matchers wait for first use)") {
      Engine(
        script: script, lexicon: lexicon, glossary: glossary, safety: SafetyNet(rules: safety))
    }
    let first = step("first step: the first prompt") {
      engine.step(ConversationState(), .start(at: ConversationBench.start))
    }
    let total = steps.map(\.1).reduce(0, +)
    _ = step("first answer (builds the matchers and spelling indexes)") {
      engine.step(first.state, .input("my hip hurts when I walk", at: ConversationBench.start))
    }
    if json {
      var fields: [String: Any] = ["total_ms": total]
      for (name, ms) in steps { fields[name] = ms }
      print(Measure.json(fields))
      return
    }
    print(
      "Startup in-process (default script): \(Measure.format(total, 2)) ms to the first prompt"
        + " as Start does it")
    for (name, ms) in steps {
      print("  \(UnderstandingBench.pad(Measure.format(ms, 2), 8)) ms  \(name)")
    }
  }
}
