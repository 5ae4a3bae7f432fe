/// The plan in Markdown, to paste into an email or print.
///
/// It has to read well both ways: rendered, and pasted as plain text. So the person's words are
/// escaped only where CommonMark would otherwise read them as markup, where they stand: a list
/// marker, `#` or `>` at the start of an item, emphasis that could open or close, a tag, an
/// entity, a link. "bad_news", "#1" and "2 * 3" go through as typed.
public enum PlanMarkdown {
  public static func render(
    _ plan: Plan, footer: PlanFooter, copy: Plan.Copy = .person,
    alsoSaid: [String] = []
  ) -> String {
    let outline = PlanOutline(plan: plan, copy: copy, alsoSaid: alsoSaid)
    var text = "# \(escape(outline.title))\n\n"
    text += outline.preface.map { escape($0.line) }.joined(separator: "\n\n") + "\n"
    let parts = outline.parts
    if parts.isEmpty { text += "\n\(PlanOutline.empty)\n" }
    for part in parts {
      text += "\n## \(part.heading)\n\n"
      let lines = part.lines.enumerated().map { index, line in
        (part.numbered ? "\(index + 1). " : "- ") + escape(line)
      }
      text += lines.joined(separator: "\n") + "\n"
    }
    text += "\n---\n\n\(escape(footer.text(for: plan)))\n"
    return text
  }

  /// One line of the person's words as Markdown that shows them as they are, starting a block
  /// (a list item's text, a paragraph). Leading and trailing spaces are dropped, and a line
  /// break becomes a space: neither carries meaning in a plan.
  static func escape(_ text: String) -> String {
    let characters = text.map { $0.isNewline ? " " : $0 }
    var start = 0
    var end = characters.count
    while start < end, characters[start].isWhitespace { start += 1 }
    while end > start, characters[end - 1].isWhitespace { end -= 1 }
    let line = Array(characters[start..<end])
    var escaped = Set(blockMarker(line))
    escaped.formUnion(inlineMarkup(line))
    var result = ""
    for (index, character) in line.enumerated() {
      if escaped.contains(index) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// Positions that would start a block at the start of a line: a list item (`- `, `+ `, `* `,
  /// `2. `, `2) `), a heading (`# `), a quote (`>`), a code fence or a thematic break (`---`).
  static func blockMarker(_ line: [Character]) -> [Int] {
    guard let first = line.first else { return [] }
    func spaceOrEnd(_ index: Int) -> Bool { index >= line.count || line[index].isWhitespace }
    switch first {
    case "-", "+", "*":
      if spaceOrEnd(1) || isThematicBreak(line) { return [0] }
    case "_":
      if isThematicBreak(line) { return [0] }
    case "#":
      let hashes = line.prefix { $0 == "#" }.count
      if hashes <= 6 && spaceOrEnd(hashes) { return [0] }
    case ">":
      return [0]
    case "`", "~":
      if line.prefix(3).allSatisfy({ $0 == first }) && line.count >= 3 { return [0] }
    default:
      // An ordered list marker: up to nine digits, then "." or ")" and a space.
      let digits = line.prefix { $0.isASCII && $0.isNumber }.count
      if digits >= 1, digits <= 9, digits < line.count, line[digits] == "." || line[digits] == ")",
        spaceOrEnd(digits + 1)
      {
        return [digits]
      }
    }
    return []
  }

  /// Three or more of one of `-`, `*`, `_`, with nothing else but spaces.
  static func isThematicBreak(_ line: [Character]) -> Bool {
    guard let first = line.first, "-*_".contains(first) else { return false }
    let marks = line.filter { !$0.isWhitespace }
    return marks.count >= 3 && marks.allSatisfy { $0 == first }
  }

  /// Positions of characters that CommonMark would read as inline markup.
  static func inlineMarkup(_ line: [Character]) -> [Int] {
    var positions: [Int] = []
    // A link or image needs a "[" and a "]" after it; a code span needs two backticks.
    let brackets =
      line.firstIndex(of: "[").map { open in line[open...].contains("]") } ?? false
    let backticks = line.filter { $0 == "`" }.count >= 2
    var index = 0
    while index < line.count {
      let character = line[index]
      let next: Character? = index + 1 < line.count ? line[index + 1] : nil
      switch character {
      case "\\":
        // A backslash escapes the punctuation after it.
        if let next, next.isASCII, next.isPunctuation || next.isSymbol { positions.append(index) }
      case "`":
        if backticks { positions.append(index) }
      case "[", "]":
        if brackets { positions.append(index) }
      case "<":
        // A tag, a comment or an autolink.
        if let next, next.isLetter || "/!?".contains(next) { positions.append(index) }
      case "&":
        if isEntity(line, from: index) { positions.append(index) }
      case "*", "_":
        let run = line[index...].prefix { $0 == character }.count
        if canDelimit(line, run: index..<(index + run)) {
          positions.append(contentsOf: index..<(index + run))
        }
        index += run
        continue
      default:
        break
      }
      index += 1
    }
    return positions
  }

  /// `&amp;`, `&#35;`, `&#x23;`: an entity, which would show as the character it names.
  static func isEntity(_ line: [Character], from index: Int) -> Bool {
    var cursor = index + 1
    if cursor < line.count, line[cursor] == "#" { cursor += 1 }
    if cursor < line.count, line[cursor] == "x" || line[cursor] == "X" { cursor += 1 }
    let name = line[cursor...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
    let after = cursor + name.count
    return !name.isEmpty && after < line.count && line[after] == ";"
  }

  /// Whether a run of `*` or `_` could open or close emphasis (CommonMark's flanking rules),
  /// so "*Pat*" is escaped and "bad_news" or "2 * 3" is not.
  static func canDelimit(_ line: [Character], run: Range<Int>) -> Bool {
    let before: Character? = run.lowerBound > 0 ? line[run.lowerBound - 1] : nil
    let after: Character? = run.upperBound < line.count ? line[run.upperBound] : nil
    func space(_ character: Character?) -> Bool { character.map(\.isWhitespace) ?? true }
    func punctuation(_ character: Character?) -> Bool {
      character.map { $0.isPunctuation || $0.isSymbol } ?? false
    }
    let left = !space(after) && (!punctuation(after) || space(before) || punctuation(before))
    let right = !space(before) && (!punctuation(before) || space(after) || punctuation(after))
    if line[run.lowerBound] == "*" { return left || right }
    let opens = left && (!right || punctuation(before))
    let closes = right && (!left || punctuation(after))
    return opens || closes
  }
}
