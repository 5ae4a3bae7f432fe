import Dialogue
import Foundation

// MARK: An action another role will do

extension PlanAgreer {
  /// Roles a professional's action may hand to ("pharmacist to put her tablets in a blister
  /// pack"): the action is theirs, not the professional's the plan was agreed with.
  static let otherRoles: [String] = [
    "district nurse", "heart failure nurse", "community nurse", "social worker",
    "occupational therapist", "physiotherapist", "physio", "pharmacist", "pharmacy", "chemist",
    "podiatrist", "podiatry", "dietitian", "dietician", "optician", "dentist", "receptionist",
    "reception", "gp", "doctor", "consultant", "care coordinator", "ot",
  ]

  /// Words between the role and what they will do.
  static let roleJoins: [String] = ["is going to", "going to", "will", "to", "-", ":"]

  /// One action the professional agreed: "pharmacist to put her tablets in a blister pack"
  /// is the pharmacist's (what: "put her tablets in a blister pack"); any other words are the
  /// professional's own, as typed. A role with nothing after it ("the pharmacist") is no
  /// handing on, and "phone the pharmacist" names the role but is still the professional's.
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
    var action = Self.handedOn(trimmed, professional: professional)
    action.due = due
    return action
  }

  private static func handedOn(_ trimmed: String, professional: String) -> Plan.Action {
    var rest = Substring(trimmed)
    for article in ["the ", "her ", "his ", "their ", "a "]
    where rest.lowercased().hasPrefix(article) {
      rest = rest.dropFirst(article.count)
      break
    }
    let lowered = rest.lowercased()
    for role in otherRoles where lowered.hasPrefix(role + " ") || lowered.hasPrefix(role + ":") {
      var after = rest.dropFirst(role.count).drop { $0 == " " }
      for join in roleJoins where after.lowercased().hasPrefix(join) {
        let next = after.dropFirst(join.count)
        if join.first?.isLetter == true, next.first?.isLetter == true { continue }
        after = next.drop { $0 == " " }
        let what = after.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !what.isEmpty else { break }
        return Plan.Action(what: what, by: String(rest.prefix(role.count)))
      }
      break
    }
    return Plan.Action(what: trimmed, by: professional)
  }
}
