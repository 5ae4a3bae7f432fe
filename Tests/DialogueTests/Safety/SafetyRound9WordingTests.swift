import Foundation
import Testing

@testable import Dialogue

/// Wordings of the ninth measuring round, in lines of our own: a plan someone else has decided
/// on, a whole strip swallowed or tablets taken with drink, going out armed, someone touched or
/// locked in at home, sight or a testicle gone wrong suddenly, a sore wound with shivers. Each
/// must show the notice at once, or at least ask; everyday talk that shares their words
/// (chatter, "the death of me", shoes that fit, a medicine one is scared to stop) must not.
@Suite("Safety: round 9's wordings")
struct SafetyRound9WordingTests {
  @Test(
    "an emergency told now in round 9's wordings shows the notice at once",
    arguments: [
      ("my brother has decided to end his life", "suicidal-thoughts"),
      ("she swallowed a whole packet of her dads tramadol", "self-harm-overdose"),
      ("he drank a bottle of vodka and all his sleeping tablets", "self-harm-overdose"),
      ("im going to run him over when he comes out", "harm-to-others"),
      ("hes threatening to stab the postman and hes got a knife", "harm-to-others"),
      ("the lodger comes into my room at night and touches me", "abuse-unsafe-home"),
      ("her son pushed her down the stairs and he is still in the house", "abuse-unsafe-home"),
      ("sudden pain in my testicle and it is really swollen", "urgent-worsening"),
      ("i suddenly lost the sight in my left eye", "urgent-worsening"),
      ("the bed sore on her heel is oozing and she is shivering", "urgent-worsening"),
    ])
  func emergencyNowIsClear(line: String, category: String) {
    #expect(SafetyFrameTests.tiers(line).clear.contains(category), "\(line)")
  }

  @Test(
    "a sign in a round 9 wording is asked about at least, in its own category",
    arguments: [
      ("me being alive is the problem for everyone", "suicidal-thoughts"),
      ("there are fresh cuts on her arms again", "self-harm-overdose"),
      ("he keeps a knife under his mattress", "harm-to-others"),
      ("the carer shouts at dad when she thinks no one is listening", "abuse-unsafe-home"),
      ("i keep weeing loads and im always thirsty", "blood-sugar-confusion"),
      ("only a few drops come out when i go", "urgent-worsening"),
    ])
  func newWordingIsAskedAbout(line: String, category: String) {
    let found = SafetyFrameTests.tiers(line)
    #expect(found.check.contains(category) || found.clear.contains(category), "\(line)")
  }

  @Test(
    "everyday talk that shares their words shows no notice",
    arguments: [
      "she could talk the hind legs off a donkey",
      "this hill will be the death of me",
      "got some wide fitting slippers from the market",
      "im scared to stop my antidepressants",
      "my fingers swell up in hot weather",
    ])
  func everydayLineShowsNoNotice(line: String) {
    #expect(SafetyFrameTests.tiers(line).clear.isEmpty, "\(line)")
  }
}
