import ArgumentParser
import Console
import Dialogue
import Foundation

/// `carecoach start`: a new conversation in the terminal.
struct Start: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Start a new conversation.")

  @Option(help: "A built-in script id or the path of a script file.")
  var script: String = ScriptSource.defaultScriptID

  @Option(help: "Who is at the keyboard: self, or facilitator (a worker with a client).")
  var mode: Mode = .self

  @Flag(help: "Plain output: no colour, no box drawing, nothing redrawn. Suits screen readers.")
  var plain = false

  @Flag(help: "Do not keep a history of answers between runs.")
  var noHistory = false

  enum Mode: String, ExpressibleByArgument, CaseIterable {
    case `self`
    case facilitator
  }

  func run() throws {
    let (script, lexicon, safety) = try ScriptSource.loadWithSafety(script)
    let engine = Engine(
      script: script, lexicon: lexicon, safety: safety,
      audience: mode == .facilitator ? .facilitator : .person)
    let settings = TerminalSettings.fromEnvironment(
      plain: plain, historyFile: noHistory ? nil : HistoryLocation.defaultPath())
    let terminal = Terminal(settings: settings)
    let outcome = ConversationLoop(engine: engine, terminal: terminal).run()
    terminal.close()
    switch outcome {
    case .finished, .stopped: return
    case .inputEnded: throw ExitCode.failure
    }
  }
}

/// Where line history is kept between runs.
enum HistoryLocation {
  static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String
  {
    let base =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (NSHomeDirectory() + "/.local/share")
    return base + "/carecoach/history"
  }
}
