import Dialogue
import Foundation
import TestSupport
import Testing

/// "Why do you need that?" to a question, and more than one thing given where one is asked for:
/// neither is kept as the answer until the person has been told why, or has picked.
@Suite struct AskingWhyTests {
  static func engine(_ audience: Audience = .person) throws -> Engine {
    Engine(
      script: try #require(BuiltIn.script), lexicon: BuiltIn.lexicon, glossary: BuiltIn.glossary,
      audience: audience)
  }

  static func linesBefore(_ question: String) -> [String] {
    DialogueActEngineTests.linesBefore(question)
  }

  @Test(arguments: [
    ("goal_text", "why do you need that"), ("what_matters", "why do u need to know"),
    ("one_thing", "whats that got to do with anything"),
    ("care_helps", "why are you asking me that"), ("good_day", "why"),
  ])
  func askingWhyIsToldWhyAndAskedAgainWithNothingStored(question: String, line: String) throws {
    let engine = try Self.engine()
    let (state, outputs) = converse(engine, Self.linesBefore(question) + [line])
    #expect(state.value(question) == nil)
    #expect(state.current?.question == question)
    let last = outputs.text.components(separatedBy: line).last ?? outputs.text
    let reason = engine.script.question(question)?.why
    #expect(last.contains(reason ?? "Your answers help you get ready for your appointment."))
    #expect(last.contains("You can say skip."))
  }

  @Test func aWorkerIsToldWhyAboutTheClient() throws {
    let engine = try Self.engine(.facilitator)
    let lines = Self.linesBefore("goal_text") + ["why do you need that"]
    let (state, outputs) = converse(engine, lines)
    #expect(state.value("goal_text") == nil)
    let last = outputs.text.components(separatedBy: "why do you need that").last ?? ""
    #expect(last.contains("They don't have to answer."))
    #expect(!last.contains("You don't have to answer."))
  }

  @Test func aQuestionForTheAppointmentThatStartsWithWhyIsAnAnswer() throws {
    let engine = try Self.engine()
    let (state, _) = converse(engine, Self.linesBefore("one_thing") + ["why do my ankles swell"])
    #expect(state.value("one_thing") == .text("why do my ankles swell"))
  }

  @Test(arguments: [
    ("2", "my sugars"), ("my sugars", "my sugars"), ("the first one", "my inhaler"),
  ])
  func twoThingsForOneAreAskedAboutAndOneIsKept(reply: String, kept: String) throws {
    let engine = try Self.engine()
    let lines = Self.linesBefore("one_thing") + ["my inhaler and my sugars"]
    let (asked, outputs) = converse(engine, lines)
    #expect(asked.value("one_thing") == nil)
    #expect(outputs.text.contains("Which one matters most?"))
    let (state, after) = converse(engine, lines + [reply])
    #expect(state.value("one_thing") == .text(kept))
    #expect(after.text.contains("You can still talk about"))
    // What was typed is kept with the answer.
    #expect(state.answers[AnswerKey("one_thing")]?.words == "my inhaler and my sugars")
  }

  @Test func bothKeepsTheThingsTogether() throws {
    let engine = try Self.engine()
    let lines = Self.linesBefore("one_thing") + ["my inhaler and my sugars", "both"]
    let (state, _) = converse(engine, lines)
    #expect(state.value("one_thing") == .text("my inhaler and my sugars"))
  }
}
