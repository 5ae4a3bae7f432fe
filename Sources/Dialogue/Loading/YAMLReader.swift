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

  public init(file: String) { self.file = file }

  /// Parses `text`; nil (with a diagnostic) when it is not well-formed YAML or is empty.
  public func root(of text: String) -> YAMLValue? {
    do {
      guard let node = try Yams.compose(yaml: text) else {
        report(at: SourceLocation(file: file, line: 1, column: 1), "the file is empty")
        return nil
      }
      return YAMLValue(node: node, reader: self, path: "")
    } catch let error as YamlError {
      report(error)
      return nil
    } catch {
      report(at: SourceLocation(file: file, line: 1, column: 1), "cannot read YAML: \(error)")
      return nil
    }
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

  private func report(_ error: YamlError) {
    func at(_ mark: Mark) -> SourceLocation { location(of: mark) }
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { " (\($0.text))" } ?? ""
      report(at: at(mark), "the YAML is not well formed: \(problem)\(detail)")
    case .reader(let problem, _, _, _):
      report(at: SourceLocation(file: file, line: 1, column: 1), "cannot read the file: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      report(at: at(context.mark), "duplicate key \(names): each key may appear once in a mapping")
    default:
      report(at: SourceLocation(file: file, line: 1, column: 1), "cannot read YAML: \(error)")
    }
  }
}

/// One node of a YAML document with the accessors a loader needs. Each accessor reports a
/// diagnostic and returns nil when the node is not of the expected shape.
public struct YAMLValue {
  public let node: Node
  let reader: YAMLReader
  /// Where in the document this value sits, such as `sections[2].questions[0]`, for messages.
  public let path: String

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
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
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
    guard case .sequence(let sequence) = node else {
      expected(what)
      return nil
    }
    return sequence.enumerated().map { index, child in
      YAMLValue(node: child, reader: reader, path: "\(path)[\(index)]")
    }
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
  public func mapping(
    _ what: String = "a mapping", allowed: [String], required: [String] = []
  ) -> YAMLMapping? {
    guard case .mapping(let mapping) = node else {
      expected(what)
      return nil
    }
    var values: [String: YAMLValue] = [:]
    var keyLocations: [String: SourceLocation] = [:]
    var order: [String] = []
    for (keyNode, valueNode) in mapping {
      guard case .scalar(let keyScalar) = keyNode else {
        reader.report(at: reader.location(of: keyNode.mark), "a key must be plain text")
        continue
      }
      let key = keyScalar.string
      let keyLocation = reader.location(of: keyNode.mark)
      guard allowed.contains(key) else {
        reader.report(
          at: keyLocation,
          "unknown key '\(key)' in \(what)\(Suggestion.hint(for: key, in: allowed)); "
            + "expected one of: \(allowed.joined(separator: ", "))")
        continue
      }
      let childPath = path.isEmpty ? key : "\(path).\(key)"
      values[key] = YAMLValue(node: valueNode, reader: reader, path: childPath)
      keyLocations[key] = keyLocation
      order.append(key)
    }
    for key in required where values[key] == nil {
      report("\(what) needs the key '\(key)'")
    }
    return YAMLMapping(values: values, keyLocations: keyLocations, order: order, owner: self)
  }

  /// A mapping with free-form keys (such as a menu of ideas keyed by concept id), in file order.
  public func entries(_ what: String = "a mapping") -> [(
    key: String, location: SourceLocation, value: YAMLValue
  )]? {
    guard case .mapping(let mapping) = node else {
      expected(what)
      return nil
    }
    var result: [(key: String, location: SourceLocation, value: YAMLValue)] = []
    for (keyNode, valueNode) in mapping {
      guard case .scalar(let keyScalar) = keyNode else {
        reader.report(at: reader.location(of: keyNode.mark), "a key must be plain text")
        continue
      }
      let key = keyScalar.string
      result.append(
        (
          key, reader.location(of: keyNode.mark),
          YAMLValue(node: valueNode, reader: reader, path: "\(path).\(key)")
        ))
    }
    return result
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
  public let values: [String: YAMLValue]
  public let keyLocations: [String: SourceLocation]
  /// Keys in the order they appear in the file.
  public let order: [String]
  public let owner: YAMLValue

  public subscript(key: String) -> YAMLValue? { values[key] }
  public func has(_ key: String) -> Bool { values[key] != nil }
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
