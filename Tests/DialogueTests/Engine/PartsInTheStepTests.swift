import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// A step that already says how much, when, where, how often or the day to start: that part
/// is taken from the step, said back once, and not asked again (Mrs Begum's worker: "walk up
/// and down the hallway for 5 mins after lunch", then "i just said - 5 minutes").
@Suite struct PartsInTheStepTests {
  static func engine(_ audience: Audience = .person) throws -> Engine {
    try ReadingLittleFollowUpTests.engine(audience)
  }

  static let hallway = "walk up and down the hallway for 5 mins after lunch"

  static func atStep(_ lines: [String]) -> [String] {
    DialogueActEngineTests.linesBefore("step_what") + lines
  }

  @Test func partsInTheStepAreTakenAndNotAsked() throws {
    let (state, outputs) = converse(try Self.engine(), Self.atStep([Self.hallway]))
    #expect(state.value("step_what") == .text("walk up and down the hallway"))
    #expect(state.value("step_how_much") == .text("5 mins"))
    #expect(state.value("step_when") == .text("after lunch"))
    #expect(state.current?.question == "step_where")
    #expect(
      outputs.text.contains("I've got how long (5 mins) and when (after lunch) from your step."))
    #expect(!outputs.text.contains("How much will you do?"))
  }

  @Test func aWorkerIsToldAboutTheirStep() throws {
    let (_, outputs) = converse(try Self.engine(.facilitator), Self.atStep([Self.hallway]))
    #expect(outputs.text.contains("from their step."))
  }

  @Test func theReadBackSaysEachPartOnce() throws {
    let lines = Self.atStep([Self.hallway, "in the hallway at home", "every day", "tomorrow"])
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(state.current?.question == "step_check")
    #expect(
      outputs.text.contains(
        "I will walk up and down the hallway for 5 mins after lunch in the hallway at home, every day"
      ))
    #expect(outputs.text.components(separatedBy: "5 mins").count == 3)
  }

  @Test func aPartTakenCanStillBeChangedAtTheReadBack() throws {
    let lines = Self.atStep([
      Self.hallway, "at home", "every day", "tomorrow", "no", "how much", "10 minutes",
    ])
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(state.value("step_how_much") == .text("10 minutes"))
    #expect(state.value("step_when") == .text("after lunch"))
    #expect(state.current?.question == "step_check")
    #expect(outputs.text.contains("Your answer was: 5 mins."))
  }

  @Test func aStepWithNoPartAsksEveryPart() throws {
    let (state, _) = converse(try Self.engine(), Self.atStep(["walk to the end of the road"]))
    #expect(state.value("step_what") == .text("walk to the end of the road"))
    #expect(state.current?.question == "step_how_much")
  }

  @Test(arguments: [
    ("i just said - 5 minutes", "5 minutes"), ("5 minutes, like i said", "5 minutes"),
    ("like i said 5 minutes", "5 minutes"),
  ])
  func aPartSaidAgainKeepsTheWordsAfterTheFrame(line: String, kept: String) throws {
    let lines = Self.atStep(["walk up and down the hallway", line])
    let (state, _) = converse(try Self.engine(), lines)
    #expect(state.value("step_how_much") == .text(kept))
    #expect(state.current?.question == "step_when")
  }

  @Test func aScriptWithoutFillsPartsAsksEveryPart() throws {
    let text = UnderstandingFixtures.text("Prompts/care-planning.yaml")
      .replacingOccurrences(
        of: "fills_parts: [step_how_much, step_when, step_where, step_how_often, step_start_date]",
        with: "")
    let script = try #require(
      ScriptLoader.load(text: text, file: "care-planning.yaml", lexicon: BuiltIn.lexicon).script)
    let engine = Engine(script: script, lexicon: BuiltIn.lexicon, glossary: BuiltIn.glossary)
    let (state, _) = converse(engine, Self.atStep([Self.hallway]))
    #expect(state.value("step_what") == .text(Self.hallway))
    #expect(state.current?.question == "step_how_much")
  }

  @Test func fillsPartsMustNameAPartOfTheStep() throws {
    let text = UnderstandingFixtures.text("Prompts/care-planning.yaml")
      .replacingOccurrences(
        of: "fills_parts: [step_how_much, step_when,", with: "fills_parts: [goal_text, step_when,")
    let result = ScriptLoader.load(
      text: text, file: "care-planning.yaml", lexicon: BuiltIn.lexicon)
    #expect(result.script == nil)
    #expect(
      result.diagnostics.contains { $0.message.contains("fills_parts names 'goal_text'") })
  }
}
