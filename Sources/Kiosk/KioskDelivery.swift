import CProcessGuards
import CarePlan
import Foundation

extension KioskRuntime {
  /// Shows the plan, and sends it where the configuration says, with a code to collect it by.
  /// Gives back the line that says how to get the plan, to say again if asked; nil when the
  /// person went away while reading it: then nothing is sent, since nobody would collect it.
  func deliver(_ plan: Plan) -> String? {
    let text = PlanText.render(
      plan, width: min(screen.width, 80), footer: PlanFooter(safety: script.safety.rules))
    // The last screenful keeps room for what is said after the plan.
    var after = [KioskWording.finishedReading]
    if config.output == .none {
      after.append(KioskWording.noPrintout)
    } else {
      after.append(
        [KioskWording.collect(KioskCode.make()), KioskWording.printoutFailed].max {
          rows(of: $0) < rows(of: $1)
        } ?? "")
    }
    guard showPaged(text, leavingRows: after.map(rows(of:)).reduce(0, +)) else { return nil }
    var code = KioskCode.make()
    func printout() -> String { KioskWording.printoutHeading(code) + "\n\n" + text + "\n" }
    var sent = false
    switch config.output {
    case .none:
      say(.say(KioskWording.noPrintout))
      return KioskWording.noPrintout
    case .printer(let command):
      sent = KioskDelivery.print(printout(), command: command, clock: clock)
    case .spool(let folder):
      // A code already waiting at reception is never reused or overwritten.
      for _ in 0..<5 where !sent {
        sent = KioskDelivery.spool(printout(), folder: folder, code: code)
        if !sent { code = KioskCode.make() }
      }
    }
    if sent {
      say(.say(KioskWording.collect(code)))
      return KioskWording.collect(code)
    }
    say(.notice(KioskWording.printoutFailed))
    return KioskWording.printoutFailed
  }

  /// The rows `text` takes on the screen.
  func rows(of text: String) -> Int {
    screen.wrap(text).count
  }

  /// Shows text a screenful at a time, with "Press Enter for more." between, so nothing
  /// scrolls off the top unread: a console set to large text has few rows and no scrollback.
  /// The last screenful leaves `reserved` rows for what follows. False when the person went
  /// away (or input ended) part way.
  func showPaged(_ text: String, leavingRows reserved: Int) -> Bool {
    var lines = screen.wrap(text)
    while lines.last?.isEmpty == true { lines.removeLast() }
    guard let screenRows = screen.rows else {
      say(.say(lines.joined(separator: "\n")))
      return true
    }
    // Every screenful keeps its bottom row for the cursor.
    let pageRows = max(1, screenRows - 1 - rows(of: KioskWording.more))
    let lastRows = max(1, screenRows - 1 - reserved)
    var start = 0
    while lines.count - start > lastRows {
      let end = min(start + pageRows, lines.count)
      say(.say(lines[start..<end].joined(separator: "\n")))
      say(.notice(KioskWording.more))
      switch keys.read(prompt: "", completions: [], idleLimit: config.idleTimeout) {
      case .line, .interrupt: break
      case .idle, .endKey, .closed: return false
      }
      start = end
    }
    if start < lines.count {
      say(.say(lines[start...].joined(separator: "\n")))
    }
    return true
  }
}

/// The code a person gives at reception for their printout, such as `K7F3`: four characters
/// from an alphabet with no look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
public enum KioskCode {
  public static let alphabet = Array("ACDEFGHJKMNPQRTUVWXY34679")

  public static func make() -> String {
    var generator = SystemRandomNumberGenerator()
    return String((0..<4).map { _ in alphabet.randomElement(using: &generator)! })
  }
}

/// Where a finished plan goes: the only writing the kiosk ever does.
public enum KioskDelivery {
  /// How long a printer command may take before the printout counts as failed.
  public static let printerPatience: Double = 30

  /// Runs the printer command with the plan on its standard input; true when it succeeded.
  /// A stuck printer must not freeze the kiosk in front of the person, so it is given
  /// `printerPatience` seconds on `clock`.
  public static func print(_ text: String, command: [String], clock: any KioskClock) -> Bool {
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
    cc_kiosk_track_child(process.processIdentifier)
    defer { cc_kiosk_untrack_child(process.processIdentifier) }
    var wroteAll = true
    do {
      try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    } catch {
      // The printer stopped reading (it failed, or ended early): a failed printout to own up
      // to, not a reason to stop the kiosk in front of the person.
      wroteAll = false
    }
    try? input.fileHandleForWriting.close()
    let deadline = clock.uptime + printerPatience
    while process.isRunning && clock.uptime < deadline { clock.sleep(0.05) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      return false
    }
    return wroteAll && process.terminationStatus == 0
  }

  /// Runs the staff alert command with the notice's safety categories (such as `self-harm`) as
  /// its arguments: never the person's words, which stay on the screen in front of them. The
  /// kiosk does not wait for it, so a slow alert cannot hold up the notice; a failed one
  /// changes nothing the person sees.
  public static func alertStaff(_ categories: [String], command: [String]) {
    guard let program = command.first else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = Array(command.dropFirst()) + categories
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return }
    let pid = process.processIdentifier
    cc_kiosk_track_child(pid)
    Thread.detachNewThread {
      process.waitUntilExit()
      cc_kiosk_untrack_child(pid)
    }
  }

  /// Writes the plan as `plan-CODE.txt`, readable by its owner only, never replacing a file.
  public static func spool(_ text: String, folder: String, code: String) -> Bool {
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
