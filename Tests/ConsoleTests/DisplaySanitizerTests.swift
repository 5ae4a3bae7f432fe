import Testing

@testable import Console

@Suite struct DisplaySanitizerTests {
  @Test func removesColourSequences() {
    #expect(DisplaySanitizer.clean("a\u{1B}[31mred\u{1B}[0m b") == "ared b")
  }

  @Test func removesWindowTitleSequencesEndedByBellOrST() {
    #expect(DisplaySanitizer.clean("x\u{1B}]0;owned\u{07}y") == "xy")
    #expect(DisplaySanitizer.clean("x\u{1B}]2;owned\u{1B}\\y") == "xy")
  }

  @Test func anEscapeInsideATitleStartsANewSequence() {
    #expect(DisplaySanitizer.clean("\u{1B}]0;t\u{1B}[1mbold") == "bold")
  }

  @Test func removesBareAndTwoCharacterEscapes() {
    #expect(DisplaySanitizer.clean("a\u{1B}") == "a")
    #expect(DisplaySanitizer.clean("a\u{1B}cb") == "ab")
    #expect(DisplaySanitizer.clean("a\u{1B}(Bb") == "ab")
  }

  @Test func removesC1ControlSequenceIntroducer() {
    #expect(DisplaySanitizer.clean("a\u{9B}2Jb") == "ab")
    #expect(DisplaySanitizer.clean("a\u{9D}0;t\u{9C}b") == "ab")
    #expect(DisplaySanitizer.clean("a\u{85}b") == "ab")
  }

  @Test func removesControlCharactersButKeepsNewlines() {
    #expect(DisplaySanitizer.clean("a\u{07}b\u{00}c\u{7F}d\re") == "abcde")
    #expect(DisplaySanitizer.clean("one\ntwo") == "one\ntwo")
    #expect(DisplaySanitizer.clean("one\r\ntwo") == "one\ntwo")
  }

  @Test func turnsTabsIntoSpaces() {
    #expect(DisplaySanitizer.clean("a\tb") == "a b")
  }

  @Test func leavesTextOfEveryScriptAlone() {
    let samples = ["café", "naïve e\u{301}", "👩‍👩‍👧 🇬🇧", "مرحبا بك", "שלום", "日本語", "Ψ"]
    for sample in samples {
      #expect(DisplaySanitizer.clean(sample) == sample)
    }
  }

  @Test func anUnfinishedSequenceDoesNotSwallowTheNextLine() {
    #expect(DisplaySanitizer.clean("\u{1B}]0;title\nnext") == "\nnext")
  }
}
