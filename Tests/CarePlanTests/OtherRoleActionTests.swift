import Testing

@testable import CarePlan

/// An action the professional agreed that another role will do: "pharmacist to put her
/// tablets in a blister pack" is the pharmacist's, not the nurse's. Failed before the fix.
@Suite struct OtherRoleActionTests {
  let nurse = "Sam Patel, practice nurse"

  @Test func aNamedRoleDoesIt() {
    let action = PlanAgreer.action(
      "pharmacist to put her tablets in a blister pack, by next week", professional: nurse)
    #expect(action.by == "pharmacist")
    #expect(action.what == "put her tablets in a blister pack, by next week")
    let physio = PlanAgreer.action("the physio will ring her", professional: nurse)
    #expect(physio.by == "physio")
    #expect(physio.what == "ring her")
  }

  @Test func otherwiseTheProfessionalDoesIt() {
    // Precision: a role named inside the task, or a word that only starts like a role.
    for line in [
      "phone the pharmacist about her tablets", "refer to podiatry", "otto to visit",
      "the pharmacist", "gps letter to the hospital",
    ] {
      let action = PlanAgreer.action(line, professional: nurse)
      #expect(action.by == nurse, "\(line)")
      #expect(action.what == line, "\(line)")
    }
  }
}
