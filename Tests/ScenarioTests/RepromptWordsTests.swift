import DefaultScripts
import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// The engine's own words when an answer cannot be read taper over three tries, with
/// different words each time, before the way out is offered.
@Suite("Standard reprompts")
struct RepromptWordsTests {
  func question(_ kind: QuestionKind) -> Question {
    Question(
      id: "q", text: Template(literal: "Question?"), kind: kind,
      choices: kind == .choice || kind == .multi
        ? [Choice(id: "a", text: "A"), Choice(id: "b", text: "B")] : [],
      location: SourceLocation(file: "t.yaml", line: 1, column: 1))
  }

  @Test(arguments: QuestionKind.allCases)
  func threeDifferentSentences(kind: QuestionKind) {
    let lines = (1...3).map { Phrases.cannotRead(question(kind), attempt: $0) }
    #expect(Set(lines).count == 3, "\(kind): \(lines)")
    // After the third, the last words stay: there is no fourth to run out of.
    #expect(Phrases.cannotRead(question(kind), attempt: 4) == lines[2])
  }

  @Test("a yes/no question read wrong three times gets three different replies, then a way out")
  func inAConversation() throws {
    let engine = Engine(
      script: try #require(SafetyFixtures.smallScript), lexicon: Lexicon(concepts: []))
    let (_, outputs) = converse(
      engine, ["Sam", "1", "fun", "money", "done", "perhaps", "hmm", "who knows"])
    let notices = outputs.compactMap { output -> String? in
      if case .notice(let text) = output, !text.hasPrefix("Got it") { return text }
      return nil
    }
    #expect(
      notices == [
        "Sorry, I wasn't sure if that was a yes or a no.", "Please just say yes or no.",
        "Typing y for yes or n for no is fine too.",
        "If this one is hard to answer, you can say skip, don't know, or rather not say.",
      ])
  }
}

/// The binary carries Prompts/ inside it; what it carries must be the files as they are.
@Suite("The embedded Prompts/")
struct EmbeddedPromptsTests {
  @Test("every file in Prompts/ is embedded, byte for byte, and nothing else is")
  func matchesTheFolder() throws {
    let folder = UnderstandingFixtures.packageRoot.appendingPathComponent("Prompts")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(!names.isEmpty)
    #expect(DefaultScripts.files.keys.sorted() == names)
    for name in names {
      let onDisk = try Data(contentsOf: folder.appendingPathComponent(name))
      let embedded = Data((DefaultScripts.text(of: name) ?? "").utf8)
      #expect(embedded == onDisk, "\(name) differs from the copy in the binary; rebuild")
    }
  }
}
