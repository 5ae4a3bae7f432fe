import Testing

@testable import CarePlan

@Suite("What was said after the yes")
struct SaidWithAnAnswerTests {
  @Test(
    "the words after the yes are kept; a yes alone, or words that were the answer, keep nothing",
    arguments: [
      ("yes, I've got my first session on the 20th", "I've got my first session on the 20th"),
      ("she did it - physio is booked for January", "physio is booked for January"),
      ("Yes.", nil),
      ("done", nil),
      ("yesterday they rang me", nil),
      ("all done!", nil),
    ] as [(String, String?)])
  func wordsAfterTheYes(typed: String, kept: String?) {
    #expect(SaidWithAnAnswer.words(typed) == kept)
  }
}
