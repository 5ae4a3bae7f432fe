import CarePlan
import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// "Done when" for the easier way: a person who types like the 70-year-old of the issue ("wat",
/// "dunno", "me feet", "the middle one") finishes in at most 1.1 times the turns of a confident
/// person on the same script, with a plan in their own words and nothing they did not mean.
///
/// A turn is a line the person typed. Both people are transcripts
/// (`people-70-wat-dunno`, `people-confident`), so every word of both conversations is checked
/// too, and each plan field by field (`PeoplePlanTests`).
@Suite("The easier way takes no more turns")
struct EasierTurnsTests {
  static func load(_ name: String) throws -> Transcript {
    let url = TranscriptTests.folder.appendingPathComponent("\(name).transcript")
    return Transcript.parse(try String(contentsOf: url, encoding: .utf8))
  }

  static func run(_ transcript: Transcript) throws -> (ConversationState, Plan) {
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let state = engine.replay(transcript.events).state
    let plan = PlanBuilder(
      script: engine.script, concepts: engine.concepts, glossary: engine.glossary
    )
    .build(from: state, metadata: .init(planID: "p", createdAt: testNow, updatedAt: testNow))
    return (state, plan)
  }

  @Test("the struggling person's turns are at most 1.1 times the confident person's")
  func turnRatio() throws {
    let struggling = try Self.load("people-70-wat-dunno")
    let confident = try Self.load("people-confident")
    let ratio = Double(struggling.inputs.count) / Double(confident.inputs.count)
    print(
      "Turns: struggling \(struggling.inputs.count), confident \(confident.inputs.count), "
        + "ratio \(String(format: "%.2f", ratio))")
    #expect(try Self.run(struggling).0.finished)
    #expect(try Self.run(confident).0.finished)
    #expect(ratio <= 1.1)
    // The confident person never needed the easier way; the struggling person did.
    #expect(try !Self.run(confident).0.easier.isOn)
    #expect(try Self.run(struggling).0.easier.isOn)
  }

  @Test("the struggling person's plan: their goal and step, a sureness they picked, no 'wat'")
  func strugglingPlan() throws {
    let (_, plan) = try Self.run(try Self.load("people-70-wat-dunno"))
    let goal = try #require(plan.goals.first)
    #expect(goal.text == "Get back to seeing the grandkids")
    #expect(goal.actions.first?.what == "walk to the corner shop and back")
    #expect(goal.actions.first?.when == "after breakfast")
    #expect(goal.confidence == 5)
    #expect(goal.confidenceWords == "a bit sure")
    let json = PlanJSON.encode(plan).lowercased()
    for slip in ["wat", "dunno", "the middle one", "the first one", "do u mean"] {
      #expect(!json.contains("\"\(slip)"), "the plan holds '\(slip)' as an answer")
    }
  }

  @Test("Maureen's second try keeps her words in every part, and none of her slips")
  func maureenAgain() throws {
    let (_, plan) = try Self.run(try Self.load("people-19-maureen-again"))
    #expect(plan.person.preferredName == "Maureen")
    let goal = try #require(plan.goals.first)
    let step = try #require(goal.actions.first)
    #expect(step.what == "walk to the gate")
    #expect(step.where == "at the park")
    #expect(step.howOften == "tuesdays")
    #expect(step.when == "nite")
    #expect(goal.earlierSteps?.first?.what == "Go for a short walk, but only round the block")
    #expect(goal.earlierSteps?.first?.howMuch == "30 mins")
    #expect(goal.confidenceWords == "a bit sure")
    let json = PlanJSON.encode(plan).lowercased()
    for slip in ["do wat", "didnt pick", "\"1 but", "depends on", "thats it"] {
      #expect(!json.contains(slip), "the plan holds '\(slip)'")
    }
  }

  @Test("Maureen's last run: every part of her step where she said it, her start day kept")
  func maureenLastRun() throws {
    let (state, plan) = try Self.run(try Self.load("people-22-maureen-last-run"))
    #expect(plan.person.preferredName == "Maureen")
    let goal = try #require(plan.goals.first)
    #expect(goal.text == "go to the corner shop on my own")
    let step = try #require(goal.actions.first)
    #expect(step.what == "Swap one sweet drink for water, but only the morning one")
    // Each part said inside another answer is kept in its own part, as typed.
    #expect(step.howOften == "evry day")
    #expect(step.when == "wiv my brekfast")
    #expect(step.howMuch == nil)
    // "no start tuesdy not monday", with next week's Monday as the start: next week's Tuesday.
    #expect(step.startDate == "2026-12-15")
    #expect(goal.confidence == 5)
    #expect(goal.reviewDate == "2026-12-22")
    #expect(goal.support == ["my daughter but she lives away"])
    // How often was asked for no more than once: it was said inside the answer for how much.
    let key = AnswerKey("step_how_often", round: 0)
    #expect(state.answers[key]?.words == "evry day from nex week")
    let json = PlanJSON.encode(plan).lowercased()
    for slip in ["start tuesdy", "that'l do", "i told u", "i said", "its tuesdays"] {
      #expect(!json.contains(slip), "the plan holds '\(slip)'")
    }
  }

  @Test("Maureen's last run again: her goal idea with her words, her step as she said it, no slips")
  func maureenIdeasAndWords() throws {
    let (state, plan) = try Self.run(try Self.load("people-23-maureen-ideas-and-words"))
    #expect(state.finished)
    #expect(plan.person.preferredName == "Maureen")
    #expect(plan.person.support == ["nobody realy my daughter rings sundays"])
    #expect(plan.life.goodDay.map(\.text) == ["dont get many"])
    #expect(plan.whatMatters.map(\.text) == ["going to the shops on my own and church"])
    let goal = try #require(plan.goals.first)
    // The words after the number are kept with the pick and said back, never glued in.
    #expect(goal.text == "Get back to going to the shops on my own and church")
    #expect(!goal.domains.contains("foot-care"))
    let step = try #require(goal.actions.first)
    // Her step said when ("in the morning"), so when is taken from it and not asked again.
    #expect(step.what == "water insted of sweet drink")
    #expect(step.when == "in the morning")
    #expect(step.howOften == "evry day")
    #expect(goal.confidence == 5)
    #expect(goal.support == ["my daughter but she lives away"])
    let questions = plan.informationNeeds.map(\.question)
    #expect(questions.contains("wat is hba1c"))
    #expect(questions.contains("What are my options?"))
    #expect(!questions.contains { $0.lowercased().contains("pros") && $0.hasPrefix("wat") })
    #expect(!questions.contains("nah"))
    let json = PlanJSON.encode(plan).lowercased()
    for slip in ["\"1 but", "that'l do", "spose so", "ok then", "no ta", "wat does", "wat is pros"]
    {
      #expect(!json.contains(slip), "the plan holds '\(slip)'")
    }
  }

  @Test("Maureen's days put right: her step on the day she said, her yes words, both questions")
  func maureenDaysAndYes() throws {
    let (state, plan) = try Self.run(try Self.load("people-26-maureen-days-and-yes"))
    #expect(state.finished)
    #expect(plan.person.preferredName == "Maureen")
    let goal = try #require(plan.goals.first)
    #expect(goal.text == "Get back to walking to the shops and seeing my friends at church")
    let step = try #require(goal.actions.first)
    #expect(step.what == "Go for a short walk, but only to the gate")
    #expect(step.howMuch == "for couple minutes")
    // "no its tuesdays" put the day right where the step held one, and moved the start.
    #expect(step.when == "tuesday nite")
    #expect(step.howOften == "just the once")
    #expect(step.startDate == "2026-12-15")
    // "in 2 weeks" was never taken for how sure; "depends on my knees", then "ya spose", was.
    #expect(goal.confidence == 5)
    #expect(goal.support == ["me neighbour jean mebbe"])
    #expect(goal.reviewDate == "2026-12-21")
    let questions = plan.informationNeeds.map(\.question)
    #expect(questions.contains("What are my options?"))
    #expect(questions.contains("What are the pros and cons of each option for me?"))
    #expect(!questions.contains { $0.hasPrefix("How do I get support") })
    let json = PlanJSON.encode(plan).lowercased()
    for slip in [
      "ye near", "ye thats", "ya spose", "in 2 weeks", "its tuesdays", "not thursdy", "wat u mean",
      "1 an 2",
    ] {
      #expect(!json.contains(slip), "the plan holds '\(slip)'")
    }
  }

  @Test("Maureen, third run: goal ideas from her words, kind replies, no notice, field by field")
  func maureenKindWords() throws {
    let transcript = try Self.load("people-27-maureen-kind-words")
    let (state, plan) = try Self.run(transcript)
    #expect(state.finished)
    #expect(state.safetyFlags.isEmpty)
    #expect(plan.person.preferredName == "Maureen")
    #expect(plan.person.support == ["nobody now really, my daughter rings sundays"])
    #expect(
      plan.conditions == ["diabetes type 2 and me knees", "an i been low since my hubby past"])
    #expect(plan.life.hardDay.map(\.text) == ["me knees. an its quiet in the house"])
    #expect(plan.life.careThatIsHard.map(\.text) == ["to many tablets"])
    #expect(
      plan.whatMatters.map(\.text) == ["walkin to the shops an seein my freinds at church"])
    #expect(plan.priorities.map(\.text) == ["me knees i spose", "the tablets", "feelin low"])
    let goal = try #require(plan.goals.first)
    #expect(plan.goals.count == 1)
    #expect(goal.text == "Get back to walking to the shops and seeing my friends at church")
    let step = try #require(goal.actions.first)
    #expect(step.what == "walk to the gate")
    #expect(step.howMuch == "cupla minits")
    #expect(step.when == "tuesdy nite")
    #expect(step.howOften == "just the once")
    #expect(goal.confidence == 5)
    #expect(goal.support == ["me neighbour jean mebbe"])
    let questions = plan.informationNeeds.map(\.question)
    #expect(
      questions == [
        "wat is hba1c", "the egfr thing", "What are my options?",
        "What are the pros and cons of each option for me?",
      ])
    let json = PlanJSON.encode(plan).lowercased()
    for slip in ["wats pros", "what is pros", "wat do u mean", "dunno", "ya spose", "\"nah"] {
      #expect(!json.contains(slip), "the plan holds '\(slip)'")
    }
    let said = try String(
      contentsOf: TranscriptTests.folder.appendingPathComponent(
        "people-27-maureen-kind-words.transcript"),
      encoding: .utf8)
    #expect(said.contains("I'm sorry. That sounds hard. Thank you for telling me."))
    #expect(said.contains("I'm sorry. That sounds lonely. Thank you for telling me."))
    #expect(!said.contains("Thank you for being honest. You can talk about this"))
    #expect(said.contains("Your list so far is kept. Let's carry on with it."))
  }

  @Test(
    "each person who struggles says how many turns they took",
    arguments: [
      "people-14-numbers-make-no-sense", "people-15-slow", "people-16-helper-typing",
      "people-70-wat-dunno", "people-confident", "people-14-reads-little",
      "people-17-reads-little-types-short", "people-18-maureen", "people-19-maureen-again",
      "people-22-maureen-last-run",
      "people-23-maureen-ideas-and-words", "people-26-maureen-days-and-yes",
      "people-27-maureen-kind-words",
    ])
  func turnsRecorded(name: String) throws {
    let transcript = try Self.load(name)
    let turns = try #require(transcript.header["turns"].flatMap { Int($0) })
    #expect(turns == transcript.inputs.count, "\(name) says \(turns) turns")
    #expect(try Self.run(transcript).0.finished)
  }
}
