import Dialogue
import Foundation
import TestSupport
import Testing

/// Items typed into a list question before "done" are never lost: moving off the question
/// (change, back, a rule's jump, a restart question answered no) keeps them, and they are
/// there again when the list is asked again.
@Suite("Lists typed part-way")
struct ListDraftTests {
  let engine: Engine

  init() throws {
    engine = Engine(
      script: try #require(SafetyFixtures.smallScript), lexicon: Lexicon(concepts: []))
  }

  /// Name, who is with you, a good day: then the list of topics is asked.
  let toTopics = ["Sam", "1", "fun"]

  @Test("changing an earlier answer in the middle of a list keeps the items typed so far")
  func changeKeepsTheItems() {
    let (state, outputs) = converse(
      engine, toTopics + ["gardening", "change name", "Bo", "sleep", "done"])
    #expect(state.value("name") == .text("Bo"))
    #expect(state.value("topics") == .list(["gardening", "sleep"]))
    #expect(state.answers[AnswerKey("topics")]?.words == "gardening\nsleep")
    #expect(outputs.text.contains("So far: gardening."))
  }

  @Test("the list asked again shows what is there so far")
  func askedAgainShowsSoFar() throws {
    let (_, outputs) = converse(engine, toTopics + ["gardening, the garden?", "repeat"])
    guard case .ask(let prompt) = try #require(outputs.last) else {
      Issue.record("the last output was not a question: \(outputs.last!)")
      return
    }
    #expect(prompt.text == "What would you like to talk about?\nSo far: gardening and the garden?")
  }

  @Test("summary shows a list's items so far, marked as so far")
  func summaryShowsSoFar() {
    let (_, outputs) = converse(engine, toTopics + ["gardening, sleep", "summary"])
    #expect(
      outputs.contains(
        .summary(
          title: "What you have said so far",
          items: [
            "Name: Sam", "Setting: On my own", "Good day: fun",
            "Topics (so far): gardening; sleep",
          ])))
  }

  @Test("back inside a list takes off the last line's items, and says so")
  func backDropsTheLastLine() {
    let (state, outputs) = converse(engine, toTopics + ["gardening, sleep", "back"])
    #expect(outputs.contains(.notice("I've taken 'gardening' and 'sleep' off the list.")))
    #expect(state.current == AnswerKey("topics"))
    #expect(state.value("good_day") == .text("fun"))
    let done = converse(engine, toTopics + ["gardening, sleep", "back", "money", "done"]).state
    #expect(done.value("topics") == .list(["money"]))
    #expect(done.answers[AnswerKey("topics")]?.words == "money")
    // With nothing left to take off, back goes to the question before, as anywhere.
    let empty = converse(engine, toTopics + ["gardening", "back", "back"]).state
    #expect(empty.value("good_day") == nil)
    #expect(empty.current == AnswerKey("good_day"))
  }

  @Test("going back out of a list and returning keeps its items")
  func backOutAndIn() {
    let (state, _) = converse(
      engine, toTopics + ["gardening", "back", "back", "a good walk", "sleep", "done"])
    // The first back took off 'gardening'; the second went back to the good day question.
    #expect(state.value("topics") == .list(["sleep"]))
    let kept = converse(engine, toTopics + ["gardening", "change good day", "a walk", "done"])
    #expect(kept.state.value("good_day") == .text("a walk"))
    #expect(kept.state.value("topics") == .list(["gardening"]))
  }

  @Test("answering no to the restart question keeps the items")
  func restartNoKeepsTheItems() {
    let (state, _) = converse(engine, toTopics + ["gardening", "restart", "no", "sleep", "done"])
    #expect(state.value("topics") == .list(["gardening", "sleep"]))
  }

  @Test("starting again sets the unfinished list aside with the answers")
  func restartYesSetsItAside() {
    let (state, _) = converse(engine, toTopics + ["gardening", "restart", "yes"])
    #expect(state.value("topics") == nil)
    #expect(state.setAside[AnswerKey("topics")]?.value == .list(["gardening"]))
    #expect(state.setAside[AnswerKey("name")]?.value == .text("Sam"))
    // Asked again from the beginning, the list starts empty.
    let again = converse(
      engine, toTopics + ["gardening", "restart", "yes"] + toTopics + ["sleep", "done"])
    #expect(again.state.value("topics") == .list(["sleep"]))
  }

  @Test("starting again while changing an answer sets that answer aside too")
  func restartWhileChanging() {
    let (state, _) = converse(engine, ["Sam", "change name", "restart", "yes"])
    #expect(state.setAside[AnswerKey("name")]?.value == .text("Sam"))
  }

  @Test("a rule's jump away from a list keeps its items for when it is asked again")
  func ruleJumpKeepsTheItems() throws {
    let script = try #require(
      loadScript(
        """
        id: jumps
        version: "1"
        sections:
          - id: one
            title: One
            questions:
              - id: name
                text: What should I call you?
              - id: topics
                text: What would you like to talk about?
                kind: list
        rules:
          - id: rename
            pattern: wrong name
            jump: name
        """))
    let jumping = Engine(script: script, lexicon: Lexicon(concepts: []))
    let (state, _) = converse(jumping, ["Sam", "gardening", "wrong name", "Bo", "sleep", "done"])
    #expect(state.value("name") == .text("Bo"))
    #expect(state.value("topics") == .list(["gardening", "sleep"]))
  }

  @Test("a newer script keeps the items of a list typed part-way, or sets them aside")
  func scriptChangeKeepsTheItems() throws {
    let script = try #require(SafetyFixtures.smallScript)
    let sitting = converse(engine, toTopics + ["gardening", "change name"]).state
    // The same script: the list's items come back when it is asked, the name being changed
    // goes back in its place.
    let same = engine.migrate(sitting, from: script)
    #expect(same.value("name") == .text("Sam"))
    let resumed = engine.step(same, .start(at: testNow.addingTimeInterval(3600)))
    #expect(resumed.outputs.text.contains("So far: gardening."))
    let done = engine.step(resumed.state, .input("done", at: testNow.addingTimeInterval(3660)))
    #expect(done.state.value("topics") == .list(["gardening"]))
    // A script where the topics are one line of text: the items are set aside, not lost.
    var changed = script
    for (sectionIndex, section) in changed.sections.enumerated() {
      for (itemIndex, item) in section.items.enumerated() {
        if case .question(var question) = item, question.id == "topics" {
          question.kind = .text
          changed.sections[sectionIndex].items[itemIndex] = .question(question)
        }
      }
    }
    let moved = Engine(script: changed, lexicon: Lexicon(concepts: [])).migrate(
      sitting, from: script)
    #expect(moved.setAside[AnswerKey("topics")]?.value == .list(["gardening"]))
  }
}

/// A list that reaches its most items is taken as it is; only one given more is told so.
@Suite("Lists at their most items")
struct ListAtItsMostTests {
  let engine: Engine

  init() throws {
    engine = Engine(
      script: try #require(SafetyFixtures.smallScript), lexicon: Lexicon(concepts: []))
  }

  @Test("exactly three of three is kept and said back, with no word of a limit")
  func exactlyTheMost() {
    let (state, outputs) = converse(
      engine, ["Sam", "1", "fun", "her breathing on the stairs; the swollen legs; the mosque"])
    #expect(
      state.value("topics")
        == .list(["her breathing on the stairs", "the swollen legs", "the mosque"]))
    #expect(!outputs.text.contains("most I can take"))
    #expect(outputs.text.contains("Got it: "))
  }

  @Test("four of three asks which to keep")
  func overTheMost() {
    let (state, outputs) = converse(engine, ["Sam", "1", "fun", "a; b; c; d"])
    #expect(state.value("topics") == nil)
    #expect(!outputs.text.contains("most I can take"))
  }
}
