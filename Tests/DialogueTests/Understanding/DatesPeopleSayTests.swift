import Dialogue
import Testing

/// Dates a support worker typed for his client (issues 15 and 18). Today is Monday 7 December
/// 2026. Each first test failed before the fix; the precision tests hold lines that must not
/// be read the new way.
@Suite struct DatesPeopleSayTests {
  let today = Day(year: 2026, month: 12, day: 7)

  @Test(arguments: [
    ("22nd", Day(year: 2026, month: 12, day: 22)),
    ("21st", Day(year: 2026, month: 12, day: 21)),
    ("the 22nd", Day(year: 2026, month: 12, day: 22)),
    ("3rd", Day(year: 2027, month: 1, day: 3)),
    ("on 21st", Day(year: 2026, month: 12, day: 21)),
    ("erm 22nd please", Day(year: 2026, month: 12, day: 22)),
  ])
  func anOrdinalDayOfTheMonthIsTheNextSuchDay(line: String, day: Day) {
    #expect(AnswerReading.date(line, today: today) == day)
  }

  @Test(arguments: ["my 2nd goal", "3rd time lucky", "2nd floor flat", "she is 3rd in the queue"])
  func anOrdinalBeforeAWordIsNoDate(line: String) {
    #expect(AnswerReading.date(line, today: today) == nil)
  }

  @Test(arguments: [
    ("1", 8), ("2", 15), ("tomorrow", 8), ("the 15th", 15), ("the later one", 15),
    ("next week", 15), ("the earlier one", 8), ("tuesday 15 december", 15),
  ])
  func theDayPickedFromTheTwo(line: String, day: Int) {
    let days = [Day(year: 2026, month: 12, day: 8), Day(year: 2026, month: 12, day: 15)]
    #expect(AnswerReading.dayPicked(line, among: days, today: today)?.day == day)
  }

  @Test(arguments: ["yes", "friday", "in 2 weeks", "not sure", "2 weeks"])
  func aReplyThatPicksNeitherIsReadAfresh(line: String) {
    let days = [Day(year: 2026, month: 12, day: 8), Day(year: 2026, month: 12, day: 15)]
    #expect(AnswerReading.dayPicked(line, among: days, today: today) == nil)
  }

  @Test func theTuesdayAfterCountsFromTheDaySaidBack() {
    let said = Day(year: 2026, month: 12, day: 15)
    let day22 = Day(year: 2026, month: 12, day: 22)
    #expect(
      AnswerReading.dayAfterSaid("no the tuesday after, 22nd", said: said, today: today)
        == .day(day22))
    #expect(
      AnswerReading.dayAfterSaid("the tuesday after", said: said, today: today) == .day(day22))
    // The weekday and the day of the month name different days: both, to ask which.
    #expect(
      AnswerReading.dayAfterSaid("no the tuesday after, 23rd", said: said, today: today)
        == .clash(day22, Day(year: 2026, month: 12, day: 23)))
  }

  @Test(arguments: [
    "no the tuesday after next", "no, tuesday", "no it's wrong", "no, she has the dentist after",
    "the morning after",
  ])
  func otherNosAreNoCorrectionFromTheDaySaidBack(line: String) {
    let said = Day(year: 2026, month: 12, day: 15)
    #expect(AnswerReading.dayAfterSaid(line, said: said, today: today) == nil)
  }

  @Test(arguments: [
    (
      "pharmacist to put her tablets in a blister pack, by next week",
      "pharmacist to put her tablets in a blister pack", Day(year: 2026, month: 12, day: 14)
    ),
    ("check her bloods in 6 weeks", "check her bloods", Day(year: 2027, month: 1, day: 18)),
    (
      "write to the hospital by the 22nd", "write to the hospital",
      Day(year: 2026, month: 12, day: 22)
    ),
    (
      "ring her about the scales within a fortnight", "ring her about the scales",
      Day(year: 2026, month: 12, day: 21)
    ),
  ])
  func aTimeAtTheEndOfATaskIsItsDueDay(line: String, words: String, day: Day) {
    let found = AnswerReading.timeAtTheEnd(line, today: today)
    #expect(found?.words == words)
    #expect(found?.day == day)
  }

  @Test(arguments: [
    "refer her to the falls team in 6 weeks to see how she is",
    "put her tablets in a blister pack", "check her bloods in the morning",
    "see her in the surgery", "by next week", "ring her on tuesday",
  ])
  func aTaskWithNoTimeAtItsEndHasNoDueDay(line: String) {
    #expect(AnswerReading.timeAtTheEnd(line, today: today) == nil)
  }
}
