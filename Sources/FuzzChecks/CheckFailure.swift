/// A broken invariant: which check, and what it saw. The fuzz targets stop on one (so the
/// input is kept as a file); the test suite records it as a failed test.
public struct CheckFailure: Error, CustomStringConvertible, Sendable {
  public var check: String
  public var detail: String

  public init(_ check: String, _ detail: String) {
    self.check = check
    self.detail = detail
  }

  public var description: String { "\(check): \(detail)" }
}
