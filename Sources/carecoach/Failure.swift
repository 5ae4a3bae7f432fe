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
}
