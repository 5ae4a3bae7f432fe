import DefaultScripts
import Dialogue
import Foundation

/// `carecoach-bench peer`: one engine of the peer comparison, in-process. Loads a script file
/// (with the lexicon beside it, or the built-in one, as `carecoach start --script` does), then
/// gives each input line to the engine as an answer and keeps its first reply.
enum PeerBench {
  static func run(rules path: String, inputs inputsPath: String, replies repliesPath: String?)
    throws
  {
    let lines = try String(contentsOfFile: inputsPath, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      .filter { !$0.isEmpty }
    let baselineKB = Measure.currentMemoryKB()
    let (engine, loadMs) = try Measure.time { () throws -> Engine in
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let besides = URL(fileURLWithPath: path).deletingLastPathComponent()
        .appendingPathComponent("lexicon.yaml").path
      let lexiconText =
        (try? String(contentsOfFile: besides, encoding: .utf8))
        ?? DefaultScripts.text(of: "lexicon.yaml") ?? ""
      guard let lexicon = Lexicon.load(yaml: lexiconText, file: "lexicon.yaml").lexicon else {
        throw BenchError("the lexicon did not load")
      }
      let result = ScriptLoader.load(text: text, file: path, lexicon: lexicon)
      guard let script = result.script else {
        throw BenchError(
          "the script did not load:\n"
            + result.diagnostics.prefix(5).map(\.description).joined(separator: "\n"))
      }
      return Engine(script: script, lexicon: lexicon)
    }
    let start = ConversationBench.start
    let (state, _) = engine.step(ConversationState(), .start(at: start))
    var timings = Timings()
    var replies: [String] = []
    replies.reserveCapacity(lines.count)
    for line in lines {
      let begin = Measure.now()
      // The same state each time: every line is a reply to the first question.
      let outputs = engine.step(state, .input(line, at: start)).outputs
      timings.add(nanoseconds: Measure.now() - begin)
      let reply = outputs.lazy.compactMap { output -> String? in
        if case .say(let text) = output { return text }
        return nil
      }.first
      replies.append(reply ?? "")
    }
    if let repliesPath {
      try (replies.joined(separator: "\n") + "\n").write(
        toFile: repliesPath, atomically: true, encoding: .utf8)
    }
    print(
      Measure.json([
        "rules": engine.script.rules.count, "inputs": lines.count, "load_ms": loadMs,
        "median_us": timings.median, "p99_us": timings.p99, "mean_us": timings.mean,
        "peak_kb": Measure.peakMemoryKB(), "baseline_kb": baselineKB,
      ]))
  }
}
