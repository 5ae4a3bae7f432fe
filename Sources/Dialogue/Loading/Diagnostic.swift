/// A place in a source file, counted from 1 as editors show it.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }

  /// The location `offset` characters further along the same line; used to point inside a
  /// string such as a condition or a pattern.
  public func advanced(by offset: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column + offset)
  }
}

/// One problem found while loading or checking a script, written for the person who will fix it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable { case error, warning }

  public var location: SourceLocation
  public var severity: Severity
  public var message: String

  public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Many problems at once: loading reports every problem it finds, not just the first.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
  public var items: [Diagnostic]
  public init(_ items: [Diagnostic]) { self.items = items }
  public var errors: [Diagnostic] { items.filter { $0.severity == .error } }
  public var description: String { items.map(\.description).joined(separator: "\n") }
}
