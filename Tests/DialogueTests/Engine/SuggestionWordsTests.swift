import Testing

@testable import Dialogue

/// A person's words made ready to sit inside a goal the tool offers after "dunno".
@Suite("Suggestion words: her key words, without her filler")
struct SuggestionWordsTests {
  @Test(
    "filler goes, typed spellings are put right, 'me' before a thing is 'my'",
    arguments: [
      ("me knees i spose", "my knees"),
      ("me knees, i spose", "my knees"),
      (
        "walkin to the shops an seein my freinds at church",
        "walking to the shops and seeing my friends at church"
      ),
      ("feelin low", "feeling low"),
      ("i think me tablets", "my tablets"),
      ("me knees. an its quiet in the house", "my knees and its quiet in the house"),
      ("knees", "knees"),
      ("Church mebbe", "church"),
      ("help me walk", "help me walk"),
      ("me and jean going out", "me and jean going out"),
      ("the tablets wiv me tea", "the tablets with my tea"),
    ])
  func tidy(typed: String, goal: String) {
    #expect(SuggestionWords.tidy(typed) == goal)
  }

  @Test("words that say nothing give no suggestion", arguments: ["dunno", "wat", "i spose", "."])
  func nothing(typed: String) {
    #expect(SuggestionWords.tidy(typed) == nil)
  }
}
