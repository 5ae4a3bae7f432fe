import Dialogue
import Foundation
import TestSupport
import Testing

private let basics = """
  id: basics
  version: "1"
  title: Basics
  sections:
    - id: one
      title: First part
      intro: Hello there.
      questions:
        - say: You can skip any question.
        - id: name
          text: What should I call you?
          label: name
          reflect: "Thanks, {{answer}}."
        - id: where
          text: 'Where are you, {{name | or: "friend"}}?'
          kind: choice
          label: place
          choices:
            - id: home
              text: At home
              synonyms: [house, my place]
            - id: surgery
              text: At the surgery
    - id: two
      title: Second part
      questions:
        - id: score
          text: How sure are you?
          kind: scale
          label: confidence
          reprompts: ["First reprompt.", "Second reprompt."]
        - id: walk
          text: Do you walk?
          kind: yesno
          label: walking
        - id: topics
          text: What would you like to talk about?
          kind: list
          max_items: 3
          label: topics
  """

@Suite("Engine")
struct EngineTests {
  let engine: Engine

  init() throws {
    engine = Engine(script: try #require(loadScript(basics)), lexicon: Lexicon(concepts: []))
  }

  @Test("starting shows progress, the intro, statements, then the first question")
  func startsWithProgressAndFirstQuestion() {
    let (state, outputs) = converse(engine, [])
    #expect(
      outputs == [
        .progress(part: 1, of: 2, title: "First part"),
        .say("Hello there."),
        .say("You can skip any question."),
        .ask(
          Prompt(
            key: AnswerKey("name"), text: "What should I call you?", kind: .text, choices: [],
            hint: nil)),
      ])
    #expect(state.current == AnswerKey("name"))
    #expect(state.startedAt == testNow)
  }

  @Test("a whole conversation fills every answer and finishes by asking for the plan")
  func wholeConversation() {
    let (state, outputs) = converse(engine, ["Sam", "2", "7", "yes", "my feet, sleep", "done"])
    #expect(state.value("name") == .text("Sam"))
    #expect(state.value("where") == .choice("surgery"))
    #expect(state.value("score") == .number(7))
    #expect(state.value("walk") == .yesNo(true))
    #expect(state.value("topics") == .list(["my feet", "sleep"]))
    #expect(state.finished)
    #expect(outputs.suffix(2) == [.plan, .finished])
    #expect(outputs.text.contains("Where are you, Sam?"))
  }

  @Test("replaying the same events gives the same state and outputs")
  func replayIsDeterministic() {
    let inputs = ["Sam", "house", "eleven", "7", "back", "8", "no", "a, b", "done"]
    let first = converse(engine, inputs)
    let second = converse(engine, inputs)
    #expect(first.state == second.state)
    #expect(first.outputs == second.outputs)
  }

  @Test(
    "a choice is read by number, words, synonym or near spelling",
    arguments: [
      ("1", "home"), ("At home", "home"), ("my place", "home"), ("at the surgrey", "surgery"),
      ("I'm at the surgery today", "surgery"), ("2.", "surgery"),
    ])
  func readsChoices(input: String, expected: String) {
    let (state, _) = converse(engine, ["Sam", input])
    #expect(state.value("where") == .choice(expected))
  }

  @Test("an unreadable choice is asked again and never guessed")
  func unreadableChoiceIsAskedAgain() {
    let (state, outputs) = converse(engine, ["Sam", "on the moon", "3"])
    #expect(state.value("where") == nil)
    #expect(state.current == AnswerKey("where"))
    #expect(outputs.asked.filter { $0 == AnswerKey("where") }.count == 3)
  }

  @Test("reprompts taper: the script's words first, then the standard words, then a way out")
  func repromptsTaper() {
    let (_, outputs) = converse(engine, ["Sam", "1", "lots", "heaps", "loads", "many"])
    let notices = outputs.compactMap { output -> String? in
      if case .notice(let text) = output { return text }
      return nil
    }
    #expect(notices[0] == "First reprompt.")
    #expect(notices[1] == "Second reprompt.")
    #expect(
      notices[2] == "Pick the number from 0 to 10 that feels closest. There is no wrong answer.")
    #expect(notices[3].contains("skip, don't know, or rather not say"))
  }

  @Test(
    "skip, don't know and rather not say are recorded with their reason",
    arguments: [
      ("skip", SkipReason.skipped), ("don't know", .dontKnow), ("rather not say", .ratherNotSay),
    ])
  func skipReasons(input: String, reason: SkipReason) {
    let (state, _) = converse(engine, [input])
    #expect(state.value("name") == .skipped(reason))
    #expect(state.current == AnswerKey("where"))
  }

  @Test("back undoes the last answer and asks it again")
  func backUndoesLastAnswer() {
    let (state, outputs) = converse(engine, ["Sam", "1", "back"])
    #expect(state.value("where") == nil)
    #expect(state.value("name") == .text("Sam"))
    #expect(state.current == AnswerKey("where"))
    #expect(outputs.asked.last == AnswerKey("where"))
  }

  @Test("back with nothing answered says so and carries on")
  func backWithNothing() {
    let (state, outputs) = converse(engine, ["back"])
    #expect(outputs.contains(.notice("There is nothing to go back to yet.")))
    #expect(state.current == AnswerKey("name"))
  }

  @Test("change finds an earlier answer by its label, shows the old answer, then returns")
  func changeByLabel() {
    let (state, outputs) = converse(engine, ["Sam", "1", "7", "change name", "Alex"])
    #expect(state.value("name") == .text("Alex"))
    #expect(state.value("where") == .choice("home"))
    #expect(state.value("score") == .number(7))
    #expect(outputs.text.contains("Your answer was: Sam. What would you like it to be?"))
    #expect(state.current == AnswerKey("walk"))
  }

  @Test("change finds an answer by the words it was about")
  func changeByWords() {
    let (state, _) = converse(engine, ["Sam", "1", "7", "change where I am", "2"])
    #expect(state.value("where") == .choice("surgery"))
    #expect(state.current == AnswerKey("walk"))
  }

  @Test("change with an unknown target lists what can be changed")
  func changeUnknown() {
    let (state, outputs) = converse(engine, ["Sam", "change the weather"])
    #expect(
      outputs.text.contains("Which answer would you like to change? For example: change name."))
    #expect(state.current == AnswerKey("where"))
  }

  @Test("going back while changing an answer keeps the old answer")
  func backWhileChanging() {
    let (state, _) = converse(engine, ["Sam", "1", "change name", "back"])
    #expect(state.value("name") == .text("Sam"))
    #expect(state.current == AnswerKey("score"))
  }

  @Test("summary lists what has been said and asks the question again")
  func summary() {
    let (state, outputs) = converse(engine, ["Sam", "summary"])
    #expect(
      outputs.contains(.summary(title: "What you have said so far", items: ["Name: Sam"])))
    #expect(state.current == AnswerKey("where"))
  }

  @Test("restart asks first; yes clears the answers, no keeps them")
  func restart() {
    let kept = converse(engine, ["Sam", "restart", "no"])
    #expect(kept.state.value("name") == .text("Sam"))
    let cleared = converse(engine, ["Sam", "restart", "yes"])
    #expect(cleared.state.value("name") == nil)
    #expect(cleared.state.current == AnswerKey("name"))
    #expect(cleared.state.setAside[AnswerKey("name")]?.value == .text("Sam"))
  }

  @Test("quit stops the conversation without losing answers")
  func quit() {
    let (state, outputs) = converse(engine, ["Sam", "quit"])
    #expect(outputs.last == .stopped)
    #expect(state.value("name") == .text("Sam"))
    #expect(!state.finished)
  }

  @Test("commands are recognised only as the whole line")
  func commandsOnlyWholeLine() {
    let (state, _) = converse(engine, ["back pain and help with shopping"])
    #expect(state.value("name") == .text("back pain and help with shopping"))
  }

  @Test("a list gathers lines until done, and stops at its most items")
  func listQuestion() {
    let partial = converse(engine, ["Sam", "1", "7", "yes", "feet"])
    #expect(partial.state.value("topics") == nil)
    #expect(partial.outputs.text.contains("Got it: feet. Anything else?"))
    let over = converse(engine, ["Sam", "1", "7", "yes", "feet, sleep", "tablets, money"])
    #expect(over.state.value("topics") == nil)
    #expect(over.outputs.text.contains("Which three would you like to keep?"))
    let full = converse(
      engine, ["Sam", "1", "7", "yes", "feet, sleep", "tablets, money", "the first three"])
    #expect(full.state.value("topics") == .list(["feet", "sleep", "tablets"]))
    #expect(full.outputs.text.contains("You can still talk about money at your appointment."))
    #expect(full.state.finished)
  }

  @Test("reflections say back the answer; long answers are shortened when shown, kept whole")
  func reflections() {
    let long = String(repeating: "word ", count: 100)
    let (state, outputs) = converse(engine, [long])
    #expect(state.value("name") == .text(long.trimmingCharacters(in: .whitespaces)))
    let reflection = outputs.compactMap { output -> String? in
      if case .say(let text) = output, text.hasPrefix("Thanks") { return text }
      return nil
    }
    #expect(reflection.count == 1)
    #expect(reflection[0].count < 220)
    #expect(reflection[0].hasSuffix("....") || reflection[0].hasSuffix("..."))
  }

  @Test("an empty line gets a clear reply and the question again")
  func emptyLine() {
    let (state, outputs) = converse(engine, ["", "   "])
    #expect(
      outputs.filter {
        $0 == .notice("I didn't get an answer there. Type your answer, or say skip to move on.")
      }.count == 2)
    #expect(state.current == AnswerKey("name"))
    #expect(state.answers.isEmpty)
  }

  @Test("escape sequences and control characters are removed, never echoed back")
  func escapesRemoved() {
    let (state, outputs) = converse(engine, ["\u{1B}[31mSam\u{1B}[0m\u{07}\u{1B}]0;title\u{07}"])
    #expect(state.value("name") == .text("Sam"))
    #expect(!outputs.text.contains("\u{1B}"))
    let (onlyEscapes, escapeOutputs) = converse(engine, ["\u{1B}[2J\u{1B}[H"])
    #expect(onlyEscapes.answers.isEmpty)
    #expect(escapeOutputs.text.contains("I couldn't read any words in that."))
  }

  @Test(
    "odd but real text is kept as typed",
    arguments: [
      "😀 fine thanks", "مرحبا", "שלום עולם", "Zoë", "e\u{301}", "\u{FFFD}\u{FFFD}abc", "1 MB",
    ])
  func oddTextKept(argument: String) {
    // The megabyte line is made here, not given as an argument, so test logs stay readable.
    let input = argument == "1 MB" ? String(repeating: "x", count: 1_000_000) : argument
    let (state, outputs) = converse(engine, [input])
    #expect(state.value("name") == .text(input))
    #expect(!outputs.text.contains("\u{1B}"))
  }

  @Test("after the end, more input gets a polite reply and changes nothing")
  func inputAfterFinish() {
    let (finished, _) = converse(engine, ["Sam", "2", "7", "yes", "a", "done"])
    let result = engine.step(finished, .input("hello", at: testNow))
    #expect(result.state.answers == finished.answers)
    #expect(result.outputs == [.notice("We have finished. Thank you for your answers.")])
  }

  @Test("completions offer the commands and the current choices")
  func completions() {
    let (state, _) = converse(engine, ["Sam"])
    let words = engine.completions(for: state)
    #expect(words.contains("help"))
    #expect(words.contains("At home"))
    #expect(words.contains("At the surgery"))
  }
}
