import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// Maureen's fourth run (people-28): her own lines, replayed for the last rough edges. The plan
/// is checked field by field, and the transcript for what was said back at each edge.
@Suite struct MaureenRoughEdgesTests {
  static let name = "people-28-maureen-rough-edges"

  @Test("Maureen, fourth run: days put right, words taken out, a hedged yes, field by field")
  func maureenRoughEdges() throws {
    let transcript = try EasierTurnsTests.load(Self.name)
    let (state, plan) = try EasierTurnsTests.run(transcript)
    #expect(state.finished)
    #expect(state.safetyFlags.isEmpty)
    #expect(state.value("results_letter") == .yesNo(true))
    #expect(plan.person.preferredName == "Maureen")
    #expect(
      plan.conditions == [
        "sugar diabetis type 2 and my knees r bad", "i been low since my husband past",
      ])
    #expect(plan.life.careThatIsHard.map(\.text) == ["to many tablets"])
    #expect(plan.priorities.map(\.text) == ["me knees i spose", "the tablets", "feelin low"])
    let goal = try #require(plan.goals.first)
    #expect(plan.goals.count == 1)
    #expect(goal.text == "Get back to walking to the shops and seeing the grandkids")
    // The words typed with the goal's number are kept beside the goal, not glued to it.
    #expect(goal.textNote == "only to the gate to start")
    let step = try #require(goal.actions.first)
    #expect(step.what == "walk to the gate and back")
    #expect(step.howMuch == "cupla mins")
    #expect(step.when == "after me dinner")
    #expect(step.howOften == "tuesday and thursdy nite")
    #expect(step.startDate == "2026-12-15")
    #expect(goal.confidence == 5)
    #expect(goal.reviewDate == "2026-12-21")
    let questions = plan.informationNeeds.map(\.question)
    #expect(
      questions == [
        "What are my options?", "What are the pros and cons of each option for me?",
      ])
    let json = PlanJSON.encode(plan).lowercased()
    for slip in [
      "sumthing come in the post", "did say", "its tuesdays", "reveiw",
      "first bit",
    ] {
      #expect(!json.contains(slip), "the plan holds '\(slip)'")
    }
  }

  @Test("each edge is said back where it happened")
  func saidBack() throws {
    let said = try String(
      contentsOf: TranscriptTests.folder.appendingPathComponent("\(Self.name).transcript"),
      encoding: .utf8)
    let kind = try #require(said.range(of: "I'm sorry. That sounds hard."))
    let done = try #require(said.range(of: "> done"))
    #expect(kind.lowerBound < done.lowerBound)
    #expect(said.contains("I've kept your words with it: only to the gate to start."))
    #expect(said.contains("Which day should Tuesday take the place of?"))
    #expect(said.contains("I've changed how often to: Tuesday and Thursday night."))
    #expect(said.contains("I've taken \"did say\" out of your step."))
    #expect(said.contains("Your answer was: walk to the gate and back."))
    #expect(said.contains("Your surgery sets the date of your review"))
    #expect(!said.contains("glass of water"))
  }
}
