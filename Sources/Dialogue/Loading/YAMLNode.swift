import Yams

/// Where a node starts in its file: line and column from 1, columns counted in Unicode scalars
/// (as the YAML library counts them).
public struct YAMLMark: Hashable, Sendable {
  public var line: Int
  public var column: Int
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}

/// One node of a parsed YAML document: what the loaders read, whichever parser produced it.
///
/// `FastYAMLParser` builds these directly for the plain YAML that Prompts/ is written in; any
/// other document goes through Yams, and its tree is turned into these. Both give the same
/// nodes for the same text (Tests/DialogueTests/FastYAMLParserTests.swift compares them).
///
/// Not `indirect`: the arrays already hold children out of line, and boxing every node would
/// cost an allocation per scalar, a hundred thousand of them in a script of ten thousand rules.
public enum YAMLNode: Equatable, Sendable {
  case scalar(YAMLScalar)
  case mapping([YAMLPair], mark: YAMLMark)
  case sequence([YAMLNode], mark: YAMLMark)
  /// Never produced by parsing a whole document (aliases are resolved), kept so every Yams
  /// node has a counterpart.
  case alias(mark: YAMLMark?)

  public var mark: YAMLMark? {
    switch self {
    case .scalar(let scalar): return scalar.mark
    case .mapping(_, let mark), .sequence(_, let mark): return mark
    case .alias(let mark): return mark
    }
  }

  /// The text of a scalar; nil for anything else.
  public var string: String? {
    if case .scalar(let scalar) = self { return scalar.string }
    return nil
  }
}

/// A key and its value in a mapping, in file order.
public struct YAMLPair: Equatable, Sendable {
  public var key: YAMLNode
  public var value: YAMLNode
}

public struct YAMLScalar: Equatable, Sendable {
  /// How the scalar is written, which decides how its text maps back to the file.
  public enum Style: Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
  }
  public var string: String
  public var style: Style
  public var mark: YAMLMark
}

extension YAMLNode {
  /// The same tree as Yams composed it.
  init(_ node: Node) {
    func mark(_ mark: Mark?) -> YAMLMark {
      YAMLMark(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
    switch node {
    case .scalar(let scalar):
      let style: YAMLScalar.Style
      switch scalar.style {
      case .singleQuoted: style = .singleQuoted
      case .doubleQuoted: style = .doubleQuoted
      case .literal: style = .literal
      case .folded: style = .folded
      case .plain, .any: style = .plain
      }
      self = .scalar(YAMLScalar(string: scalar.string, style: style, mark: mark(scalar.mark)))
    case .mapping(let mapping):
      self = .mapping(
        mapping.map { YAMLPair(key: YAMLNode($0.key), value: YAMLNode($0.value)) },
        mark: mark(mapping.mark))
    case .sequence(let sequence):
      self = .sequence(sequence.map(YAMLNode.init), mark: mark(sequence.mark))
    case .alias(let alias):
      self = .alias(mark: alias.mark.map { mark($0) })
    }
  }
}
