import Dialogue
import TestSupport
import Testing

/// The plainer wording and example each question may have, and the lexicon's act words: both
/// checked like the rest of their files.
@Suite struct PlainWordingTests {
  func diagnostics(_ question: String) -> [String] {
    let yaml = """
      id: t
      version: "1"
      title: T
      sections:
        - id: s
          title: S
          questions:
            - id: q
              text: How are you?
      \(question)
      """
    return ScriptLoader.load(text: yaml, file: "t.yaml", lexicon: Lexicon(concepts: []))
      .diagnostics.map(\.description)
  }

  @Test func anEmptyPlainerWordingOrExampleIsAnError() {
    #expect(
      diagnostics("        plainly: \"\"").contains {
        $0.hasPrefix("t.yaml:10:18: error:") && $0.contains("the question in plainer words")
      })
    #expect(diagnostics("        example: \"\"").contains { $0.contains("an example answer") })
  }

  @Test func aMisspeltKeyIsNamed() {
    #expect(
      diagnostics("        plainy: How do you feel?").contains {
        $0.contains("unknown key 'plainy'") && $0.contains("did you mean 'plainly'?")
      })
  }

  @Test func aGoodOneLoads() {
    #expect(diagnostics("        plainly: Are you well?\n        example: fine thanks").isEmpty)
  }

  @Test(arguments: ["care-planning.yaml", "review.yaml", "kiosk.yaml"])
  func everyDefaultQuestionHasAPlainerWordingAndAnExample(file: String) throws {
    let script = try #require(
      ScriptLoader.load(
        text: UnderstandingFixtures.text("Prompts/\(file)"), file: file, lexicon: BuiltIn.lexicon
      ).script)
    for question in script.sections.flatMap(\.items).compactMap(\.question) {
      #expect(question.plainly != nil, "\(file): \(question.id) has no plainly")
      #expect(question.example != nil, "\(file): \(question.id) has no example")
    }
  }

  func lexiconDiagnostics(_ acts: String) -> [String] {
    Lexicon.load(
      yaml: "concepts:\n  - id: pain\n    terms: [pain]\nacts:\n\(acts)", file: "lex.yaml"
    ).diagnostics.map(\.description)
  }

  @Test func theActWordsAreCheckedWithTheirPlace() {
    #expect(
      lexiconDiagnostics("  clarfy:\n    whole: [huh]").contains {
        $0.hasPrefix("lex.yaml:5:3: error: unknown key 'clarfy'") && $0.contains("'clarify'")
      })
    #expect(
      lexiconDiagnostics("  clarify:\n    whole: [huh, \"?!\"]").contains {
        $0.hasPrefix("lex.yaml:6:") && $0.contains("has no words to match")
      })
    #expect(
      lexiconDiagnostics("  spellings:\n    u: \"\"").contains { $0.hasPrefix("lex.yaml:6:") })
    #expect(lexiconDiagnostics("  clarify:\n    whole: [huh, eh]").isEmpty)
  }

  @Test func aServiceCanAddItsOwnActWords() throws {
    let lexicon = try #require(
      Lexicon.load(
        yaml:
          "concepts:\n  - id: pain\n    terms: [pain]\nacts:\n  clarify:\n    whole: [och what]\n",
        file: "lex.yaml"
      ).lexicon)
    let reader = DialogueActReader(words: lexicon.acts)
    #expect(reader.read("och what?").act == .clarify)
    #expect(DialogueActReader(words: .empty).read("och what?").act == .answer)
  }
}
