import Dialogue

/// One line through every answer reader and the safety net, as the engine would read it once
/// cleaned: nothing may trap, and what comes back must be something the engine can use (finite
/// numbers, scale points inside the scale, positions inside the list, no empty list items).
///
/// How long a line takes is measured by the fuzz target, where it is reported: on a shared,
/// loaded machine a wall-clock bound in the test suite would fail for the wrong reason.
public enum AnswerCheck {
  /// The most bytes of a case that are read; far longer than any line a person types.
  public static let longestLine = 4096
  static let scaleRange = 0...10
  static let choiceCounts = [1, 2, 3, 5, 12]

  public static func run(_ bytes: [UInt8]) throws(CheckFailure) {
    let line = InputCleaner.clean(String(decoding: bytes.prefix(longestLine), as: UTF8.self))
    try read(line)
  }

  public static func read(_ line: String) throws(CheckFailure) {
    _ = AnswerReading.yesNo(line)
    _ = AnswerReading.skipReason(line)
    _ = AnswerReading.isEndOfList(line)
    _ = AnswerReading.isFinishingWord(line)
    if let number = AnswerReading.number(line), !number.isFinite {
      throw CheckFailure("number", "\(line.debugDescription) reads as \(number)")
    }
    if let number = AnswerReading.numbers(in: line).first(where: { !$0.isFinite }) {
      throw CheckFailure("numbers", "\(line.debugDescription) holds \(number)")
    }
    if let point = AnswerReading.scale(line, range: scaleRange), !scaleRange.contains(point) {
      throw CheckFailure("scale", "\(line.debugDescription) reads as \(point) on \(scaleRange)")
    }
    _ = AnswerReading.date(line, today: BuiltIn.today)
    _ = AnswerReading.dates(in: line, today: BuiltIn.today)
    if AnswerReading.listItems(line).contains(where: { $0.allSatisfy(\.isWhitespace) }) {
      throw CheckFailure("list", "\(line.debugDescription) gives an empty list item")
    }
    if AnswerReading.listSplit(line).items.contains(where: { $0.allSatisfy(\.isWhitespace) }) {
      throw CheckFailure("list", "\(line.debugDescription) splits into an empty item")
    }
    for count in choiceCounts {
      for numbers in [true, false] {
        guard let picked = PositionalChoice.positions(line, count: count, numbers: numbers)
        else { continue }
        if let outside = picked.first(where: { !(0..<count).contains($0) }) {
          throw CheckFailure(
            "position", "\(line.debugDescription) picks \(outside) of \(count) choices")
        }
      }
    }
    _ = BuiltIn.safety.check(line)
  }
}
