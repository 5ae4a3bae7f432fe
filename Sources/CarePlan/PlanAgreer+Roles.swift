import Dialogue

// MARK: An action another role will do

extension PlanAgreer {
  /// One action the professional agreed: "pharmacist to put her tablets in a blister pack"
  /// is the pharmacist's (what: "put her tablets in a blister pack"); any other words are the
  /// professional's own, as typed. The roles and how they are found are `AddressedWords`',
  /// so the conversation's read-back names the same one.
  static func action(_ text: String, professional: String) -> Plan.Action {
    if let handed = AddressedWords.handedOn(text) {
      return Plan.Action(what: handed.what, by: handed.role)
    }
    return Plan.Action(
      what: text.trimmingCharacters(in: .whitespacesAndNewlines), by: professional)
  }
}
