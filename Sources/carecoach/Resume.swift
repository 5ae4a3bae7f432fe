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
    let saved = try SavedSession(record, store: sessions)
    if saved.state.finished {
      throw ValidationError(
        "That conversation has finished. See the plan with: carecoach show \(record.id)")
    }
    let terminal = display.terminal()
    terminal.show(.say("Welcome back. Let's carry on where you left off."))
    let loop = ConversationLoop(
      engine: saved.engine, terminal: terminal, session: record, store: sessions)
    let outcome = loop.run(from: saved.state, startingAt: Date())
    terminal.close()
    if outcome == .inputEnded { throw ExitCode.failure }
  }
}
