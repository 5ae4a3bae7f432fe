import Dialogue
import Testing

@Suite("A mind changed within one line")
struct SecondThoughtsTests {
  @Test(
    "the last thing said is the one settled on",
    arguments: [
      (
        "not yet. actually no, shazia moved them downstairs herself so not needed",
        "shazia moved them downstairs herself so not needed"
      ),
      ("yes, well no", "no"), ("1, no 2", "2"), ("6, no wait, 7", "7"),
      ("yes - sorry, I mean no", "no"),
    ])
  func lastSay(line: String, settled: String) {
    #expect(SecondThoughts.lastSay(in: line) == settled)
  }

  @Test(
    "a line that does not take anything back has no second thoughts",
    arguments: [
      "not yet, it is still to do", "no", "yes", "2", "no, not yet", "she says inshallah. maybe 6",
    ])
  func noSecondThoughts(line: String) {
    #expect(SecondThoughts.lastSay(in: line) == nil)
  }
}

@Suite("A weekday said with its date")
struct WeekdayWithDateTests {
  let today = Day(year: 2026, month: 12, day: 7)

  @Test(
    "is the next day that is both",
    arguments: [
      "friday 26th then", "Friday the 26th", "on friday 26th", "friday 26 february",
      "Friday the 26th of February",
    ])
  func bothAgree(line: String) {
    #expect(AnswerReading.date(line, today: today) == Day(year: 2027, month: 2, day: 26))
  }

  @Test("is not read when no day is both, so the person is asked again")
  func noneAgree() {
    #expect(AnswerReading.date("friday 27 february", today: today) == nil)
  }

  @Test("a weekday alone is still the coming one")
  func weekdayAlone() {
    #expect(AnswerReading.date("friday", today: today) == Day(year: 2026, month: 12, day: 11))
  }
}
