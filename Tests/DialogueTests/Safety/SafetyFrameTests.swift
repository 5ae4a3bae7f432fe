import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// The words around a match change what it means: the past, a worry, a "what if", now and
/// then, a long-standing thing, medicines to manage. A frame asks a check question instead of
/// a notice, or lets everyday words go; it never silences a clear statement it does not frame.
@Suite("Safety frames")
struct SafetyFrameTests {
  /// The categories found in `line`, as (shown at once, asked about first).
  static func tiers(_ line: String) -> (clear: [String], check: [String]) {
    let found = SafetyFixtures.net.check(line)
    return (
      found.filter { $0.tier == .clear }.map(\.category.id),
      found.filter { $0.tier == .check }.map(\.category.id)
    )
  }

  /// The lines of safety-issue-examples.tsv: everyday phrases that once showed a notice.
  static func issueExamples() -> [String] {
    UnderstandingFixtures.text("Tests/DialogueTests/Fixtures/safety-issue-examples.tsv")
      .split(separator: "\n").compactMap { row in
        guard !row.hasPrefix("#") else { return nil }
        let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
        return columns.count == 5 ? String(columns[1]) : nil
      }
  }

  @Test("the issue's everyday lines show no notice, a check question at most")
  func issueExamplesShowNoNotice() {
    let lines = Self.issueExamples()
    #expect(lines.count >= 11)
    for line in lines {
      #expect(Self.tiers(line).clear.isEmpty, "\(line)")
    }
  }

  @Test(
    "clear emergencies still show their notice at once",
    arguments: [
      ("I want to kill myself", "suicidal-thoughts"),
      ("I've taken too many tablets", "self-harm-overdose"),
      ("took the whole box of my co-codamol an hour ago", "self-harm-overdose"),
      ("I took an overdose", "self-harm-overdose"),
      ("I've got crushing pain in my chest", "chest-pain"),
      ("my chest is killing me", "chest-pain"),
      ("I can't breathe", "severe-breathlessness"),
      ("my husband has collapsed and won't wake up", "collapse-fits-bleeding-allergy"),
      ("my foot has gone black", "urgent-worsening"),
      ("my husband hits me", "abuse-unsafe-home"),
      ("I'm scared of my husband", "abuse-unsafe-home"),
      ("he strangled me last week", "abuse-unsafe-home"),
      ("I'm scared I'll shake the baby", "harm-to-others"),
      ("Sometimes I want to die", "suicidal-thoughts"),
    ])
  func clearStaysClear(line: String, category: String) {
    #expect(Self.tiers(line).clear.contains(category), "\(line)")
  }

  @Test(
    "a frame turns a clear statement into a check question, never into silence",
    arguments: [
      // The past.
      ("I took an overdose years ago", "self-harm-overdose"),
      ("I used to self harm as a teenager", "self-harm-overdose"),
      // A worry, and a what-if.
      ("I worry about getting chest pain on the bus", "chest-pain"),
      ("What if I get chest pain on holiday", "chest-pain"),
      ("what if i collapsed", "collapse-fits-bleeding-allergy"),
      // Now and then.
      ("pains in my chest on and off today", "chest-pain"),
      // Long-standing.
      ("My wife can't breathe well with her copd", "severe-breathlessness"),
    ])
  func framedClearAsksFirst(line: String, category: String) {
    let found = Self.tiers(line)
    #expect(found.clear.isEmpty, "\(line)")
    #expect(found.check.contains(category), "\(line)")
  }

  @Test(
    "a frame lets words that only ask first go",
    arguments: [
      "I passed out once years ago",
      "I fainted once years ago when I gave blood",
      "I take too many tablets to keep track of",
      "lots of pills to take",
      "I need help now and then with the shopping",
      "I'm scared of fainting at the dentist",
      "my mum died of a stroke",
      "my mum died of a heart attack",
    ])
  func framedAskFirstGoes(line: String) {
    let found = Self.tiers(line)
    #expect(found.clear.isEmpty && found.check.isEmpty, "\(line): \(found)")
  }

  @Test(
    "the same words with no frame still ask first",
    arguments: [
      ("I passed out in the kitchen", "urgent-worsening"),
      ("too many tablets", "self-harm-overdose"),
    ])
  func unframedAskFirstStays(line: String, category: String) {
    #expect(Self.tiers(line).check.contains(category), "\(line)")
  }

  @Test("the past said to be well since lets even a clear statement go")
  func resolvedPast() {
    let found = Self.tiers("I took an overdose when I was 17 and I'm fine now")
    #expect(found.clear.isEmpty && found.check.isEmpty)
  }

  @Test("a frame reaches only its own clause: a sign after \"but now\" is still clear")
  func frameStopsAtItsClause() {
    #expect(
      Self.tiers("I had a heart attack years ago, but now my chest hurts").clear == ["chest-pain"])
    #expect(
      Self.tiers("I took an overdose years ago but I want to die").clear.contains(
        "suicidal-thoughts"))
  }

  @Test(
    "idioms and everyday uses of crisis words raise nothing",
    arguments: [
      "I'm dying for a cuppa",
      "my knees are killing me",
      "I nearly died laughing",
      "I passed out of school at 15",
      "I worry about overdoing it in the garden",
      "I can't press the inhaler hard enough",
      "my toes went black and blue when I dropped a tin on them",
    ])
  func idiomsRaiseNothing(line: String) {
    let found = Self.tiers(line)
    #expect(found.clear.isEmpty && found.check.isEmpty, "\(line): \(found)")
  }

  @Test("effort turns a chest pain into a question, and never silences one")
  func effortAsksFirst() {
    // Said in a waiting room, "call 999 now" frightened; the question asks whether it is now.
    #expect(Self.tiers("i get chest pain when i walk up hill") == ([], ["chest-pain"]))
    // Words that only ever asked first still ask: effort is no everyday frame.
    #expect(Self.tiers("Pain in my jaw and across my chest when I walk.").check == ["chest-pain"])
    #expect(Self.tiers("chest pain right now").clear == ["chest-pain"])
  }

  @Test("a blood sugar's 'all day' is about the sugar, not the rest of a long line")
  func allDayAboutTheSugar() {
    let long =
      "Hypos overnight, which leave me wiped out, and joint pain in my wrists and fingers - "
      + "typing all day at work makes it worse"
    #expect(Self.tiers(long).clear.isEmpty)
    #expect(
      Self.tiers("sugars been over 25 all day and hes not making sense").clear
        == ["blood-sugar-confusion"])
  }

  @Test("lines from terminal runs that showed a 999 notice now ask first, or nothing")
  func terminalRunLines() {
    // Putting the plan's words right is about the text, not speech.
    #expect(Self.tiers("take out the word wrong") == ([], []))
    #expect(Self.tiers("his words are coming out wrong").clear == ["stroke-signs"])
    // A goal, and the weather: asked about first.
    #expect(
      Self.tiers("walking further without getting so out of breath")
        == ([], ["severe-breathlessness"]))
    #expect(Self.tiers("the cold makes her chest tight").clear.isEmpty)
    #expect(Self.tiers("the cold makes her chest tight").check == ["chest-pain"])
  }

  @Test("a body's emergency denied in so many words asks first; thoughts of dying do not")
  func denialAsksFirstForTheBody() {
    #expect(Self.tiers("carry on im not havin a stroke") == ([], ["stroke-signs"]))
    #expect(Self.tiers("im not suicidal but i want to die").clear == ["suicidal-thoughts"])
    // A "not" inside the crisis words is no denial.
    #expect(Self.tiers("hes not breathing").clear.contains("collapse-fits-bleeding-allergy"))
  }

  @Test("time blocked out in a diary is not a blackout")
  func diaryTimeIsNoBlackout() {
    #expect(Self.tiers("Block out 1 to 2pm in my diary and use the email form") == ([], []))
    #expect(Self.tiers("i keep blacking out").check.contains("collapse-fits-bleeding-allergy"))
  }

  @Test("frames are found by kind, in the tokenizer's words")
  func framesFound() {
    let kinds = { (text: String) in
      Set(Frames.find(in: Tokenizer.tokens(of: text)).map(\.kind))
    }
    #expect(kinds("I fainted back in 2019") == [.past])
    #expect(kinds("it was years ago and I'm fine now") == [.past, .resolved])
    #expect(kinds("I'm scared of needles") == [.worry])
    // "I'll" typed without its apostrophe is a worry all the same.
    #expect(kinds("Scared ill have a heart attack at the gym") == [.worry])
    #expect(kinds("what if it happens") == [.hypothetical])
    #expect(kinds("it comes and goes") == [.occasional])
    #expect(kinds("only when i walk up hill") == [.effort])
    #expect(kinds("too many tablets to keep track of") == [.medicinesBurden])
    #expect(kinds("I passed out in the kitchen").isEmpty)
    #expect(kinds("it started in 1850").isEmpty)
  }

  @Test("a category's ignored frames are read from the file, and a wrong kind is named")
  func ignoredFramesLoad() {
    let abuse = SafetyFixtures.rules.categories.first { $0.id == "abuse-unsafe-home" }
    #expect(abuse?.ignoredFrames.contains("worry") == true)
    let yaml = """
      services:
        - id: s
          name: S
          contact: call 1
          say: Call 1.
      categories:
        - id: c
          title: T
          level: urgent
          message: M.
          signpost: [s]
          check: "Just to check?"
          ignore-frames: [wory]
          patterns: [a sign]
      """
    let loaded = SafetyRules.load(yaml: yaml, file: "safety.yaml")
    #expect(loaded.rules == nil)
    #expect(
      loaded.diagnostics.map(\.description).joined().contains(
        "unknown kind of frame 'wory'; did you mean 'worry'?"))
  }

  @Test("carecoach match lists a notice at once under safety and a check question apart")
  func matchReportTiers() {
    let concepts = ConceptMatcher(lexicon: Lexicon(concepts: []))
    let rules = RuleMatcher(rules: [], concepts: concepts)
    let report = { (text: String) in
      MatchReport(
        text: text, concepts: concepts, rules: rules, safety: SafetyFixtures.net,
        today: Day(year: 2025, month: 1, day: 1))
    }
    let clear = report("I've got crushing pain in my chest")
    #expect(clear.safety.map(\.category) == ["chest-pain"])
    #expect(clear.safetyCheck.isEmpty)
    let check = report("too many tablets")
    #expect(check.safety.isEmpty)
    #expect(check.safetyCheck.map(\.category) == ["self-harm-overdose"])
    #expect(check.json().contains("\"safetyCheck\":[{\"category\":\"self-harm-overdose\""))
  }
}
