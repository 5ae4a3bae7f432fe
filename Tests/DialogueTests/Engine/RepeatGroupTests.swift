import Dialogue
import Foundation
import TestSupport
import Testing

private let grouped = """
  id: grouped
  version: "1"
  title: Groups
  sections:
    - id: intro
      title: Hello
      questions:
        - id: name
          text: Name?
    - group: goals
      repeat:
        max: 3
        while: another
      sections:
        - id: goal
          title: Your goal
          intro: Let's think about a goal.
          questions:
            - id: goal_text
              text: What is the goal?
              plan: goal.text
        - id: step
          title: Your step
          questions:
            - id: step_text
              text: What is the step for {{goal_text}}?
              plan: goal.action.what
            - id: another
              text: Another goal?
              kind: yesno
    - id: end
      title: The end
      questions:
        - id: last_goal
          text: Anything to add about {{goal_text}}?
  """

@Suite("Repeating groups of sections")
struct RepeatGroupTests {
  let engine: Engine

  init() throws {
    engine = Engine(script: try #require(loadScript(grouped)), lexicon: Lexicon(concepts: []))
  }

  @Test("a group asks all its sections in order, round by round, while its condition holds")
  func roundsCoverEverySection() {
    let (state, outputs) = converse(
      engine, ["Sam", "walk", "to the shop", "yes", "sleep", "bed at ten", "no", "that's all"])
    #expect(
      outputs.asked == [
        AnswerKey("name"), AnswerKey("goal_text"), AnswerKey("step_text"), AnswerKey("another"),
        AnswerKey("goal_text", round: 1), AnswerKey("step_text", round: 1),
        AnswerKey("another", round: 1), AnswerKey("last_goal"),
      ])
    #expect(state.value("step_text", round: 1) == .text("bed at ten"))
    #expect(state.finished)
  }

  @Test("progress counts every section once, with the round, and each round opens with its intro")
  func progressAndIntros() {
    let (_, outputs) = converse(engine, ["Sam", "walk", "to the shop", "yes"])
    let progress = outputs.compactMap { output -> String? in
      if case .progress(let part, let total, let title) = output {
        return "\(part)/\(total) \(title)"
      }
      return nil
    }
    #expect(
      progress == [
        "1/4 Hello", "2/4 Your goal (1)", "3/4 Your step (1)", "2/4 Your goal (2)",
      ])
    #expect(outputs.filter { $0 == .say("Let's think about a goal.") }.count == 2)
  }

  @Test("inside a group a template reads this round's answer; after it, the latest round's")
  func templatesReadTheRightRound() {
    let (_, outputs) = converse(engine, ["Sam", "walk", "x", "yes", "sleep", "y", "no"])
    #expect(outputs.text.contains("What is the step for walk?"))
    #expect(outputs.text.contains("What is the step for sleep?"))
    #expect(outputs.text.contains("Anything to add about sleep?"))
  }

  @Test("the group stops at its most rounds")
  func stopsAtMax() {
    let (state, _) = converse(
      engine, ["Sam", "a", "a", "yes", "b", "b", "yes", "c", "c", "yes", "done"])
    #expect(state.value("goal_text", round: 2) == .text("c"))
    #expect(state.value("last_goal") == .text("done"))
  }

  @Test("a section inside a group may not repeat on its own, and a group needs its keys")
  func groupErrors() {
    let nested = grouped.replacingOccurrences(
      of: "title: Your step\n", with: "title: Your step\n        repeat:\n          max: 2\n")
    #expect(nested != grouped)
    let result = ScriptLoader.load(text: nested, file: "g.yaml", lexicon: Lexicon(concepts: []))
    #expect(result.script == nil)
    #expect(
      result.diagnostics.map(\.message).contains(
        "a section inside a group repeats with its group; put 'repeat' on the group instead"))
    let noRepeat = """
      id: g
      version: "1"
      sections:
        - group: goals
          sections:
            - id: a
              title: A
              questions:
                - id: q
                  text: Q?
      """
    let missing = ScriptLoader.load(text: noRepeat, file: "g.yaml", lexicon: Lexicon(concepts: []))
    #expect(
      missing.diagnostics.map(\.description).contains(
        "g.yaml:4:5: error: a group of sections needs the key 'repeat'"))
  }
}
