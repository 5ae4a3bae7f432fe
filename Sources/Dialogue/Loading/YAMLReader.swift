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
}
