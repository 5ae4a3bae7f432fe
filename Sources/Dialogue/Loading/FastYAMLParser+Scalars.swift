extension FastYAMLParser {
  // MARK: Scalars

  /// Whether a plain scalar may start at `index`: not with an indicator, which would make it
  /// something else (or an error).
  func startsPlain(at index: Int) -> Bool {
    switch bytes[index] {
    case 0x2D, 0x3F, 0x3A:  // - ? : are plain when a non-blank follows
      return !isBlankOrEnd(index + 1)
    case 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25,
      0x40, 0x60, 0x20:
      return false
    default:
      return true
    }
  }

  mutating func plainScalar() throws -> YAMLNode {
    guard startsPlain(at: position) else { throw Unsupported() }
    let mark = markHere()
    let start = position
    var end = position
    while position < bytes.count, bytes[position] != 0x0A {
      let byte = bytes[position]
      if byte == 0x3A, isBlankOrEnd(position + 1) { throw Unsupported() }
      if byte == 0x23, bytes[position - 1] == 0x20 { break }
      if byte != 0x20 { end = position + 1 }
      position += 1
    }
    return .scalar(
      YAMLScalar(
        string: String(decoding: bytes[start..<end], as: UTF8.self), style: .plain, mark: mark))
  }

  mutating func doubleQuoted() throws -> YAMLNode {
    let mark = markHere()
    position += 1
    var text: [UInt8] = []
    while true {
      guard position < bytes.count, bytes[position] != 0x0A else { throw Unsupported() }
      let byte = bytes[position]
      position += 1
      if byte == 0x22 { break }
      if byte == 0x5C {
        guard position < bytes.count else { throw Unsupported() }
        switch bytes[position] {
        case 0x22, 0x5C, 0x2F: text.append(bytes[position])
        case 0x6E: text.append(0x0A)
        case 0x74: text.append(0x09)
        default: throw Unsupported()
        }
        position += 1
      } else {
        text.append(byte)
      }
    }
    return .scalar(
      YAMLScalar(string: String(decoding: text, as: UTF8.self), style: .doubleQuoted, mark: mark))
  }

  mutating func singleQuoted() throws -> YAMLNode {
    let mark = markHere()
    position += 1
    var text: [UInt8] = []
    while true {
      guard position < bytes.count, bytes[position] != 0x0A else { throw Unsupported() }
      let byte = bytes[position]
      position += 1
      if byte == 0x27 {
        guard position < bytes.count, bytes[position] == 0x27 else { break }
        position += 1
      }
      text.append(byte)
    }
    return .scalar(
      YAMLScalar(string: String(decoding: text, as: UTF8.self), style: .singleQuoted, mark: mark))
  }

  /// `[a, b, "c"]`, over several lines if need be, holding scalars only.
  mutating func flowSequence() throws -> YAMLNode {
    let mark = markHere()
    position += 1
    var items: [YAMLNode] = []
    try skipFlowSpace()
    while bytes[position] != 0x5D {
      switch bytes[position] {
      case 0x22: items.append(try doubleQuoted())
      case 0x27: items.append(try singleQuoted())
      default: items.append(try flowPlainScalar())
      }
      try skipFlowSpace()
      if bytes[position] == 0x2C {
        position += 1
        try skipFlowSpace()
      } else if bytes[position] != 0x5D {
        throw Unsupported()
      }
    }
    position += 1
    return .sequence(items, mark: mark)
  }

  /// A plain scalar inside `[...]`, which ends at a comma or the closing bracket. It may go on
  /// over a line break, which folds into a space (blank lines between become line breaks), as
  /// in a long list of words wrapped to the page.
  private mutating func flowPlainScalar() throws -> YAMLNode {
    guard startsPlain(at: position) else { throw Unsupported() }
    // After a leading - ? or :, a flow indicator is not certain to be read as plain text.
    if [0x2D, 0x3F, 0x3A].contains(bytes[position]), position + 1 < bytes.count,
      [0x2C, 0x5B, 0x5D, 0x7B, 0x7D].contains(bytes[position + 1])
    {
      throw Unsupported()
    }
    let mark = markHere()
    var text: [UInt8] = []
    while true {
      let start = position
      var end = position
      scan: while position < bytes.count {
        switch bytes[position] {
        case 0x2C, 0x5D, 0x0A: break scan
        case 0x5B, 0x7B, 0x7D, 0x3A: throw Unsupported()
        case 0x23 where bytes[position - 1] == 0x20: throw Unsupported()
        case 0x20: break
        default: end = position + 1
        }
        position += 1
      }
      text.append(contentsOf: bytes[start..<end])
      guard position < bytes.count, bytes[position] == 0x0A else { break }
      let breaks = try skipFlowSpace()
      if bytes[position] == 0x2C || bytes[position] == 0x5D { break }
      if breaks == 1 {
        text.append(0x20)
      } else {
        text.append(contentsOf: repeatElement(0x0A, count: breaks - 1))
      }
    }
    return .scalar(
      YAMLScalar(string: String(decoding: text, as: UTF8.self), style: .plain, mark: mark))
  }

  /// Spaces and line breaks inside `[...]`. Comments, and a directive or document marker at
  /// the left margin, are left to Yams. Returns the line breaks passed.
  @discardableResult
  private mutating func skipFlowSpace() throws -> Int {
    var breaks = 0
    while position < bytes.count {
      switch bytes[position] {
      case 0x20:
        position += 1
      case 0x0A:
        breaks += 1
        position += 1
        line += 1
        lineStart = position
        // At the left margin, `%` and `---` mean something even inside brackets.
        if position < bytes.count && (bytes[position] == 0x25 || isDocumentMarker(at: position)) {
          throw Unsupported()
        }
      case 0x23:
        throw Unsupported()
      default:
        return breaks
      }
    }
    throw Unsupported()
  }

  /// `>`, `>-`, `|` or `|-` and the lines indented under it. Leaves the cursor on the next
  /// content line.
  mutating func blockScalar(blockIndent: Int) throws -> YAMLNode {
    let mark = markHere()
    let folded = bytes[position] == 0x3E
    position += 1
    var strip = false
    if position < bytes.count, bytes[position] == 0x2D {
      strip = true
      position += 1
    }
    guard isBlankOrEnd(position) else { throw Unsupported() }
    skipSpaces()
    try finishLine()
    // The first line sets the indentation; leading blank lines are left to Yams.
    let contentIndent = spacesAhead()
    guard contentIndent > blockIndent, position + contentIndent < bytes.count,
      bytes[position + contentIndent] != 0x0A
    else { throw Unsupported() }
    var lines: [ArraySlice<UInt8>] = []
    var blanksBefore: [Int] = []
    var blanks = 0
    while position < bytes.count {
      let spaces = spacesAhead()
      let end = lineEnd(from: position)
      if position + spaces == end {
        // A blank line; spaces beyond the indentation would be content.
        guard spaces <= contentIndent else { throw Unsupported() }
        blanks += 1
      } else if spaces < contentIndent {
        break
      } else {
        // More-indented lines fold differently; left to Yams.
        if spaces > contentIndent && folded { throw Unsupported() }
        lines.append(bytes[(position + contentIndent)..<end])
        blanksBefore.append(blanks)
        blanks = 0
      }
      position = end
      if position < bytes.count { nextLine() }
    }
    var text: [UInt8] = []
    for (index, content) in lines.enumerated() {
      if index > 0 {
        let gap = blanksBefore[index]
        if folded && gap == 0 {
          text.append(0x20)
        } else {
          text.append(contentsOf: repeatElement(0x0A, count: folded ? gap : gap + 1))
        }
      }
      text.append(contentsOf: content)
    }
    if !strip && !lines.isEmpty { text.append(0x0A) }
    // The cursor is at the start of the line that ended the block (or at the end).
    try moveToContentLine()
    return .scalar(
      YAMLScalar(
        string: String(decoding: text, as: UTF8.self), style: folded ? .folded : .literal,
        mark: mark))
  }
}
