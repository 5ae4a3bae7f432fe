import Dialogue
import TestSupport
import Testing

/// Concepts found in what people say, with the real default lexicon.
@Suite struct UnderstandingConceptTests {
  let matcher = UnderstandingFixtures.matcher

  @Test func defaultLexiconLoadsWithTheCoreDomains() {
    let loaded = Lexicon.load(
      yaml: UnderstandingFixtures.text("Prompts/lexicon.yaml"), file: "lexicon.yaml")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    let core: Set<String> = [
      "physical-activity", "eating", "weight", "sleep", "fatigue", "pain", "mood", "medicines",
      "tests-and-results", "breathing", "smoking", "alcohol", "money-and-work", "housing",
      "mobility-and-falls", "social-connection", "caring", "memory", "foot-care",
      "daily-living",
    ]
    #expect(core.isSubset(of: loaded.lexicon?.conceptIDs ?? []))
  }

  @Test(arguments: [
    ("I'm worn out all the time", "fatigue"), ("my bloods were a bit off", "tests-and-results"),
    ("back on the ciggies", "smoking"), ("I'm knackered", "fatigue"),
    ("I walked to the park", "physical-activity"), ("I get out of breath", "breathing"),
    ("my blood pressure is up", "tests-and-results"), ("I feel tierd", "fatigue"),
  ])
  func everydayWordsLandInTheirDomain(example: (String, String)) {
    #expect(matcher.analyse(example.0).conceptIDs.contains(example.1))
  }

  @Test func matchedWordsAreThePersonsOwn() {
    let understanding = matcher.analyse("I'm Worn Out and back on the Ciggies")
    #expect(understanding.concepts.first { $0.id == "fatigue" }?.matched == ["Worn Out"])
    #expect(understanding.concepts.first { $0.id == "smoking" }?.matched == ["Ciggies"])
  }

  @Test func theLongestPhraseWins() {
    let understanding = matcher.analyse("my blood pressure")
    #expect(understanding.conceptIDs == ["tests-and-results"])
  }

  @Test func oneUtteranceCanHitSeveralDomains() {
    #expect(matcher.analyse("my back pain keeps me awake").conceptIDs == ["pain", "sleep"])
  }

  @Test(arguments: [
    ("I never drink", "alcohol"), ("there's nothing wrong with my feet", "foot-care"),
    ("I'm not in any pain at the moment", "pain"), ("I've never touched a cigarette", "smoking"),
    ("no problems sleeping", "sleep"), ("no pain", "pain"), ("never smoked", "smoking"),
    ("I don't drink", "alcohol"), ("my feet are fine", "foot-care"), ("pain free", "pain"),
  ])
  func denyingTheTroubleNegatesTheDomain(example: (String, String)) {
    let understanding = matcher.analyse(example.0)
    #expect(!understanding.conceptIDs.contains(example.1))
    #expect(understanding.negatedIDs.contains(example.1))
  }

  @Test(arguments: [
    ("I can't sleep", "sleep"), ("I'm not sleeping", "sleep"), ("I don't sleep well", "sleep"),
    ("I don't have any energy", "fatigue"), ("I can't stop smoking", "smoking"),
    ("I don't drink much", "alcohol"), ("I'm not sure about my bloods", "tests-and-results"),
  ])
  func negationThatMeansAProblemStillFinds(example: (String, String)) {
    #expect(matcher.analyse(example.0).conceptIDs.contains(example.1))
  }

  @Test func negationEndsAtTheClause() {
    let understanding = matcher.analyse("I don't smoke but I drink too much")
    #expect(understanding.conceptIDs == ["alcohol"])
    #expect(understanding.negatedIDs == ["smoking"])
    let joined = matcher.analyse("I don't smoke and my husband drinks")
    #expect(joined.conceptIDs == ["alcohol"])
  }

  @Test func ordinaryWordsAreNotMisspellings() {
    #expect(matcher.analyse("I think I tried my best, it was lovely").conceptIDs.isEmpty)
  }
}
