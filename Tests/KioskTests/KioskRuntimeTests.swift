import Dialogue
import Foundation
import Kiosk
import Testing

/// The kiosk's round with a fake terminal and a fake clock: idle limits, the PIN's waits and
/// lockout, and a safety notice held on screen, with no real time passing.
@Suite struct KioskRuntimeTests {
  static let stillThere = "Are you still there? Press Enter to carry on."
  static let welcome = "Press Enter to start."
  static let firstQuestion = "What do you most want to keep doing"
  static let holdNotice = "When you have finished reading, press Enter."
  static let reception = "Please speak to someone at reception now."

  @Test func aQuietPersonIsWarnedBeforeTheEndAndEnterCarriesOnWithTheSameQuestion() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk(
      [.enter, .idle, .enter],
      config: KioskFixtures.config {
        $0.idleTimeout = 100
        $0.idleWarning = 25
      })
    _ = kiosk.run()
    // The question waits for the time before the warning, the warning for the rest.
    #expect(terminal.reads.contains(.read(prompt: "> ", idleLimit: 75)))
    #expect(terminal.reads.contains(.read(prompt: "", idleLimit: 25)))
    let afterWarning = terminal.everything.components(separatedBy: Self.stillThere)
    #expect(afterWarning.count == 2)
    #expect(afterWarning.last?.contains(Self.firstQuestion) == true)
  }

  /// `easy: true` puts every session's first question the easier way.
  @Test func anEasyKioskAsksTheEasierWayFromTheStart() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk(
      [.enter, .idle, .enter], config: KioskFixtures.config { $0.easy = true })
    _ = kiosk.run()
    #expect(terminal.everything.contains("What do you love doing, or miss doing"))
    #expect(terminal.everything.contains("For example: seeing my friends"))
  }

  @Test func aPersonWhoWalksAwayHasTheirScreenClearedForTheNext() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk([
      .enter, .line("Singing in the choir"), .idle, .idle,
    ])
    #expect(kiosk.run() == 0)
    #expect(terminal.everything.contains(Self.stillThere))
    // After the warning's own wait: a clear screen, then the welcome, with nothing of theirs.
    let afterWarning = terminal.events.split(separator: .shown(Self.stillThere)).last ?? []
    #expect(afterWarning.first == .read(prompt: "", idleLimit: 30))
    #expect(afterWarning.contains(.cleared))
    #expect(afterWarning.contains(.forgot))
    #expect(terminal.screen.contains(Self.welcome))
    #expect(!terminal.screen.contains("choir"))
  }

  @Test func aCrisisAtTheWelcomeScreenStaysOnScreenUntilEnter() throws {
    let (kiosk, terminal, _) = KioskFixtures.kiosk([.line("I want to end my life"), .enter])
    _ = kiosk.run()
    let hold = try #require(terminal.reads.dropFirst().first)
    #expect(hold == .read(prompt: "", idleLimit: 120))
    let held = terminal.screensAtReads[1]
    #expect(held.contains("116 123") && held.contains(Self.reception))
    #expect(held.hasSuffix(Self.holdNotice))
    // Enter: only then is the screen cleared for the next person.
    #expect(!terminal.screensAtReads[2].contains("116 123"))
    #expect(terminal.screensAtReads[2].contains(Self.welcome))
  }

  @Test func aCrisisNoticeHeldWithNobodyThereIsClearedAfterTheIdleLimit() {
    let (kiosk, terminal, clock) = KioskFixtures.kiosk([
      .enter, .line("I want to kill myself"), .line("quit"), .idle,
    ])
    let started = clock.uptime
    _ = kiosk.run()
    let holding = terminal.screensAtReads[3]
    #expect(holding.contains("116 123") && holding.hasSuffix(Self.holdNotice))
    #expect(terminal.reads[3] == .read(prompt: "", idleLimit: 120))
    #expect(clock.uptime - started == 120)
    #expect(!terminal.screensAtReads[4].contains("116 123"))
  }

  @Test func stopAfterANoticeKeepsTheNumbersOnScreenUntilEnter() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk([
      .enter, .line("I can't breathe and my lips are blue"), .line("stop"), .enter,
    ])
    _ = kiosk.run()
    let held = terminal.screensAtReads[3]
    #expect(held.contains("call 999") && held.contains(Self.reception))
    #expect(held.hasSuffix(Self.holdNotice))
    #expect(!held.contains(Self.welcome))
    #expect(!terminal.screensAtReads[4].contains("999"))
  }

  @Test func aLineTypedAtTheIdleWarningIsReadByTheSafetyNet() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk([
      .enter, .idle, .line("one side of my face is drooping"),
    ])
    _ = kiosk.run()
    let afterWarning = terminal.everything.components(separatedBy: Self.stillThere).last ?? ""
    #expect(afterWarning.contains("This could be a stroke"))
  }

  /// A slow typist who finishes a line under the warning has answered the question: their
  /// words are taken, not thrown away; "yes, still here" only answers the warning.
  @Test func anAnswerTypedAtTheIdleWarningIsKept() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk([
      .enter, .idle, .line("walking the dog"), .line("quit"),
    ])
    _ = kiosk.run()
    let afterWarning = terminal.everything.components(separatedBy: Self.stillThere).last ?? ""
    #expect(afterWarning.contains("Thank you. We will keep that in mind."))
    let (again, seen, _) = KioskFixtures.kiosk([
      .enter, .idle, .line("yes still here"), .line("quit"),
    ])
    _ = again.run()
    let afterYes = seen.everything.components(separatedBy: Self.stillThere).last ?? ""
    #expect(!afterYes.contains("Thank you. We will keep that in mind."))
  }

  @Test func eachWrongPinCostsALongerWaitThatNoKeyCutsShort() {
    let (kiosk, terminal, clock) = KioskFixtures.kiosk([
      .line("/admin"), .line("000000"), .line("/admin"), .line("111111"),
    ])
    #expect(kiosk.run() == 0)
    #expect(clock.slept == [2, 4])
    #expect(terminal.everything.contains("That PIN is not right. Please wait 2 seconds."))
    #expect(terminal.everything.contains("That PIN is not right. Please wait 4 seconds."))
    // Keys pressed during a wait are thrown away, not read as the next line.
    #expect(terminal.events.filter { $0 == .discarded }.count == 2)
    #expect(!terminal.everything.contains("000000"))
  }

  @Test func theThirdWrongPinLocksAdminEvenAgainstTheRightPin() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk([
      .line("/admin"), .line("000001"), .line("/admin"), .line("000002"), .line("/admin"),
      .line("000003"), .enter, .line("/admin"), .enter,
    ])
    #expect(kiosk.run() == 0)
    #expect(
      terminal.everything.contains(
        "That PIN is not right. After 3 wrong PINs, /admin is locked for 5 minutes."))
    #expect(
      terminal.everything.contains("/admin is locked after 3 wrong PINs. Try again in 5 minutes."))
    // Locked: the PIN is not even asked for.
    #expect(terminal.reads.filter { if case .secret = $0 { true } else { false } }.count == 3)
  }

  @Test func theLockoutEndsAfterItsTimeOnTheClock() {
    let presses: [Press] = [
      .line("/admin"), .line("000001"), .line("/admin"), .line("000002"), .line("/admin"),
      .line("000003"), .enter, .after(250, .line("/admin")), .enter,
      .after(51, .line("/admin")), .line(KioskFixtures.pin),
    ]
    let (kiosk, terminal, _) = KioskFixtures.kiosk(
      presses, config: KioskFixtures.config { $0.pinLockout = 300 })
    #expect(kiosk.run() == KioskRuntime.staffLeftStatus)
    #expect(terminal.everything.contains("Try again in 50 seconds."))
  }

  @Test func staffLeaveWithTheRightPinAndTheirOwnExitStatus() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk([
      .line("/admin"), .line(KioskFixtures.pin),
    ])
    #expect(kiosk.run() == 3)
    #expect(KioskRuntime.staffLeftStatus == 3)
    #expect(terminal.reads.last == .secret(prompt: "PIN: ", idleLimit: 30))
  }

  @Test func withNoPinSetAdminOnlySaysSo() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk(
      [.line("/admin"), .line(KioskFixtures.pin)],
      config: KioskFixtures.config { $0.pinHash = nil })
    #expect(kiosk.run() == 0)
    #expect(terminal.everything.contains("No admin PIN is set for this kiosk."))
  }

  @Test func quitEndsOnlyThatPersonsSession() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk([
      .enter, .line("Gardening with my grandson"), .line("quit"), .line("yes"),
    ])
    #expect(kiosk.run() == 0)
    #expect(terminal.screen.contains(Self.welcome))
    #expect(!terminal.screen.contains("grandson"))
  }

  @Test func ctrlDEndsThePersonsSessionNotTheKiosk() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk([
      .enter, .line("Baking bread"), Press(input: .endKey), .line("/admin"),
      .line(KioskFixtures.pin),
    ])
    #expect(kiosk.run() == KioskRuntime.staffLeftStatus)
    #expect(!terminal.screen.contains("Baking"))
  }

  @Test func ctrlCClearsTheLineAndTheSameQuestionWaits() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk([.enter, .interrupt])
    #expect(kiosk.run() == 0)
    #expect(terminal.screensAtReads[2].hasSuffix("(Line cleared.)"))
    #expect(terminal.reads[2] == .read(prompt: "> ", idleLimit: 90))
  }
}
