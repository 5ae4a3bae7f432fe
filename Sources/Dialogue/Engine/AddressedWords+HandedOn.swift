import Foundation

// MARK: An action handed on to another role

extension AddressedWords {
  /// Roles a professional's action may hand to ("pharmacist to put her tablets in a blister
  /// pack"): the action is theirs, not the professional's the plan was agreed with. Kept here,
  /// with the words said of actions, so the read-back in the conversation and the plan name
  /// the same one.
  public static let otherRoles: [String] = [
    "district nurse", "heart failure nurse", "community nurse", "social worker",
    "occupational therapist", "physiotherapist", "physio", "pharmacist", "pharmacy", "chemist",
    "podiatrist", "podiatry", "dietitian", "dietician", "optician", "dentist", "receptionist",
    "reception", "gp", "doctor", "consultant", "care coordinator", "ot",
  ]

  /// Words between the role and what they will do.
  static let roleJoins: [String] = ["is going to", "going to", "will", "to", "-", ":"]

  /// The role and what they will do, as typed, when `text` hands the action on ("the
  /// pharmacist to put her tablets in a blister pack"); nil when it is the professional's own.
  /// A role with nothing after it ("the pharmacist") is no handing on, and "phone the
  /// pharmacist" names the role but is still the professional's.
  public static func handedOn(_ text: String) -> (role: String, what: String)? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
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
        return (String(rest.prefix(role.count)), what)
      }
      break
    }
    return nil
  }
}
