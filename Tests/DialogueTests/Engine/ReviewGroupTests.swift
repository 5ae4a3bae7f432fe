import Dialogue
import Foundation
import TestSupport
import Testing

private let reviewScript = """
  id: review-test
  version: "1"
  title: Review
  sections:
    - id: hello
      title: Hello
      questions:
        - id: hi
          say: Welcome back.
    - group: goals
      repeat:
        over: goals
      sections:
        - id: goal_review
          title: Your goal
          questions:
            - id: reminder
              say: "Your goal was: {{previous_goal}}. Step: {{previous_step | or: \\"none\\"}}."
            - id: how
              text: How did {{previous_goal}} go, from 0 to 10?
              kind: scale
              plan: goal.progress.rating
            - id: decision
              text: Keep, change, drop, or done?
              kind: choice
              choices:
                - { id: keep, text: Keep it }
                - { id: change, text: Change it, synonyms: [change] }
                - { id: drop, text: Drop it }
                - { id: achieved, text: Done it }
              plan: goal.status
    - id: end
      title: The end
      questions:
        - id: topics
          text: What next?
          kind: list
          plan: priorities
  """

private func goals(_ texts: [String], step: String = "") -> Background {
  Background(lists: [
    "goals": texts.map {
      [Background.GoalField.text: $0, Background.GoalField.step: step]
    }
  ])
}

@Suite("Groups that repeat over what the program knows: a review's goals")
struct ReviewGroupTests {
  let script: Script

  init() throws {
    script = try #require(loadScript(reviewScript))
  }

  func engine(_ background: Background) -> Engine {
    Engine(script: script, lexicon: Lexicon(concepts: []), background: background)
  }

  @Test("the group runs once per goal, and its text shows that round's goal")
  func oneRoundPerGoal() {
    let (state, outputs) = converse(
      engine(goals(["walk more", "sleep better"], step: "walk to the park")),
      ["7", "keep", "3", "2", "money"])
    #expect(
      outputs.asked == [
        AnswerKey("how"), AnswerKey("decision"), AnswerKey("how", round: 1),
        AnswerKey("decision", round: 1), AnswerKey("topics"),
      ])
    let text = outputs.text
    #expect(text.contains("Your goal was: walk more. Step: walk to the park."))
    #expect(text.contains("How did sleep better go, from 0 to 10?"))
    #expect(state.value("decision", round: 1) == .choice("change"))
  }

  @Test("with no goals to review the group is left out, and the rest is still asked")
  func noGoalsNoRounds() {
    let (state, outputs) = converse(engine(.empty), ["my feet", "done"])
    #expect(outputs.asked.first == AnswerKey("topics"))
    #expect(!outputs.text.contains("Your goal was"))
    #expect(state.finished)
  }

  @Test("a group with nothing to show is not counted as a part: Part 2 of 2, not of 3")
  func partsCountOnlyWhatIsShown() {
    let (_, without) = converse(engine(.empty), [])
    #expect(without.contains(.progress(part: 1, of: 2, title: "Hello")))
    #expect(without.contains(.progress(part: 2, of: 2, title: "The end")))
    let (_, with) = converse(engine(goals(["walk more"])), ["7", "keep"])
    #expect(with.contains(.progress(part: 2, of: 3, title: "Your goal (1)")))
    #expect(with.contains(.progress(part: 3, of: 3, title: "The end")))
  }

  @Test("a missing field shows its fallback, never a gap or a placeholder")
  func emptyStepUsesFallback() {
    let (_, outputs) = converse(engine(goals(["walk more"])), [])
    #expect(outputs.text.contains("Your goal was: walk more. Step: none."))
    #expect(!outputs.text.contains("{{"))
  }

  @Test("a choice's own words are an answer even where they are also a command")
  func choiceWordsBeatCommands() {
    let (state, outputs) = converse(engine(goals(["walk more"])), ["5", "change"])
    #expect(state.value("decision") == .choice("change"))
    #expect(!outputs.text.contains("Which answer would you like to change?"))
    // Elsewhere, "change" is still the command.
    let (_, later) = converse(engine(goals(["walk more"])), ["5", "keep", "change"])
    #expect(later.text.contains("Which answer would you like to change?"))
  }

  @Test("replaying with the same background gives the same conversation")
  func replayIsExact() {
    let background = goals(["walk more", "sleep better"])
    let first = converse(engine(background), ["7", "keep", "3", "drop", "money"])
    let second = converse(engine(background), ["7", "keep", "3", "drop", "money"])
    #expect(first.state == second.state)
    #expect(first.outputs == second.outputs)
  }
}

@Suite("Checks on groups over a background list")
struct ReviewGroupLoaderTests {
  func problems(_ yaml: String) -> [String] {
    ScriptLoader.load(text: yaml, file: "t.yaml", lexicon: Lexicon(concepts: [])).diagnostics
      .map(\.description)
  }

  @Test("a list the program does not know is reported, with the one it might mean")
  func unknownList() {
    let yaml = reviewScript.replacingOccurrences(of: "over: goals", with: "over: goalz")
    #expect(
      problems(yaml).contains {
        $0.contains(
          "a group can repeat over goals, otherActions or questions, not 'goalz'; did you mean "
            + "'goals'?")
      })
  }

  @Test("a goal's fields cannot be used outside a group over goals")
  func fieldOutsideGroup() {
    let yaml = reviewScript.replacingOccurrences(
      of: "text: What next?", with: "text: What next after {{previous_goal}}?")
    #expect(
      problems(yaml).contains {
        $0.contains("the text uses '{{previous_goal}}', but there is no question 'previous_goal'")
      })
  }

  @Test("review plan fields belong in a group over goals")
  func reviewFieldOutsideGroup() {
    let yaml = reviewScript.replacingOccurrences(
      of: "plan: priorities", with: "plan: goal.progress.text")
    let found = problems(yaml)
    #expect(found.contains { $0.contains("is about a goal being reviewed") })
  }

  @Test("a goal.status question must use the decisions as its choice ids")
  func decisionIDs() {
    let yaml = reviewScript.replacingOccurrences(
      of: "{ id: drop, text: Drop it }", with: "{ id: stop, text: Drop it }")
    #expect(
      problems(yaml).contains {
        $0.contains(
          "choices must have the ids keep, change_step, change, drop, achieved, and 'stop'")
      })
  }

  @Test("the built-in review script loads with no problems")
  func builtInReviewLoads() throws {
    let text = try String(
      contentsOf: packageRoot.appendingPathComponent("Prompts/review.yaml"), encoding: .utf8)
    let lexicon = try String(
      contentsOf: packageRoot.appendingPathComponent("Prompts/lexicon.yaml"), encoding: .utf8)
    let loaded = try #require(Lexicon.load(yaml: lexicon, file: "lexicon.yaml").lexicon)
    let result = ScriptLoader.load(text: text, file: "review.yaml", lexicon: loaded)
    #expect(result.diagnostics.map(\.description) == [])
    #expect(result.script?.sections.contains { $0.repeating?.over == "goals" } == true)
  }
}

@Suite("Changing an answer that a read-back showed")
struct ReadBackTests {
  let engine: Engine

  init() throws {
    let yaml = """
      id: read-back
      version: "1"
      title: Read back
      sections:
        - id: step
          title: Step
          questions:
            - id: name
              text: Name?
            - id: what
              text: "{{name}}, what will you do?"
            - id: often
              text: How often?
            - id: check
              text: "So: {{what}}, {{often}}. Is that right?"
              kind: yesno
            - id: sure
              text: How sure, from 0 to 10?
              kind: scale
      """
    engine = Engine(script: try #require(loadScript(yaml)), lexicon: Lexicon(concepts: []))
  }

  @Test("a yes/no read-back is asked again with the new words; its old answer is set aside")
  func confirmationAskedAgain() {
    let (state, outputs) = converse(
      engine, ["Sam", "walk", "daily", "no", "change how often", "twice a week", "yes", "7"])
    #expect(outputs.text.contains("So: walk, twice a week. Is that right?"))
    #expect(state.value("check") == .yesNo(true))
    #expect(state.setAside[AnswerKey("check")]?.value == .yesNo(false))
    #expect(state.value("sure") == .number(7))
    #expect(state.finished)
  }

  @Test("a question that only mentions the changed answer keeps its answer")
  func mentionIsNotConfirmation() {
    let (state, _) = converse(
      engine, ["Sam", "walk", "daily", "yes", "change name", "Samira", "7"])
    #expect(state.value("what") == .text("walk"))
    #expect(state.value("check") == .yesNo(true))
    #expect(state.value("sure") == .number(7))
  }

  @Test("changing an answer to the same words asks nothing again")
  func sameAnswerKeepsConfirmation() {
    let (state, _) = converse(
      engine, ["Sam", "walk", "daily", "yes", "change how often", "daily", "7"])
    #expect(state.value("check") == .yesNo(true))
    #expect(state.setAside.isEmpty)
    #expect(state.value("sure") == .number(7))
  }
}
