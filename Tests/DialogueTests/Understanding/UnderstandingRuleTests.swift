import Dialogue
import Foundation
import TestSupport
import Testing

/// Pattern rules: syntax, priorities and what a `*` captures.
@Suite struct UnderstandingRuleTests {
  func matcher(_ rules: [(String, String, Int)]) -> RuleMatcher {
    RuleMatcher(
      rules: rules.map { PatternRule(id: $0.0, pattern: $0.1, priority: $0.2) },
      concepts: UnderstandingFixtures.matcher)
  }

  @Test func literalWordsAreCaseInsensitiveAndStemmed() {
    let rules = matcher([("walk", "i like walking", 0)])
    #expect(rules.matches("I LIKE WALKS") == ["walk"])
    #expect(rules.matches("I like walking a lot").isEmpty, "patterns are anchored")
  }

  @Test func wildcardTakesOneOrMoreWords() {
    let rules = matcher([("what", "what is *", 0)])
    #expect(rules.matches("what is HbA1c?") == ["what"])
    #expect(rules.matches("what is blood pressure") == ["what"])
    #expect(rules.matches("what is").isEmpty)
  }

  @Test func optionalWords() {
    let rules = matcher([("tell", "[can you] tell me about *", 0)])
    #expect(rules.matches("tell me about statins") == ["tell"])
    #expect(rules.matches("can you tell me about statins") == ["tell"])
    #expect(rules.matches("you tell me about statins").isEmpty)
  }

  @Test func conceptReferencesMatchAnyTerm() {
    let rules = matcher([("feel", "i feel {mood}", 0), ("smoke", "* {smoking} *", 0)])
    #expect(rules.matches("I feel fed up") == ["feel"])
    #expect(rules.matches("I'm back on the ciggies again") == ["smoke"])
    #expect(rules.matches("I feel fine").isEmpty)
  }

  @Test func priorityThenDeclarationOrder() {
    let rules = matcher([
      ("general", "* tablets", 0), ("first", "what about my *", 1),
      ("second", "what about [my] tablets", 1), ("top", "what * tablets", 5),
    ])
    #expect(rules.matches("what about my tablets") == ["top", "first", "second", "general"])
  }

  @Test func firstMatchCapturesTheWildcardAsWritten() {
    let rules = matcher([("what", "what is *", 0), ("tell", "[can you] tell me about * please", 0)])
    #expect(rules.firstMatch("What's HbA1c?")?.captures == ["HbA1c"])
    #expect(rules.firstMatch("can you tell me about blood pressure please")?.ruleID == "tell")
    #expect(
      rules.firstMatch("can you tell me about blood pressure please")?.captures == [
        "blood pressure"
      ])
    #expect(rules.firstMatch("hello") == nil)
  }

  @Test func badPatternsAreReportedWithOffsets() {
    let known: Set<String> = ["smoking", "mood"]
    func check(_ pattern: String) -> [PatternError] {
      RuleMatcher.check(pattern: pattern, knownConcepts: known)
    }
    #expect(check("[can you tell me") == [PatternError("'[' is not closed: add ']'", offset: 0)])
    #expect(
      check("tell me] about") == [
        PatternError("']' closes nothing: there is no '[' before it", offset: 7)
      ])
    #expect(
      check("i feel {mod}") == [
        PatternError("unknown concept 'mod'; did you mean 'mood'?", offset: 8)
      ])
    #expect(
      check("i feel {mood") == [PatternError("'{' is not closed: write {concept-id}", offset: 7)])
    #expect(check("") == [PatternError("the pattern is empty", offset: 0)])
    #expect(
      check("what []") == [
        PatternError("an optional part '[...]' must hold a word", offset: 5)
      ])
    #expect(check("what is {Smoking}").first?.offset == 9)
    #expect(check("* {smoking} *").isEmpty)
  }

  @Test func badRulesAreLeftOutAndTheRestStillWork() {
    let rules = matcher([("bad", "what [is", 9), ("good", "what is *", 0)])
    #expect(rules.matches("what is this") == ["good"])
  }

  @Test func manyRulesStillMatchTheRightOne() {
    let synthetic = RuleMatcher.syntheticRules(count: 2000)
    let rules = RuleMatcher(rules: synthetic, concepts: UnderstandingFixtures.matcher)
    let target = synthetic[1]
    let word = target.pattern.split(separator: " ").first { $0.hasPrefix("q") }!
    #expect(rules.matches("tell me about \(word)").contains(target.id))
  }

  @Test func matchReportPrintsNullForAnUnclearYesNo() {
    let report = MatchReport(
      text: "I'm knackered", concepts: UnderstandingFixtures.matcher,
      rules: matcher([]), today: Day(year: 2025, month: 1, day: 1))
    let json = report.json()
    #expect(json.contains("\"yesNo\":null"))
    #expect(json.contains("\"matched\":[\"knackered\"]"))
  }
}

/// `carecoach match` says what a line is doing, so an author can see why it was not an answer.
@Suite struct MatchReportActTests {
  func act(_ text: String) -> String {
    MatchReport(
      text: text, concepts: UnderstandingFixtures.matcher,
      rules: RuleMatcher(rules: [], concepts: UnderstandingFixtures.matcher),
      today: Day(year: 2025, month: 1, day: 1)
    ).json()
  }

  @Test func reportsTheActOfEachLine() {
    #expect(act("wat do u mean 0 to 10").contains("\"act\":\"clarify\""))
    #expect(act("no, I meant my knees").contains("\"act\":\"correct\""))
    #expect(act("I want to change my goal").contains("\"act\":\"change\""))
    #expect(act("dunno").contains("\"act\":\"dont-know\""))
    #expect(act("walking the dog").contains("\"act\":\"answer\""))
  }

  @Test func batchReportsAnActOnEveryLine() {
    let lines = MatchReport.batch(
      "huh?\nsore feet", concepts: UnderstandingFixtures.matcher,
      rules: RuleMatcher(rules: [], concepts: UnderstandingFixtures.matcher),
      today: Day(year: 2025, month: 1, day: 1))
    #expect(lines.count == 2)
    #expect(lines[0].contains("\"act\":\"clarify\""))
    #expect(lines[1].contains("\"act\":\"answer\""))
  }
}
