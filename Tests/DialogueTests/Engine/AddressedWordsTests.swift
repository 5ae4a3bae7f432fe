import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// What a professional will do, typed in the person's voice, said back to the person as the
/// professional's.
@Suite("The person's words turned to words said to them")
struct AddressedWordsTests {
  @Test(
    "me, my and I become you and your; the rest is as typed",
    arguments: [
      ("refer me to podiatry", "refer you to podiatry"),
      ("check my thyroid dose in 6 weeks", "check your thyroid dose in 6 weeks"),
      ("ring me when I'm due", "ring you when you're due"),
      ("My bloods, in March", "Your bloods, in March"),
      ("send a letter to me.", "send a letter to you."),
      ("refer to the carers support service", "refer to the carers support service"),
      ("help me write my will", "help you write your will"),
    ])
  func turned(typed: String, said: String) {
    #expect(AddressedWords.turned(typed) == said)
  }

  @Test(
    "who will do it, said first, goes: the plan names them",
    arguments: [
      ("she'll refer me to podiatry", "refer you to podiatry"),
      ("Sam will check my bloods", "check your bloods"),
      ("the nurse is going to ring me", "ring you"),
      ("Dr Khan will write to my GP", "write to your GP"),
      ("I'll refer you to pulmonary rehab", "refer you to pulmonary rehab"),
      ("I will ring you with the results", "ring you with the results"),
    ])
  func openingGoes(typed: String, said: String) {
    #expect(AddressedWords.turned(typed) == said)
  }

  @Test("the sentence names who will do it, with a comma after a role")
  func sentence() {
    #expect(
      AddressedWords.sentence("refer me to podiatry", by: "Sam Jones, practice nurse")
        == "Sam Jones, practice nurse, will refer you to podiatry")
    #expect(
      AddressedWords.sentence("check my feet", by: "Dr Khan") == "Dr Khan will check your feet")
    #expect(
      AddressedWords.sentence("Refer me to physio", by: "Dr Khan")
        == "Dr Khan will refer you to physio")
  }

  @Test("a template's addressed filter turns each item of a list")
  func filter() throws {
    let template = try Template(parsing: "So Sam will {{theirs | addressed}}.")
    let said = template.render { _ in .list(["refer me to physio", "check my hip"]) }
    #expect(said == "So Sam will refer you to physio and check your hip.")
  }
}

/// A choice's `facilitator` words: shown to a worker in place of the person's, and either
/// selects it.
@Suite("Choices worded for a worker")
struct FacilitatorChoiceTests {
  static let text = """
    id: small
    version: 1
    title: Small
    sections:
      - id: goal
        title: Goal
        questions:
          - id: decision
            text: What now?
            kind: choice
            choices:
              - id: keep
                text: Keep it
              - id: achieved
                text: I have done it
                facilitator: They have done it
    """

  func engine(_ audience: Audience) throws -> Engine {
    let loaded = ScriptLoader.load(text: Self.text, file: "s.yaml", lexicon: Lexicon(concepts: []))
    #expect(loaded.diagnostics.map(\.description) == [])
    let script = try #require(loaded.script)
    return Engine(script: script, lexicon: Lexicon(concepts: []), audience: audience)
  }

  func choicesShown(_ engine: Engine) -> [String] {
    let outputs = engine.replay([.start(at: .init(timeIntervalSince1970: 1_780_000_000))]).1
    for case .ask(let prompt) in outputs { return prompt.choices }
    return []
  }

  @Test("a worker sees the worker's words; the person their own")
  func shown() throws {
    #expect(choicesShown(try engine(.facilitator)) == ["Keep it", "They have done it"])
    #expect(choicesShown(try engine(.person)) == ["Keep it", "I have done it"])
  }

  @Test("either wording selects the choice")
  func selects() throws {
    let worker = try engine(.facilitator)
    let start = Date(timeIntervalSince1970: 1_780_000_000)
    for words in ["they have done it", "I have done it"] {
      let (state, _) = worker.replay([.start(at: start), .input(words, at: start + 60)])
      #expect(state.value("decision") == .choice("achieved"), "\(words)")
    }
  }
}
