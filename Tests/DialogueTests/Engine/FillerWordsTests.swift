import Testing

@testable import Dialogue

/// Filler is taken off in one way, from one list, by the step's read-back parts, the step's
/// doing, and the earlier answers used inside an offered goal. These pin what each of the three
/// did before they shared the list.
@Suite struct FillerWordsTests {
  @Test(arguments: [
    ("walk to the shop, i think please.", "walk to the shop"),
    ("ten minutes or so", "ten minutes"), ("after tea lol", "after tea"),
    ("maybe", "maybe"), ("every day ish -", "every day"), ("walk too", "walk too"),
  ])
  func aStepPartLosesFillerAtTheEndButKeepsAWord(typed: String, tidy: String) {
    #expect(StepSentence.tidy(typed) == tidy)
  }

  @Test(arguments: [
    ("maybe i will walk to the shop", "walk to the shop"),
    ("i think i will rest", "rest"), ("erm just to stretch", "stretch"),
    ("an hour's walk", "try an hour's walk"),
  ])
  func aStepsDoingLosesHedgesAndOpenings(typed: String, doing: String) {
    #expect(StepSentence.action(typed) == doing)
  }

  @Test(arguments: [
    ("an me knees i spose", "my knees"), ("me knees i spose so", "my knees"),
    ("church mebbe", "church"), ("walkin an that", "walking"), ("maybe", nil),
    ("my knees, i spose", "my knees"),
  ])
  func anItemLosesFillerAtBothEnds(typed: String, tidy: String?) {
    #expect(SuggestionWords.tidyItem(typed) == tidy)
  }

  @Test func theLongerPhraseIsTriedFirst() {
    let itemEnd = FillerWords.phrases(at: .itemEnd)
    let long = try? #require(itemEnd.firstIndex(of: ["i", "spose"]))
    let short = try? #require(itemEnd.firstIndex(of: ["spose"]))
    #expect(long != nil && short != nil && long! < short!)
    #expect(
      FillerWords.trimmed(["me", "knees", "i", "spose"], trailing: itemEnd, keepingOne: true) == [
        "me", "knees",
      ])
  }

  @Test func keepingOneLeavesTheLastWord() {
    let hedges = FillerWords.phrases(at: .stepStart)
    #expect(
      FillerWords.trimmed(["maybe"], leading: hedges, trailing: [], keepingOne: true) == ["maybe"])
    #expect(FillerWords.trimmed(["maybe"], leading: hedges, trailing: [], keepingOne: false) == [])
  }
}
