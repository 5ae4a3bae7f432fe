import Foundation

/// A calendar day with no time or time zone, as people mean it when they say "next Tuesday".
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// The day on which `date` falls in `timeZone`.
  public init(_ date: Date, in timeZone: TimeZone) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    self.init(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
  }

  /// Parses `YYYY-MM-DD`; nil for anything else or for a day that does not exist.
  public init?(iso: String) {
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      Day.isValid(year: year, month: month, day: day)
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// ISO 8601, `YYYY-MM-DD`.
  public var iso: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public var description: String { iso }

  public static func < (lhs: Day, rhs: Day) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// A Gregorian calendar fixed to UTC, so day arithmetic never meets a clock change.
  static let utcCalendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  /// Midnight UTC of this day; only for arithmetic on days.
  var utcMidnight: Date {
    Day.utcCalendar.date(from: DateComponents(year: year, month: month, day: day))!
  }

  /// The day `count` days later (earlier when negative).
  public func adding(days count: Int) -> Day {
    let date = Day.utcCalendar.date(byAdding: .day, value: count, to: utcMidnight)!
    return Day(date, in: TimeZone(identifier: "UTC")!)
  }

  /// The day `count` months later, clamped to the end of a shorter month.
  public func adding(months count: Int) -> Day {
    let date = Day.utcCalendar.date(byAdding: .month, value: count, to: utcMidnight)!
    return Day(date, in: TimeZone(identifier: "UTC")!)
  }

  /// 1 is Sunday through 7 Saturday, as Foundation counts.
  public var weekday: Int { Day.utcCalendar.component(.weekday, from: utcMidnight) }

  /// The number of days in this day's month.
  public var daysInMonth: Int {
    Day.utcCalendar.range(of: .day, in: .month, for: utcMidnight)!.count
  }

  public static func isValid(year: Int, month: Int, day: Int) -> Bool {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
    return day <= Day(year: year, month: month, day: 1).daysInMonth
  }
}
