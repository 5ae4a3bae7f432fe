import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// Each faster way of doing something gives the same answers as the plain way it replaces.
@Suite struct FastPathTests {
  /// Words to try: every word of the corpus and the default lexicon, and awkward ones.
  static let words: [String] = {
    var words: Set<String> = [
      "", "a", "is", "was", "bus", "boss", "ness", "kindness", "hopeful", "ful", "agreed",
      "feed", "hopping", "falling", "fizzing", "hoped", "hoping", "cries", "caresses", "dry",
      "happy", "yelled", "eyed", "sky", "played", "buying", "tries", "running", "smoking",
      "café", "naïve", "résumés", "straße",
    ]
    for source in ["Tests/DialogueTests/Fixtures/utterances.tsv", "Prompts/lexicon.yaml"] {
      for token in Tokenizer.tokens(of: UnderstandingFixtures.text(source)) {
        words.insert(token.word)
      }
    }
    return words.sorted()
  }()

  @Test func asciiStemmerAgreesWithTheCharacterStemmer() {
    #expect(Self.words.count > 500)
    for word in Self.words {
      #expect(Stemmer.stem(word) == Stemmer.characterStem(word), "\(word)")
    }
  }

  @Test func wordStemsAreTheTokenizersStems() {
    for word in Self.words + ["Walking", "don't", "dont", "im", "roll-ups", "x2", "a.b", "’s"] {
      #expect(Tokenizer.stems(ofWord: word) == Tokenizer.tokens(of: word).map(\.stem), "\(word)")
    }
  }

  /// Patterns read as bytes parse as they did as characters: same elements, errors, offsets.
  @Test func asciiPatternsParseAsCharacterPatterns() {
    for pattern in [
      "what is *", "[can you] tell me about * [please]", "{ mood } x", "{bad id} y", "[a [b] c",
      "a ] b", "} {", "{unclosed", "  spaced\tout  ", "it's [dont] Walking", "[]", "*",
    ] {
      let parsed = PatternParser.parse(pattern)
      // A non-breaking space at the end sends the same pattern down the Character path.
      let viaCharacters = PatternParser.parse(pattern + "\u{A0}")
      #expect(parsed.elements == viaCharacters.elements, "\(pattern)")
      #expect(parsed.errors == viaCharacters.errors, "\(pattern)")
      #expect(
        parsed.conceptReferences.map(\.id) == viaCharacters.conceptReferences.map(\.id),
        "\(pattern)")
    }
  }

  /// The table is sized from this count before any deletion is hashed.
  @Test func deletionCountIsWhatForEachDeletionGives() {
    for word in ["walk", "walking", "a", "ab", "pain", "tiredness", "café", "naïve"] {
      for limit in 0...2 {
        var given = 0
        FuzzyIndex.forEachDeletion(of: word, upTo: limit) { _ in given += 1 }
        #expect(
          FuzzyIndex.deletionCount(length: word.count, upTo: limit) == given, "\(word) \(limit)")
      }
    }
  }

  /// Text with no braces is one literal part, as the character loop makes it.
  @Test func templatesWithoutBracesAreOneLiteral() throws {
    for text in ["", "Hello.", "Reply to r1.", "Well done, you.\nNext ü é"] {
      let template = try Template(parsing: text)
      #expect(template.parts == (text.isEmpty ? [] : [.literal(text)]), "\(text)")
      let withPlaceholder = try Template(parsing: text + "{{name}}")
      #expect(
        withPlaceholder.parts.first == (text.isEmpty ? withPlaceholder.parts.first : .literal(text))
      )
    }
  }

  /// The spelling index is built on first need; its answers are those of one built at once.
  @Test func spellingIndexBuiltOnDemandGivesTheSameAnswers() {
    let onDemand = ConceptMatcher(lexicon: UnderstandingFixtures.lexicon)
    let atOnce = ConceptMatcher(lexicon: UnderstandingFixtures.lexicon)
    atOnce.prepare()
    #expect(atOnce.spellingIndexIsBuilt)
    #expect(!onDemand.spellingIndexIsBuilt)
    // Known words need no correcting, so they do not build the index.
    _ = onDemand.analyse("pain and sleep")
    #expect(!onDemand.spellingIndexIsBuilt)
    for item in UnderstandingCorpusTests.cases() {
      #expect(onDemand.analyse(item.text) == atOnce.analyse(item.text), "\(item.text)")
    }
    _ = onDemand.analyse("I feel so tierd")
    #expect(onDemand.spellingIndexIsBuilt)
  }

  /// Built on another thread while lines are already being read: the answers are the same as
  /// a matcher built at once, and the index ends up built.
  @Test func spellingIndexBuiltInTheBackgroundGivesTheSameAnswers() {
    let background = ConceptMatcher(lexicon: UnderstandingFixtures.lexicon)
    let atOnce = ConceptMatcher(lexicon: UnderstandingFixtures.lexicon)
    atOnce.prepare()
    Thread.detachNewThread { [background] in background.prepare() }
    for item in UnderstandingCorpusTests.cases() {
      #expect(background.analyse(item.text) == atOnce.analyse(item.text), "\(item.text)")
    }
    background.prepare()
    #expect(background.spellingIndexIsBuilt)
  }

  /// The safety net compiles at its first line; what it finds is what a net compiled at once
  /// finds, over the safety corpus.
  @Test func safetyNetCompiledOnDemandFindsTheSame() {
    let onDemand = SafetyNet(rules: SafetyFixtures.rules)
    let atOnce = SafetyNet(rules: SafetyFixtures.rules)
    atOnce.prepare()
    #expect(!onDemand.isCompiled)
    #expect(atOnce.isCompiled)
    let corpus = UnderstandingFixtures.text("Tests/DialogueTests/Fixtures/safety-phrases.tsv")
    var lines = 0
    for row in corpus.split(separator: "\n") where !row.hasPrefix("#") {
      guard let line = row.split(separator: "\t").last.map(String.init) else { continue }
      lines += 1
      #expect(onDemand.check(line) == atOnce.check(line), "\(line)")
    }
    #expect(lines > 100)
    #expect(onDemand.isCompiled)
  }

  /// The glossary builds its index at its first line, with the same answers.
  @Test func glossaryIndexedOnDemandAnswersTheSame() {
    let text = UnderstandingFixtures.text("Prompts/glossary.yaml")
    guard let onDemand = Glossary.load(yaml: text, file: "glossary.yaml").glossary,
      let atOnce = Glossary.load(yaml: text, file: "glossary.yaml").glossary
    else {
      Issue.record("the glossary did not load")
      return
    }
    atOnce.prepare()
    #expect(!onDemand.isIndexed)
    for line in [
      "what is hba1c", "what's an egfr?", "tell me about blood presure", "statins?",
      "what is important to me is my family", "explain cholestrol", "HbA1c",
    ] {
      #expect(onDemand.question(in: line) == atOnce.question(in: line), "\(line)")
      #expect(onDemand.entries(in: line) == atOnce.entries(in: line), "\(line)")
    }
    #expect(onDemand.isIndexed)
  }

  @Test func groupsAreTakenOutAsTheRegularExpressionDid() {
    for pattern in [
      "tight * chest", "{pain} in my {limb}", "{a {b} c}", "{open", "close}", "x {y} {z",
      "", "{}", "}{", "é {ü} ö",
    ] {
      let expected = pattern.replacingOccurrences(
        of: "\\{[^}]*\\}", with: " ", options: .regularExpression)
      #expect(SafetyNet.withoutGroups(pattern) == expected, "\(pattern)")
    }
  }

  @Test func blankTextIsFoundAsFoundationFindsIt() {
    for text in ["", " ", "\n\t ", "a", " a ", "\u{00A0}", "\u{00A0}x", "\u{85}", "\u{1C}", "é"] {
      #expect(
        Whitespace.isBlank(text) == text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
        "\(text.debugDescription)")
    }
  }

  /// Spelling out expansions only when a pattern has optional parts changes nothing.
  @Test func patternsExpandAsBefore() {
    for pattern in [
      "what is *", "[can you] tell me about * [please]", "[a] [a]", "{mood} [x [y]] z", "[*]",
      "[a] [b] [c] [d] [a]",
    ] {
      let elements = PatternParser.parse(pattern).elements
      let expanded = PatternParser.expansions(of: elements)
      #expect(!expanded.isEmpty)
      #expect(Set(expanded).count == expanded.count, "\(pattern)")
    }
    #expect(
      PatternParser.expansions(of: PatternParser.parse("what is *").elements) == [
        [.word("what"), .word("is"), .star]
      ])
    #expect(PatternParser.parse("[]").errors.count == 1)
  }

  /// Neighbouring words, concepts and stars are read into one run of atoms.
  @Test func neighbouringAtomsAreOneRun() {
    #expect(
      PatternParser.parse("what is * {mood} now").elements == [
        .atoms([.word("what"), .word("is"), .star, .concept("mood"), .word("now")])
      ])
    #expect(
      PatternParser.parse("a [b c] d").elements == [
        .atoms([.word("a")]), .optional([.atoms([.word("b"), .word("c")])]),
        .atoms([.word("d")]),
      ])
  }

  /// The trie built straight from a pattern's optional parts accepts exactly the word
  /// sequences its spelt-out expansions hold, nested and repeated parts included.
  @Test func optionalPartsCompileAsTheirExpansions() {
    let patterns = [
      "[can you] tell me [about [the]] walks", "[a] [a] b", "x [y [z]] [w]", "[p] [q]",
      "i [really [really]] want to go",
    ]
    let matcher = RuleMatcher(
      rules: patterns.enumerated().map {
        PatternRule(id: "r\($0.offset)", pattern: $0.element, priority: 0)
      },
      concepts: UnderstandingFixtures.matcher)
    for (index, pattern) in patterns.enumerated() {
      let expansions = PatternParser.expansions(of: PatternParser.parse(pattern).elements)
      for sequence in expansions where !sequence.isEmpty {
        let line = sequence.map { atom -> String in
          if case .word(let word) = atom { return word }
          return ""
        }.joined(separator: " ")
        #expect(matcher.matches(line).contains("r\(index)"), "\(pattern): \(line)")
      }
    }
    // Words from a part that was never optional cannot be left out, nor parts reordered.
    #expect(!matcher.matches("tell me about").contains("r0"))
    #expect(!matcher.matches("can you tell me the about walks").contains("r0"))
    #expect(!matcher.matches("x z").contains("r2"))
    #expect(matcher.matches("").isEmpty)
  }

  /// The byte reader's whitespace is `Character.isWhitespace` for every ASCII character.
  @Test func patternWhitespaceIsTheCharacterProperty() {
    for value in 0..<128 where value != 0x0D {
      let character = Character(Unicode.Scalar(UInt8(value)))
      let text = String(character)
      #expect(
        PatternCharacters(text).isWhitespace(at: 0) == character.isWhitespace, "\(value)")
    }
  }

  @Test func spacesAreTrimmedAsFoundationDoes() {
    for text in [
      "", " ", "a", " a ", "\ta b\t", "\u{00A0}x\u{2003}", "\ny\n", " \u{200B}z ", "\r\n x \u{0B}",
      "\u{1C}q\u{1F}", "x\u{85}",
    ] {
      #expect(
        Whitespace.trimmed(text) == text.trimmingCharacters(in: .whitespaces),
        "\(text.debugDescription)")
      #expect(
        Whitespace.trimmedIncludingNewlines(text)
          == text.trimmingCharacters(in: .whitespacesAndNewlines),
        "\(text.debugDescription)")
    }
  }
}
