import Foundation
import Kiosk
import Testing

/// Where a finished plan goes: a spool folder, a printer command, or nowhere.
@Suite struct KioskDeliveryTests {
  static func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("carecoach-spool-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    return path
  }

  static func code(in text: String) -> String? {
    guard let range = text.range(of: "Ask at reception for your printout: code ") else {
      return nil
    }
    return String(text[range.upperBound...].prefix(4))
  }

  @Test func aFinishedPlanGoesToTheSpoolAsA0600FileNamedByItsCode() throws {
    let spool = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: spool) }
    let (kiosk, terminal, _) = KioskFixtures.kiosk(
      [.enter] + KioskFixtures.wholeConversation + [.enter],
      config: KioskFixtures.config { $0.output = .spool(spool) })
    #expect(kiosk.run() == 0)
    let code = try #require(Self.code(in: terminal.everything))
    #expect(try FileManager.default.contentsOfDirectory(atPath: spool) == ["plan-\(code).txt"])
    let path = spool + "/plan-\(code).txt"
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("CareCoach plan. Code: \(code)"))
    #expect(text.contains("Walking to the park with Rex"))
    // The person reads the plan and the code before the screen is cleared.
    #expect(terminal.screensAtReads.last?.contains(Self.welcome) == true)
    #expect(!(terminal.screensAtReads.dropLast().last ?? "").contains(Self.welcome))
  }

  static let welcome = "Press Enter to start."

  @Test func aSpoolFileAlreadyThereIsNeverReplaced() throws {
    let spool = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: spool) }
    #expect(KioskDelivery.spool("first", folder: spool, code: "ACDE"))
    #expect(!KioskDelivery.spool("second", folder: spool, code: "ACDE"))
    #expect(try String(contentsOfFile: spool + "/plan-ACDE.txt", encoding: .utf8) == "first")
  }

  @Test func aPrinterThatFailsIsOwnedUpToAndTheKioskGoesOn() throws {
    let (kiosk, terminal, clock) = KioskFixtures.kiosk(
      [.enter] + KioskFixtures.wholeConversation + [.enter],
      config: KioskFixtures.config {
        $0.output = .printer(["/bin/sh", "-c", "cat >/dev/null; exit 1"])
      })
    clock.sleepsPassTime = false
    #expect(kiosk.run() == 0)
    #expect(
      terminal.everything.contains("Sorry, the printout did not work. Please tell reception."))
    #expect(Self.code(in: terminal.everything) == nil)
    #expect(terminal.everything.contains(Self.welcome))
  }

  @Test func aPrinterGetsThePlanOnItsInput() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (kiosk, terminal, clock) = KioskFixtures.kiosk(
      [.enter] + KioskFixtures.wholeConversation + [.enter],
      config: KioskFixtures.config {
        $0.output = .printer(["/bin/sh", "-c", "cat > \(folder)/printed"])
      })
    clock.sleepsPassTime = false
    _ = kiosk.run()
    let code = try #require(Self.code(in: terminal.everything))
    let printed = try String(contentsOfFile: folder + "/printed", encoding: .utf8)
    #expect(printed.hasPrefix("CareCoach plan. Code: \(code)"))
  }

  @Test func aStuckPrinterIsGivenUpAfterItsTimeOnTheClock() {
    let clock = FakeClock()
    let sent = KioskDelivery.print(
      "plan", command: ["/bin/sh", "-c", "cat >/dev/null; exec sleep 60"], clock: clock)
    #expect(!sent)
    let waited = clock.slept.reduce(0, +)
    #expect(waited >= KioskDelivery.printerPatience && waited < KioskDelivery.printerPatience + 1)
  }

  @Test func aLongPlanIsShownAScreenfulAtATime() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk(
      [.enter] + KioskFixtures.wholeConversation + Array(repeating: .enter, count: 20))
    terminal.rows = 12
    _ = kiosk.run()
    let pages = terminal.everything.components(separatedBy: "Press Enter for more.").count - 1
    #expect(pages >= 2)
    // Every page waits for Enter, as long as a person may sit idle.
    #expect(
      terminal.reads.filter { $0 == .read(prompt: "", idleLimit: 120) }.count >= pages + 1)
  }

  @Test func walkingAwayWhileThePlanIsPagedSendsNothing() throws {
    let spool = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: spool) }
    let (kiosk, terminal, _) = KioskFixtures.kiosk(
      [.enter] + KioskFixtures.wholeConversation + [.idle],
      config: KioskFixtures.config { $0.output = .spool(spool) })
    terminal.rows = 12
    _ = kiosk.run()
    #expect(try FileManager.default.contentsOfDirectory(atPath: spool).isEmpty)
    #expect(terminal.screen.contains(Self.welcome))
  }
}
