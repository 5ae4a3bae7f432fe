import Console
import Foundation
import Store
import TestSupport

@testable import Sessions

/// Tests/Fixtures/scripts/small.yaml: every question kind in a few questions.
let smallScript = packageRoot.appendingPathComponent("Tests/Fixtures/scripts/small.yaml").path

/// The answers that take small.yaml from its first question to its end, as in
/// Tests/Transcripts/small-happy-path.transcript.
let smallScriptAnswers = [
  "Sam", "2", "walking the dog", "my hip, sleep", "done", "yes", "3", "1 and 3", "walk more",
  "7", "next Tuesday", "yes", "sleep better", "six or seven", "in a fortnight", "no",
]

/// A terminal that types the lines it was given, then ends its input, and keeps what it was
/// asked to show.
final class ScriptedTerminal: ConversationTerminal {
  let isInteractive: Bool
  let width = 80
  private var input: [LineInput]
  private(set) var shown: [Block] = []
  private(set) var prompts: [String] = []

  init(_ input: [LineInput], interactive: Bool = false) {
    self.input = input
    self.isInteractive = interactive
  }

  convenience init(lines: [String], interactive: Bool = false) {
    self.init(lines.map(LineInput.line), interactive: interactive)
  }

  func read(prompt: String, completions: [String]) -> LineInput {
    prompts.append(prompt)
    return input.isEmpty ? .end : input.removeFirst()
  }

  func show(_ block: Block) {
    shown.append(block)
  }

  /// Everything said or noticed, one string each, for looking for a sentence.
  var texts: [String] {
    shown.compactMap { block in
      switch block {
      case .say(let text), .notice(let text): return text
      default: return nil
      }
    }
  }
}

/// A store in a folder of its own under the temporary folder, removed when the test is done.
final class TemporaryStore {
  let folder: URL
  let path: String

  init() {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-sessions-\(UUID().uuidString)")
    path = folder.appendingPathComponent("store.sqlite").path
  }

  func open() throws -> SessionStore {
    try SQLiteSessionStore.open(path: path)
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }
}

/// A finished conversation through small.yaml, saved in `store`.
func finishedConversation(in store: TemporaryStore) throws -> Opening {
  let opening = try Opening.new(
    script: smallScript, mode: "self", clientRef: nil, storePath: store.path)
  let outcome = opening.run(on: ScriptedTerminal(lines: smallScriptAnswers))
  guard outcome == .finished else { throw TestSetupError.didNotFinish(outcome) }
  return opening
}

enum TestSetupError: Error {
  case didNotFinish(ConversationLoop.Outcome)
}
