import Dialogue
import Testing

/// A tab or other control in a script's words would reach the person's screen and move the
/// cursor, so the loader names it instead of loading the script.
@Suite struct YAMLValueControlTests {
  func diagnostics(_ text: String) -> [String] {
    let yaml = """
      id: t
      version: "1"
      title: T
      sections:
        - id: s
          title: S
          questions:
            - id: q
              text: \(text)
      """
    return ScriptLoader.load(text: yaml, file: "t.yaml", lexicon: Lexicon(concepts: []))
      .diagnostics.map(\.description)
  }

  @Test func aTabWrittenAsAnEscapeIsAnError() {
    #expect(
      diagnostics("\"Friend, \\that makes a good day?\"").contains {
        $0.hasPrefix("t.yaml:9:15: error:") && $0.contains("has a tab (code 9)")
      })
  }

  @Test func aTypedTabInPlainWordsIsAnError() {
    #expect(diagnostics("Friend,\twhat else?").contains { $0.contains("has a tab (code 9)") })
  }

  @Test func aBidirectionalOverrideIsAnError() {
    #expect(
      diagnostics("\"What \\u202E else?\"").contains {
        $0.contains("has a control character (code 8238)")
      })
  }

  @Test func lineBreaksInABlockAreKept() {
    #expect(diagnostics("|\n            What else?\n            Take your time.").isEmpty)
  }
}
