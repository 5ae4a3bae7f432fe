import Dialogue

/// Every sentence the kiosk itself says to the person at the screen or to staff, in one place,
/// where the content tests score it for plain English like the scripts in `Prompts/`. The
/// conversation's own words come from the script and the engine's `Phrases`.
enum KioskWording {
  static let welcome = "Welcome. This can help you get ready for your appointment."
  static let pressEnterToStart = "Press Enter to start."
  static let finishedReading = "When you have finished reading, press Enter."
  static let stillThere = "Are you still there? Press Enter to carry on."
  static let lineCleared = "(Line cleared.)"
  static let more = "Press Enter for more."
  static let lineCut =
    "That line was too long, so only the first \(AnswerLength.limit) characters were kept. "
    + "If there is more to say, you can add it in your next answer."
  static let printoutFailed = "Sorry, the printout did not work. Please tell reception."
  /// Said under the plan when the kiosk has no printer: the screen is cleared for the next
  /// person, so the plan goes only as far as the person writes it down.
  static let noPrintout =
    "There is no printout here. This screen is cleared when you finish, so write down "
    + "anything you want to keep."
  static let stopNow = "Stop now? Your answers will be cleared. Type yes to stop, or carry on."
  static let goodbye = "Thank you. Goodbye."

  static func collect(_ code: String) -> String {
    "Ask at reception for your printout: code \(code)"
  }

  /// The first line of a printout, so reception can match it to the code the person was given.
  static func printoutHeading(_ code: String) -> String { "CareCoach plan. Code: \(code)" }

  // MARK: Staff

  static let pinPrompt = "PIN: "
  static let noPinSet = "No admin PIN is set for this kiosk."

  static func lockedOut(for wait: String) -> String {
    "/admin is locked after \(PinAttempts.triesBeforeLockout) wrong PINs. Try again in \(wait)."
  }

  static func wrongPin(wait: String) -> String {
    "That PIN is not right. Please wait \(wait)."
  }

  static func wrongPinLockedOut(for wait: String) -> String {
    "That PIN is not right. After \(PinAttempts.triesBeforeLockout) wrong PINs, /admin is "
      + "locked for \(wait)."
  }
}
