extension FastYAMLParser {
  // MARK: Lines

  /// Skips blank and comment lines from the start of a line; the cursor ends on the first
  /// character of the next content line, with `indent` set (nil at the end).
  mutating func moveToContentLine() throws {
    while position < bytes.count {
      let spaces = spacesAhead()
      let first = position + spaces
      if first >= bytes.count {
        position = bytes.count
        break
      }
      if bytes[first] == 0x0A || bytes[first] == 0x23 {
        position = lineEnd(from: position)
        if position < bytes.count { nextLine() }
        continue
      }
      if spaces == 0 && (bytes[first] == 0x25 || isDocumentMarker(at: first)) {
        throw Unsupported()
      }
      position = first
      indent = spaces
      return
    }
    indent = nil
  }

  /// After a value: only spaces and a comment may follow on its line. Moves to the line's end.
  mutating func finishLine() throws {
    skipSpaces()
    guard position < bytes.count, bytes[position] != 0x0A else {
      if position < bytes.count { nextLine() }
      return
    }
    guard bytes[position] == 0x23, bytes[position - 1] == 0x20 else { throw Unsupported() }
    position = lineEnd(from: position)
    if position < bytes.count { nextLine() }
  }

  /// Steps over the line break at the cursor.
  mutating func nextLine() {
    position += 1
    line += 1
    lineStart = position
  }

  func lineEnd(from index: Int) -> Int {
    var index = index
    while index < bytes.count, bytes[index] != 0x0A { index += 1 }
    return index
  }

  func spacesAhead() -> Int {
    var index = position
    while index < bytes.count, bytes[index] == 0x20 { index += 1 }
    return index - position
  }

  mutating func skipSpaces() {
    while position < bytes.count, bytes[position] == 0x20 { position += 1 }
  }

  func atLineEnd() -> Bool {
    position >= bytes.count || bytes[position] == 0x0A
      || (bytes[position] == 0x23 && bytes[position - 1] == 0x20)
  }

  func isBlankOrEnd(_ index: Int) -> Bool {
    index >= bytes.count || bytes[index] == 0x20 || bytes[index] == 0x0A
  }

  func isSequenceDash(at index: Int) -> Bool {
    index < bytes.count && bytes[index] == 0x2D && isBlankOrEnd(index + 1)
  }

  func isDocumentMarker(at index: Int) -> Bool {
    guard index + 2 < bytes.count else { return false }
    let three = bytes[index..<(index + 3)]
    return (three.elementsEqual([0x2D, 0x2D, 0x2D]) || three.elementsEqual([0x2E, 0x2E, 0x2E]))
      && isBlankOrEnd(index + 3)
  }

  /// The cursor's place as Yams marks it: columns count Unicode scalars, not bytes.
  func markHere() -> YAMLMark {
    var column = 1
    for index in lineStart..<position where bytes[index] & 0xC0 != 0x80 { column += 1 }
    return YAMLMark(line: line, column: column)
  }

  /// Characters the YAML library treats specially (tabs, carriage returns and the Unicode
  /// line breaks, a byte-order mark, control characters) send the text to Yams.
  func rejectUnusualCharacters() throws {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x20 && byte != 0x0A || byte == 0x7F { throw Unsupported() }
      if byte >= 0xC2 {
        let next = index + 1 < count ? bytes[index + 1] : 0
        let third = index + 2 < count ? bytes[index + 2] : 0
        if byte == 0xC2 && next < 0xA0 { throw Unsupported() }
        if byte == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9) { throw Unsupported() }
        if byte == 0xEF && next == 0xBB && third == 0xBF { throw Unsupported() }
        if byte == 0xEF && next == 0xBF && third >= 0xBE { throw Unsupported() }
      }
      index += 1
    }
  }
}
