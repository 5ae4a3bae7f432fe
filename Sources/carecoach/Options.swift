import ArgumentParser
import Console
import Foundation
import Sessions
import Store

/// `--store PATH`, shared by every command that reads or writes sessions.
///
/// The command line contract makes it a global option; `CareCoach.main` moves it after the
/// subcommand's name so it may be written before or after it.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .customLong("store"),
    help: ArgumentHelp(
      "The database of sessions. Default: $CARECOACH_STORE, else "
        + "$XDG_DATA_HOME/carecoach/carecoach.sqlite.", valueName: "path"))
  var path: String?

  var resolvedPath: String { path ?? SessionStore.defaultPath() }

  /// The store for the commands that look at saved sessions: one that is not there is said so,
  /// and not created.
  func open() throws -> SessionStore {
    try SessionStore.openExisting(path: resolvedPath)
  }
}

/// `--version N`, shared by the commands that read a plan.
struct PlanVersionOption: ParsableArguments {
  @Option(
    name: .customLong("version"),
    help: ArgumentHelp(
      "This version of the plan, 1 being the first; by default the newest.",
      valueName: "n"))
  var number: Int?

  func validate() throws {
    if let number, number < 1 {
      throw ValidationError("A plan's versions start at 1, so there is no version \(number).")
    }
  }
}

/// `--plain` and `--no-history`, shared by the commands that talk to the person.
struct DisplayOptions: ParsableArguments {
  @Flag(help: "Plain output: no colour, no box drawing, nothing redrawn. Suits screen readers.")
  var plain = false

  @Flag(help: "Do not keep a history of answers between runs.")
  var noHistory = false

  /// The terminal for a conversation in `mode` ("self" or "facilitator"), with the client's
  /// reference in facilitator mode, in `store`; see `HistoryLocation` for where its history is kept.
  func terminal(mode: String, clientRef: String?, store: SessionStore) throws -> Terminal {
    let history =
      noHistory ? nil : try HistoryLocation.path(mode: mode, clientRef: clientRef, store: store)
    return Terminal(
      settings: TerminalSettings.fromEnvironment(plain: plain, historyFile: history))
  }

  /// Runs an opened conversation in a terminal; exit status 1 when it could not finish or stop
  /// in the ordinary way.
  func run(_ opening: Opening) throws {
    let terminal = try terminal(
      mode: opening.session.mode, clientRef: opening.session.clientRef, store: opening.store)
    let outcome = opening.run(on: terminal)
    if outcome == .inputEnded {
      let message =
        "carecoach: "
        + Wording.inputEnded(
          CommandHint.reference(opening.session.id, storePath: opening.store.path),
          facilitated: opening.session.mode == "facilitator") + "\n"
      FileHandle.standardError.write(Data(message.utf8))
    }
    terminal.close()
    if outcome == .inputEnded || outcome == .failed { throw ExitCode.failure }
  }
}
