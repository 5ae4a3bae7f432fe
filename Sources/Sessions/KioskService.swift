import Console
import Dialogue
import Foundation
import Kiosk

/// Starts a kiosk on the real terminal, and reads a new staff PIN for its configuration.
public enum KioskService {
  /// Runs one person after another until staff leave with the PIN
  /// (`KioskRuntime.staffLeftStatus`) or input ends (0), then clears the screen.
  /// `KioskGuards.protectBeforeStart()` must have been called first.
  public static func run(
    _ script: KioskScript, config: KioskConfig, plain: Bool,
    blocks: @escaping (Output) -> Block?
  ) -> Int32 {
    let terminal = Terminal(
      settings: TerminalSettings.fromEnvironment(plain: plain, historyFile: nil))
    if terminal.isInteractive { KioskGuards.noFlowControl(fd: 0) }
    KioskGuards.ignoreStopKeys()
    let keysAndScreen = KioskTerminal(terminal: terminal, blocks: blocks)
    let runtime = KioskRuntime(
      script: script, config: config, screen: keysAndScreen, keys: keysAndScreen,
      clock: SystemKioskClock())
    let code = runtime.run()
    terminal.clearScreenForNextPerson()
    terminal.close()
    return code
  }

  /// Reads a new PIN from standard input without showing it, asking on standard error when
  /// someone is typing; nil when none was given.
  public static func readNewPin() -> String? {
    if isatty(0) == 1 {
      FileHandle.standardError.write(Data("Type the new PIN and press Enter: ".utf8))
    }
    let terminal = Terminal(
      settings: TerminalSettings(plain: true, colour: false), inputIsTerminal: isatty(0) == 1,
      outputIsTerminal: false, inputFD: 0, columns: 80, output: { _ in })
    defer { terminal.close() }
    guard
      let pin = terminal.readSecret(prompt: "", idleLimit: 600)?
        .trimmingCharacters(in: .whitespaces),
      !pin.isEmpty
    else { return nil }
    return pin
  }
}
