import ArgumentParser
import Sessions

/// Something that stopped a command although its command line was right, such as a plan that
/// is not finished yet or a store that cannot be written.
///
/// It is said as a sentence for the person, with exit status 1 and no usage text. Mistakes in
/// the command line itself stay `ValidationError`s: exit status 64, with the usage, since that
/// is what helps then.
struct Failure: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) {
    self.description = description
  }

  /// The one place where the application layer's errors meet the command line: each is said in
  /// its own sentence (see `Wording+Errors.swift`), as a usage mistake or as a failure.
  static func said(_ error: any Error) -> any Error {
    guard let error = error as? SessionError else { return error }
    return error.isUsageMistake ? ValidationError(error.description) : Failure(error.description)
  }
}
