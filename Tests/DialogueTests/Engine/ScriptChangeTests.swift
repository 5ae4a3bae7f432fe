import Dialogue
import Foundation
import TestSupport
import Testing

/// A conversation started on one version of a script and carried on with the next.
@Suite("Script changes between sittings")
struct ScriptChangeTests {
  let before = """
    id: change
    version: "1"
    title: Before
    sections:
      - id: one
        title: One
        questions:
          - id: name
            text: What would you like me to call you?
          - id: pets
            text: Do you have pets?
            kind: yesno
          - id: visits
            text: How many visits a week?
            kind: number
          - id: food
            text: What do you like to eat?
    """

  let after = """
    id: change
    version: "2"
    title: After
    sections:
      - id: one
        title: One
        questions:
          - id: name
            text: What should I call you?
          - id: visits
            text: How often do people visit?
            kind: choice
            choices: [Rarely, Often]
          - id: hobby
            text: What do you enjoy doing?
          - id: food
            text: What do you like to eat?
    """

  @Test("kept answers stay, removed or changed questions are set aside, new ones are asked")
  func carryOver() throws {
    let old = try #require(loadScript(before))
    let new = try #require(loadScript(after))
    let oldEngine = Engine(script: old, lexicon: Lexicon(concepts: []))
    let newEngine = Engine(script: new, lexicon: Lexicon(concepts: []))
    let sitting = converse(oldEngine, ["Sam", "yes", "3"])
    #expect(sitting.state.current == AnswerKey("food"))

    let carried = newEngine.migrate(sitting.state, from: old)
    #expect(carried.value("name") == .text("Sam"))
    // "pets" left the script; "visits" is now a choice, so the number no longer fits it.
    #expect(carried.answers[AnswerKey("pets")] == nil)
    #expect(carried.setAside[AnswerKey("pets")]?.value == .yesNo(true))
    #expect(carried.setAside[AnswerKey("visits")]?.value == .number(3))
    #expect(carried.answerOrder == [AnswerKey("name")])

    // The next sitting asks what is missing under the new script, in its order.
    let resumed = newEngine.step(carried, .start(at: testNow.addingTimeInterval(3600)))
    #expect(resumed.outputs.asked == [AnswerKey("visits")])
    let next = newEngine.step(resumed.state, .input("often", at: testNow.addingTimeInterval(3660)))
    #expect(next.outputs.asked == [AnswerKey("hobby")])
    #expect(next.state.value("name") == .text("Sam"))
  }

  @Test("a statement renamed in a part already done is not said again out of place")
  func renamedStatement() throws {
    let old = try #require(
      loadScript(
        """
        id: change
        version: "1"
        sections:
          - id: one
            title: One
            questions:
              - id: goal
                text: What is your goal?
              - id: walk_ideas
                say: Ideas for walking.
              - id: sleep_ideas
                say: Ideas for sleep.
              - id: step
                text: What is your first step?
              - id: when
                text: When will you do it?
        """))
    let new = try #require(
      loadScript(
        """
        id: change
        version: "2"
        sections:
          - id: one
            title: One
            questions:
              - id: goal
                text: What is your goal?
              - id: ideas
                say: Some ideas.
              - id: step
                text: What is your first step?
              - id: thanks
                say: Thank you.
              - id: when
                text: When will you do it?
        """))
    let sitting = converse(Engine(script: old, lexicon: Lexicon(concepts: [])), ["walk", "a lap"])
    let engine = Engine(script: new, lexicon: Lexicon(concepts: []))
    let resumed = engine.step(
      engine.migrate(sitting.state, from: old), .start(at: testNow.addingTimeInterval(3600)))
    #expect(!resumed.outputs.text.contains("Some ideas."))
    #expect(!resumed.outputs.text.contains("Thank you."))
    #expect(resumed.outputs.asked == [AnswerKey("when")])
  }

  @Test("the same state and scripts always give the same result")
  func deterministic() throws {
    let old = try #require(loadScript(before))
    let new = try #require(loadScript(after))
    let state = converse(Engine(script: old, lexicon: Lexicon(concepts: [])), ["Sam", "no"]).state
    let engine = Engine(script: new, lexicon: Lexicon(concepts: []))
    #expect(engine.migrate(state, from: old) == engine.migrate(state, from: old))
  }
}
