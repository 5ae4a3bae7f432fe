import ArgumentParser
import Console
import Foundation
import PostgresStore
import Sessions
import Store

/// `--store PATH` (or `--store postgresql://HOST/DB`), shared by every command that reads or
/// writes sessions: a file on this computer, or the organisation's database server.
///
/// The command line contract makes it a global option; `CareCoach.main` moves it after the
/// subcommand's name so it may be written before or after it.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .customLong("store"),
    help: ArgumentHelp(
      "The database of sessions: a file, or an organisation's server as "
        + "postgresql://HOST/DATABASE. Default: $CARECOACH_STORE, else "
        + "$XDG_DATA_HOME/carecoach/carecoach.sqlite.", valueName: "path"))
  var path: String?

  var resolvedPath: String { path ?? StoreLocation.defaultPath() }

  /// The store for the commands that look at saved sessions: a file that is not there is said
  /// so, and not created.
  func open() throws(SessionError) -> any SessionStore {
    if StoreLocation.isServer(resolvedPath) { return try openOrCreate() }
    return try SQLiteSessionStore.openExisting(path: resolvedPath)
  }

  /// The store for a new conversation: a file is created when it is not there yet; a server
  /// must have been set up with `carecoach org init`.
  func openOrCreate() throws(SessionError) -> any SessionStore {
    let location = resolvedPath
    guard StoreLocation.isServer(location) else {
      return try SQLiteSessionStore.open(path: location)
    }
    return try SessionError.storeCall { try PostgresSessionStore(address: location) }
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

  @Flag(
    help: """
      Keep a history of answers on this computer even with an organisation's server store, \
      where none is kept unless asked for.
      """)
  var history = false

  /// The terminal for a conversation in `mode` ("self" or "facilitator"), with the client's
  /// reference in facilitator mode, in `store`; see `HistoryLocation` for where its history is kept.
  func terminal(mode: String, clientRef: String?, store: any SessionStore) throws -> Terminal {
    // With a server store the words are the organisation's, kept on the server: a copy on
    // this computer only when the worker asks for one.
    let keeps = !noHistory && (history || !StoreLocation.isServer(store.path))
    let history =
      keeps ? try HistoryLocation.path(mode: mode, clientRef: clientRef, store: store) : nil
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
