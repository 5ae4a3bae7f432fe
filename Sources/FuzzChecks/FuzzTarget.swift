/// The fuzz targets by name, each with its check: the names of the folders under Fuzz/ (seeds,
/// regressions) and of the executables `make fuzz` builds.
public enum FuzzTarget: String, CaseIterable, Sendable {
  case scriptLoader = "script-loader"
  case kioskConfig = "kiosk-config"
  case engine
  case answers
  case match

  /// Runs one test case; throws when an invariant does not hold. A trap is a crash, caught by
  /// the fuzzer (and, in the test suite, ends the run). Returns the longest one typed line
  /// took (processor time), for the targets that read typed lines (nil for files).
  @discardableResult
  public func run(_ bytes: [UInt8]) throws(CheckFailure) -> Duration? {
    switch self {
    case .scriptLoader:
      try LoaderCheck.run(bytes)
      return nil
    case .kioskConfig:
      try KioskConfigCheck.run(bytes)
      return nil
    case .engine:
      return try EngineCheck.run(bytes)
    case .answers:
      return try CPUTime.measure { () throws(CheckFailure) in try AnswerCheck.run(bytes) }.took
    case .match:
      return try MatchCheck.run(bytes)
    }
  }
}
