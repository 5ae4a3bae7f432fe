import Foundation

extension Glossary {
  static let topKeys = ["terms", "ordinary-words"]
  static let termKeys = ["id", "term", "kind", "synonyms", "explanation", "again"]

  /// Loads Prompts/glossary.yaml (or another glossary file); diagnostics carry
  /// file:line:column. The glossary is nil when there is any error, so a half-read glossary
  /// never gives a wrong answer.
  ///
  /// A word or phrase may name one term only: if "a1c" named two terms, which explanation a
  /// person saw would depend on the order of the file. Names are compared as the matcher sees
  /// them (letter case, plurals and apostrophes ignored), so "Statin" and "statins" clash too.
  public static func load(yaml text: String, file: String) -> (
    glossary: Glossary?, diagnostics: [Diagnostic]
  ) {
    let reader = YAMLReader(file: file)
    guard let root = reader.root(of: text),
      let top = root.mapping(
        "the glossary", allowed: topKeys, required: ["terms"])
    else { return (nil, reader.diagnostics) }
    var entries: [Entry] = []
    var idsSeen: [String: SourceLocation] = [:]
    var namesSeen: [[String]: (id: String, location: SourceLocation)] = [:]
    for item in top["terms"]?.list("a list of terms") ?? [] {
      guard
        let fields = item.mapping(
          "a term", allowed: termKeys, required: ["id", "term", "kind", "explanation"],
          aliases: [
            "name": "term", "word": "term", "also": "synonyms", "explain": "explanation",
            "meaning": "explanation", "type": "kind",
          ])
      else { continue }
      guard let idValue = fields["id"], let id = idValue.identifier("a term id") else { continue }
      if let earlier = idsSeen[id] {
        idValue.report("duplicate term id '\(id)': it is already declared at \(earlier)")
        continue
      }
      idsSeen[id] = idValue.location
      let kind = fields["kind"].flatMap { Glossary.readKind($0) }
      let explanation = fields["explanation"]?.nonEmptyString("an explanation")
      if let explanation, let value = fields["explanation"] {
        let sentences = sentenceCount(explanation)
        if sentences > 3 {
          value.warn(
            "the explanation of '\(id)' has \(sentences) sentences; keep it to one to three "
              + "short sentences")
        }
      }
      var names: [String] = []
      var namesHere: Set<[String]> = []
      var values: [YAMLValue] = fields["term"].map { [$0] } ?? []
      if let synonyms = fields["synonyms"] {
        values += synonyms.list("a list of other names and spellings") ?? []
      }
      for value in values {
        guard let name = value.nonEmptyString("a word or phrase") else { continue }
        let key = Tokenizer.tokens(of: name).map(\.stem)
        if key.isEmpty {
          value.report("'\(name)' has no words to match")
        } else if !namesHere.insert(key).inserted {
          value.warn(
            "'\(name)' is listed twice for '\(id)' (letter case and plurals are matched "
              + "already)")
        } else if let earlier = namesSeen[key] {
          value.report(
            "'\(name)' already names the term '\(earlier.id)' (at \(earlier.location)); "
              + "a word or phrase may name one term only")
        } else {
          namesSeen[key] = (id, value.location)
          names.append(name)
        }
      }
      guard let term = names.first, fields["term"] != nil, let kind, let explanation else {
        continue
      }
      var entry = Entry(
        id: id, term: term, kind: kind, synonyms: Array(names.dropFirst()),
        explanation: Whitespace.trimmedIncludingNewlines(explanation))
      entry.again = fields["again"]?.nonEmptyString("the explanation in other words")
        .map(Whitespace.trimmedIncludingNewlines)
      entries.append(entry)
    }
    var ordinary: Set<String> = []
    for word in top["ordinary-words"]?.stringList("a word") ?? [] {
      ordinary.insert(word.lowercased())
    }
    let glossary = reader.hasErrors ? nil : Glossary(entries: entries, ordinaryWords: ordinary)
    return (glossary, reader.diagnostics)
  }

  private static func readKind(_ value: YAMLValue) -> Kind? {
    guard let text = value.nonEmptyString("a kind") else { return nil }
    if let kind = Kind(rawValue: text) { return kind }
    let names = Kind.allCases.map(\.rawValue)
    value.report(
      "unknown kind '\(text)'\(Suggestion.hint(for: text, in: names)); expected one of: "
        + names.joined(separator: ", "))
    return nil
  }

  /// Sentences in an explanation, counted by their closing marks.
  static func sentenceCount(_ text: String) -> Int {
    let characters = Array(Whitespace.trimmedIncludingNewlines(text))
    var count = 0
    for (index, character) in characters.enumerated() where ".!?".contains(character) {
      if index + 1 == characters.count || characters[index + 1].isWhitespace { count += 1 }
    }
    return max(count, characters.isEmpty ? 0 : 1)
  }
}
