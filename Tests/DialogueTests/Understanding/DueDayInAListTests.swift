import Dialogue
import Testing

/// "pharmacist to put her tablets in a blister pack, by next week" is one thing, with the day
/// it is due after the comma, not two things. The first test failed before the fix.
@Suite struct DueDayInAListTests {
  @Test(arguments: [
    "pharmacist to put her tablets in a blister pack, by next week",
    "ring with the results, by friday",
    "book the scan, within 2 weeks",
  ])
  func aDueDayAfterACommaStaysWithItsThing(line: String) {
    #expect(AnswerReading.listItems(line) == [line])
  }

  @Test func otherPiecesAfterACommaStillPart() {
    // Precision: "by" with no day after it is not a due day.
    #expect(
      AnswerReading.listItems("check her feet, bloods by the nurse")
        == ["check her feet", "bloods by the nurse"])
    #expect(
      AnswerReading.listItems("refer to podiatry, check her bloods")
        == ["refer to podiatry", "check her bloods"])
  }
}
