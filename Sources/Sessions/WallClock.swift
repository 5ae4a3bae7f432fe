import Foundation

/// The time conversations run on. Normally the computer's clock; `CARECOACH_NOW`, a moment such
/// as `2026-11-22T10:00:00Z`, starts it at that moment instead, and it runs on from there.
///
/// Days people name ("friday", "next week") are read from today, so a recorded conversation
/// means the same days only on the day it was recorded. Setting the moment lets a recorded
/// conversation be typed again on any day with the same meaning: the tests that type whole
/// transcripts into the program set it to the transcript's `now:`.
public enum WallClock {
  public static let variable = "CARECOACH_NOW"

  /// The moment asked for, or nil when none is set or it cannot be read.
  static let startingMoment: Date? = {
    guard let text = ProcessInfo.processInfo.environment[variable], !text.isEmpty else {
      return nil
    }
    return try? Date(text, strategy: .iso8601)
  }()

  /// How far the moment asked for is from the computer's clock when the program started.
  static let offset: TimeInterval = startingMoment.map { $0.timeIntervalSinceNow } ?? 0

  /// Now, on the clock conversations run on.
  public static func now() -> Date { Date().addingTimeInterval(offset) }

  /// A sentence for a value of `CARECOACH_NOW` that is not a moment, or nil when all is well.
  /// Running on the computer's clock instead would quietly give other days than asked for.
  public static var mistake: String? {
    guard let text = ProcessInfo.processInfo.environment[variable], !text.isEmpty,
      startingMoment == nil
    else { return nil }
    return "\(variable) is '\(text)', which is not a date and time such as "
      + "2026-11-22T10:00:00Z. Set it like that, or unset it to use the computer's clock."
  }
}
