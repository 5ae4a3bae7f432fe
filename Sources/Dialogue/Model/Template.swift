/// Text that pipes in earlier answers: `Thanks, {{name | or: "friend"}}.`
///
/// Templates are parsed when the script loads, so a misspelt answer name or filter is reported
/// with its line and column instead of showing up as a gap in front of a person.
public struct Template: Sendable, Hashable {
  public enum Part: Sendable, Hashable {
    case literal(String)
    case value(name: String, filters: [Filter], offset: Int)
  }

  public enum Filter: Sendable, Hashable {
    /// A list joined as "a, b and c" (the default for lists anyway; explicit for clarity).
    case list
    /// All lower case, for putting an answer mid-sentence.
    case lower
    /// First letter upper case, for starting a sentence with an answer.
    case capitalise
    /// Used when the answer is missing or skipped.
    case or(String)
    /// The person's words for themselves turned to words said to them ("refer me" -> "refer
    /// you"), for what someone else will do for them; each item of a list on its own.
    case addressed
    /// As `addressed`, but said of the person to a worker typing with them ("refer you" ->
    /// "refer them").
    case spokenOf
    /// Words put before the answer when there is one, and nothing when there is none:
    /// `{{said_with | prefix: ", "}}` adds ", unless it's cold" only when that was said.
    case prefix(String)

    public static let names = [
      "list", "lower", "capitalise", "or", "addressed", "spoken-of", "prefix",
    ]
  }

  public var parts: [Part]
  public var source: String

  /// A template with no placeholders.
  public init(literal text: String) {
    self.parts = [.literal(text)]
    self.source = text
  }

  /// The answer names this template reads, with their character offsets.
  public var references: [(name: String, offset: Int)] {
    parts.compactMap {
      if case .value(let name, _, let offset) = $0 { return (name, offset) }
      return nil
    }
  }

  /// Parses `{{ name | filter | or: "fallback" }}` placeholders.
  public init(parsing source: String) throws(TemplateError) {
    self.source = source
    // Text with no brace at all is one literal, as the loop below would find character by
    // character; most of a script's texts (and every reply of a large rule set) are such.
    if !source.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D }) {
      self.parts = source.isEmpty ? [] : [.literal(source)]
      return
    }
    var parts: [Part] = []
    let characters = Array(source)
    var literal = ""
    var index = 0
    while index < characters.count {
      if characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{" {
        guard let close = Template.findClose(characters, from: index + 2) else {
          throw TemplateError(message: "'{{' is never closed with '}}'", offset: index)
        }
        if !literal.isEmpty {
          parts.append(.literal(literal))
          literal = ""
        }
        let inner = String(characters[(index + 2)..<close])
        parts.append(try Template.parsePlaceholder(inner, offset: index + 2))
        index = close + 2
      } else if characters[index] == "}", index + 1 < characters.count,
        characters[index + 1] == "}"
      {
        throw TemplateError(message: "'}}' without an opening '{{'", offset: index)
      } else {
        literal.append(characters[index])
        index += 1
      }
    }
    if !literal.isEmpty { parts.append(.literal(literal)) }
    self.parts = parts
  }

  private static func findClose(_ characters: [Character], from start: Int) -> Int? {
    var index = start
    while index + 1 < characters.count {
      if characters[index] == "}" && characters[index + 1] == "}" { return index }
      index += 1
    }
    return nil
  }

  private static func parsePlaceholder(_ inner: String, offset: Int) throws(TemplateError) -> Part {
    let pieces = inner.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    let name = pieces[0].trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else {
      throw TemplateError(message: "'{{ }}' needs the id of an answer inside", offset: offset)
    }
    guard Identifier.isValid(name) else {
      throw TemplateError(message: "'\(name)' is not a valid answer id", offset: offset)
    }
    var filters: [Filter] = []
    for piece in pieces.dropFirst() {
      let text = piece.trimmingCharacters(in: .whitespaces)
      let (filterName, argument) = splitFilter(text)
      switch filterName {
      case "list": filters.append(.list)
      case "lower": filters.append(.lower)
      case "capitalise", "capitalize": filters.append(.capitalise)
      case "addressed": filters.append(.addressed)
      case "spoken-of": filters.append(.spokenOf)
      case "or":
        guard let argument else {
          throw TemplateError(
            message: "the 'or' filter needs a fallback in quotes, as in or: \"friend\"",
            offset: offset)
        }
        filters.append(.or(argument))
      case "prefix":
        guard let argument else {
          throw TemplateError(
            message: "the 'prefix' filter needs its words in quotes, as in prefix: \", \"",
            offset: offset)
        }
        filters.append(.prefix(argument))
      default:
        throw TemplateError(
          message:
            "unknown filter '\(filterName)'\(Suggestion.hint(for: filterName, in: Filter.names)); "
            + "filters are: \(Filter.names.joined(separator: ", "))",
          offset: offset)
      }
    }
    return .value(name: name, filters: filters, offset: offset)
  }

  /// `or: "friend"` -> ("or", "friend"); `lower` -> ("lower", nil).
  private static func splitFilter(_ text: String) -> (String, String?) {
    guard let colon = text.firstIndex(of: ":") else { return (text, nil) }
    let name = text[..<colon].trimmingCharacters(in: .whitespaces)
    var argument = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    if argument.count >= 2, let first = argument.first, first == "\"" || first == "'",
      argument.last == first
    {
      argument = String(argument.dropFirst().dropLast())
    } else {
      return (name, nil)
    }
    return (name, argument)
  }

  /// Fills the placeholders. `lookup` gives an answer's display form, nil when missing.
  public func render(_ lookup: (String) -> TemplateValue?) -> String {
    var output = ""
    // Where the last placeholder's words begin, for "{{doer}} will {{actions}}".
    var lastValueStart: Int? = nil
    for part in parts {
      switch part {
      case .literal(let text):
        output += text
      case .value(let name, let filters, _):
        let value = lookup(name)
        if let said = Template.handedOnSaid(filters, value, after: output, doerAt: lastValueStart) {
          output = said
          lastValueStart = nil
          continue
        }
        lastValueStart = output.count
        output += Template.apply(filters, to: value)
      }
    }
    return output
  }

  private static func apply(_ filters: [Filter], to value: TemplateValue?) -> String {
    var value = value
    var voice: ((String) -> String)? = nil
    if filters.contains(.spokenOf) {
      voice = { AddressedWords.spokenOf($0) }
    } else if filters.contains(.addressed) {
      voice = { AddressedWords.turned($0) }
    }
    if let voice {
      switch value {
      case .text(let words)?: value = .text(voice(words))
      case .list(let items)?: value = .list(items.map(voice))
      case nil: break
      }
    }
    var text: String? = value.map { $0.joined }
    if text?.isEmpty == true { text = nil }
    // Said after "will": words that only name what will be done ("bloods again") need a verb
    // before them, as "will bloods again" is not a sentence.
    if voice != nil, let said = text, !AddressedWords.startsWithDoing(said) {
      text = AddressedWords.namingFrame + said
    }
    for filter in filters {
      switch filter {
      case .list, .addressed, .spokenOf: break
      case .lower: text = text?.lowercased()
      case .capitalise: text = text.map { $0.prefix(1).uppercased() + $0.dropFirst() }
      case .or(let fallback): if text == nil { text = fallback }
      case .prefix(let words): text = text.map { words + $0 }
      }
    }
    return text ?? ""
  }
}

/// What a placeholder shows for an answer.
public enum TemplateValue: Sendable, Hashable {
  case text(String)
  case list([String])

  /// Lists read as "a, b and c".
  public var joined: String {
    switch self {
    case .text(let text): return text
    case .list(let items): return Template.join(items)
    }
  }
}

extension Template {
  /// "a", "a and b", "a, b and c"; items that hold a comma or an "and" of their own are kept
  /// apart with semicolons ("hip; whether I need the op, and how long the wait is; sugar"), so
  /// where one ends and the next begins stays clear.
  public static func join(_ items: [String]) -> String {
    if items.count > 1, items.contains(where: { $0.contains(",") || $0.contains(" and ") }) {
      return items.joined(separator: "; ")
    }
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
  }
}

/// A problem in a template's text, with its character offset.
public struct TemplateError: Error, Hashable, Sendable {
  public var message: String
  public var offset: Int
}
