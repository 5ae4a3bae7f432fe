import DefaultScripts
import Dialogue
import Foundation

/// The safety net on its own, since it reads every line before anything else: the default
/// safety file compiled, then `SafetyNet.check` timed per line over the lines of the safety
/// corpora (must-flag, everyday and the older phrase list), each line read several times.
enum SafetyBench {
  /// The corpora whose second column is a line a person typed.
  static let corpora = [
    "Tests/DialogueTests/Fixtures/safety-must-flag.tsv",
    "Tests/DialogueTests/Fixtures/safety-everyday.tsv",
    "Tests/DialogueTests/Fixtures/safety-phrases.tsv",
  ]

  /// The typed lines of the corpora, read from the current folder (the package's root); a
  /// missing file is left out.
  static func lines() -> [String] {
    corpora.flatMap { path -> [String] in
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
      return text.split(separator: "\n").compactMap { row in
        guard !row.hasPrefix("#") else { return nil }
        let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
        return columns.count >= 2 ? String(columns[1]) : nil
      }
    }
  }

  static func run(repeats: Int, json: Bool) throws {
    guard let yaml = DefaultScripts.text(of: "safety.yaml"),
      let rules = SafetyRules.load(yaml: yaml, file: "Prompts/safety.yaml").rules
    else { throw BenchError("the default safety file did not load") }
    let lines = lines()
    guard !lines.isEmpty else {
      throw BenchError("no safety corpora found: run from the package's root")
    }
    let reader = DefaultScripts.text(of: "safety-reader.yaml").flatMap {
      SafetyReader.load(text: $0, file: "Prompts/safety-reader.yaml").reader
    }
    let net = SafetyNet(rules: rules, reader: reader)
    let (_, compileMs) = Measure.time { net.prepare() }
    // The first pass fills the spelling cache with the corpora's words, as a conversation's
    // earlier lines would; it is not timed.
    var flagged = 0
    for line in lines where !net.check(line).isEmpty { flagged += 1 }
    let timings = timed(net, over: lines, repeats: repeats)
    // The same lines through the patterns and concepts alone, so the scored reader's own
    // cost shows as the difference.
    let patternsOnly = SafetyNet(rules: rules)
    patternsOnly.prepare()
    for line in lines { _ = patternsOnly.check(line) }
    let withoutReader = timed(patternsOnly, over: lines, repeats: repeats)
    if json {
      print(
        Measure.json([
          "lines": lines.count, "repeats": repeats, "compile_ms": compileMs,
          "median_us": timings.median, "p99_us": timings.p99, "mean_us": timings.mean,
          "flagged": flagged, "without_reader_mean_us": withoutReader.mean,
        ]))
      return
    }
    print(
      "Safety net: \(lines.count) lines of the safety corpora (\(flagged) raise something), "
        + "each checked \(repeats) times")
    print(
      "  compile \(Measure.format(compileMs, 2)) ms; per line: median "
        + "\(Measure.format(timings.median, 1)) µs, p99 \(Measure.format(timings.p99, 1)) µs, "
        + "mean \(Measure.format(timings.mean, 1)) µs; without the scored reader: mean "
        + "\(Measure.format(withoutReader.mean, 1)) µs")
  }

  /// Each line checked `repeats` times, each check timed on its own.
  static func timed(_ net: SafetyNet, over lines: [String], repeats: Int) -> Timings {
    var timings = Timings()
    for _ in 0..<repeats {
      for line in lines {
        let start = Measure.now()
        _ = net.check(line)
        timings.add(nanoseconds: Measure.now() - start)
      }
    }
    return timings
  }
}
