import Dialogue
import Foundation
import Testing

/// The package's root folder: the nearest folder above this file that holds Package.swift, so a
/// test file can move between folders without counting levels.
public let packageRoot: URL = {
  var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  while folder.path != "/",
    !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
  {
    folder.deleteLastPathComponent()
  }
  return folder
}()

/// A fixed instant, so nothing in a test depends on the real clock: Sunday 22 November 2026, 10:00.
public let testNow = Date(timeIntervalSince1970: 1_795_341_600)

/// Loads a script from YAML text; records an issue and returns nil when it does not load.
public func loadScript(
  _ yaml: String, lexicon: Lexicon = Lexicon(concepts: []),
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Script? {
  let result = ScriptLoader.load(text: yaml, file: "test.yaml", lexicon: lexicon)
  if result.script == nil {
    Issue.record(
      "script did not load:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))",
      sourceLocation: sourceLocation)
  }
  return result.script
}

/// Runs a conversation: start, then each input one minute apart.
public func converse(_ engine: Engine, _ inputs: [String]) -> (
  state: ConversationState, outputs: [Output]
) {
  var events: [Event] = [.start(at: testNow)]
  for (index, input) in inputs.enumerated() {
    events.append(.input(input, at: testNow.addingTimeInterval(Double(index + 1) * 60)))
  }
  return engine.replay(events)
}

extension ConversationState {
  public func value(_ question: String, round: Int = 0) -> AnswerValue? {
    answers[AnswerKey(question, round: round)]?.value
  }
}

extension [Output] {
  /// Every line of text, as a transcript shows it.
  public var text: String { flatMap(Transcript.lines).joined(separator: "\n") }

  public var asked: [AnswerKey] {
    compactMap {
      if case .ask(let prompt) = $0 { return prompt.key }
      return nil
    }
  }
}
