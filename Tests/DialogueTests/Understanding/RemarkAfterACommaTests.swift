import Dialogue
import Testing

/// "the tablets, theres too many" is one thing with a remark about it, not two things: Ken's
/// line was cut in two, which went over the list's most and asked him what to keep. The first
/// test failed before the fix.
@Suite struct RemarkAfterACommaTests {
  @Test(arguments: [
    "the tablets, theres too many",
    "my breathing, its getting worse",
    "the inhalers, they are so hard to use",
    "hospital letters, thats really confusing",
    "the stairs, there are loads of them",
  ])
  func aRemarkStaysWithTheThingItIsAbout(line: String) {
    #expect(AnswerReading.listItems(line) == [line])
  }

  @Test(arguments: [
    ("my knees, its my back", ["my knees", "its my back"]),
    ("the tablets, my feet, my breathing", ["the tablets", "my feet", "my breathing"]),
    ("seeing the grandkids, there is the garden", ["seeing the grandkids", "there is the garden"]),
  ])
  func otherPiecesStillPart(line: String, items: [String]) {
    #expect(AnswerReading.listItems(line) == items)
  }
}
