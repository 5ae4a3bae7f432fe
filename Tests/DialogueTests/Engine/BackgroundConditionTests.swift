import Dialogue
import Foundation
import TestSupport
import Testing

private let script = """
  id: background-conditions
  version: "1"
  title: Review
  sections:
    - group: goals
      repeat:
        over: goals
      sections:
        - id: goal_review
          title: Your goal
          questions:
            - id: still_right
              when: answered(previous_barriers)
              text: "Last time this got in the way: {{previous_barriers}}. Still right?"
              kind: yesno
            - id: how
              text: How did {{previous_goal}} go?
    - group: questions
      repeat:
        over: questions
      sections:
        - id: question_review
          title: Your questions
          questions:
            - id: outcome
              text: "Did you get an answer to {{previous_question}}?"
              kind: choice
              choices:
                - { id: answered, text: Yes }
                - { id: open, text: Not yet }
                - { id: drop, text: Drop it }
              plan: question.outcome
            - id: answer
              when: outcome == "answered"
              text: What was the answer?
              plan: question.answer
  """

/// A condition in a group over a background list reads the fields of its round's item, so a
/// review asks "is that still right?" only of a goal that has something to ask about.
@Suite("Conditions that read what the program already knows")
struct BackgroundConditionTests {
  let background = Background(lists: [
    "goals": [
      [Background.GoalField.text: "walk more", Background.GoalField.barriers: "rain"],
      [Background.GoalField.text: "sleep better", Background.GoalField.barriers: ""],
    ],
    "questions": [[Background.QuestionField.text: "what is TSH?"]],
  ])

  @Test("a field is read in its own round; an empty one counts as not there")
  func fieldsInTheirRound() throws {
    let loaded = try #require(loadScript(script))
    let engine = Engine(script: loaded, lexicon: Lexicon(concepts: []), background: background)
    let (state, outputs) = converse(engine, ["yes", "fine", "badly", "yes", "it is a blood test"])
    let asked = outputs.compactMap { output -> String? in
      if case .ask(let prompt) = output { return prompt.text }
      return nil
    }
    #expect(
      asked == [
        "Last time this got in the way: rain. Still right?", "How did walk more go?",
        "How did sleep better go?", "Did you get an answer to what is TSH??",
        "What was the answer?",
      ])
    #expect(state.finished)
  }

  @Test("a field name in a condition loads; a misspelt one is reported")
  func checkedWhenLoading() {
    let wrong = script.replacingOccurrences(
      of: "answered(previous_barriers)", with: "answered(previous_barrier)")
    let problems = ScriptLoader.load(text: wrong, file: "t.yaml", lexicon: Lexicon(concepts: []))
      .diagnostics.map(\.description)
    #expect(problems.contains { $0.contains("unknown question 'previous_barrier'") })
  }
}
