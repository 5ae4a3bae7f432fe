import Console
import Dialogue
import Foundation
import Kiosk
import TextLayout

/// The kiosk's screen and keys on a real terminal (`Console.Terminal`).
///
/// Reads can give up after an idle limit, even half way through a line, and the line editor
/// keeps no history. Ctrl-D at a terminal that is still there is only a key; the end of piped
/// input, or a terminal that hung up, is the end.
public final class KioskTerminal: KioskScreen, KioskLineSource {
  let terminal: Terminal
  /// How an engine output looks on the terminal: the same mapping as every other loop's.
  let blocks: (Output) -> Block?

  public init(terminal: Terminal, blocks: @escaping (Output) -> Block?) {
    self.terminal = terminal
    self.blocks = blocks
    terminal.enableIdleLimits()
  }

  public func show(_ outputs: [Output]) {
    for block in outputs.compactMap(blocks) { terminal.show(block) }
  }

  public func clearForNextPerson() { terminal.clearScreenForNextPerson() }

  public var width: Int { terminal.width }

  /// Only a screen someone is typing at is paged; a pipe gets the whole text at once.
  public var rows: Int? { terminal.isInteractive ? terminal.rows : nil }

  public func wrap(_ text: String) -> [String] {
    TextWrapper(width: terminal.width).wrap(text)
  }

  public func read(
    prompt: String, completions: [String], idleLimit: Double?, typed: String
  ) -> KioskInput {
    let input = terminal.read(
      prompt: prompt, completions: completions, idleLimit: idleLimit, typed: typed)
    switch input {
    case .line(let line): return .line(line)
    case .interrupt: return .interrupt
    case .timeout: return .idle(typed: terminal.unfinishedLine)
    case .end:
      // A terminal that no longer answers as one has hung up; without this the loop would
      // spin on its endless ends of input.
      return terminal.isInteractive && isatty(0) == 1 ? .endKey : .closed
    }
  }

  public func readSecret(prompt: String, idleLimit: Double) -> String? {
    terminal.readSecret(prompt: prompt, idleLimit: idleLimit)
  }

  public func discardTyped() { terminal.discardTypedInput() }

  public func forgetEverythingTyped() { terminal.forgetEverythingTyped() }
}

/// The real clock: uptime for waits and lockouts, the wall clock for records.
public final class SystemKioskClock: KioskClock {
  public init() {}
  public var uptime: Double { ProcessInfo.processInfo.systemUptime }
  public var date: Date { WallClock.now() }
  public func sleep(_ seconds: Double) { Thread.sleep(forTimeInterval: seconds) }
}
