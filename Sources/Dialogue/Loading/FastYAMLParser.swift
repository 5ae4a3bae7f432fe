/// Reads the plain YAML that scripts are written in straight into `YAMLNode`s, a byte at a time,
/// and gives up (nil) on anything else, so that the caller parses that text with Yams instead.
///
/// Why: Yams builds a tree of its own nodes, resolves a tag for every scalar with regular
/// expressions and hashes every mapping's keys to look for duplicates; for a script of ten
/// thousand rules that is most of the load time. Scripts use a small part of YAML, and this
/// reader handles exactly that part: block mappings and sequences indented with spaces, plain
/// and quoted one-line scalars, flow sequences of scalars (which may run over several lines),
/// `>` and `|` blocks, and comments.
///
/// Giving up is always safe: whatever it does not handle with certainty (tabs, anchors, tags,
/// empty values, duplicate keys, escapes other than the common ones, multi-line plain scalars,
/// anything Yams would call an error) goes to Yams, which then reports problems as it always
/// did. Where it does produce a tree, it is the tree Yams would give, marks and styles
/// included; Tests/DialogueTests/FastYAMLParserTests.swift checks that on every YAML file in
/// the repository.
struct FastYAMLParser {
  /// Anything outside the handled subset: the caller falls back to Yams.
  private struct Unsupported: Error {}

  private let bytes: [UInt8]
  /// The byte being read.
  private var position = 0
  /// The current line, from 1, and the offset where it starts.
  private var line = 1
  private var lineStart = 0
  /// The indentation of the content line the cursor stands on (the cursor is at its first
  /// character), or nil at the end of the text.
  private var indent: Int?

  private init(_ text: String) { bytes = Array(text.utf8) }

  /// The document's tree, or nil when the text is not in the subset this reader handles.
  static func parse(_ text: String) -> YAMLNode? {
    var parser = FastYAMLParser(text)
    return try? parser.document()
  }

  // MARK: Structure

  private mutating func document() throws -> YAMLNode {
    try rejectUnusualCharacters()
    try moveToContentLine()
    guard indent == 0 else { throw Unsupported() }
    let root = try blockNode(indent: 0)
    guard indent == nil else { throw Unsupported() }
    return root
  }

  /// A mapping or sequence starting at the cursor, at the start of a content line indented by
  /// `indent` spaces.
  private mutating func blockNode(indent: Int) throws -> YAMLNode {
    if isSequenceDash(at: position) { return try blockSequence(indent: indent) }
    if keyColon(from: position) != nil { return try blockMapping(indent: indent) }
    throw Unsupported()
  }

  private mutating func blockSequence(indent: Int) throws -> YAMLNode {
    let mark = markHere()
    var items: [YAMLNode] = []
    while true {
      position += 1  // the dash
      skipSpaces()
      if atLineEnd() {
        try finishLine()
        try moveToContentLine()
        guard let inner = self.indent, inner > indent else { throw Unsupported() }
        items.append(try blockNode(indent: inner))
      } else if isSequenceDash(at: position) {
        throw Unsupported()
      } else if keyColon(from: position) != nil {
        items.append(try blockMapping(indent: position - lineStart))
      } else {
        items.append(try inlineValue(blockIndent: indent))
      }
      guard let next = self.indent, next >= indent else { break }
      guard next == indent, isSequenceDash(at: position) else { throw Unsupported() }
    }
    return .sequence(items, mark: mark)
  }

  private mutating func blockMapping(indent: Int) throws -> YAMLNode {
    let mark = markHere()
    var pairs: [YAMLPair] = []
    // Keys seen, to leave duplicates to Yams: a short list, and a set once the list is long.
    var keys: [String] = []
    var manyKeys: Set<String> = []
    while true {
      guard let colon = keyColon(from: position) else { throw Unsupported() }
      let keyMark = markHere()
      var end = colon
      while end > position, bytes[end - 1] == 0x20 { end -= 1 }
      let key = String(decoding: bytes[position..<end], as: UTF8.self)
      // Duplicate keys are an error Yams words; let it.
      if keys.count < 16 {
        guard !keys.contains(key) else { throw Unsupported() }
        keys.append(key)
        if keys.count == 16 { manyKeys = Set(keys) }
      } else {
        guard manyKeys.insert(key).inserted else { throw Unsupported() }
      }
      position = colon + 1
      skipSpaces()
      let value: YAMLNode
      if atLineEnd() {
        try finishLine()
        try moveToContentLine()
        // An empty value, or a list not indented under its key: left to Yams.
        guard let inner = self.indent, inner > indent else { throw Unsupported() }
        value = try blockNode(indent: inner)
      } else {
        value = try inlineValue(blockIndent: indent)
      }
      pairs.append(
        YAMLPair(
          key: .scalar(YAMLScalar(string: key, style: .plain, mark: keyMark)), value: value))
      guard let next = self.indent, next >= indent else { break }
      guard next == indent, !isSequenceDash(at: position) else { throw Unsupported() }
    }
    return .mapping(pairs, mark: mark)
  }

  /// Where the colon of `key: ` is on the cursor's line, when the line from `start` is a plain
  /// key followed by a colon and a space (or the line's end).
  private func keyColon(from start: Int) -> Int? {
    guard start < bytes.count, startsPlain(at: start) else { return nil }
    var index = start
    while index < bytes.count, bytes[index] != 0x0A {
      let byte = bytes[index]
      if byte == 0x3A, isBlankOrEnd(index + 1) { return index - start > 1000 ? nil : index }
      if byte == 0x23, index > start, bytes[index - 1] == 0x20 { return nil }  // a comment
      index += 1
    }
    return nil
  }

  /// A scalar, flow sequence or block scalar after `key: ` or `- `; afterwards the cursor is
  /// on the next content line.
  private mutating func inlineValue(blockIndent: Int) throws -> YAMLNode {
    let value: YAMLNode
    switch bytes[position] {
    case 0x22: value = try doubleQuoted()
    case 0x27: value = try singleQuoted()
    case 0x5B: value = try flowSequence()
    case 0x7C, 0x3E: return try blockScalar(blockIndent: blockIndent)
    default: value = try plainScalar()
    }
    try finishLine()
    try moveToContentLine()
    return value
  }

  // MARK: Scalars

  /// Whether a plain scalar may start at `index`: not with an indicator, which would make it
  /// something else (or an error).
  private func startsPlain(at index: Int) -> Bool {
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

  private mutating func plainScalar() throws -> YAMLNode {
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

  private mutating func doubleQuoted() throws -> YAMLNode {
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

  private mutating func singleQuoted() throws -> YAMLNode {
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
  private mutating func flowSequence() throws -> YAMLNode {
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
  private mutating func blockScalar(blockIndent: Int) throws -> YAMLNode {
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

  // MARK: Lines

  /// Skips blank and comment lines from the start of a line; the cursor ends on the first
  /// character of the next content line, with `indent` set (nil at the end).
  private mutating func moveToContentLine() throws {
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
  private mutating func finishLine() throws {
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
  private mutating func nextLine() {
    position += 1
    line += 1
    lineStart = position
  }

  private func lineEnd(from index: Int) -> Int {
    var index = index
    while index < bytes.count, bytes[index] != 0x0A { index += 1 }
    return index
  }

  private func spacesAhead() -> Int {
    var index = position
    while index < bytes.count, bytes[index] == 0x20 { index += 1 }
    return index - position
  }

  private mutating func skipSpaces() {
    while position < bytes.count, bytes[position] == 0x20 { position += 1 }
  }

  private func atLineEnd() -> Bool {
    position >= bytes.count || bytes[position] == 0x0A
      || (bytes[position] == 0x23 && bytes[position - 1] == 0x20)
  }

  private func isBlankOrEnd(_ index: Int) -> Bool {
    index >= bytes.count || bytes[index] == 0x20 || bytes[index] == 0x0A
  }

  private func isSequenceDash(at index: Int) -> Bool {
    index < bytes.count && bytes[index] == 0x2D && isBlankOrEnd(index + 1)
  }

  private func isDocumentMarker(at index: Int) -> Bool {
    guard index + 2 < bytes.count else { return false }
    let three = bytes[index..<(index + 3)]
    return (three.elementsEqual([0x2D, 0x2D, 0x2D]) || three.elementsEqual([0x2E, 0x2E, 0x2E]))
      && isBlankOrEnd(index + 3)
  }

  /// The cursor's place as Yams marks it: columns count Unicode scalars, not bytes.
  private func markHere() -> YAMLMark {
    var column = 1
    for index in lineStart..<position where bytes[index] & 0xC0 != 0x80 { column += 1 }
    return YAMLMark(line: line, column: column)
  }

  /// Characters the YAML library treats specially (tabs, carriage returns and the Unicode
  /// line breaks, a byte-order mark, control characters) send the text to Yams.
  private func rejectUnusualCharacters() throws {
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
