import Testing

@testable import CarePlan

/// Who could help, said again at a review: "same, and Shirin" keeps the people already there
/// and adds Shirin, rather than putting the words "same, and Shirin" in their place.
@Suite struct ReviewSupportTests {
  let before = ["her son Imran", "Dev (support worker)"]

  @Test func sameAndANewNameKeepsThemAndAddsTheName() {
    #expect(
      PlanReviewer.supportNow(["same, and Shirin"], before: before)
        == ["her son Imran", "Dev (support worker)", "Shirin"])
    #expect(
      PlanReviewer.supportNow(["same plus her daughter"], before: before)
        == ["her son Imran", "Dev (support worker)", "her daughter"])
    // The list reader may already have cut the line in two.
    #expect(
      PlanReviewer.supportNow(["same", "Shirin"], before: before)
        == ["her son Imran", "Dev (support worker)", "Shirin"])
    #expect(
      PlanReviewer.supportNow(["same as before, and also Shirin"], before: before)
        == ["her son Imran", "Dev (support worker)", "Shirin"])
  }

  @Test func sameAloneKeepsThem() {
    #expect(PlanReviewer.supportNow(["same as before"], before: before) == before)
    #expect(PlanReviewer.supportNow(["same"], before: before) == before)
  }

  @Test func otherWordsAreWhoHelpsNow() {
    // Precision: "same" inside other words, or a name opening with "and", is no keeping.
    #expect(PlanReviewer.supportNow(["Shirin"], before: before) == ["Shirin"])
    #expect(
      PlanReviewer.supportNow(["same day carers"], before: before) == ["same day carers"])
    #expect(
      PlanReviewer.supportNow(["samel from church"], before: before) == ["samel from church"])
    #expect(PlanReviewer.addedAfterSame("same andy") == nil)
    #expect(PlanReviewer.addedAfterSame("the same nurse") == nil)
  }
}
