import Console
import Dialogue
import Foundation
import Kiosk

/// Starts a kiosk on the real terminal, and reads a new staff PIN for its configuration.
public enum KioskService {
  /// Runs one person after another until staff leave with the PIN
  /// (`KioskRuntime.staffLeftStatus`) or input ends (0), then clears the screen.
  /// `KioskGuards.protectBeforeStart()` must have been called first.
  public static func run(_ loaded: ScriptSource.Loaded, config: KioskConfig, plain: Bool) -> Int32 {
    let script = KioskScript(
      script: loaded.script, lexicon: loaded.lexicon, glossary: loaded.glossary,
      safety: loaded.safety)
    let terminal = Terminal(
      settings: TerminalSettings.fromEnvironment(plain: plain, historyFile: nil))
    if terminal.isInteractive { KioskGuards.noFlowControl(fd: 0) }
    KioskGuards.ignoreStopKeys()
    let keysAndScreen = KioskTerminal(terminal: terminal, blocks: \.block)
    let runtime = KioskRuntime(
      script: script, config: config, screen: keysAndScreen, keys: keysAndScreen,
      clock: SystemKioskClock())
    let code = runtime.run()
    terminal.clearScreenForNextPerson()
    terminal.close()
    return code
  }

  /// The configuration at `path`, checked for everything the kiosk needs before it shows
  /// anything; with no path, the defaults (two minutes idle, nothing written anywhere, no PIN).
  public static func config(at path: String?) throws(SessionError) -> KioskConfig {
    guard let path else { return KioskConfig() }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .cannotReadKioskConfig(path)
    }
    let result = KioskConfig.load(
      yaml: String(decoding: data, as: UTF8.self), file: path,
      scripts: ScriptSource.builtInScriptIDs, machine: .current)
    let errors = result.diagnostics.filter { $0.severity == .error }
    guard let config = result.config, errors.isEmpty else {
      throw .kioskConfigProblems(errors)
    }
    return config
  }

  /// A new staff PIN for the configuration. At a terminal it is asked twice, unseen, with the
  /// prompts on standard error, so standard output holds only the hash: a typing slip would
  /// otherwise lock staff out of a kiosk left running. Through a pipe one line is read, with no
  /// prompt, as a script expects.
  public static func readNewPin(shortest: Int) throws(SessionError) -> String {
    let asking = isatty(0) == 1
    let terminal = Terminal(
      settings: TerminalSettings(plain: true, colour: false), inputIsTerminal: asking,
      outputIsTerminal: false, inputFD: 0, columns: 80,
      output: { text in if asking { FileHandle.standardError.write(Data(text.utf8)) } })
    defer { terminal.close() }
    func readPin(_ prompt: String) throws(SessionError) -> String {
      guard
        let pin = terminal.readSecret(prompt: prompt, idleLimit: 600)?
          .trimmingCharacters(in: .whitespaces),
        !pin.isEmpty
      else { throw .noPinGiven }
      return pin
    }
    let pin = try readPin(Wording.typeNewPin)
    guard pin.count >= shortest else { throw .pinTooShort(shortest: shortest) }
    if asking, try readPin(Wording.typePinAgain) != pin { throw .pinsDiffer }
    return pin
  }
}
