import Testing

@testable import Console

@Suite struct CompleterTests {
  let commands = ["help", "back", "change", "skip", "repeat", "summary", "restart", "quit"]

  @Test func completesAUniqueCommand() {
    #expect(
      Completer.complete("su", candidates: commands) == .replace(removing: 2, with: "summary"))
    #expect(Completer.complete("  HE", candidates: commands) == .replace(removing: 2, with: "help"))
  }

  @Test func extendsToTheSharedPrefixThenLists() {
    #expect(Completer.complete("r", candidates: commands) == .replace(removing: 1, with: "re"))
    #expect(Completer.complete("re", candidates: commands) == .list(["repeat", "restart"]))
  }

  @Test func completesMultiWordChoices() {
    let choices = commands + ["On my own", "With family", "With a carer"]
    #expect(
      Completer.complete("on", candidates: choices) == .replace(removing: 2, with: "On my own"))
    #expect(Completer.complete("with", candidates: choices) == .replace(removing: 4, with: "With "))
    #expect(
      Completer.complete("With f", candidates: choices)
        == .replace(removing: 6, with: "With family"))
  }

  @Test func fallsBackToTheLastWord() {
    #expect(
      Completer.complete("I want to sk", candidates: commands)
        == .replace(removing: 2, with: "skip"))
  }

  @Test func countsScalarsToRemove() {
    // Canonically equal spellings match; the typed scalars are what must be removed.
    #expect(
      Completer.complete("cafe\u{301}", candidates: ["caf\u{E9} au lait"])
        == .replace(removing: 5, with: "caf\u{E9} au lait"))
    #expect(
      Completer.complete("cafe\u{301}", candidates: ["cafe\u{301} au lait"])
        == .replace(removing: 5, with: "cafe\u{301} au lait"))
  }

  @Test func nothingMatches() {
    #expect(Completer.complete("xyz", candidates: commands) == .none)
  }
}
