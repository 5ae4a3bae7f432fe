import Dialogue
import Foundation
import TestSupport
import Testing

/// The loader's check that every question can be reached: conditions that no answers could
/// make true are errors, and conditions some answers make true are never called unreachable.
@Suite("Questions no path can reach")
struct ReachabilityTests {
  /// The diagnostics for a script whose last section holds one question with this condition,
  /// in a section with `sectionCondition`.
  func problems(_ condition: String, section sectionCondition: String? = nil) -> [String] {
    let yaml = """
      id: reach
      version: "1"
      sections:
        - id: first
          title: First
          questions:
            - id: walk
              text: Do you walk?
              kind: yesno
            - id: days
              text: How many days?
              kind: number
              min: 0
              max: 7
            - id: confidence
              text: How sure are you?
              kind: scale
            - id: setting
              text: Who is with you?
              kind: choice
              choices: [Alone, Helper, Surgery]
            - id: helps
              text: Who helps?
              kind: multi
              choices: [Family, Friends, Neighbours]
            - id: topics
              text: What to talk about?
              kind: list
              max_items: 3
            - id: goal
              text: Your goal?
            - id: start
              text: When?
              kind: date
        - id: goals
          title: Goals
          repeat:
            max: 3
          \(sectionCondition.map { "when: '\($0)'" } ?? "")
          questions:
            - id: later
              text: Anything else?
              when: '\(condition)'
      """
    return ScriptLoader.load(text: yaml, file: "r.yaml", lexicon: BrokenScripts.lexicon)
      .diagnostics.map(\.description)
  }

  @Test(
    "conditions some answers make true are not called unreachable",
    arguments: [
      "walk or not walk", "not walk", "walk and days >= 7", "days == 0", "days > 6.5",
      "confidence >= 10", "confidence < 1", "confidence > 3 and confidence < 5",
      "confidence > 3 and confidence < 4 or walk", "setting == \"alone\" or setting == \"helper\"",
      "setting != \"alone\" and setting != \"helper\"", "count(helps) == 3", "count(topics) == 0",
      "not answered(walk) and not walk", "skipped(days) and not answered(days)",
      "goal has \"pain\" and not (goal has \"sleep\")", "start < today", "start >= today + 7",
      "round > 1", "round == 3", "days > confidence", "walk == true", "walk != false and walk",
      "helps has \"family\" and count(helps) == 1", "goal == \"x\" and not (goal == \"y\")",
    ])
  func possibleConditionsPass(condition: String) {
    #expect(problems(condition) == [])
  }

  @Test(
    "conditions no answers make true are errors",
    arguments: [
      ("walk and not walk", ""), ("days > 9", ", since 'days' runs from 0 to 7"),
      ("days < 0", ", since 'days' runs from 0 to 7"),
      ("confidence > 10", ", since 'confidence' runs from 0 to 10"),
      ("confidence > 3 and confidence < 4", ""), ("answered(walk) and skipped(walk)", ""),
      ("setting == \"alone\" and setting == \"helper\"", ""),
      ("count(helps) > 3", ", since 'helps' has 3 choices"),
      ("count(topics) >= 4", ", since 'topics' holds at most 3 items"),
      ("round > 3", ", since its section is asked at most 3 times"),
      ("days > 3 and not answered(days)", ""), ("walk == true and walk == false", ""),
      ("goal has \"pain\" and not answered(goal)", ""),
    ])
  func impossibleConditionsFail(condition: String, reason: String) {
    let found = problems(condition)
    #expect(found.count == 1)
    #expect(
      found.first?.hasSuffix("'later' can never be reached: its condition is never true" + reason)
        == true, "\(found)")
  }

  @Test("a question's condition is read together with its section's")
  func withItsSection() {
    #expect(problems("not walk", section: "walk").count == 1)
    #expect(
      problems("not walk", section: "walk").first?.hasSuffix(
        "'later' can never be reached: its condition is never true when its section's "
          + "condition ('walk') is") == true)
    #expect(problems("days < 3", section: "days > 4").count == 1)
    #expect(problems("days < 5", section: "days > 4") == [])
    #expect(problems("walk", section: "walk") == [])
    #expect(problems("not walk", section: "walk or days > 2") == [])
  }

  @Test("a section whose own condition is never true is reported once, on the section")
  func sectionAlone() {
    let found = problems("walk", section: "confidence > 11")
    #expect(found.count == 1)
    #expect(
      found.first?.hasSuffix(
        "the section 'goals' can never be reached: its condition is never true, "
          + "since 'confidence' runs from 0 to 10") == true, "\(found)")
  }

  @Test("a section's condition and intro may read the question just before the section")
  func sectionReadsTheQuestionBefore() {
    let yaml = """
      id: reach
      version: "1"
      sections:
        - id: first
          title: First
          questions:
            - id: walk
              text: Do you walk?
              kind: yesno
        - id: walking
          title: Walking
          when: walk
          intro: "You said {{walk}}."
          questions:
            - id: days
              text: How many days?
              kind: number
      """
    let result = ScriptLoader.load(text: yaml, file: "r.yaml", lexicon: Lexicon(concepts: []))
    #expect(result.diagnostics.map(\.description) == [])
  }

  @Test("the shipped scripts have no unreachable questions")
  func shippedScripts() throws {
    let lexicon = try #require(
      Lexicon.load(
        yaml: UnderstandingFixtures.text("Prompts/lexicon.yaml"), file: "Prompts/lexicon.yaml"
      ).lexicon)
    for name in ["care-planning", "review", "kiosk"] {
      let result = ScriptLoader.load(
        text: UnderstandingFixtures.text("Prompts/\(name).yaml"), file: name, lexicon: lexicon)
      #expect(result.diagnostics.map(\.description) == [], "\(name)")
    }
  }
}
