import Yams

/// Reads a YAML document into checked values, collecting every problem with its file, line and
/// column instead of stopping at the first.
///
/// Every file in Prompts/ goes through this reader so that all of them share one standard:
/// an unknown key is always an error (never silently ignored), and each error says what was
/// expected and suggests the nearest valid key.
public final class YAMLReader {
  public let file: String
  public private(set) var diagnostics: [Diagnostic] = []
  /// The document's text, kept so a place inside a scalar (a placeholder in a folded block,
  /// say) can be found in the file as the author sees it.
  private var text = ""
  /// The text's lines, made only when a diagnostic needs them: a script that loads cleanly
  /// never pays for splitting it into characters.
  private(set) lazy var lines: [[Character]] = text.split(
    omittingEmptySubsequences: false, whereSeparator: \.isNewline
  ).map(Array.init)

  public init(file: String) { self.file = file }

  /// Parses `text`; nil (with a diagnostic) when it is not well-formed YAML or is empty.
  ///
  /// The plain YAML scripts are written in is read by `FastYAMLParser`; anything else (and
  /// every malformed document) goes through Yams, whose errors are explained below.
  public func root(of text: String) -> YAMLValue? {
    self.text = text
    if let node = FastYAMLParser.parse(text) {
      return YAMLValue(node: node, reader: self)
    }
    do {
      guard let node = try Yams.compose(yaml: text) else {
        report(
          at: SourceLocation(file: file, line: 1, column: 1),
          "the file is empty: there is nothing in it but blank lines and comments")
        return nil
      }
      return YAMLValue(node: YAMLNode(node), reader: self)
    } catch let error as YamlError {
      report(error)
      return nil
    } catch {
      report(at: SourceLocation(file: file, line: 1, column: 1), "cannot read YAML: \(error)")
      return nil
    }
  }

  /// The tree Yams composes for `text`, nil on any error: what `FastYAMLParser` must match.
  static func yamsTree(of text: String) -> YAMLNode? {
    (try? Yams.compose(yaml: text)).map(YAMLNode.init)
  }

  public func report(
    _ severity: Diagnostic.Severity = .error, at location: SourceLocation, _ message: String
  ) {
    diagnostics.append(Diagnostic(severity, at: location, message))
  }

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  func location(of mark: Mark?) -> SourceLocation {
    SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  func location(of mark: YAMLMark?) -> SourceLocation {
    SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  /// Turns the YAML library's complaint into a sentence an author can act on, placed where the
  /// author must look: an unclosed quote or bracket is reported where it opens, not at the end
  /// of the file where the library noticed.
  private func report(_ error: YamlError) {
    let prefix = "the YAML is not well formed: "
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let (place, message) = explain(problem, context: context, at: mark)
      report(at: place, prefix + message)
    case .reader(let problem, let offset, let value, let text):
      let place = offset.map { location(ofCharacter: $0, in: text) } ?? start
      let what =
        value >= 0 && value < 0x20 || value == 0x7F
        ? "it has a control character (code \(value)) here" : "it has \(problem) here"
      report(
        at: place,
        "this does not look like a text file, because \(what); a script is plain text "
          + "saved as UTF-8")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let first = location(of: context.mark)
      let key = duplicates.first ?? ""
      let second = laterKey(key, after: context.mark) ?? first
      report(
        at: second,
        "the key '\(key)' appears twice here (first at line \(first.line)); "
          + "each key may appear once, so remove one of them")
    default:
      report(at: start, "cannot read YAML: \(error)")
    }
  }

  private var start: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

  /// A plain explanation of a syntax error, and the place that explains it best.
  private func explain(_ problem: String, context: YamlError.Context?, at mark: Mark) -> (
    SourceLocation, String
  ) {
    let here = location(of: mark)
    let opened = context.map { location(of: $0.mark) }
    let contextText = context?.text ?? ""
    if character(at: mark) == "\t"
      || problem.contains("found character that cannot start any token")
        && line(mark.line).prefix(while: { $0 == " " || $0 == "\t" }).contains("\t")
    {
      let tab = tabLocation(onLine: mark.line) ?? here
      return (tab, "a tab is used for indenting here; YAML needs spaces, not tabs")
    }
    if contextText.contains("quoted scalar"), let opened {
      return (
        opened,
        "the text that starts with a quote here is never closed; add the matching quote at its end"
      )
    }
    if contextText.contains("flow sequence"), let opened {
      return (
        opened,
        "the list that starts with '[' here is not closed with ']' (or an item in it is "
          + "missing a comma)"
      )
    }
    if contextText.contains("flow mapping"), let opened {
      return (
        opened,
        "the mapping that starts with '{' here is not closed with '}' (or an item in it is "
          + "missing a comma)"
      )
    }
    if problem.contains("mapping values are not allowed") {
      return (
        here,
        "a colon followed by a space starts a new key, and one is not allowed here; "
          + "if the colon is part of the text, put the whole text in quotes"
      )
    }
    if problem.contains("Maximum nesting level") {
      return (here, "it is nested too deeply (more than 1000 levels) to be a script")
    }
    if problem.contains("did not find expected key") || problem.contains("expected <block end>") {
      return (
        here,
        "this line is not lined up with the lines around it; check its indentation"
          + (contextText.isEmpty ? "" : " (\(contextText))")
      )
    }
    let detail = contextText.isEmpty ? "" : " (\(contextText))"
    return (here, "\(problem)\(detail)")
  }

  private func line(_ number: Int) -> [Character] {
    number >= 1 && number <= lines.count ? lines[number - 1] : []
  }

  private func character(at mark: Mark) -> Character? {
    index(ofColumn: mark.column, inLine: mark.line).flatMap { index in
      let text = line(mark.line)
      return index < text.count ? text[index] : nil
    }
  }

  private func tabLocation(onLine number: Int) -> SourceLocation? {
    var column = 1
    for character in line(number) {
      if character == "\t" { return SourceLocation(file: file, line: number, column: column) }
      column += character.unicodeScalars.count
    }
    return nil
  }

  /// The second place `key:` starts a line at the same indentation as the first, for
  /// duplicate keys: the library names the first, and it is the second that is the mistake.
  private func laterKey(_ key: String, after mark: Mark) -> SourceLocation? {
    guard let indent = index(ofColumn: mark.column, inLine: mark.line) else { return nil }
    for number in (mark.line + 1)..<(lines.count + 1) {
      let text = line(number)
      guard text.count > indent else { continue }
      let rest = String(text[indent...])
      let leading = text[..<indent].allSatisfy { $0 == " " || $0 == "-" }
      if leading,
        ["\(key):", "\"\(key)\":", "'\(key)':", "\(key) :"].contains(where: rest.hasPrefix)
      {
        return SourceLocation(file: file, line: number, column: mark.column)
      }
    }
    return nil
  }

  /// The index in a line's characters of a column counted in Unicode scalars, as YAML does.
  func index(ofColumn column: Int, inLine number: Int) -> Int? {
    guard number >= 1 && number <= lines.count else { return nil }
    var scalars = 1
    for (index, character) in lines[number - 1].enumerated() {
      if scalars >= column { return index }
      scalars += character.unicodeScalars.count
    }
    return lines[number - 1].count
  }

  func column(ofIndex index: Int, inLine number: Int) -> Int {
    1 + line(number).prefix(index).reduce(0) { $0 + $1.unicodeScalars.count }
  }

  private func location(ofCharacter offset: Int, in text: String) -> SourceLocation {
    var line = 1
    var column = 1
    for character in text.prefix(offset) {
      if character.isNewline {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
    }
    return SourceLocation(file: file, line: line, column: column)
  }

  /// Where the character at `offset` of a scalar's value is written in the file.
  ///
  /// Offsets count the value's characters, but the file may spell them differently: escapes
  /// such as `\"`, doubled `''`, and folded lines with their indentation. So the value is
  /// walked beside the source, each value character matched to the next place it appears;
  /// characters written as escapes are simply passed over.
  func location(ofOffset offset: Int, in scalar: YAMLScalar, at mark: YAMLMark) -> SourceLocation {
    let value = Array(scalar.string)
    var lineNumber = mark.line
    guard var index = index(ofColumn: mark.column, inLine: mark.line) else {
      return location(of: mark).advanced(by: offset)
    }
    switch scalar.style {
    case .singleQuoted, .doubleQuoted:
      index += 1
    case .literal, .folded:
      lineNumber += 1
      index = 0
    default:
      break
    }
    /// Finds `wanted` at or after the position, within a short distance, without moving there.
    func find(_ wanted: Character) -> (line: Int, index: Int)? {
      var (number, position) = (lineNumber, index)
      for _ in 0..<40 {
        guard number <= lines.count else { return nil }
        let text = line(number)
        if position >= text.count {
          // The end of a line stands for a newline, or for the space a folded line becomes.
          if wanted == "\n" || wanted == " " { return (number, position) }
          number += 1
          position = 0
          continue
        }
        if text[position] == wanted
          || (wanted.isNewline && text[position].isNewline)
        {
          return (number, position)
        }
        position += 1
      }
      return nil
    }
    for character in value.prefix(offset) {
      if let (number, position) = find(character) {
        if position >= line(number).count {
          (lineNumber, index) = (number + 1, 0)
        } else {
          (lineNumber, index) = (number, position + 1)
        }
      }
    }
    if offset < value.count, let (number, position) = find(value[offset]) {
      (lineNumber, index) = (number, position)
    }
    return SourceLocation(
      file: file, line: lineNumber, column: column(ofIndex: index, inLine: lineNumber))
  }
}

/// One node of a YAML document with the accessors a loader needs. Each accessor reports a
/// diagnostic and returns nil when the node is not of the expected shape.
public struct YAMLValue {
  public let node: YAMLNode
  let reader: YAMLReader

  public var location: SourceLocation { reader.location(of: node.mark) }

  public func report(_ message: String) { reader.report(at: location, message) }
  public func warn(_ message: String) { reader.report(.warning, at: location, message) }

  private var describedKind: String {
    switch node {
    case .scalar(let scalar): return scalar.string.isEmpty ? "an empty value" : "'\(scalar.string)'"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  private func expected(_ what: String) {
    report("expected \(what) here, found \(describedKind)")
  }

  public var isList: Bool {
    if case .sequence = node { return true }
    return false
  }

  /// Whether this is a plain empty value (`key:` with nothing after it, or `~`/`null`).
  public var isNull: Bool {
    if case .scalar(let scalar) = node, scalar.style == .plain {
      return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
    return false
  }

  /// Any scalar as text. Numbers and booleans are accepted as their written form.
  public func string(_ what: String = "text") -> String? {
    guard case .scalar(let scalar) = node, !isNull else {
      expected(what)
      return nil
    }
    return scalar.string
  }

  /// A scalar that must not be blank.
  public func nonEmptyString(_ what: String = "text") -> String? {
    guard let text = string(what) else { return nil }
    if Whitespace.isBlank(text) {
      report("\(what) must not be empty")
      return nil
    }
    return text
  }

  /// An identifier: lower-case letters, digits, `-` and `_`, starting with a letter.
  public func identifier(_ what: String = "an id") -> String? {
    guard let text = string(what) else { return nil }
    guard Identifier.isValid(text) else {
      report(
        "'\(text)' is not a valid id: use lower-case letters, digits, '-' and '_', "
          + "starting with a letter")
      return nil
    }
    return text
  }

  public func int(_ what: String = "a whole number") -> Int? {
    guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
      expected(what)
      return nil
    }
    return value
  }

  public func double(_ what: String = "a number") -> Double? {
    guard case .scalar(let scalar) = node, let value = Double(scalar.string) else {
      expected(what)
      return nil
    }
    return value
  }

  public func bool() -> Bool? {
    if case .scalar(let scalar) = node {
      switch scalar.string.lowercased() {
      case "true", "yes": return true
      case "false", "no": return false
      default: break
      }
    }
    expected("true or false")
    return nil
  }

  /// A list. A single value where a list is expected is not accepted: authors should see that
  /// the key takes several.
  public func list(_ what: String = "a list") -> [YAMLValue]? {
    guard case .sequence(let sequence, _) = node else {
      expected(what)
      return nil
    }
    return sequence.map { YAMLValue(node: $0, reader: reader) }
  }

  /// A list of strings; a single string is also accepted as a list of one, since authors write
  /// `synonyms: yes` as often as `synonyms: [yes]`.
  public func stringList(_ what: String = "text") -> [String]? {
    if case .scalar = node, !isNull { return string(what).map { [$0] } }
    guard let items = list("a list of \(what)") else { return nil }
    return items.compactMap { $0.string(what) }
  }

  /// A mapping whose keys must all be in `allowed`; unknown keys are reported with the nearest
  /// allowed key, and keys in `required` must be present.
  ///
  /// `aliases` maps words authors reach for (`question`, `type`, `options`) to the key they
  /// mean, so a misspelling of either gets a useful "did you mean". A required key that seems
  /// to be present under a misspelt name is not reported missing as well: one mistake, one
  /// message.
  public func mapping(
    _ what: String = "a mapping", allowed: [String], required: [String] = [],
    aliases: [String: String] = [:]
  ) -> YAMLMapping? {
    guard case .mapping(let mapping, _) = node else {
      expected(what)
      return nil
    }
    var entries: [YAMLMapping.Entry] = []
    entries.reserveCapacity(mapping.count)
    var misspelt: Set<String> = []
    for pair in mapping {
      let (keyNode, valueNode) = (pair.key, pair.value)
      guard case .scalar(let keyScalar) = keyNode else {
        reader.report(at: reader.location(of: keyNode.mark), "a key must be plain text")
        continue
      }
      let key = keyScalar.string
      guard allowed.contains(key) else {
        let near = Suggestion.nearest(to: key, in: allowed + aliases.keys.sorted())
        let meant = near.map { aliases[$0] ?? $0 }.flatMap { allowed.contains($0) ? $0 : nil }
        if let meant, !entries.contains(where: { $0.key == meant }) { misspelt.insert(meant) }
        reader.report(
          at: reader.location(of: keyNode.mark),
          "unknown key '\(key)' in \(what)\(meant.map { "; did you mean '\($0)'?" } ?? ""); "
            + "expected one of: \(allowed.joined(separator: ", "))")
        continue
      }
      if !misspelt.isEmpty { misspelt.remove(key) }
      entries.append(
        YAMLMapping.Entry(
          key: key, keyMark: keyNode.mark, value: YAMLValue(node: valueNode, reader: reader)))
    }
    let result = YAMLMapping(entries: entries, owner: self, misspelt: misspelt)
    for key in required where !result.has(key) && !misspelt.contains(key) {
      report("\(what) needs the key '\(key)'")
    }
    return result
  }

  /// A mapping with free-form keys (such as a menu of ideas keyed by concept id), in file order.
  public func entries(_ what: String = "a mapping") -> [(
    key: String, location: SourceLocation, value: YAMLValue
  )]? {
    guard case .mapping(let mapping, _) = node else {
      expected(what)
      return nil
    }
    var result: [(key: String, location: SourceLocation, value: YAMLValue)] = []
    for pair in mapping {
      guard case .scalar(let keyScalar) = pair.key else {
        reader.report(at: reader.location(of: pair.key.mark), "a key must be plain text")
        continue
      }
      result.append(
        (
          keyScalar.string, reader.location(of: pair.key.mark),
          YAMLValue(node: pair.value, reader: reader)
        ))
    }
    return result
  }

  /// Where the character at `offset` of this scalar's text is in the file, for pointing inside
  /// a template, condition or pattern. Escapes, quotes and folded lines are allowed for, so the
  /// place is right even in a long question written as a block over several lines.
  public func location(atOffset offset: Int) -> SourceLocation {
    guard case .scalar(let scalar) = node, let mark = node.mark else {
      return location.advanced(by: offset)
    }
    return reader.location(ofOffset: offset, in: scalar, at: mark)
  }

  /// The location of the first character inside a scalar's text, for pointing at a column
  /// within a condition or pattern. Quoted scalars start one column after their mark.
  public var textStart: SourceLocation {
    if case .scalar(let scalar) = node,
      scalar.style == .singleQuoted || scalar.style == .doubleQuoted
    {
      return location.advanced(by: 1)
    }
    return location
  }
}

/// The checked keys of one mapping.
public struct YAMLMapping {
  /// One allowed key with its value, in file order.
  struct Entry {
    var key: String
    var keyMark: YAMLMark?
    var value: YAMLValue
  }

  /// Mappings in scripts hold a handful of keys, so a list searched in order serves better
  /// than building a dictionary for each. When a key appears twice (which only Yams allows,
  /// for keys such as `1` and `"1"` that differ in type), the later one counts.
  let entries: [Entry]
  public let owner: YAMLValue
  /// Allowed keys that seem to be written under a misspelt name, so checks that follow from a
  /// missing key can stay quiet instead of reporting the same mistake twice.
  public let misspelt: Set<String>

  public var values: [String: YAMLValue] {
    Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { _, later in later })
  }
  public var keyLocations: [String: SourceLocation] {
    Dictionary(
      entries.map { ($0.key, owner.reader.location(of: $0.keyMark)) },
      uniquingKeysWith: { _, later in later })
  }
  /// Keys in the order they appear in the file.
  public var order: [String] { entries.map(\.key) }

  public subscript(key: String) -> YAMLValue? { entries.last { $0.key == key }?.value }
  public func has(_ key: String) -> Bool { entries.contains { $0.key == key } }
  public var location: SourceLocation { owner.location }
}

/// The rule for ids in scripts, lexicons and rules, kept in one place.
public enum Identifier {
  public static func isValid(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return text.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
    }
  }
}
