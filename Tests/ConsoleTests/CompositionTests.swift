import Testing

@testable import Console

@Suite struct CompositionTests {
  @Test func aLetterAndAnAccentBecomeOneCharacter() {
    #expect(Composition.joined("e", "\u{301}") == "é")
    #expect(Composition.joined("A", "\u{30A}") == "Å")
    #expect(Composition.joined("o", "\u{308}") == "ö")
    // Hangul jamo join by the same rule.
    #expect(Composition.joined("\u{1100}", "\u{1161}") == "가")
  }

  @Test func pairsWithNoSingleCharacterStayApart() {
    #expect(Composition.joined("q", "\u{301}") == nil)
    #expect(Composition.joined("é", "\u{301}") == nil)
  }

  @Test func ordinaryLettersAreNeverJoined() {
    #expect(Composition.joined("e", "a") == nil)
    #expect(Composition.joined("e", "\u{200D}") == nil)
  }
}
