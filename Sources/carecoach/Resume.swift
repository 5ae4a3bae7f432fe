import ArgumentParser
import Dialogue
import Foundation
import Store

/// `carecoach resume`: carries on an unfinished conversation where it stopped.
struct Resume: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Carry on an unfinished conversation.")

  @Argument(help: "The conversation's id, or latest.")
  var session: String

  @OptionGroup var display: DisplayOptions
  @OptionGroup var store: StoreOptions

  func run() throws {
    let sessions = try store.open()
    let record = try findSession(session, in: sessions)
    var saved = try SavedSession(record, store: sessions)
    if saved.state.finished {
      throw Failure(
        "That conversation has finished. See the plan with: carecoach show \(record.id)")
    }
    // The script may have changed since the last sitting. The switch is saved before anything
    // is asked, so a replay moves to the new script at the same point this run does.
    var changed = false
    if let current = try? ScriptSource.load(record.scriptReference),
      current.file.text != saved.scriptText
    {
      do {
        try sessions.appendScriptChange(current.file.text, at: Date(), to: record.id)
      } catch {
        throw Failure(error.description)
      }
      saved = try SavedSession(record, store: sessions)
      changed = true
    }
    let terminal = display.terminal(mode: record.mode, clientRef: record.clientRef)
    terminal.show(.say("Welcome back. Let's carry on where you left off."))
    if changed {
      terminal.show(
        .notice(
          "Some questions have changed since last time. Your answers to the questions that "
            + "are still here are kept, and any new questions will be asked."))
    }
    let loop = ConversationLoop(
      engine: saved.engine, terminal: terminal, session: record, store: sessions)
    let outcome = loop.run(from: saved.state, startingAt: Date())
    terminal.close()
    if outcome == .inputEnded || outcome == .failed { throw ExitCode.failure }
  }
}
