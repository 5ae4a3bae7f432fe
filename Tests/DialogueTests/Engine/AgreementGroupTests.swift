import Dialogue
import Foundation
import TestSupport
import Testing

private let agreeScript = """
  id: agree-test
  version: "1"
  title: Agree
  sections:
    - id: hello
      title: Hello
      questions:
        - id: hi
          say: "Going through it with {{professional | or: \\"your nurse\\"}}."
    - group: goals
      repeat:
        over: goals
      sections:
        - id: agree_goal
          title: Your goal
          questions:
            - id: outcome
              text: "{{previous_goal}}: what did you and {{professional_name}} agree?"
              kind: choice
              choices:
                - { id: agreed, text: Agreed }
                - { id: agreed-with-changes, text: With changes }
                - { id: not-now, text: Not now }
              plan: goal.agreement
            - id: theirs
              text: What will they do?
              kind: list
              plan: goal.professionalActions
    - group: questions
      repeat:
        over: questions
      sections:
        - id: asked
          title: Your questions
          questions:
            - id: answer
              text: "{{previous_question}}: the answer?"
              plan: question.answer
  """

@Suite("Groups over a plan's questions, and the professional's name, for an agreement")
struct AgreementGroupTests {
  func problems(_ yaml: String) -> [String] {
    ScriptLoader.load(text: yaml, file: "t.yaml", lexicon: Lexicon(concepts: [])).diagnostics
      .map(\.description)
  }

  @Test("the goals, then the questions, each a round; the professional named in the words")
  func roundsAndNames() throws {
    let script = try #require(loadScript(agreeScript))
    let background = Background(
      lists: [
        "goals": [[Background.GoalField.text: "walk more"]],
        "questions": [
          [Background.QuestionField.text: "can I drive?"],
          [Background.QuestionField.text: "what is TSH?"],
        ],
      ],
      names: [
        Background.Name.professional: "Sam Patel, practice nurse",
        Background.Name.professionalName: "Sam Patel",
      ])
    let engine = Engine(script: script, lexicon: Lexicon(concepts: []), background: background)
    let (state, outputs) = converse(engine, ["1", "skip", "yes, if I feel well", "skip"])
    #expect(
      outputs.asked == [
        AnswerKey("outcome"), AnswerKey("theirs"), AnswerKey("answer"),
        AnswerKey("answer", round: 1),
      ])
    #expect(outputs.text.contains("Going through it with Sam Patel, practice nurse."))
    #expect(outputs.text.contains("walk more: what did you and Sam Patel agree?"))
    #expect(outputs.text.contains("what is TSH?: the answer?"))
    #expect(state.value("answer") == .text("yes, if I feel well"))
    #expect(state.finished)
  }

  @Test("without a professional given, a name is empty and its fallback is said")
  func noNameGiven() throws {
    let script = try #require(loadScript(agreeScript))
    let (_, outputs) = converse(Engine(script: script, lexicon: Lexicon(concepts: [])), [])
    #expect(outputs.text.contains("Going through it with your nurse."))
    #expect(!outputs.text.contains("{{"))
  }

  @Test("a question's answer belongs in a group over questions")
  func answerOutsideGroup() {
    let yaml = agreeScript.replacingOccurrences(
      of: "plan: goal.professionalActions", with: "plan: question.answer")
    #expect(
      problems(yaml).contains {
        $0.contains(
          "is about a question being answered, so its question belongs in a group "
            + "with repeat: { over: questions }")
      })
  }

  @Test("a goal.agreement question must use the contract's outcomes as its choice ids")
  func outcomeIDs() {
    let yaml = agreeScript.replacingOccurrences(of: "id: not-now", with: "id: later")
    #expect(
      problems(yaml).contains {
        $0.contains("must have the ids agreed, agreed-with-changes, not-now, and 'later'")
      })
  }

  @Test("the built-in agreement script loads with no problems")
  func builtInAgreeLoads() throws {
    let text = try String(
      contentsOf: packageRoot.appendingPathComponent("Prompts/agree.yaml"), encoding: .utf8)
    let lexicon = try String(
      contentsOf: packageRoot.appendingPathComponent("Prompts/lexicon.yaml"), encoding: .utf8)
    let loaded = try #require(Lexicon.load(yaml: lexicon, file: "lexicon.yaml").lexicon)
    let result = ScriptLoader.load(text: text, file: "agree.yaml", lexicon: loaded)
    #expect(result.diagnostics.map(\.description) == [])
    let lists = Set(result.script?.sections.compactMap { $0.repeating?.over } ?? [])
    #expect(lists == ["goals", "questions"])
  }
}
