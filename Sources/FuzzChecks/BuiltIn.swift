import DefaultScripts
import Dialogue
import Foundation

/// The default Prompts/ files, read once as `carecoach` reads them, for every check that runs
/// the real vocabulary, safety rules and scripts.
public enum BuiltIn {
  public static let lexicon: Lexicon =
    DefaultScripts.text(of: "lexicon.yaml").flatMap {
      Lexicon.load(yaml: $0, file: "lexicon.yaml").lexicon
    } ?? Lexicon(concepts: [])

  public static let glossary: Glossary =
    DefaultScripts.text(of: "glossary.yaml").flatMap {
      Glossary.load(yaml: $0, file: "glossary.yaml").glossary
    } ?? .empty

  public static let safety: SafetyNet =
    DefaultScripts.text(of: "safety.yaml").flatMap {
      SafetyRules.load(yaml: $0, file: "safety.yaml").rules
    }.map { SafetyNet(rules: $0) } ?? .empty

  /// The conversation scripts the binary carries, by id.
  public static let scriptIDs: [String] = DefaultScripts.files.keys
    .filter {
      $0.hasSuffix(".yaml")
        && !["lexicon.yaml", "safety.yaml", "safety-reader.yaml", "glossary.yaml"].contains($0)
    }
    .map { String($0.dropLast(5)) }
    .sorted()

  /// An engine for each built-in script, sharing one lexicon, glossary and safety net, as the
  /// scripts share them in the binary. The kiosk's script is read for the kiosk's audience.
  public static let engines: [String: Engine] = {
    var engines: [String: Engine] = [:]
    for id in scriptIDs {
      guard let text = DefaultScripts.text(of: "\(id).yaml"),
        let script = ScriptLoader.load(text: text, file: "\(id).yaml", lexicon: lexicon).script
      else { continue }
      engines[id] = Engine(
        script: script, lexicon: lexicon, glossary: glossary, safety: safety,
        audience: id == "kiosk" ? .kiosk : .person)
    }
    return engines
  }()

  /// Builds every index the engines read with now, rather than at the first line needing one.
  public static func prepare() {
    for engine in engines.values { engine.prepareForReading() }
  }

  /// A fixed instant, so no check depends on the real clock: Sunday 22 November 2026, 10:00.
  public static let now = Date(timeIntervalSince1970: 1_795_341_600)
  public static let today = Day(now, in: TimeZone(identifier: "Europe/London")!)
}
