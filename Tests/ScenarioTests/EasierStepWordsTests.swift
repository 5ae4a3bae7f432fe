import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// The easier way's offers for a step (the numbered steps from the person's own areas of life,
/// and the two versions of a vague step) keep the person's words, never the number they typed.
@Suite("The easier way: a step picked from an offer")
struct EasierStepWordsTests {
  /// At the step question the easier way, with the walking step first among the choices.
  static func atStepChoices() -> CarePlanningRun {
    var run = CarePlanningRun()
    run.skip(until: "goal_text")
    run.say(["easier please", "walk to the shops", "no"])
    #expect(run.current == "step_what")
    #expect(run.last.text.contains("1. Go for a short walk"))
    return run
  }

  @Test(
    "a number with the option's words keeps the option, never the number",
    arguments: ["1 a short walk", "1. short walk", "the first one a short walk", "3 a short walk"])
  func numberWithTheOptionsWords(line: String) {
    var run = Self.atStepChoices()
    run.say(line)
    #expect(run.state.value("step_what") == .text("Go for a short walk"))
  }

  @Test("a number with words of the person's own keeps both, never the number")
  func numberWithOwnWords() {
    var run = Self.atStepChoices()
    run.say("1 but only round the block")
    #expect(run.state.value("step_what") == .text("Go for a short walk, but only round the block"))
  }

  @Test("a number with words after it is said back as the step it picked")
  func pickSaidBack() {
    var run = Self.atStepChoices()
    run.say("1 but only round the block")
    #expect(run.last.text.contains("OK: Go for a short walk, but only round the block."))
  }

  @Test("a place typed at how often goes to where, which the easier way does not ask")
  func placeAtHowOften() {
    var run = Self.atStepChoices()
    run.say(["1", "20 mins", "after tea"])
    #expect(run.current == "step_how_often")
    run.say("at the park")
    #expect(run.state.value("step_where") == .text("at the park"))
    #expect(run.state.value("step_how_often") == nil)
    #expect(run.last.text.contains("I've written that down for where: at the park."))
    #expect(run.current == "step_how_often")
  }

  @Test(
    "a number with a place or a time after it picks the option and keeps the words",
    arguments: [
      ("1 to the gate and back", "Go for a short walk, to the gate and back"),
      ("1 round the block", "Go for a short walk, round the block"),
    ])
  func numberWithPlaceOrTime(line: String, step: String) {
    var run = Self.atStepChoices()
    run.say(line)
    #expect(run.state.value("step_what") == .text(step))
    #expect(run.current == "step_how_much")
  }

  @Test("a number with a time of day after it picks the option, and the time is its when")
  func numberWithTimeOfDay() {
    var run = Self.atStepChoices()
    run.say("1 in the morning")
    #expect(run.state.value("step_what") == .text("Go for a short walk"))
    #expect(run.state.value("step_when") == .text("in the morning"))
    #expect(run.current == "step_how_much")
  }

  @Test("a number with a range after it is not a pick")
  func rangeIsNotAPick() {
    var run = Self.atStepChoices()
    run.say("2 to 3 times")
    #expect(run.state.value("step_what") != .text("Ask the nurse to check my inhaler, to 3 times"))
  }

  @Test("a number with an amount after it is not a pick")
  func amountIsNotAPick() {
    var run = Self.atStepChoices()
    run.say("2 laps of the garden")
    #expect(run.state.value("step_what") != .text("Ask the nurse to check my inhaler"))
  }

  /// At the two versions of "walk to the corner shop and back".
  static func atVersions() -> CarePlanningRun {
    var run = CarePlanningRun()
    run.skip(until: "goal_text")
    run.say(["easier please", "walk further", "no", "walk to the corner shop and back"])
    #expect(run.last.text.contains("Keep my own words"))
    return run
  }

  @Test(
    "words that change the step, typed at the versions, are added to it",
    arguments: ["but only round the block", "shorter"])
  func modifierAmendsTheStep(line: String) {
    var run = Self.atVersions()
    run.say(line)
    #expect(run.state.value("step_what") == .text("walk to the corner shop and back, \(line)"))
    #expect(run.last.text.contains("I've kept your step and added: \(line)."))
  }

  @Test("a version picked with words of the person's own keeps the version and the words")
  func versionWithOwnWords() {
    var run = Self.atVersions()
    run.say("2 but only round the block")
    #expect(
      run.state.value("step_what")
        == .text("walk to the corner shop and back, but only round the block"))
    #expect(run.state.value("step_how_often") == .text("twice a week"))
  }

  @Test("a new step typed at the versions is still the new step")
  func newStepReplaces() {
    var run = Self.atVersions()
    run.say("swim at the pool")
    #expect(run.state.value("step_what") == .text("swim at the pool"))
  }
}
