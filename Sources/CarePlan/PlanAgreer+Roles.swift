import Dialogue
import Foundation

// MARK: An action another role will do

extension PlanAgreer {
  /// One action the professional agreed: "pharmacist to put her tablets in a blister pack"
  /// is the pharmacist's (what: "put her tablets in a blister pack"); any other words are the
  /// professional's own, as typed. The roles and how they are found are `AddressedWords`',
  /// so the conversation's read-back names the same one.
  ///
  /// A time said at the end ("by next week", "in 6 weeks") is the day it is due by, counted
  /// from `today`, and is taken off the words only when it was read as that day.
  static func action(_ text: String, professional: String, today: Day? = nil) -> Plan.Action {
    var trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    var due: String?
    if let today, let found = AnswerReading.timeAtTheEnd(trimmed, today: today) {
      trimmed = found.words
      due = found.day.iso
    }
    var action =
      AddressedWords.handedOn(trimmed).map { Plan.Action(what: $0.what, by: $0.role) }
      ?? Plan.Action(what: trimmed, by: professional)
    action.due = due
    return action
  }
}
