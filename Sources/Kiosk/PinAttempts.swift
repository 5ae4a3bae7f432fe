/// Slows down guessing the staff PIN at an unattended kiosk.
///
/// A waiting room gives a guesser time and nobody watching, and PINs are short, so each wrong
/// PIN costs a wait that grows (2, then 4 seconds), and the third wrong PIN in a row locks
/// `/admin` for the configured lockout (five minutes unless `pin_lockout` says otherwise).
/// Every wrong PIN after that locks it again at once. The right PIN starts the count afresh.
///
/// Times are seconds on a clock that only goes forward (the caller's monotonic clock), so
/// setting the wall clock back cannot lift a lockout.
public final class PinAttempts {
  /// Wrong PINs in a row before `/admin` is locked.
  public static let triesBeforeLockout = 3

  /// What follows a wrong PIN.
  public enum Penalty: Equatable, Sendable {
    /// Wait this many seconds, whatever keys are pressed, before the welcome screen returns.
    case wait(Double)
    /// `/admin` is now refused for this many seconds.
    case lockedOut(Double)
  }

  public private(set) var wrongInARow = 0
  private var lockedUntil: Double?

  public init() {}

  /// Seconds left before `/admin` may be tried again at `now`; 0 when it may be tried now.
  public func lockedFor(at now: Double) -> Double {
    guard let lockedUntil, lockedUntil > now else { return 0 }
    return lockedUntil - now
  }

  /// Counts a wrong PIN given at `now`.
  public func wrong(at now: Double, lockout: Double) -> Penalty {
    wrongInARow += 1
    if wrongInARow >= PinAttempts.triesBeforeLockout {
      lockedUntil = now + lockout
      return .lockedOut(lockout)
    }
    return .wait(2 * Double(1 << (wrongInARow - 1)))
  }

  /// The right PIN: the count starts again.
  public func right() {
    wrongInARow = 0
    lockedUntil = nil
  }

  /// "5 minutes", "40 seconds": a wait as staff would say it, rounded up.
  public static func describe(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded(.up))
    if whole >= 120 {
      let minutes = (whole + 59) / 60
      return "\(minutes) minutes"
    }
    return whole == 1 ? "1 second" : "\(whole) seconds"
  }
}
