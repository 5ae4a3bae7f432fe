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
    // A tab or other control written into a value (a plain tab, or `\t` in double quotes)
    // would reach the person's screen, where it moves the cursor: only line breaks may stay.
    if let control = scalar.string.unicodeScalars.first(where: YAMLValue.isUnwanted) {
      let name = control == "\t" ? "a tab" : "a control character"
      report(
        "\(what) has \(name) (code \(control.value)) in it; write spaces or words instead")
      return nil
    }
    return scalar.string
  }

  /// Controls other than the line break, and the bidirectional overrides that reorder text.
  static func isUnwanted(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
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
