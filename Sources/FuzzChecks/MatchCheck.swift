import Dialogue
import Foundation

/// `carecoach match --batch` line by line, through the function the command prints: every
/// line must give one JSON object with every key, whatever the line holds.
public enum MatchCheck {
  public static let keys: Set<String> = [
    "concepts", "negated", "safety", "safetyCheck", "yesNo", "numbers", "dates", "rules",
    "glossary", "act",
  ]

  /// Runs one test case; returns the longest a single line took (processor time).
  @discardableResult
  public static func run(_ bytes: [UInt8]) throws(CheckFailure) -> Duration {
    guard let engine = BuiltIn.engines[EngineCheck.defaultScript] else {
      throw CheckFailure("match", "the default script did not load")
    }
    // As `readLine` splits standard input: at new lines, each line without its end.
    let text = String(decoding: bytes.prefix(AnswerCheck.longestLine), as: UTF8.self)
    var slowest = Duration.zero
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let (json, took) = CPUTime.measure {
        MatchReport.jsonLine(for: String(line), engine: engine, today: BuiltIn.today)
      }
      slowest = max(slowest, took)
      try check(json)
    }
    return slowest
  }

  /// Fails unless `json` is one JSON object with exactly the report's keys, on one line.
  public static func check(_ json: String) throws(CheckFailure) {
    guard !json.contains("\n") else {
      throw CheckFailure("match", "the JSON spans lines: \(json)")
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    } catch {
      throw CheckFailure("match", "not JSON (\(error)): \(json)")
    }
    guard let fields = object as? [String: Any] else {
      throw CheckFailure("match", "not a JSON object: \(json)")
    }
    guard Set(fields.keys) == keys else {
      throw CheckFailure(
        "match", "keys \(fields.keys.sorted()), expected \(keys.sorted()): \(json)")
    }
  }
}
