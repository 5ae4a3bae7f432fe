import Foundation

/// What a fuzz target's entry point does with each input: run the check, stop with the
/// failure's words when it fails (libFuzzer then keeps the input as a file), and keep the
/// figures for typed lines, printed when the run ends.
///
/// A line slower than `FUZZ_SLOW_MS` (100 ms of processor time unless set) stops the run as a
/// failure too: a person's line should take a few milliseconds, and one a hundred times over
/// is a pattern that grows with the input, not a busy machine.
public enum FuzzRun {
  nonisolated(unsafe) private static var cases = 0
  nonisolated(unsafe) private static var slowest = Duration.zero
  nonisolated(unsafe) private static var overFewMilliseconds = 0
  nonisolated(unsafe) private static var target: FuzzTarget?

  /// A line that wakes every reader, run once before the first case is timed.
  static let warmUp =
    "#script kiosk\nI'm worn out, not sure, maybe 3 out of 10, next monday; what is HbA1c\nyes"

  /// What "a few milliseconds" is taken as in the figures.
  static let fewMilliseconds = Duration.milliseconds(5)
  static let slowLimit = Duration.milliseconds(
    Int(ProcessInfo.processInfo.environment["FUZZ_SLOW_MS"] ?? "") ?? 100)

  public static func one(_ target: FuzzTarget, _ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    if Self.target == nil {
      Self.target = target
      atexit { FuzzRun.report() }
      // Indexes are built the first time something needs them; that time is not a line's.
      BuiltIn.prepare()
      _ = try? target.run(Array(warmUp.utf8))
    }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let took: Duration?
    do {
      took = try target.run(bytes)
    } catch {
      fatalError("\(target.rawValue): \(error)")
    }
    cases += 1
    guard let took else { return 0 }
    slowest = max(slowest, took)
    if took > fewMilliseconds { overFewMilliseconds += 1 }
    if took > slowLimit {
      fatalError("\(target.rawValue): one line took \(took), over \(slowLimit)")
    }
    return 0
  }

  private static func report() {
    guard let target, target != .scriptLoader, target != .kioskConfig else { return }
    let line =
      "\(target.rawValue): \(cases) cases; slowest line \(slowest); "
      + "\(overFewMilliseconds) cases with a line over \(fewMilliseconds)\n"
    FileHandle.standardError.write(Data(line.utf8))
  }
}
