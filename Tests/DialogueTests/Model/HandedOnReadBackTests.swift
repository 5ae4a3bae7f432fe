import Testing

@testable import Dialogue

/// Issue 18: the agree read-back said "So Sam Patel will do this: pharmacist to put her
/// tablets in a blister pack": an action handed to another role is said as that role's.
/// Failed before the fix.
@Suite struct HandedOnReadBackTests {
  func said(_ source: String, _ actions: [String]) throws -> String {
    let template = try Template(parsing: source)
    return template.render { name in
      name == "professional_name" ? .text("Sam Patel") : .list(actions)
    }
  }

  @Test func anActionForAnotherRoleIsSaidAsTheirs() throws {
    let worker = "So {{professional_name}} will {{answer | spoken-of}}."
    #expect(
      try said(worker, ["pharmacist to put her tablets in a blister pack by next week"])
        == "So the pharmacist will put her tablets in a blister pack by next week.")
    #expect(
      try said(worker, ["ring her next week", "pharmacist to put her tablets in a blister pack"])
        == "So Sam Patel will ring her next week and the pharmacist will put her tablets in a "
        + "blister pack.")
    let person = "So {{professional_name}} will also {{answer | addressed}}."
    #expect(
      try said(person, ["the physio will ring me"]) == "So the physio will ring you.")
  }

  @Test func theProfessionalsOwnActionsAreSaidAsBefore() throws {
    // Precision: a role named inside the task is still the professional's.
    let worker = "So {{professional_name}} will {{answer | spoken-of}}."
    #expect(
      try said(worker, ["phone the pharmacist about her tablets"])
        == "So Sam Patel will phone the pharmacist about her tablets.")
    #expect(try said(worker, ["the pharmacist"]) == "So Sam Patel will do this: the pharmacist.")
    #expect(try said(worker, ["refer to podiatry"]) == "So Sam Patel will refer to podiatry.")
  }
}
