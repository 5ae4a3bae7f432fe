import Dialogue
import Foundation
import Kiosk
import Testing

/// One stranger's session at the kiosk, as two people used it: a pause half way through a
/// word, "why do you need that", `quit` by mistake, and asking for the printout at the end.
@Suite struct KioskSessionTests {
  static let stillThere = "Are you still there? Press Enter to carry on."
  static let firstQuestion = "What do you most want to keep doing"
  static let stopNow = "Stop now? Your answers will be cleared. Type yes to stop, or carry on."
  static let noPrintout = "There is no printout here."
  static let finishedReading = "When you have finished reading, press Enter."

  /// The rest of the conversation after the first answer.
  static let afterFirst = Array(KioskFixtures.wholeConversation.dropFirst())

  @Test func wordsTypedBeforeTheWarningStayOnTheLineAndAreSavedWhole() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk(
      [.enter, .idle(typed: "swimming with my"), .line("swimming with my grandaughter")]
        + Self.afterFirst + [.enter])
    _ = kiosk.run()
    // The warning's read starts with what was typed, to be finished there.
    let warning = terminal.events.filter {
      if case .read = $0 { return true }
      return false
    }.firstIndex(of: .read(prompt: "", idleLimit: 30))
    #expect(warning.map { terminal.typedAtReads[$0] } == "swimming with my")
    #expect(terminal.everything.contains("swimming with my grandaughter"))
  }

  @Test func enterAtTheWarningCarriesOnWithTheWordsStillOnTheLine() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk([
      .enter, .idle(typed: "should i weigh mysel"), .line("should i weigh mysel"),
      .line("should i weigh myself every day"),
    ])
    _ = kiosk.run()
    // Enter with the words unchanged answers the warning: the question comes again, and its
    // line starts with the words, so nothing typed is lost.
    #expect(terminal.typedAtReads.filter { $0 == "should i weigh mysel" }.count == 2)
    let afterWarning = terminal.everything.components(separatedBy: Self.stillThere).last ?? ""
    #expect(afterWarning.contains(Self.firstQuestion))
  }

  @Test func quitAsksOnceAndNoCarriesOnWithEverythingKept() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk(
      [.enter, .line("Walking to the park with Rex"), .line("quit"), .line("no")]
        + Self.afterFirst + [.enter])
    _ = kiosk.run()
    #expect(terminal.everything.contains(Self.stopNow))
    // The plan at the end still has the first answer.
    #expect(terminal.everything.contains("Walking to the park with Rex"))
    #expect(!terminal.everything.contains("Goodbye"))
  }

  @Test func quitThenYesSaysGoodbyeAndStartsAfresh() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk([
      .enter, .line("Walking to the park with Rex"), .line("quit"), .line("yes"),
    ])
    _ = kiosk.run()
    let shown = terminal.everything
    let stop = shown.range(of: Self.stopNow)
    let goodbye = shown.range(of: "Thank you. Goodbye.")
    #expect(stop != nil && goodbye != nil)
    if let stop, let goodbye { #expect(stop.upperBound <= goodbye.lowerBound) }
    #expect(terminal.screen.contains("Press Enter to start."))
    #expect(!terminal.screen.contains("Rex"))
  }

  @Test func askingForThePrintoutAtTheEndSaysAgainHowToGetIt() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk(
      [.enter] + KioskFixtures.wholeConversation + [.line("can i have it printed"), .enter])
    _ = kiosk.run()
    #expect(terminal.everything.components(separatedBy: Self.noPrintout).count == 3)
    // It waits again after saying so: the welcome comes only after the Enter.
    let finished = terminal.events.filter { $0 == .shown(Self.finishedReading) }
    #expect(finished.count == 2)
  }

  @Test func aKioskPlanSaysNoVersionAndNoPreparedBy() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk(
      [.enter] + KioskFixtures.wholeConversation + [.enter])
    _ = kiosk.run()
    #expect(!terminal.everything.contains("Version 1"))
    #expect(!terminal.everything.contains("Prepared by me"))
    #expect(!terminal.everything.contains("Take it with you"))
    #expect(terminal.everything.contains("This is not medical advice."))
  }

  @Test func whyDoYouNeedThatIsToldWhyAndAskedAgainWithNothingKept() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk(
      [.enter, .line("why do you need that"), .line("Walking to the park with Rex")]
        + Self.afterFirst + [.enter])
    _ = kiosk.run()
    let shown = terminal.everything
    #expect(shown.contains("What matters to you helps the nurse or doctor plan care"))
    #expect(shown.contains("You can say skip."))
    #expect(shown.components(separatedBy: Self.firstQuestion).count == 3)
    #expect(!shown.contains("why do you need that"))
  }

  @Test func doneWithNoQuestionsIsNotThankedForAddingOne() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk([
      .enter, .line("Walking to the park with Rex"), .line("my sore knee"), .line("done"),
    ])
    _ = kiosk.run()
    #expect(terminal.everything.contains("OK, none for now."))
    #expect(!terminal.everything.contains("I'll add that to your questions"))
  }

  @Test func twoThingsForTheOneThingAreAskedAbout() {
    let (kiosk, terminal, _) = KioskFixtures.kiosk([
      .enter, .line("Walking to the park with Rex"), .line("MY INHAILER AND MY SUGARS"),
      .line("2"),
    ])
    _ = kiosk.run()
    let shown = terminal.everything
    #expect(shown.contains("Which one matters most?"))
    #expect(shown.contains("You can still talk about MY INHAILER at your appointment."))
  }
}
