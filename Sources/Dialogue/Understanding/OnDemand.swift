import Foundation

/// A value worked out the first time it is asked for, once, even when several threads ask at
/// the same time. Used for indexes that start-up does not need, so the first prompt does not
/// wait for them.
final class OnDemand<Value: Sendable>: @unchecked Sendable {
  // Safe to share: `stored` is only read or written while holding `lock`, and `make` is
  // only called with it held, so it runs once.
  private let lock = NSLock()
  private var stored: Value?
  private let make: @Sendable () -> Value

  init(_ make: @escaping @Sendable () -> Value) { self.make = make }

  var value: Value {
    lock.lock()
    defer { lock.unlock() }
    if let stored { return stored }
    let made = make()
    stored = made
    return made
  }

  var isMade: Bool {
    lock.lock()
    defer { lock.unlock() }
    return stored != nil
  }
}
