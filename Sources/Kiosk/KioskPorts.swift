import Dialogue
import Foundation

/// What one read at the kiosk gave.
public enum KioskInput: Equatable, Sendable {
  /// A line the person entered, without its newline.
  case line(String)
  /// Ctrl-C: the line being typed was cleared.
  case interrupt
  /// Ctrl-D on an empty line at a terminal that is still there: a key like any other, since
  /// at a kiosk the keyboard never runs out.
  case endKey
  /// No key came within the idle limit: the person may have walked away. `typed` is what
  /// was on the line without Enter, kept to give back if they are still there.
  case idle(typed: String = "")
  /// Nothing more will come: piped input ended, or the terminal hung up.
  case closed
}

/// Where the kiosk shows what is said. Outputs are the engine's own, so a kiosk conversation
/// looks like every other; the kiosk's own words go through the same kinds (`.say`, `.notice`).
public protocol KioskScreen: AnyObject {
  func show(_ outputs: [Output])
  /// Clears the screen and its scrollback, so the next person sees nothing of the last.
  func clearForNextPerson()
  /// Columns to lay text out in.
  var width: Int { get }
  /// Rows a page may fill; nil when there is no screen to page (output to a pipe).
  var rows: Int? { get }
  /// `text` as the rows it takes at `width`.
  func wrap(_ text: String) -> [String]
}

/// Where the kiosk's keys come from. Every read can be given an idle limit, because a person
/// who walks away must not leave their answers for the next one.
public protocol KioskLineSource: AnyObject {
  /// Reads a line; `completions` are offered on Tab. Nil `idleLimit` waits for ever. `typed`
  /// starts the line, to be finished or changed: the words of a read that went idle.
  func read(prompt: String, completions: [String], idleLimit: Double?, typed: String)
    -> KioskInput
  /// Reads a secret such as a PIN without showing it; nil when nothing came in time or input
  /// ended.
  func readSecret(prompt: String, idleLimit: Double) -> String?
  /// Throws away keys typed but not yet read.
  func discardTyped()
  /// Starts afresh: no history, nothing cut, so the next person cannot bring back the last
  /// one's words.
  func forgetEverythingTyped()
}

extension KioskLineSource {
  /// Reads a line that starts empty.
  func read(prompt: String, completions: [String], idleLimit: Double?) -> KioskInput {
    read(prompt: prompt, completions: completions, idleLimit: idleLimit, typed: "")
  }
}

/// The kiosk's time: injected, so idle limits and PIN waits can be tested without waiting.
public protocol KioskClock: AnyObject {
  /// Seconds on a clock that only goes forward, for waits and lockouts: setting the wall clock
  /// back must not lift a lockout.
  var uptime: Double { get }
  /// The wall-clock time, which the conversation records and the plan is dated with.
  var date: Date { get }
  /// Waits `seconds`, whatever keys are pressed meanwhile.
  func sleep(_ seconds: Double)
}

/// The script a kiosk runs, with what it runs with. A fresh engine is made for each person,
/// so nothing of one person's conversation is carried to the next.
public struct KioskScript: Sendable {
  public var script: Script
  public var lexicon: Lexicon
  public var glossary: Glossary
  public var safety: SafetyNet

  public init(script: Script, lexicon: Lexicon, glossary: Glossary, safety: SafetyNet) {
    self.script = script
    self.lexicon = lexicon
    self.glossary = glossary
    self.safety = safety
  }

  func engine() -> Engine {
    Engine(
      script: script, lexicon: lexicon, glossary: glossary, safety: safety, audience: .kiosk)
  }
}
