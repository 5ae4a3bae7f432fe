import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// The broad net at the end of each category's ask-first list: a category's core words near a
/// word of difficulty, amount or time, in the spellings people type. It exists so that a
/// wording nobody wrote a pattern for is still asked about; it must never show a notice on an
/// everyday line, since a notice frightens people and fills their record with crises that did
/// not happen.
@Suite("Safety broad net")
struct SafetyBroadNetTests {
  @Test(
    "a wording no whole phrase covers is still asked about, in its own category",
    arguments: [
      ("theres no reason for me to get up in the morning anymore", "suicidal-thoughts"),
      ("nobody would care if i was gone", "suicidal-thoughts"),
      ("i cant be bothered with living", "suicidal-thoughts"),
      ("i took the lot", "self-harm-overdose"),
      ("i keep punching the wall till my knuckles bleed", "self-harm-overdose"),
      ("i nearly hit my dad today", "harm-to-others"),
      ("my son took my bank card and wont give it back", "abuse-unsafe-home"),
      ("he throws things at me", "abuse-unsafe-home"),
      ("my chest feels like its going to burst", "chest-pain"),
      ("i can't feel the left side of my face", "stroke-signs"),
      ("she suddenly can't understand what i'm saying", "stroke-signs"),
      ("cant get enough air in", "severe-breathlessness"),
      ("my breathing is terrible tonight", "severe-breathlessness"),
      ("she's blue round the lips", "severe-breathlessness"),
      ("my nosebleed won't stop", "collapse-fits-bleeding-allergy"),
      ("hes coughing up loads of blood", "collapse-fits-bleeding-allergy"),
      ("my sugar is 2 and i feel funny", "blood-sugar-confusion"),
      ("meter says LO and im shaking", "blood-sugar-confusion"),
      ("my temperature is 39.5", "urgent-worsening"),
    ])
  func wordingIsAskedAbout(line: String, category: String) {
    let found = SafetyFrameTests.tiers(line)
    #expect(found.check.contains(category) || found.clear.contains(category), "\(line)")
  }

  @Test(
    "a harmless line with a core word gets a check question at most, never a notice",
    arguments: [
      "my face swells up a bit with hay fever",
      "my words come out wrong when im tired",
      "my breathing gets worse in the pollen season",
      "my arm is weak since the operation",
      "I get out of breath on the stairs, that's normal for me",
      "my sugar was a bit high at the clinic",
      "my gums bleed a bit when i brush my teeth",
      "the wound on my leg is healing nicely",
    ])
  func harmlessLineShowsNoNotice(line: String) {
    #expect(SafetyFrameTests.tiers(line).clear.isEmpty, "\(line)")
  }

  @Test(
    "everyday uses of the broad net's words raise nothing at all",
    arguments: [
      "I get out of breath on the stairs, that's normal for me",
      "my sugar was a bit high at the clinic",
      "I do lots of blood sugar checks",
      "my gums bleed a bit when i brush my teeth",
      "my lip is swollen from a cold sore",
      "I'm struggling with my breathing a bit in the cold",
      "I want to cut down on crisps",
      "I want to shake her hand",
      "I don't want to live in a care home",
      "the wound on my leg is healing nicely",
      "it was 40 degrees on holiday",
      "no point going to the gym if i cant go regular",
      "I'm done with the washing now",
    ])
  func everydayUseRaisesNothing(line: String) {
    let found = SafetyFrameTests.tiers(line)
    #expect(found.clear.isEmpty && found.check.isEmpty, "\(line): \(found)")
  }

  /// The number of medicines to manage frames only an overdose: "at night" says nothing about a
  /// breath, and once let "I can't breathe properly at night" go unasked.
  @Test("a medicines-to-manage frame changes only the overdose category")
  func medicinesFrameIsOnlyForOverdoses() {
    #expect(
      SafetyFrameTests.tiers("i cant breathe properly at night").clear == ["severe-breathlessness"])
    #expect(
      SafetyFrameTests.tiers("no reason for me to get up in the morning anymore").check
        == ["suicidal-thoughts"])
    let tablets = SafetyFrameTests.tiers("I take my tablets every morning")
    #expect(tablets.clear.isEmpty && tablets.check.isEmpty)
  }
}
