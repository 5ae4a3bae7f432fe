import Foundation

/// The parsed form of one pattern, and its parser.
///
/// Pattern syntax (matched against the whole input; punctuation in the input is ignored):
///
/// - `word`: a literal word, compared case-insensitively after the same stemming and
///   contraction spelling as the input ("what's" is "what is", "walking" matches "walk").
/// - `*`: one or more words, any words. Use it at the end ("what is *") or start for the rest.
/// - `[words]`: an optional part; it may hold anything a pattern holds, including `*`,
///   `{concept}` and further `[...]`.
/// - `{concept-id}`: any word or phrase of that lexicon concept ("i feel {mood}" matches
///   "I feel fed up"). Negation plays no part: the pattern is about the words used.
///
/// Examples: `what is *`, `[can you] tell me about *`, `i feel {mood}`, `* {smoking} *`.
enum PatternAtom: Hashable, Sendable {
  case word(String)
  case concept(String)
  case star
}

indirect enum PatternElement: Hashable, Sendable {
  case atoms([PatternAtom])
  case optional([PatternElement])
}

/// A pattern as the script loader parsed it, kept with the text it was parsed from, so the
/// rule matcher need not parse every pattern a second time. The matcher uses it only while the
/// rule's pattern is still that text, so a changed pattern is never compiled from a stale
/// parse. Two are equal when their texts are: the parse follows from the text.
struct ParsedPattern: Hashable, Sendable {
  let source: String
  let parsed: PatternParser.Parsed

  init(_ source: String) {
    self.source = source
    self.parsed = PatternParser.parse(source)
  }

  /// The parse, when it was made from `text`.
  func parsed(ifFrom text: String) -> PatternParser.Parsed? { source == text ? parsed : nil }

  static func == (a: ParsedPattern, b: ParsedPattern) -> Bool { a.source == b.source }
  func hash(into hasher: inout Hasher) { hasher.combine(source) }
}

/// A pattern's characters as the parser reads them. Offsets count `Character`s, as
/// diagnostics do. ASCII text (with no carriage return, the one pair Swift counts as a single
/// character) is read as bytes, one per character, without any `Character` handling.
struct PatternCharacters {
  private let bytes: [UInt8]?
  private let characters: [Character]

  init(_ text: String) {
    if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
      bytes = Array(text.utf8)
      characters = []
    } else {
      bytes = nil
      characters = Array(text)
    }
  }

  var count: Int { bytes?.count ?? characters.count }

  /// The character's ASCII code; nil for any other character (one with a combining mark
  /// included, so it is never taken for a bracket or star).
  func code(at index: Int) -> UInt8? {
    if let bytes { return bytes[index] }
    return characters[index].asciiValue
  }

  func isWhitespace(at index: Int) -> Bool {
    if let bytes { return bytes[index] == 0x20 || (0x09...0x0D).contains(bytes[index]) }
    return characters[index].isWhitespace
  }

  /// The characters in `range` as a string: for ASCII, one conversion of the bytes rather
  /// than a character appended at a time.
  func string(_ range: Range<Int>) -> String {
    if let bytes { return String(decoding: bytes[range], as: UTF8.self) }
    return String(characters[range])
  }
}

enum PatternParser {
  /// A pattern with more optional parts than this is refused: each one doubles the number of
  /// word sequences the pattern stands for.
  static let maximumOptionalParts = 8

  struct Parsed: Sendable {
    var elements: [PatternElement]
    var conceptReferences: [(id: String, offset: Int)]
    var errors: [PatternError]
  }

  static func parse(_ pattern: String) -> Parsed {
    var reader = Reader(characters: PatternCharacters(pattern))
    let elements = reader.sequence(closedByBracket: false, openedAt: 0)
    var errors = reader.errors
    if reader.optionalCount > maximumOptionalParts {
      errors.append(
        PatternError(
          "too many optional parts (\(reader.optionalCount)); use at most \(maximumOptionalParts)",
          offset: 0))
    }
    // Some expansion holds a word exactly when any atom appears, since every optional part
    // may be taken: no need to spell the expansions out.
    if errors.isEmpty, !elements.isEmpty, !containsAtom(elements) {
      errors.append(PatternError("the pattern must match at least one word", offset: 0))
    }
    if elements.isEmpty, errors.isEmpty {
      errors.append(PatternError("the pattern is empty", offset: 0))
    }
    errors.sort { $0.offset < $1.offset }
    return Parsed(elements: elements, conceptReferences: reader.references, errors: errors)
  }

  /// One pass over a pattern's characters. A struct with its state in stored properties,
  /// rather than nested functions sharing local variables, so the state is not boxed on the
  /// heap: a script with ten thousand rules parses ten thousand patterns at load.
  private struct Reader {
    let characters: PatternCharacters
    var index = 0
    var errors: [PatternError] = []
    var references: [(id: String, offset: Int)] = []
    var optionalCount = 0

    init(characters: PatternCharacters) { self.characters = characters }

    /// Reads up to the end, or up to the `]` that closes an optional part. Neighbouring words,
    /// concepts and stars are kept in one `.atoms` element: fewer arrays, same expansions.
    mutating func sequence(closedByBracket: Bool, openedAt: Int) -> [PatternElement] {
      var elements: [PatternElement] = []
      var atoms: [PatternAtom] = []
      var wordStart: Int?

      func endWord(_ wordStart: inout Int?, at end: Int, into atoms: inout [PatternAtom]) {
        guard let start = wordStart else { return }
        for stem in Tokenizer.stems(ofWord: characters.string(start..<end)) {
          atoms.append(.word(stem))
        }
        wordStart = nil
      }
      func endAtoms(_ atoms: inout [PatternAtom], into elements: inout [PatternElement]) {
        guard !atoms.isEmpty else { return }
        elements.append(.atoms(atoms))
        atoms = []
      }

      while index < characters.count {
        // Compared as ASCII codes: comparing `Character`s costs a string comparison each.
        switch characters.code(at: index) {
        case 0x2A:  // *
          endWord(&wordStart, at: index, into: &atoms)
          atoms.append(.star)
          index += 1
        case 0x5B:  // [
          endWord(&wordStart, at: index, into: &atoms)
          endAtoms(&atoms, into: &elements)
          let start = index
          index += 1
          optionalCount += 1
          let inner = sequence(closedByBracket: true, openedAt: start)
          if inner.isEmpty {
            errors.append(PatternError("an optional part '[...]' must hold a word", offset: start))
          }
          elements.append(.optional(inner))
        case 0x5D:  // ]
          endWord(&wordStart, at: index, into: &atoms)
          if closedByBracket {
            index += 1
            endAtoms(&atoms, into: &elements)
            return elements
          }
          errors.append(
            PatternError("']' closes nothing: there is no '[' before it", offset: index))
          index += 1
        case 0x7B:  // {
          endWord(&wordStart, at: index, into: &atoms)
          if let id = concept() { atoms.append(.concept(id)) }
        case 0x7D:  // }
          endWord(&wordStart, at: index, into: &atoms)
          errors.append(
            PatternError("'}' closes nothing: there is no '{' before it", offset: index))
          index += 1
        default:
          if characters.isWhitespace(at: index) {
            endWord(&wordStart, at: index, into: &atoms)
          } else if wordStart == nil {
            wordStart = index
          }
          index += 1
        }
      }
      endWord(&wordStart, at: index, into: &atoms)
      endAtoms(&atoms, into: &elements)
      if closedByBracket {
        errors.append(PatternError("'[' is not closed: add ']'", offset: openedAt))
      }
      return elements
    }

    /// Reads `{concept-id}` from its `{`; nil, with the problem noted, when it is not one.
    mutating func concept() -> String? {
      let start = index
      index += 1
      let nameStart = index
      while index < characters.count, characters.code(at: index) != 0x7D {
        let inside = characters.code(at: index)
        if inside == 0x7B || inside == 0x5B || inside == 0x5D || inside == 0x2A { break }
        index += 1
      }
      guard index < characters.count, characters.code(at: index) == 0x7D else {
        errors.append(PatternError("'{' is not closed: write {concept-id}", offset: start))
        return nil
      }
      let id = Whitespace.trimmed(characters.string(nameStart..<index))
      index += 1
      if id.isEmpty {
        errors.append(PatternError("'{}' names no concept: write {concept-id}", offset: start))
        return nil
      }
      guard Identifier.isValid(id) else {
        errors.append(
          PatternError(
            "'\(id)' is not a valid concept id: use lower-case letters, digits, '-' and '_'",
            offset: start + 1))
        return nil
      }
      references.append((id, start + 1))
      return id
    }
  }

  /// Every word sequence the pattern stands for, each optional part taken or left out.
  static func expansions(of elements: [PatternElement]) -> [[PatternAtom]] {
    // Most patterns have no optional part: one sequence, nothing to take or leave.
    if !elements.contains(where: { if case .optional = $0 { true } else { false } }) {
      return [
        elements.flatMap { element -> [PatternAtom] in
          if case .atoms(let atoms) = element { return atoms }
          return []
        }
      ]
    }
    var results: [[PatternAtom]] = [[]]
    for element in elements {
      switch element {
      case .atoms(let atoms):
        results = results.map { $0 + atoms }
      case .optional(let inner):
        let innerExpansions = expansions(of: inner)
        var next: [[PatternAtom]] = []
        for prefix in results {
          next.append(prefix)
          for option in innerExpansions where !option.isEmpty { next.append(prefix + option) }
        }
        results = next
      }
    }
    // Duplicates ("[a] [a]") are dropped, keeping first places. A pattern has few expansions,
    // and comparing a few arrays costs less than hashing each into a set.
    if results.count <= 16 {
      var unique: [[PatternAtom]] = []
      for sequence in results where !unique.contains(sequence) { unique.append(sequence) }
      return unique
    }
    var seen: Set<[PatternAtom]> = []
    return results.filter { seen.insert($0).inserted }
  }

  /// Whether any word, concept or `*` appears, inside optional parts or not.
  static func containsAtom(_ elements: [PatternElement]) -> Bool {
    elements.contains { element in
      switch element {
      case .atoms(let atoms): return !atoms.isEmpty
      case .optional(let inner): return containsAtom(inner)
      }
    }
  }
}
