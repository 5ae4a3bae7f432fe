import Foundation
import TestSupport
import Testing

@testable import Dialogue

@Suite("Glossary words said about the person, for a worker")
struct SpokenOfTests {
  @Test(
    "each pronoun is turned, doing or done to",
    arguments: [
      ("It shows if your heart is under strain.", "It shows if their heart is under strain."),
      (
        "Your nurse or doctor can tell you what your result means for you.",
        "Their nurse or doctor can tell them what their result means for them."
      ),
      (
        "It makes it harder to breathe out, and you may feel short of breath.",
        "It makes it harder to breathe out, and they may feel short of breath."
      ),
      ("You blow hard into a tube.", "They blow hard into a tube."),
      ("It can make you cough.", "It can make them cough."),
      ("a talk between you and your nurse", "a talk between them and their nurse"),
      (
        "the medicines you take, and how you get on", "the medicines they take, and how they get on"
      ),
      (
        "It is yours to keep, so look after yourself.",
        "It is theirs to keep, so look after themselves."
      ),
      ("Nothing here is about anyone.", "Nothing here is about anyone."),
    ])
  func turned(_ written: String, _ said: String) {
    #expect(SpokenOf.person(written) == said)
  }

  @Test("every explanation in the built-in glossary says no 'you' or 'your' to a worker")
  func wholeGlossary() throws {
    let text = UnderstandingFixtures.text("Prompts/glossary.yaml")
    let glossary = try #require(Glossary.load(yaml: text, file: "Prompts/glossary.yaml").glossary)
    let addressed = try Regex(#"(?i)\byou(r|rs|rself|'re|'ve|'ll|'d)?\b"#)
    for entry in glossary.entries {
      for said in [entry.explanation(for: .facilitator), entry.inOtherWords(for: .facilitator)] {
        #expect(said.firstMatch(of: addressed) == nil, "\(entry.id): \(said)")
      }
      // The person's own wording is unchanged.
      #expect(entry.explanation(for: .person) == entry.explanation)
    }
    let heart = try #require(glossary.entry("heart-failure"))
    #expect(heart.explanation(for: .facilitator).contains("their heart does not pump"))
  }
}
