/// Fits text to a number of columns.
///
/// Lines break at spaces so words stay whole; a word wider than a line (a pasted link, a long
/// run of CJK text) is broken between graphemes, so an accent is never parted from its letter
/// and an emoji sequence never split. Widths are display widths, not character counts, so a
/// line of wide characters fits the terminal, or the page, as well as a line of ASCII does.
public struct TextWrapper: Sendable {
  public var width: Int
  /// Put before the first line, such as "  1. " for a numbered choice.
  public var firstPrefix: String
  /// Put before every later line, usually spaces as wide as `firstPrefix` (a hanging indent).
  public var restPrefix: String
  /// Whether a number stays on the line of the word before it, so "call 999", "116 123" and
  /// "option 2" are never parted: a phone number split over two lines of a printed plan is
  /// easy to misread. A run longer than a whole line is broken between its words after all.
  public var keepsNumbersWithWordBefore: Bool

  public init(
    width: Int, firstPrefix: String = "", restPrefix: String? = nil,
    keepsNumbersWithWordBefore: Bool = false
  ) {
    self.width = width
    self.firstPrefix = firstPrefix
    self.restPrefix = restPrefix ?? String(repeating: " ", count: DisplayWidth.of(firstPrefix))
    self.keepsNumbersWithWordBefore = keepsNumbersWithWordBefore
  }

  /// Each line of the input is wrapped on its own; empty lines are kept as paragraph breaks.
  /// A line's own indentation is kept, and its wrapped lines line up under it, so indented
  /// text such as a list of commands keeps its shape. Trailing spaces are dropped.
  public func wrap(_ text: String) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let indent = String(paragraph.prefix(while: { $0 == " " }))
      var filler = LineFiller(
        width: width, firstPrefix: (lines.isEmpty ? firstPrefix : restPrefix) + indent,
        restPrefix: restPrefix + indent)
      for unit in units(of: paragraph.dropFirst(indent.count)) { filler.place(unit) }
      lines += filler.finish().map { trimTrailingSpaces($0) }
    }
    return lines
  }

  /// The words of `text` (split at spaces, and only there) filled into lines, each line
  /// exactly as built, prefix and all.
  ///
  /// For text that is one run of a person's words, such as a line of a plan: spaces before,
  /// after or between the words carry no layout there, so they are not kept as indentation,
  /// and empty text still gives its first line's prefix (a bullet with nothing after it).
  public func wrapWords(_ text: String) -> [String] {
    var filler = LineFiller(width: width, firstPrefix: firstPrefix, restPrefix: restPrefix)
    for unit in units(of: Substring(text)) { filler.place(unit) }
    return filler.finish()
  }

  /// The words of the text, each a unit of its own, or, when numbers keep with the word
  /// before them, each number joined to that word's unit.
  func units(of text: Substring) -> [[Substring]] {
    var units: [[Substring]] = []
    for word in text.split(separator: " ") {
      if keepsNumbersWithWordBefore, let digit = word.first, digit.isASCII, digit.isNumber,
        !units.isEmpty
      {
        units[units.count - 1].append(word)
      } else {
        units.append([word])
      }
    }
    return units
  }

  private func trimTrailingSpaces(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }
}

/// One paragraph being filled, word by word: the lines so far and the line being built.
private struct LineFiller {
  let width: Int
  let restPrefix: String
  let restWidth: Int
  var lines: [String] = []
  var current: String
  var currentWidth: Int
  var lineHasWord = false

  init(width: Int, firstPrefix: String, restPrefix: String) {
    self.width = width
    self.restPrefix = restPrefix
    self.restWidth = DisplayWidth.of(restPrefix)
    self.current = firstPrefix
    self.currentWidth = DisplayWidth.of(firstPrefix)
  }

  /// The columns left on this line for a word, after the space that would go before it.
  var room: Int { width - currentWidth - (lineHasWord ? 1 : 0) }

  mutating func finishLine() {
    lines.append(current)
    current = restPrefix
    currentWidth = restWidth
    lineHasWord = false
  }

  /// The lines, the one being built last.
  func finish() -> [String] { lines + [current] }

  /// Places a word with the numbers that keep with it: on this line if the whole run fits,
  /// else on a new line where it may fit whole. Still too long, the word goes first, then the
  /// numbers on a line of their own if they fit there, else word by word.
  mutating func place(_ unit: [Substring]) {
    let whole = unit.joined(separator: " ")
    let wholeWidth = DisplayWidth.of(whole)
    if unit.count == 1 || wholeWidth <= room {
      place(whole)
      return
    }
    if lineHasWord { finishLine() }
    if wholeWidth <= width - currentWidth {
      place(whole)
      return
    }
    var numbers = unit[...]
    if let first = unit.first, !(first.first?.isNumber ?? false) {
      place(String(first))
      numbers = unit.dropFirst()
    }
    let digits = numbers.joined(separator: " ")
    let digitsWidth = DisplayWidth.of(digits)
    if digitsWidth <= width - restWidth {
      if lineHasWord && digitsWidth > room { finishLine() }
      place(digits)
    } else {
      for number in numbers { place(String(number)) }
    }
  }

  /// Places one word: after a space on this line if it fits, else at the start of the next.
  /// A word too wide for any line is broken between graphemes, always at least one per line
  /// so even a width smaller than one character makes progress.
  mutating func place(_ word: String) {
    let wordWidth = DisplayWidth.of(word)
    if wordWidth <= room {
      if lineHasWord {
        current += " "
        currentWidth += 1
      }
      current += word
      currentWidth += wordWidth
      lineHasWord = true
      return
    }
    if lineHasWord { finishLine() }
    if currentWidth + wordWidth <= width {
      current += word
      currentWidth += wordWidth
      lineHasWord = true
      return
    }
    for character in word {
      let characterWidth = DisplayWidth.of(character)
      if lineHasWord && currentWidth + characterWidth > width { finishLine() }
      current.append(character)
      currentWidth += characterWidth
      lineHasWord = true
    }
  }
}
