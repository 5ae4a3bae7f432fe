import ArgumentParser
import CLibedit
import Console
import Foundation
import Kiosk

/// `carecoach kiosk`: a shared terminal in a waiting room, for one person after another.
///
/// The configuration is read once, here, before anything is shown; after that nothing the
/// person types can name a file. With no `--config`, the defaults hold: two minutes idle,
/// nothing written anywhere, and no admin PIN (the service manager stops it).
struct KioskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kiosk",
    abstract: "Run unattended on a shared terminal, one person after another.",
    discussion: """
      Nothing about a person is kept after their session unless the configuration names a
      printer or spool folder for finished plans. Staff leave by typing /admin at the welcome
      screen and giving the PIN. When standard input is not a terminal, the kiosk ends
      (exit 0) at the end of its input, so it can be tested through a pipe.
      """)

  @Option(help: ArgumentHelp("The kiosk configuration (see deploy/kiosk.yaml).", valueName: "file"))
  var config: String?

  @Flag(
    help: """
      Read a PIN (twice at a terminal, once from a pipe) and print the pin_hash line for the \
      configuration.
      """)
  var hashPin = false

  @Flag(help: "Plain output: no colour, no box drawing. Suits screen readers.")
  var plain = false

  func run() throws {
    if hashPin {
      try printPinHash()
      return
    }
    // Before anything else, and before the configuration can stop the start: a kiosk that
    // crashed and is started again clears what the last person left on the screen even when
    // it cannot run, and from here a crash clears the screen and leaves no core dump.
    _ = cc_kiosk_guard_crashes()
    cc_kiosk_clear_screen()
    // No stdio buffer for output: it would keep the tail of the longest text written, such
    // as a person's plan, in memory through the next person's session.
    setvbuf(cc_stdout(), nil, _IONBF, 0)
    let settings = try loadConfig()
    let loaded = try ScriptSource.load(settings.script)
    let terminal = Terminal(
      settings: TerminalSettings.fromEnvironment(plain: plain, historyFile: nil))
    if terminal.isInteractive { _ = cc_no_flow_control(0) }
    let loop = KioskLoop(loaded: loaded, terminal: terminal, config: settings)
    let code = loop.run()
    terminal.clearScreenForNextPerson()
    terminal.close()
    if code != 0 { throw ExitCode(code) }
  }

  func loadConfig() throws -> KioskConfig {
    guard let path = config else { return KioskConfig() }
    // A configuration that stops the start is not a mistake in the command line: exit 1 with
    // the problems, and no usage text in the way of them.
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure("CareCoach cannot read the kiosk configuration '\(path)'.")
    }
    let result = KioskConfig.load(
      yaml: String(decoding: data, as: UTF8.self), file: path,
      scripts: ScriptSource.builtInScriptIDs, machine: .current)
    let errors = result.diagnostics.filter { $0.severity == .error }
    guard let config = result.config, errors.isEmpty else {
      throw Failure(
        "The kiosk configuration has problems, so the kiosk cannot start:\n"
          + errors.map(\.description).joined(separator: "\n"))
    }
    return config
  }

  /// The pin_hash line for the configuration, alone on standard output so it can be
  /// redirected or pasted. At a terminal the PIN is asked twice, unseen, with the prompts on
  /// standard error: a typing slip would otherwise lock staff out of a kiosk left running.
  /// Through a pipe one line is read, with no prompt, as a script expects.
  func printPinHash() throws {
    let asking = isatty(0) == 1
    let terminal = Terminal(
      settings: TerminalSettings(plain: true, colour: false), inputIsTerminal: asking,
      outputIsTerminal: false, inputFD: 0, columns: 80,
      output: { text in if asking { FileHandle.standardError.write(Data(text.utf8)) } })
    defer { terminal.close() }
    func readPin(_ prompt: String) throws -> String {
      guard
        let pin = terminal.readSecret(prompt: prompt, idleLimit: 600)?
          .trimmingCharacters(in: .whitespaces),
        !pin.isEmpty
      else {
        throw Failure("No PIN was given.")
      }
      return pin
    }
    let pin = try readPin("Type the new PIN and press Enter: ")
    guard pin.count >= KioskCommand.shortestPin else {
      throw Failure(
        "The PIN is too short. Use at least \(KioskCommand.shortestPin) characters: a kiosk "
          + "is left alone with strangers, who have time to guess.")
    }
    if asking, try readPin("Type it again to check it: ") != pin {
      throw Failure(
        "The two PINs are not the same, so no hash was made. Run 'carecoach kiosk --hash-pin' "
          + "again.")
    }
    print("pin_hash: \"\(PinHash.make(pin: pin).text)\"")
  }

  /// The fewest characters a staff PIN may have.
  static let shortestPin = 6
}

extension KioskConfig.Machine {
  /// The machine the kiosk is starting on: programs found on its PATH, folders it can write.
  static let current = KioskConfig.Machine(
    findProgram: { name in
      // Only full paths: a program found relative to the working folder could be anything.
      let candidates =
        name.contains("/")
        ? [name]
        : (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
          .split(separator: ":").filter { $0.hasPrefix("/") }.map { "\($0)/\(name)" }
      return candidates.first { path in
        var isDirectory: ObjCBool = false
        return path.hasPrefix("/")
          && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
          && !isDirectory.boolValue && access(path, X_OK) == 0
      }
    },
    canWriteFolder: { folder in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory)
        && isDirectory.boolValue && access(folder, W_OK | X_OK) == 0
    })
}
