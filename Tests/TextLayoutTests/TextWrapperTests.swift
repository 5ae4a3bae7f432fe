import Testing
import TextLayout

@Suite struct DisplayWidthTests {
  @Test func countsColumnsNotCharacters() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("café") == 4)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("日本") == 4)
    #expect(DisplayWidth.of("😀") == 2)
    #expect(DisplayWidth.of("👩‍👩‍👧") == 2)
    #expect(DisplayWidth.of("🇬🇧") == 2)
    #expect(DisplayWidth.of("❤️") == 2)
    #expect(DisplayWidth.of("\u{200B}") == 0)
  }
}

@Suite struct TextWrapperTests {
  @Test func wrapsAtSpacesWithinTheWidth() {
    let lines = TextWrapper(width: 20).wrap("The quick brown fox jumps over the lazy dog")
    #expect(lines == ["The quick brown fox", "jumps over the lazy", "dog"])
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
  }

  @Test func shortTextIsOneLineAtEighty() {
    let text = "What matters most to you at the moment?"
    #expect(TextWrapper(width: 80).wrap(text) == [text])
  }

  @Test func longProseNeverPassesEighty() {
    let text = String(repeating: "Tell me about the things that matter to you. ", count: 20)
    let lines = TextWrapper(width: 80).wrap(text)
    #expect(lines.count > 5)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    #expect(lines.joined(separator: " ") == text.trimmingTrailingSpaces())
  }

  @Test func countsWideCharactersAsTwoColumns() {
    let lines = TextWrapper(width: 10).wrap("日本語の文章です")
    #expect(lines == ["日本語の文", "章です"])
    let emoji = TextWrapper(width: 7).wrap("😀 😀 😀 😀")
    #expect(emoji == ["😀 😀", "😀 😀"])
  }

  @Test func combiningMarksTakeNoColumnsAndStayWithTheirLetter() {
    let word = String(repeating: "e\u{301}", count: 12)
    let lines = TextWrapper(width: 5).wrap(word)
    #expect(lines.map { $0.count } == [5, 5, 2])
    #expect(lines.allSatisfy { $0.unicodeScalars.first != "\u{301}" })
    #expect(lines.joined() == word)
  }

  @Test func breaksOverlongWordsBetweenGraphemes() {
    let link = "https://example.org/" + String(repeating: "a", count: 40)
    let lines = TextWrapper(width: 20).wrap("See \(link) now")
    #expect(lines.first == "See")
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
    #expect(lines.dropFirst().joined().hasPrefix(link))
    let family = String(repeating: "👩‍👩‍👧", count: 15)
    let familyLines = TextWrapper(width: 20).wrap(family)
    #expect(familyLines.joined() == family)
    #expect(familyLines.allSatisfy { DisplayWidth.of($0) <= 20 })
  }

  @Test func hangingIndentForChoices() {
    let wrapper = TextWrapper(width: 20, firstPrefix: "  1. ")
    #expect(
      wrapper.wrap("With my family and friends nearby") == [
        "  1. With my family", "     and friends", "     nearby",
      ])
  }

  @Test func keepsEachLinesIndentation() {
    let text = "You can type:\n  help - see this again\n  back - go back and answer again"
    #expect(
      TextWrapper(width: 24).wrap(text) == [
        "You can type:", "  help - see this again", "  back - go back and", "  answer again",
      ])
  }

  @Test func keepsParagraphBreaks() {
    #expect(TextWrapper(width: 20).wrap("One.\n\nTwo.") == ["One.", "", "Two."])
  }

  @Test func aWidthOfOneStillMakesProgress() {
    #expect(TextWrapper(width: 1).wrap("日本") == ["日", "本"])
  }

  @Test func numbersCanKeepWithTheWordBefore() {
    let text = "For a talk at any hour call 116 123 or text 85258"
    #expect(
      TextWrapper(width: 30).wrap(text) == [
        "For a talk at any hour call", "116 123 or text 85258",
      ])
    #expect(
      TextWrapper(width: 30, keepsNumbersWithWordBefore: true).wrap(text) == [
        "For a talk at any hour", "call 116 123 or text 85258",
      ])
  }

  @Test func aRunOfNumbersWiderThanALineIsBrokenAfterAll() {
    let wrapper = TextWrapper(width: 10, keepsNumbersWithWordBefore: true)
    #expect(wrapper.wrap("ring 0808 2000 247") == ["ring 0808", "2000 247"])
  }

  @Test func numbersKeepWithWideWordsByColumns() {
    // "電話 116 123" is 12 columns though only 10 characters: too wide for what "abc" leaves.
    let wrapper = TextWrapper(width: 14, keepsNumbersWithWordBefore: true)
    #expect(wrapper.wrap("abc 電話 116 123") == ["abc", "電話 116 123"])
  }

  @Test func wrapWordsKeepsLinesAsBuiltAndIgnoresLeadingSpaces() {
    let wrapper = TextWrapper(width: 12, firstPrefix: "  - ", restPrefix: "    ")
    #expect(wrapper.wrapWords("") == ["  - "])
    #expect(wrapper.wrapWords("   my son and my wife") == ["  - my son", "    and my", "    wife"])
    #expect(wrapper.wrap("   my son") == ["  -    my", "       son"])
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
