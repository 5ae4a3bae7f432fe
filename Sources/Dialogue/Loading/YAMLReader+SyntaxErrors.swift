import Yams

extension YAMLReader {
  // MARK: The YAML library's complaints, in an author's words

  /// Turns the YAML library's complaint into a sentence an author can act on, placed where the
  /// author must look: an unclosed quote or bracket is reported where it opens, not at the end
  /// of the file where the library noticed.
  func report(_ error: YamlError) {
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
}
