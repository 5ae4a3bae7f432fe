import Testing

@testable import Dialogue

@Suite("A yes or no with words of its own")
struct YesNoContentTests {
  static let doings: Set<String> = ["take", "walk"]

  @Test(
    "a bare no run into a thing is the person's words, whole",
    arguments: [
      ("no telly after 10", "no telly after 10"), ("no crisps at night", "no crisps at night"),
      ("No more biscuits", "No more biscuits"),
    ])
  func negatedThingKept(text: String, content: String) {
    let reading = AnswerReading.yesNoContent(text, doings: Self.doings)
    #expect(reading.reply == false)
    #expect(reading.content == content)
  }

  @Test(
    "a no followed by a doing, a pause or a pronoun is a no with words",
    arguments: [
      ("no take a stick and walk to the shop", "take a stick and walk to the shop"),
      ("no, telly after 10", "telly after 10"),
      ("no. take a stick", "take a stick"),
      ("no i'll try no telly after 10", "try no telly after 10"),
      ("no my knees", "my knees"),
    ])
  func noWithWords(text: String, content: String) {
    let reading = AnswerReading.yesNoContent(text, doings: Self.doings)
    #expect(reading.reply == false)
    #expect(reading.content == content)
  }
}
