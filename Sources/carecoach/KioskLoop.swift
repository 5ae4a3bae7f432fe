import CLibedit
import CarePlan
import Console
import Dialogue
import Foundation
import Kiosk
import TextLayout

/// The kiosk's round: a welcome screen, one person's conversation, a clean screen, again.
///
/// Unlike `ConversationLoop` there is no store: a person's answers live only in the
/// `ConversationState` of one `session()` call, and leave memory when it returns. The only
/// thing that may outlive it is the finished plan, and only where the configuration says.
struct KioskLoop {
  let loaded: ScriptSource.Loaded
  let terminal: Terminal
  let config: KioskConfig
  var clock: () -> Date = Date.init
  /// Wrong staff PINs so far: kept for the life of the kiosk, across people.
  let pinAttempts = PinAttempts()

  /// How a person's session ended.
  enum SessionEnd { case finished, left, walkedAway, inputClosed }

  /// The exit status when staff leave with the PIN: its own, so a service manager that
  /// restarts the kiosk after anything else (a crash, a hang-up) can be told not to restart
  /// it then (systemd's `RestartPreventExitStatus=`).
  static let staffLeftStatus: Int32 = 3

  /// Runs until staff leave with the PIN (`staffLeftStatus`) or piped input ends (0).
  func run() -> Int32 {
    cc_kiosk_signals()
    terminal.enableIdleLimits()
    while true {
      terminal.clearScreenForNextPerson()
      terminal.forgetEverythingTyped()
      terminal.show(.say("Welcome. This can help you get ready for your appointment."))
      terminal.show(.say("Press Enter to start."))
      switch terminal.read(prompt: "", completions: [], idleLimit: nil) {
      case .line(let line):
        // Whatever is typed here is read by the safety net too, before anything else.
        if let notice = notice(for: line) {
          show([.safety(notice)])
          if !keepOnScreen(receptionLine(of: notice)) { return 0 }
          continue
        }
        if line.trimmingCharacters(in: .whitespaces).lowercased() == "/admin" {
          if admin() { return KioskLoop.staffLeftStatus }
          continue
        }
        if session() == .inputClosed { return 0 }
      case .interrupt, .timeout:
        continue
      case .end:
        // At a terminal Ctrl-D is only a key; the end of piped input is the end of the run,
        // and so is a terminal that has gone away (hung up), or the loop would spin.
        if !terminal.isInteractive || KioskLoop.terminalGone { return 0 }
      }
    }
  }

  /// Asks for the staff PIN; true when it matches and the kiosk should stop.
  func admin() -> Bool {
    guard let hash = config.pinHash else {
      terminal.show(.notice("No admin PIN is set for this kiosk."))
      pause()
      return false
    }
    let locked = pinAttempts.lockedFor(at: ProcessInfo.processInfo.systemUptime)
    if locked > 0 {
      terminal.show(
        .notice(
          "/admin is locked after \(PinAttempts.triesBeforeLockout) wrong PINs. Try again in "
            + "\(PinAttempts.describe(locked))."))
      pause()
      return false
    }
    guard
      let pin = terminal.readSecret(prompt: "PIN: ", idleLimit: min(30, config.idleTimeout))?
        .trimmingCharacters(in: .whitespaces)
    else {
      return false
    }
    // Enter alone (or Ctrl-D) is someone changing their mind, not a guess.
    if pin.isEmpty { return false }
    if hash.matches(pin) {
      pinAttempts.right()
      return true
    }
    switch pinAttempts.wrong(at: ProcessInfo.processInfo.systemUptime, lockout: config.pinLockout) {
    case .wait(let seconds):
      terminal.show(
        .notice("That PIN is not right. Please wait \(PinAttempts.describe(seconds))."))
      waitIgnoringKeys(seconds)
    case .lockedOut(let seconds):
      terminal.show(
        .notice(
          "That PIN is not right. After \(PinAttempts.triesBeforeLockout) wrong PINs, /admin "
            + "is locked for \(PinAttempts.describe(seconds))."))
      pause()
    }
    return false
  }

  /// Waits, then throws away every key pressed meanwhile: a wait that Enter could cut short
  /// would not slow down anyone guessing the PIN.
  func waitIgnoringKeys(_ seconds: Double) {
    Thread.sleep(forTimeInterval: seconds)
    if terminal.isInteractive { cc_discard_typed_input() }
  }

  /// A moment to read a short message before the screen is cleared.
  func pause() {
    _ = terminal.read(prompt: "", completions: [], idleLimit: 3)
  }

  /// One person, from their first answer to a clear screen. Everything they said is in
  /// `state`, a local that is gone when this returns.
  func session() -> SessionEnd {
    terminal.clearScreenForNextPerson()
    let engine = loaded.engine(audience: .kiosk)
    // The safety net and glossary outlive this person: they must not keep their words.
    defer { engine.forgetWhatWasTyped() }
    engine.prepareInBackground()
    var state = ConversationState()
    var choices: [String] = []
    /// The reception line of the latest safety notice shown, if any.
    var reception: String?
    func step(_ event: Event) -> [Output] {
      let (next, outputs) = engine.step(state, event)
      state = next
      show(outputs)
      for output in outputs {
        if case .ask(let prompt) = output {
          choices = prompt.choices
          if case .yesNo = prompt.kind { choices += ["yes", "no"] }
        }
        if case .safety(let notice) = output { reception = receptionLine(of: notice) }
      }
      return outputs
    }
    /// A person who leaves after a safety notice keeps the numbers on screen until they have
    /// read them: the next welcome screen would clear them at once.
    func leave() -> SessionEnd {
      guard let reception else { return .left }
      return keepOnScreen(reception) ? .left : .inputClosed
    }
    var outputs = step(.start(at: clock()))
    let quietLimit = config.idleTimeout - config.idleWarning
    while !outputs.contains(.finished) {
      if outputs.contains(.stopped) { return leave() }
      switch terminal.read(prompt: "> ", completions: choices, idleLimit: quietLimit) {
      case .line(let line):
        if KioskLoop.isQuit(line) { return leave() }
        outputs = step(.input(line, at: clock()))
      case .interrupt:
        terminal.show(.notice("(Line cleared.)"))
        outputs = []
      case .timeout:
        switch stillThere() {
        case .gone: return .walkedAway
        case .here: outputs = step(.input("repeat", at: clock()))
        case .said(let line): outputs = step(.input(line, at: clock()))
        }
      case .end:
        guard terminal.isInteractive && !KioskLoop.terminalGone else { return .inputClosed }
        return leave()
      }
    }
    guard deliver(plan(from: state, engine: engine)) else { return .walkedAway }
    terminal.show(.say(KioskLoop.finishedReading))
    if case .end = terminal.read(prompt: "", completions: [], idleLimit: config.idleTimeout),
      !terminal.isInteractive
    {
      return .inputClosed
    }
    return .finished
  }

  static let finishedReading = "When you have finished reading, press Enter."

  /// True when standard input was a terminal but no longer answers as one (a hang-up).
  static var terminalGone: Bool { isatty(0) == 0 }

  /// `quit` and its kin end this person's session at once; the next person starts afresh.
  static func isQuit(_ line: String) -> Bool {
    if case .quit? = Command.parse(line) { return true }
    return false
  }

  /// What the person did at the warning before an idle session ends.
  enum StillThere: Equatable {
    case here
    case gone
    /// They typed something the safety net must read: it goes to the conversation as said.
    case said(String)
  }

  /// The warning before an idle session ends. Anything typed at it is checked by the safety
  /// net like every other line; any other words only say the person is still there.
  func stillThere() -> StillThere {
    terminal.show(.notice("Are you still there? Press Enter to carry on."))
    switch terminal.read(prompt: "", completions: [], idleLimit: config.idleWarning) {
    case .line(let line):
      return loaded.safety.check(InputCleaner.clean(line)).isEmpty ? .here : .said(line)
    case .interrupt: return .here
    case .timeout, .end: return .gone
    }
  }

  /// The safety notice a line sets off in a kiosk, if it sets one off.
  func notice(for line: String) -> SafetyNotice? {
    loaded.safety.notice(for: loaded.safety.check(InputCleaner.clean(line)), audience: .kiosk)
  }

  /// The notice's last line, which in a kiosk says to speak to reception.
  func receptionLine(of notice: SafetyNotice) -> String {
    notice.lines.last ?? loaded.safety.rules.wording.kiosk
  }

  /// Keeps a safety notice on screen until the person presses Enter, or for as long as a
  /// session may sit idle, saying again where help is; only then may the screen be cleared.
  /// A line typed here goes through the safety net too. False when the input has ended.
  func keepOnScreen(_ reception: String) -> Bool {
    var reception = reception
    while true {
      terminal.show(.notice(reception))
      terminal.show(.say("When you have finished reading, press Enter."))
      switch terminal.read(prompt: "", completions: [], idleLimit: config.idleTimeout) {
      case .line(let line):
        guard let notice = notice(for: line) else { return true }
        show([.safety(notice)])
        reception = receptionLine(of: notice)
      case .interrupt, .timeout:
        return true
      case .end:
        return terminal.isInteractive && !KioskLoop.terminalGone
      }
    }
  }

  func plan(from state: ConversationState, engine: Engine) -> Plan {
    let now = clock()
    let builder = PlanBuilder(
      script: engine.script, concepts: engine.concepts, glossary: loaded.glossary)
    return builder.build(
      from: state,
      metadata: .init(
        planID: "kiosk-\(KioskCode.make())", createdAt: now, updatedAt: now, mode: "kiosk"))
  }

  static func collect(_ code: String) -> String {
    "Ask at reception for your printout: code \(code)"
  }

  static let printoutFailed = "Sorry, the printout did not work. Please tell reception."

  /// Shows the plan, and sends it where the configuration says, with a code to collect it by.
  /// False when the person went away while reading it; then nothing is sent, since nobody
  /// would collect it.
  func deliver(_ plan: Plan) -> Bool {
    let text = PlanText.render(
      plan, width: min(terminal.width, 80), footer: PlanFooter(safety: loaded.safety.rules))
    // The last screenful keeps room for what is said after the plan.
    var after = [KioskLoop.finishedReading]
    if config.output != .none {
      after.append(
        [KioskLoop.collect(KioskCode.make()), KioskLoop.printoutFailed].max {
          rows(of: $0) < rows(of: $1)
        } ?? "")
    }
    guard showPaged(text, leavingRows: after.map(rows(of:)).reduce(0, +)) else { return false }
    var code = KioskCode.make()
    func printout() -> String { "CareCoach plan. Code: \(code)\n\n" + text + "\n" }
    var sent = false
    switch config.output {
    case .none:
      return true
    case .printer(let command):
      sent = KioskDelivery.print(printout(), command: command)
    case .spool(let folder):
      // A code already waiting at reception is never reused or overwritten.
      for _ in 0..<5 where !sent {
        sent = KioskDelivery.spool(printout(), folder: folder, code: code)
        if !sent { code = KioskCode.make() }
      }
    }
    if sent {
      terminal.show(.say(KioskLoop.collect(code)))
    } else {
      terminal.show(.notice(KioskLoop.printoutFailed))
    }
    return true
  }

  /// The rows `text` takes on the screen.
  func rows(of text: String) -> Int {
    TextWrapper(width: terminal.width).wrap(text).count
  }

  /// Shows text a screenful at a time, with "Press Enter for more." between, so nothing
  /// scrolls off the top unread: a console set to large text has few rows and no scrollback.
  /// The last screenful leaves `reserved` rows for what follows. False when the person went
  /// away (or input ended) part way.
  func showPaged(_ text: String, leavingRows reserved: Int) -> Bool {
    var lines = TextWrapper(width: terminal.width).wrap(text)
    while lines.last?.isEmpty == true { lines.removeLast() }
    guard terminal.isInteractive, let screenRows = terminal.rows else {
      terminal.show(.say(lines.joined(separator: "\n")))
      return true
    }
    let more = "Press Enter for more."
    // Every screenful keeps its bottom row for the cursor.
    let pageRows = max(1, screenRows - 1 - rows(of: more))
    let lastRows = max(1, screenRows - 1 - reserved)
    var start = 0
    while lines.count - start > lastRows {
      let end = min(start + pageRows, lines.count)
      terminal.show(.say(lines[start..<end].joined(separator: "\n")))
      terminal.show(.notice(more))
      switch terminal.read(prompt: "", completions: [], idleLimit: config.idleTimeout) {
      case .line, .interrupt: break
      case .timeout, .end: return false
      }
      start = end
    }
    if start < lines.count {
      terminal.show(.say(lines[start...].joined(separator: "\n")))
    }
    return true
  }

  func show(_ outputs: [Output]) {
    for block in outputs.compactMap(\.block) { terminal.show(block) }
  }
}

/// The code a person gives at reception for their printout, such as `K7F3`: four characters
/// from an alphabet with no look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
enum KioskCode {
  static let alphabet = Array("ACDEFGHJKMNPQRTUVWXY34679")

  static func make() -> String {
    var generator = SystemRandomNumberGenerator()
    return String((0..<4).map { _ in alphabet.randomElement(using: &generator)! })
  }
}

/// Where a finished plan goes: the only writing the kiosk ever does.
enum KioskDelivery {
  /// Runs the printer command with the plan on its standard input; true when it succeeded.
  static func print(_ text: String, command: [String]) -> Bool {
    guard !command.isEmpty else { return false }
    let process = Process()
    // The configuration gives the full path of the program it checked at start.
    if command[0].hasPrefix("/") {
      process.executableURL = URL(fileURLWithPath: command[0])
      process.arguments = Array(command.dropFirst())
    } else {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = command
    }
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return false
    }
    var wroteAll = true
    do {
      try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    } catch {
      // The printer stopped reading (it failed, or ended early): a failed printout to own up
      // to, not a reason to stop the kiosk in front of the person.
      wroteAll = false
    }
    try? input.fileHandleForWriting.close()
    // A stuck printer must not freeze the kiosk in front of the person: give up after 30 s.
    let deadline = Date().addingTimeInterval(30)
    while process.isRunning && Date() < deadline { usleep(50_000) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      return false
    }
    return wroteAll && process.terminationStatus == 0
  }

  /// Writes the plan as `plan-CODE.txt`, readable by its owner only, never replacing a file.
  static func spool(_ text: String, folder: String, code: String) -> Bool {
    let path = (folder as NSString).appendingPathComponent("plan-\(code).txt")
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    _ = fchmod(fd, 0o600)
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return false }
      written += count
    }
    return fsync(fd) == 0 || errno == EINVAL
  }
}
