import Foundation

/// The processor time this thread has used: how long a line takes to read, unchanged by how
/// many other programs share the machine (a wall clock counts their turns too).
enum CPUTime {
  static func now() -> Duration {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
  }

  /// Runs `body`; returns what it gave and the processor time it took.
  static func measure<Value, Failure: Error>(
    _ body: () throws(Failure) -> Value
  ) throws(Failure) -> (value: Value, took: Duration) {
    let began = now()
    let value = try body()
    return (value, now() - began)
  }
}
