import Dialogue
import Foundation
import Kiosk

/// A clock that moves only when the kiosk sleeps or a fake read says time has passed.
final class FakeClock: KioskClock {
  var uptime: Double = 1_000
  var date = Date(timeIntervalSince1970: 1_780_000_000)
  /// Every sleep the kiosk asked for, in order.
  var slept: [Double] = []
  /// False holds the clock still through sleeps, so a wait for a real process (a printer
  /// command) lasts as long as the process does, never timing out.
  var sleepsPassTime = true

  func sleep(_ seconds: Double) {
    slept.append(seconds)
    if sleepsPassTime { pass(seconds) }
  }

  func pass(_ seconds: Double) {
    uptime += seconds
    date += seconds
  }
}

/// A key press (or its absence) the fake terminal hands the kiosk, after `wait` seconds.
struct Press {
  var wait: Double = 0
  var input: KioskInput

  static func line(_ text: String) -> Press { Press(input: .line(text)) }
  static let enter = Press.line("")
  static let idle = Press(input: .idle())
  /// No key came in time, with `typed` on the line and no Enter.
  static func idle(typed: String) -> Press { Press(input: .idle(typed: typed)) }
  static let interrupt = Press(input: .interrupt)
  static func after(_ seconds: Double, _ press: Press) -> Press {
    Press(wait: seconds, input: press.input)
  }
}

/// A screen and keyboard in memory: what was shown, and what each read asked for.
///
/// An idle read moves the clock on by its limit, as a real wait would; when the presses run
/// out, input is closed, so every run ends.
final class FakeTerminal: KioskScreen, KioskLineSource {
  /// One thing that happened, in order.
  enum Event: Equatable {
    case shown(String)
    case cleared
    case read(prompt: String, idleLimit: Double?)
    case secret(prompt: String, idleLimit: Double)
    case discarded
    case forgot
  }

  let clock: FakeClock
  var presses: [Press]
  var events: [Event] = []
  var width = 80
  var rows: Int?

  init(clock: FakeClock, presses: [Press]) {
    self.clock = clock
    self.presses = presses
  }

  /// Everything shown since the screen was last cleared.
  var screen: String {
    let sinceClear = events.split(separator: .cleared, omittingEmptySubsequences: false).last ?? []
    return sinceClear.compactMap { event -> String? in
      if case .shown(let text) = event { return text }
      return nil
    }.joined(separator: "\n")
  }

  /// Everything ever shown.
  var everything: String {
    events.compactMap { event -> String? in
      if case .shown(let text) = event { return text }
      return nil
    }.joined(separator: "\n")
  }

  /// What was on the screen at each read, in order.
  var screensAtReads: [String] = []

  var reads: [Event] {
    events.filter {
      if case .read = $0 { return true }
      if case .secret = $0 { return true }
      return false
    }
  }

  func show(_ outputs: [Output]) {
    for output in outputs {
      switch output {
      case .say(let text), .notice(let text): events.append(.shown(text))
      case .ask(let prompt): events.append(.shown(prompt.text))
      case .safety(let notice):
        events.append(.shown(([notice.title] + notice.lines).joined(separator: "\n")))
      case .summary(let title, let items):
        events.append(.shown(([title] + items).joined(separator: "\n")))
      case .progress(_, _, let title): events.append(.shown(title))
      case .plan, .flag, .finished, .stopped: break
      }
    }
  }

  func clearForNextPerson() { events.append(.cleared) }

  func wrap(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
      stride(from: 0, to: max(line.count, 1), by: width).map { start in
        String(line.dropFirst(start).prefix(width))
      }
    }
  }

  /// What each read put on the line to start with, in order ("" for most).
  var typedAtReads: [String] = []

  func read(prompt: String, completions: [String], idleLimit: Double?, typed: String)
    -> KioskInput
  {
    events.append(.read(prompt: prompt, idleLimit: idleLimit))
    typedAtReads.append(typed)
    return next(idleLimit: idleLimit)
  }

  func readSecret(prompt: String, idleLimit: Double) -> String? {
    events.append(.secret(prompt: prompt, idleLimit: idleLimit))
    if case .line(let text) = next(idleLimit: idleLimit) { return text }
    return nil
  }

  func discardTyped() { events.append(.discarded) }

  func forgetEverythingTyped() { events.append(.forgot) }

  private func next(idleLimit: Double?) -> KioskInput {
    screensAtReads.append(screen)
    guard !presses.isEmpty else { return .closed }
    let press = presses.removeFirst()
    clock.pass(press.wait)
    if case .idle = press.input { clock.pass(idleLimit ?? 0) }
    return press.input
  }
}
