import TestSupport
import Testing

@testable import Dialogue

/// The word-level pieces: tokens, stems and misspellings.
@Suite struct UnderstandingWordTests {
  @Test(arguments: [
    ("walk", "walking"), ("walk", "walked"), ("walk", "walks"), ("smoke", "smoking"),
    ("smoke", "smoked"), ("swim", "swimming"), ("worry", "worried"), ("worry", "worries"),
    ("tired", "tire"), ("ciggies", "ciggy"), ("knee", "knees"), ("care", "caring"),
  ])
  func inflectionsShareAStem(pair: (String, String)) {
    #expect(Stemmer.stem(pair.0) == Stemmer.stem(pair.1))
  }

  @Test func meaningChangingSuffixesAreKept() {
    #expect(Stemmer.stem("painless") != Stemmer.stem("pain"))
    #expect(Stemmer.stem("painful") == Stemmer.stem("pain"))
    #expect(Stemmer.stem("thing") == "thing")
  }

  @Test func contractionsAreSpeltOut() {
    #expect(Tokenizer.tokens(of: "I can't sleep").map(\.word) == ["i", "can", "not", "sleep"])
    #expect(Tokenizer.tokens(of: "dont").map(\.word) == ["do", "not"])
    #expect(Tokenizer.tokens(of: "What’s HbA1c?").map(\.word) == ["what", "is", "hba1c"])
    #expect(Tokenizer.tokens(of: "my wife's tablets").map(\.word) == ["my", "wife", "tablets"])
  }

  @Test func punctuationStartsAClause() {
    let tokens = Tokenizer.tokens(of: "no pain, roll-ups")
    #expect(tokens.map(\.startsClause) == [false, false, true, false])
  }

  @Test func allowedMistakesGrowWithLength() {
    #expect(FuzzyIndex.allowedEdits(forLength: 4) == 0)
    #expect(FuzzyIndex.allowedEdits(forLength: 6) == 1)
    #expect(FuzzyIndex.allowedEdits(forLength: 9) == 2)
  }

  @Test func misspellingsAreCorrected() {
    let index = FuzzyIndex(
      words: ["tired", "knackered", "cholesterol", "pain", "lonely"], ordinaryWords: ["lovely"])
    #expect(index.corrections(of: "tierd") == [Stemmer.stem("tired")])
    #expect(index.corrections(of: "nackered").isEmpty, "the first letter must match")
    #expect(index.corrections(of: "knackerd") == [Stemmer.stem("knackered")])
    #expect(index.corrections(of: "cholestrol") == [Stemmer.stem("cholesterol")])
    #expect(index.corrections(of: "pian") == ["pain"])
    #expect(index.corrections(of: "lovely").isEmpty, "ordinary words are never corrected")
    #expect(index.corrections(of: "tired").isEmpty, "known words need no correction")
  }

  @Test func aWronglyFormedInflectionReadsAsItsWord() {
    // "drop" files "droping" and "droped" (as if "drop" ended in a silent e); their own stem,
    // "drope", is no word, so they must read as "drop", the stem of "dropped" and "dropping".
    let index = FuzzyIndex(words: ["drop", "drooping"], ordinaryWords: [])
    #expect(Stemmer.stem("droping") == "drope")
    #expect(index.corrections(of: "droping") == [Stemmer.stem("dropped")])
    #expect(index.corrections(of: "droped") == [Stemmer.stem("dropping")])
    #expect(index.corrections(of: "dropping").isEmpty, "a rightly formed one is simply known")
  }

  @Test func textSpeakCantIsSpeltOut() {
    #expect(Tokenizer.tokens(of: "cnt breathe").map(\.word) == ["can", "not", "breathe"])
    #expect(Tokenizer.tokens(of: "i carnt").map(\.word) == ["i", "can", "not"])
  }
}
