import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// The concept net: each category's core concepts (a breath, the chest, a collapse, the end of
/// life...) in the spellings people type. A concept standing outside an everyday frame asks the
/// category's check question; with the category's words of a sign going on now it shows the
/// notice. Patterns fitted to one set of wordings missed about one line in five of the next;
/// the concepts are what the wordings share.
@Suite("Safety concept net")
struct SafetyConceptTests {
  @Test(
    "a wording no pattern covers is asked about through its concept",
    arguments: [
      ("my breething is rubbish", "severe-breathlessness"),
      ("cant brethe proply", "severe-breathlessness"),
      ("wheezy and puffing", "severe-breathlessness"),
      ("chesst feels wierd", "chest-pain"),
      ("he seems a bit confused and sweaty", "blood-sugar-confusion"),
      ("my hypos are coming more often", "blood-sugar-confusion"),
      ("mum collapsed", "collapse-fits-bleeding-allergy"),
      ("he had a funny turn", "collapse-fits-bleeding-allergy"),
      ("her words are all jumbled", "stroke-signs"),
      ("i dont want to wake up tomorrow", "suicidal-thoughts"),
      ("whats the point of any of it", "suicidal-thoughts"),
      ("I've been saving up my tablets", "self-harm-overdose"),
      ("he wont let me out of the house", "abuse-unsafe-home"),
      ("I lash out at the kids", "harm-to-others"),
      ("my temp is up and i'm shivery", "urgent-worsening"),
    ])
  func conceptIsAskedAbout(line: String, category: String) {
    let found = SafetyFrameTests.tiers(line)
    #expect(found.check.contains(category) || found.clear.contains(category), "\(line): \(found)")
  }

  @Test(
    "an everyday line with a concept gets a check question at most",
    arguments: [
      "a bit short of breath on the hills",
      "I do breathing exercises at the rehab class",
      "my chest is a bit rattly with this cold",
      "I had a hypo last week but sorted it with jelly babies",
      "my nose bled this morning",
    ])
  func everydayConceptIsNeverANotice(line: String) {
    #expect(SafetyFrameTests.tiers(line).clear.isEmpty, "\(line)")
  }

  @Test(
    "a concept in an everyday frame is let go",
    arguments: [
      "I fainted once years ago when I gave blood",
      "my mum died of a stroke in 2019",
      "I worry about my breathing when I go on holiday",
      "I get a bit wheezy now and then",
      "I had a chest infection last year but I'm fine now",
    ])
  func framedConceptIsLetGo(line: String) {
    let found = SafetyFrameTests.tiers(line)
    #expect(found.clear.isEmpty && found.check.isEmpty, "\(line): \(found)")
  }

  /// A topic named as something to talk about is not a sign, and a real word is never read
  /// as a slip for a concept's word ("painting" is not "panting").
  @Test(
    "topic words and words near a concept's spelling raise nothing",
    arguments: [
      "my breathing, my knees",
      "her chest",
      "my ankles are less swollen",
      "Pangolin painting",
      "I can't grasp the lid of the jar",
    ])
  func topicsAndNearWordsRaiseNothing(line: String) {
    let found = SafetyFrameTests.tiers(line)
    #expect(found.clear.isEmpty && found.check.isEmpty, "\(line): \(found)")
  }

  @Test(
    "a concept with a word of a sign going on now is a clear statement",
    arguments: [
      ("my breathing is going and my lips are blue", "severe-breathlessness"),
      ("he collapsed and hes not breathing, help", "collapse-fits-bleeding-allergy"),
    ])
  func conceptWithSeverityIsClear(line: String, category: String) {
    #expect(SafetyFrameTests.tiers(line).clear.contains(category), "\(line)")
  }

  /// A concept beside another category's notice is answered by that notice: the person is not
  /// asked about their breathing after saying their husband is not breathing.
  @Test("a concept beside another category's notice adds no check question")
  func conceptInsideAClearStatementIsQuiet() {
    let found = SafetyFrameTests.tiers("my husband has collapsed and isnt breathing")
    #expect(found.clear.contains("collapse-fits-bleeding-allergy"))
    #expect(!found.check.contains("severe-breathlessness"), "\(found)")
  }

  @Test("concepts on a category with no check question are refused, by name")
  func conceptsNeedACheckQuestion() {
    let yaml = """
      services:
        - id: gp
          name: GP
          contact: call your GP
          say: Call your GP.
      categories:
        - id: diagnosis-question
          title: A question
          level: appointment
          message: Ask at your appointment.
          patterns: [do i have cancer]
          concepts: [cancer]
      """
    let errors = SafetyRules.load(yaml: yaml, file: "safety.yaml").diagnostics.map(\.description)
    #expect(errors.contains { $0.contains("no check question") && $0.contains("concepts") })
  }
}
