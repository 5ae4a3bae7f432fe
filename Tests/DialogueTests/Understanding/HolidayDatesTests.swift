import Dialogue
import Testing

/// Maureen's check-in "monday after crismas day" was saved as next Monday, 14 December, with
/// nothing said; "the monday after crismas. the 28" as the 21st. Today is Monday 7 December
/// 2026; Christmas Day is a Friday.
@Suite struct HolidayDatesTests {
  let today = Day(year: 2026, month: 12, day: 7)

  @Test(arguments: [
    ("monday after crismas day", Day(year: 2026, month: 12, day: 28)),
    ("the monday after crismas. the 28", Day(year: 2026, month: 12, day: 28)),
    ("christmas day", Day(year: 2026, month: 12, day: 25)),
    ("xmas", Day(year: 2026, month: 12, day: 25)),
    ("christmas eve", Day(year: 2026, month: 12, day: 24)),
    ("boxing day", Day(year: 2026, month: 12, day: 26)),
    ("friday before christmas", Day(year: 2026, month: 12, day: 18)),
    ("new years day", Day(year: 2027, month: 1, day: 1)),
    ("its 28 decembr", Day(year: 2026, month: 12, day: 28)),
  ])
  func aDayNamedByAHoliday(line: String, day: Day) {
    #expect(AnswerReading.date(line, today: today) == day)
  }

  /// "after christmas" names no one day: none is taken, so the day is asked for. Before, any
  /// weekday in such a line was read as the coming one.
  @Test(arguments: ["after crismas", "sometime after christmas", "before xmas"])
  func afterAHolidayAloneIsNoDay(line: String) {
    #expect(AnswerReading.date(line, today: today) == nil)
  }

  /// Precision: a word that only looks like a holiday's is not one.
  @Test(arguments: ["boxing club on monday", "a new year resolution"])
  func notAHoliday(line: String) {
    let day = AnswerReading.date(line, today: today)
    #expect(day != Day(year: 2026, month: 12, day: 26) && day != Day(year: 2027, month: 1, day: 1))
  }
}
