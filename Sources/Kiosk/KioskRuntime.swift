import CarePlan
import Dialogue
import Foundation

/// The kiosk's round: a welcome screen, one person's conversation, a clean screen, again.
///
/// There is no store: a person's answers live only in the `ConversationState` of one
/// `session()` call, and leave memory when it returns. The only thing that may outlive it is
/// the finished plan, and only where the configuration says. The screen, the keys and the
/// clock come in from outside, so every part of the round can be run with fakes.
public struct KioskRuntime {
  let script: KioskScript
  let config: KioskConfig
  let screen: any KioskScreen
  let keys: any KioskLineSource
  let clock: any KioskClock
  /// Wrong staff PINs so far: kept for the life of the kiosk, across people.
  let pinAttempts = PinAttempts()
  /// Tells staff a safety notice is on the screen, given its categories and nothing else.
  let alertStaff: ([String]) -> Void

  /// `alertStaff` is for tests; by default the configuration's `staff_alert` command is run.
  public init(
    script: KioskScript, config: KioskConfig, screen: any KioskScreen,
    keys: any KioskLineSource, clock: any KioskClock,
    alertStaff: (([String]) -> Void)? = nil
  ) {
    self.script = script
    self.config = config
    self.screen = screen
    self.keys = keys
    self.clock = clock
    self.alertStaff =
      alertStaff ?? { categories in
        if let command = config.staffAlert {
          KioskDelivery.alertStaff(categories, command: command)
        }
      }
  }

  /// The exit status when staff leave with the PIN: its own, so a service manager that
  /// restarts the kiosk after anything else (a crash, a hang-up) can be told not to restart
  /// it then (systemd's `RestartPreventExitStatus=`).
  public static let staffLeftStatus: Int32 = 3

  /// Runs until staff leave with the PIN (`staffLeftStatus`) or input ends (0).
  public func run() -> Int32 {
    while true {
      screen.clearForNextPerson()
      keys.forgetEverythingTyped()
      say(.say(KioskWording.welcome))
      say(.say(KioskWording.pressEnterToStart))
      switch keys.read(prompt: "", completions: [], idleLimit: nil) {
      case .line(let line):
        // Whatever is typed here is read by the safety net too, before anything else, in the
        // same two tiers as the conversation: a clear statement shows its notice at once, and
        // words that could be everyday ones ("chest") start the conversation with that line,
        // so its check question is asked first.
        if let notice = notice(for: line) {
          show(notice)
          if !keepOnScreen(receptionLine(of: notice)) { return 0 }
          continue
        }
        if line.trimmingCharacters(in: .whitespaces).lowercased() == "/admin" {
          if admin() { return KioskRuntime.staffLeftStatus }
          continue
        }
        if session(startingWith: asksFirst(line) ? line : nil) == .inputClosed { return 0 }
      case .interrupt, .idle, .endKey:
        continue
      case .closed:
        return 0
      }
    }
  }

  func say(_ output: Output) { screen.show([output]) }

  /// A safety notice, on the screen and to staff: a person who needs help now should not
  /// depend on reading it alone, and the notice is cleared when the session ends.
  func show(_ notice: SafetyNotice) {
    screen.show([.safety(notice)])
    alertStaff(notice.categories)
  }

  /// A moment to read a short message before the screen is cleared.
  func pause() {
    _ = keys.read(prompt: "", completions: [], idleLimit: 3)
  }

  /// The safety notice a line typed outside a conversation sets off at once: only a clear
  /// statement does; words that could be everyday ones are asked about first (`asksFirst`).
  func notice(for line: String) -> SafetyNotice? {
    let clear = script.safety.check(InputCleaner.clean(line)).filter { $0.tier == .clear }
    return script.safety.notice(for: clear, audience: .kiosk)
  }

  /// Whether a line typed outside a conversation has words that could be a crisis or an
  /// everyday thing, which the conversation's check question asks about.
  func asksFirst(_ line: String) -> Bool {
    script.safety.check(InputCleaner.clean(line)).contains {
      $0.tier == .check && $0.category.level != .appointment
    }
  }

  /// The notice's last line, which in a kiosk says to speak to reception.
  func receptionLine(of notice: SafetyNotice) -> String {
    notice.lines.last ?? script.safety.rules.wording.kiosk
  }

  /// Keeps a safety notice on screen until the person presses Enter, or for as long as a
  /// session may sit idle, saying again where help is; only then may the screen be cleared.
  /// A line typed here goes through the safety net too. False when the input has ended.
  func keepOnScreen(_ reception: String) -> Bool {
    var reception = reception
    while true {
      say(.notice(reception))
      say(.say(KioskWording.finishedReading))
      switch keys.read(prompt: "", completions: [], idleLimit: config.idleTimeout) {
      case .line(let line):
        // Words that could be a crisis leave the notice where it is, with its numbers.
        if let notice = notice(for: line) {
          show(notice)
          reception = receptionLine(of: notice)
        } else if !asksFirst(line) {
          return true
        }
      case .interrupt, .idle, .endKey:
        return true
      case .closed:
        return false
      }
    }
  }
}
