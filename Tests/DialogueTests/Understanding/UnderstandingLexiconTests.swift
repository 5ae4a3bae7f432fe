import Dialogue
import TestSupport
import Testing

/// Loading a lexicon file: every mistake is reported where it is, with the exact message.
@Suite struct UnderstandingLexiconTests {
  func messages(_ yaml: String) -> [String] {
    Lexicon.load(yaml: yaml, file: "lex.yaml").diagnostics.map(\.description)
  }

  @Test func aGoodLexiconLoads() {
    let loaded = Lexicon.load(
      yaml: """
        concepts:
          - id: sleep
            label: Sleep
            terms: [insomnia]
            positive: [sleep]
        ordinary-words: [sheep]
        """, file: "lex.yaml")
    #expect(loaded.diagnostics.isEmpty)
    #expect(loaded.lexicon?.concept("sleep")?.positive == ["sleep"])
    #expect(loaded.lexicon?.ordinaryWords == ["sheep"])
  }

  @Test func unknownKeyGetsASuggestion() {
    #expect(
      messages(
        """
        concepts:
          - id: sleep
            term: [insomnia]
        """) == [
          "lex.yaml:3:5: error: unknown key 'term' in a concept; did you mean 'terms'?; "
            + "expected one of: id, label, terms, positive",
          "lex.yaml:2:5: error: concept 'sleep' needs at least one word in 'terms' or 'positive'",
        ])
  }

  @Test func duplicateIDsAreReported() {
    #expect(
      messages(
        """
        concepts:
          - id: sleep
            terms: [insomnia]
          - id: sleep
            terms: [awake]
        """) == [
          "lex.yaml:4:9: error: duplicate concept id 'sleep': it is already declared at lex.yaml:2:9"
        ])
  }

  @Test func badIDsAreReported() {
    #expect(
      messages(
        """
        concepts:
          - id: Sleep
            terms: [insomnia]
        """) == [
          "lex.yaml:2:9: error: 'Sleep' is not a valid id: use lower-case letters, digits, '-' "
            + "and '_', starting with a letter"
        ])
  }

  /// A misspelt required key is reported once, as the misspelling, not again as missing.
  @Test func unknownTopLevelKeyAndMissingConcepts() {
    #expect(
      messages("concept: []") == [
        "lex.yaml:1:1: error: unknown key 'concept' in the lexicon; did you mean 'concepts'?; "
          + "expected one of: concepts, ordinary-words, acts"
      ])
    #expect(
      messages("ordinary-words: [a]") == [
        "lex.yaml:1:1: error: the lexicon needs the key 'concepts'"
      ])
  }

  @Test func aTermWithNoWordsIsAnError() {
    let loaded = Lexicon.load(
      yaml: """
        concepts:
          - id: sleep
            terms: [insomnia, "!!"]
        """, file: "lex.yaml")
    #expect(loaded.lexicon == nil)
    #expect(
      loaded.diagnostics.map(\.description) == ["lex.yaml:3:23: error: '!!' has no words to match"])
  }
}
