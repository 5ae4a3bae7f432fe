import Dialogue
import Foundation
import TestSupport
import Testing

/// A very long answer is kept whole, but shown back shortened wherever it is put into the
/// assistant's words, so one huge line does not fill every later question.
@Suite("Long answers shown back")
struct LongAnswerTests {
  let engine: Engine

  init() throws {
    engine = Engine(
      script: try #require(SafetyFixtures.smallScript), lexicon: Lexicon(concepts: []))
  }

  func prompts(_ outputs: [Output]) -> [Prompt] {
    outputs.compactMap {
      if case .ask(let prompt) = $0 { return prompt }
      return nil
    }
  }

  @Test("a 10,000-character name is shortened in a later question and kept whole")
  func longNameInALaterQuestion() throws {
    let name = String(repeating: "Samantha ", count: 1200).trimmingCharacters(in: .whitespaces)
    #expect(name.count > 10_000)
    let (state, outputs) = converse(engine, [name, "1"])
    #expect(state.value("name") == .text(name))
    let asked = try #require(prompts(outputs).last)
    #expect(asked.key == AnswerKey("good_day"))
    #expect(asked.text.count < 300)
    #expect(asked.text.hasPrefix("Samantha Samantha"))
    #expect(asked.text.contains("..., what makes a good day for you?"))
  }

  @Test("the list notice and the list asked again stay short however long the items")
  func longListItems() throws {
    let item = String(repeating: "gardening ", count: 2000)
    let (state, outputs) = converse(engine, ["Sam", "1", "fun", item, item, "repeat", "done"])
    let notices = outputs.compactMap { output -> String? in
      if case .notice(let text) = output, text.hasPrefix("Got it") { return text }
      return nil
    }
    #expect(notices.count == 2)
    #expect(notices.allSatisfy { $0.count < 400 })
    let again = try #require(prompts(outputs).last { $0.key == AnswerKey("topics") })
    #expect(again.text.contains("So far: gardening"))
    #expect(again.text.count < 400)
    let whole = item.trimmingCharacters(in: .whitespaces)
    // The same item twice is kept once.
    #expect(state.value("topics") == .list([whole]))
  }

  @Test("changing a long answer shows the old one shortened")
  func changingALongAnswer() throws {
    let name = String(repeating: "x", count: 10_000)
    let (_, outputs) = converse(engine, [name, "change name"])
    let asked = try #require(prompts(outputs).last)
    #expect(asked.key == AnswerKey("name"))
    #expect(asked.text.count < 350)
  }
}
