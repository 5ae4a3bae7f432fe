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
  struct Unsupported: Error {}

  let bytes: [UInt8]
  /// The byte being read.
  var position = 0
  /// The current line, from 1, and the offset where it starts.
  var line = 1
  var lineStart = 0
  /// The indentation of the content line the cursor stands on (the cursor is at its first
  /// character), or nil at the end of the text.
  var indent: Int?
  /// How many block mappings and sequences the cursor is inside.
  var depth = 0
  /// Scripts nest a handful of levels. Past this many the text goes to Yams, whose reader keeps
  /// no stack of its own and reports a file nested too deeply; reading it here would recurse once
  /// a level and could run out of stack on a thread with a small one.
  static let deepestNesting = 64

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
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.deepestNesting else { throw Unsupported() }
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
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.deepestNesting else { throw Unsupported() }
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
}
