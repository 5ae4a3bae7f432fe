/// Fits text to a number of columns.
///
/// Lines break at spaces so words stay whole; a word wider than a line (a pasted link, a long
/// run of CJK text) is broken between graphemes, so an accent is never parted from its letter
/// and an emoji sequence never split. Widths are display widths, not character counts.
public struct TextWrapper: Sendable {
  public var width: Int
  /// Put before the first line, such as "  1. " for a numbered choice.
  public var firstPrefix: String
  /// Put before every later line, usually spaces as wide as `firstPrefix` (a hanging indent).
  public var restPrefix: String

  public init(width: Int, firstPrefix: String = "", restPrefix: String? = nil) {
    self.width = width
    self.firstPrefix = firstPrefix
    self.restPrefix = restPrefix ?? String(repeating: " ", count: DisplayWidth.of(firstPrefix))
  }

  /// Each line of the input is wrapped on its own; empty lines are kept as paragraph breaks.
  /// A line's own indentation is kept, and its wrapped lines line up under it, so indented
  /// text such as a list of commands keeps its shape.
  public func wrap(_ text: String) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let indent = String(paragraph.prefix(while: { $0 == " " }))
      let prefix = (lines.isEmpty ? firstPrefix : restPrefix) + indent
      lines += wrapParagraph(
        String(paragraph.dropFirst(indent.count)), firstPrefix: prefix,
        restPrefix: restPrefix + indent)
    }
    return lines
  }

  private func wrapParagraph(_ paragraph: String, firstPrefix: String, restPrefix: String)
    -> [String]
  {
    var lines: [String] = []
    var current = firstPrefix
    var currentWidth = DisplayWidth.of(firstPrefix)
    var lineHasWord = false
    let restWidth = DisplayWidth.of(restPrefix)

    func finishLine() {
      lines.append(current)
      current = restPrefix
      currentWidth = restWidth
      lineHasWord = false
    }

    for word in paragraph.split(separator: " ") {
      let wordWidth = DisplayWidth.of(String(word))
      let gap = lineHasWord ? 1 : 0
      if currentWidth + gap + wordWidth <= width {
        if lineHasWord { current += " " }
        current += word
        currentWidth += gap + wordWidth
        lineHasWord = true
        continue
      }
      if lineHasWord { finishLine() }
      if currentWidth + wordWidth <= width {
        current += word
        currentWidth += wordWidth
        lineHasWord = true
        continue
      }
      // Too wide for any line: break it between graphemes, always at least one per line so
      // even a width smaller than one character makes progress.
      for character in word {
        let characterWidth = DisplayWidth.of(character)
        if lineHasWord && currentWidth + characterWidth > width { finishLine() }
        current.append(character)
        currentWidth += characterWidth
        lineHasWord = true
      }
    }
    lines.append(current)
    return lines.map { trimTrailingSpaces($0) }
  }

  private func trimTrailingSpaces(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }
}
