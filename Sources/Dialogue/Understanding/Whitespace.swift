import Foundation

/// Foundation's whitespace tests, answered without Foundation for ASCII text.
///
/// `trimmingCharacters(in:)` goes through `NSString` and back, which costs more than the rest
/// of a turn's work on a short line. For ASCII text the answer is plain: the only whitespace
/// is the space and the controls from tab to carriage return. Other text still goes to
/// Foundation, so every answer is the one Foundation gives (tests compare them).
enum Whitespace {
  /// `text.trimmingCharacters(in: .whitespaces)`: spaces and tabs (and Unicode spaces) off
  /// both ends.
  static func trimmed(_ text: String) -> String {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.trimmingCharacters(in: .whitespaces)
    }
    var bytes = Substring(text).utf8
    while let first = bytes.first, first == 0x20 || first == 0x09 { bytes.removeFirst() }
    while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
    return bytes.count == text.utf8.count ? text : String(Substring(bytes))
  }

  /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`.
  static func trimmedIncludingNewlines(_ text: String) -> String {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    var bytes = Substring(text).utf8
    while let first = bytes.first, isSpace(first) { bytes.removeFirst() }
    while let last = bytes.last, isSpace(last) { bytes.removeLast() }
    return bytes.count == text.utf8.count ? text : String(Substring(bytes))
  }

  /// `text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty`. An ASCII character other
  /// than a space or a control from tab to carriage return settles it at once.
  static func isBlank(_ text: String) -> Bool {
    let visible = text.utf8.contains { $0 < 0x80 && $0 != 0x20 && !(0x09...0x0D).contains($0) }
    return !visible && text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
  }
}
