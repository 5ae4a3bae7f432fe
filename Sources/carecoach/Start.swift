import ArgumentParser
import Console
import Crypto
import Dialogue
import Foundation
import Kiosk
import Store

/// `carecoach start`: a new conversation in the terminal, saved as it goes.
struct Start: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Start a new conversation.")

  @Option(help: "A built-in script id or the path of a script file.")
  var script: String = ScriptSource.defaultScriptID

  @Option(
    help: ArgumentHelp(
      "Who is at the keyboard: self, facilitator (a worker with a client), or kiosk (the "
        + "same as `carecoach kiosk` with its default settings)."))
  var mode: Mode = .self

  @Option(
    help: ArgumentHelp(
      "Facilitator mode: the organisation's own reference for the client. No name is needed.",
      valueName: "ref"))
  var client: String?

  @OptionGroup var display: DisplayOptions
  @OptionGroup var store: StoreOptions

  enum Mode: String, ExpressibleByArgument, CaseIterable {
    case `self`
    case facilitator
    case kiosk
  }

  func validate() throws {
    if mode == .kiosk && client != nil {
      throw ValidationError("A kiosk is for strangers: it takes no client reference.")
    }
    if let client {
      if client.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("The client reference is empty. Give the organisation's reference.")
      }
      if client.count > 100 || client.contains(where: \.isNewline) {
        throw ValidationError("The client reference must be one line of at most 100 characters.")
      }
    }
  }

  func run() throws {
    if mode == .kiosk {
      // Nothing of a kiosk session is stored, so it is the kiosk command's own loop.
      let kiosk = try KioskCommand.parse(display.plain ? ["--plain"] : [])
      try kiosk.run()
      return
    }
    let loaded = try ScriptSource.load(script)
    let script = loaded.script
    if script.sections.contains(where: { $0.repeating?.over != nil }) {
      throw ValidationError(
        "The script '\(self.script)' follows up an existing plan. Run it with: "
          + "carecoach review <id|latest>")
    }
    let sessions = try store.open()
    let now = Date()
    let session = SessionRecord(
      id: SessionID.make(), scriptReference: self.script, scriptID: script.id,
      scriptVersion: script.version, scriptText: loaded.file.text, mode: mode.rawValue,
      clientRef: client, createdAt: now)
    do {
      try sessions.create(session)
    } catch {
      throw Failure(error.description)
    }
    let engine = loaded.engine(audience: mode == .facilitator ? .facilitator : .person)
    let terminal = display.terminal(mode: mode.rawValue, clientRef: client)
    let loop = ConversationLoop(
      engine: engine, terminal: terminal, session: session, store: sessions)
    let outcome = loop.run(from: ConversationState(), startingAt: now)
    terminal.close()
    if outcome == .inputEnded || outcome == .failed { throw ExitCode.failure }
  }
}

/// Short, random, readable session ids, such as `k7f3q9xb`.
enum SessionID {
  static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")

  static func make() -> String {
    var generator = SystemRandomNumberGenerator()
    return String((0..<8).map { _ in alphabet.randomElement(using: &generator)! })
  }
}

/// `--plain` and `--no-history`, shared by the commands that talk to the person.
struct DisplayOptions: ParsableArguments {
  @Flag(help: "Plain output: no colour, no box drawing, nothing redrawn. Suits screen readers.")
  var plain = false

  @Flag(help: "Do not keep a history of answers between runs.")
  var noHistory = false

  /// The terminal for a conversation in `mode` ("self" or "facilitator"), with the client's
  /// reference in facilitator mode; see `HistoryLocation` for where its history is kept.
  func terminal(mode: String, clientRef: String?) -> Terminal {
    Terminal(
      settings: TerminalSettings.fromEnvironment(
        plain: plain,
        historyFile: noHistory ? nil : HistoryLocation.path(mode: mode, clientRef: clientRef)))
  }
}

/// Where line history is kept between runs: beside the default store, in the same private
/// folder, whichever store `--store` chose.
///
/// A worker's laptop serves many clients, so in facilitator mode each client has a history of
/// their own and Up never brings back another client's answers. With no client reference there
/// is no telling clients apart, so nothing is kept between runs at all.
enum HistoryLocation {
  static func path(
    mode: String, clientRef: String?,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    let folder = SessionStore.dataFolder(environment: environment)
    guard mode == "facilitator" else { return folder + "/history" }
    guard let clientRef else { return nil }
    return folder + "/history-client-" + fileNamePart(clientRef)
  }

  /// The reference's SHA-256 in hexadecimal. A reference may hold any character, `/` and `..`
  /// included, and up to 400 bytes; its hash always names one file in the folder, of a fixed
  /// length, and does not show the reference to anyone listing the folder.
  static func fileNamePart(_ clientRef: String) -> String {
    Hex.encode(Array(SHA256.hash(data: Array(clientRef.utf8))))
  }
}
