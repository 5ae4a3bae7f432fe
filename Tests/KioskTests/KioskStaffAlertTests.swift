import Dialogue
import Testing

@testable import Kiosk

/// Staff are told when a safety notice is shown, with its category and never the person's
/// words; and a line too long to keep is cut with the person told.
@Suite struct KioskStaffAlertTests {
  /// Collects what the kiosk gave the staff alert.
  final class Alerts {
    var received: [[String]] = []
  }

  @Test func aNoticeInASessionAlertsStaffWithTheCategoryOnly() {
    let alerts = Alerts()
    let (kiosk, terminal, _) = KioskFixtures.kiosk(
      [.enter, .line("I want to kill myself"), .line("quit"), .enter],
      alertStaff: { alerts.received.append($0) })
    _ = kiosk.run()
    #expect(terminal.everything.contains("116 123"))
    #expect(alerts.received.count == 1)
    let given = alerts.received.joined().joined(separator: " ")
    #expect(!given.isEmpty)
    #expect(!given.contains("kill") && !given.contains("myself"))
    #expect(alerts.received.first?.allSatisfy { !$0.contains(" ") } == true)
  }

  @Test func aNoticeAtTheWelcomeScreenAlertsStaffToo() {
    let alerts = Alerts()
    let (kiosk, _, _) = KioskFixtures.kiosk(
      [.line("I want to end my life"), .enter], alertStaff: { alerts.received.append($0) })
    _ = kiosk.run()
    #expect(alerts.received.count == 1)
  }

  @Test func wordsThatCouldBeEverydayAtTheWelcomeScreenAskTheCheckQuestionFirst() {
    let alerts = Alerts()
    let (kiosk, terminal, _) = KioskFixtures.kiosk(
      [.line("to many tablets"), .line("quit"), .enter],
      alertStaff: { alerts.received.append($0) })
    _ = kiosk.run()
    #expect(terminal.everything.contains("Just to check: have you taken more of a medicine"))
    #expect(!terminal.everything.contains("116 123"))
    #expect(alerts.received.isEmpty)
  }

  @Test func aYesToTheWelcomeScreensCheckQuestionShowsTheNoticeAndAlertsStaff() {
    let alerts = Alerts()
    let (kiosk, terminal, _) = KioskFixtures.kiosk(
      [.line("to many tablets"), .line("yes"), .line("quit"), .enter],
      alertStaff: { alerts.received.append($0) })
    _ = kiosk.run()
    #expect(terminal.everything.contains("116 123"))
    #expect(alerts.received == [["self-harm-overdose"]])
  }

  @Test func noNoticeNoAlert() {
    let alerts = Alerts()
    let (kiosk, _, _) = KioskFixtures.kiosk(
      [.enter, .line("Walking to the park with Rex"), .line("quit")],
      alertStaff: { alerts.received.append($0) })
    _ = kiosk.run()
    #expect(alerts.received.isEmpty)
  }

  @Test func theStaffAlertProgramIsFoundAtStartOrTheLineIsNamed() throws {
    let machine = KioskConfig.Machine(
      findProgram: { $0 == "page-desk" ? "/usr/local/bin/page-desk" : nil },
      canWriteFolder: { _ in true })
    let config = try #require(
      KioskConfig.load(
        yaml: "staff_alert: page-desk --loud\n", file: "k", scripts: ["kiosk"], machine: machine
      ).config)
    #expect(config.staffAlert == ["/usr/local/bin/page-desk", "--loud"])
    let problems = KioskConfig.load(
      yaml: "idle_timeout: 60\nstaff_alert: no-such-pager\n", file: "kiosk.yaml",
      scripts: ["kiosk"], machine: machine
    ).diagnostics.map(\.description)
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix("kiosk.yaml:2:14: error: there is no program") == true)
  }

  @Test func aLineTooLongIsCutAndThePersonIsTold() {
    let long = String(repeating: "walking ", count: 400)
    let (kiosk, terminal, _) = KioskFixtures.kiosk([.enter, .line(long), .line("quit")])
    _ = kiosk.run()
    #expect(terminal.everything.contains("That line was too long"))
  }

  /// A crisis said in reply to "Are you still there?" is read as an answer, so a long one is
  /// cut, and the person told, as at the prompt.
  @Test func aLongLineAtTheIdleWarningIsCutAndThePersonIsTold() {
    let long = "I want to end it all " + String(repeating: "walking ", count: 400)
    let (kiosk, terminal, _) = KioskFixtures.kiosk([.enter, .idle, .line(long), .line("quit")])
    _ = kiosk.run()
    #expect(terminal.everything.contains("Are you still there?"))
    #expect(terminal.everything.contains("That line was too long"))
  }
}
