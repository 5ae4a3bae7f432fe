import Dialogue
import Testing

@testable import CarePlan

/// Issue 18: a comment the worker typed with a part of the step ("10 minutes, the nurse says
/// 10"), which the conversation said it noted, was in neither the plan nor the worker's copy.
/// Failed before the fix.
@Suite struct StepNoteTests {
  func builder() throws -> PlanBuilder {
    let script = try #require(
      ScriptLoader.load(
        text: PlanBuilderGlossaryTests.scriptYAML, file: "s.yaml", lexicon: Lexicon(concepts: [])
      ).script)
    return PlanBuilder(script: script, concepts: ConceptMatcher(lexicon: Lexicon(concepts: [])))
  }

  func entry(_ field: PlanField, _ text: String, note: String? = nil, given: Int)
    -> PlanBuilder.Entry
  {
    PlanBuilder.Entry(
      field: field, round: 0, text: text, value: .text(text), source: "\(field)", note: note,
      given: given)
  }

  @Test func aNoteWithAPartOfTheStepIsShownBesideTheStep() throws {
    let entries = [
      entry(.actionWhat, "walk to the end of the road", given: 1),
      entry(.actionHowMuch, "10 minutes", note: "the nurse says 10", given: 2),
      entry(.actionWhen, "after lunch", given: 3),
    ]
    let (steps, _) = PlanBuilder.GoalParts.steps(entries, builder: try builder())
    let step = try #require(steps.first)
    #expect(step.howMuch == "10 minutes")
    #expect(step.note == "the nurse says 10")
    var plan = draftPlan()
    plan.goals[0].actions = [step]
    for shown in [
      PlanText.render(plan, footer: testFooter), PlanMarkdown.render(plan, footer: testFooter),
      PlanHTML.render(plan, footer: testFooter),
    ] {
      #expect(shown.contains("the nurse says 10"))
    }
  }

  @Test func aStepSaidWithNothingMoreHasNoNote() throws {
    // Precision: no note is made up, and a part replaced by a later step's own keeps none.
    let entries = [
      entry(.actionWhat, "walk to the end of the road", given: 1),
      entry(.actionHowMuch, "10 minutes", given: 2),
    ]
    let (steps, _) = PlanBuilder.GoalParts.steps(entries, builder: try builder())
    #expect(steps.first?.note == nil)
    // "same time" at how much is not "same, time"; "2 but only the morning one" keeps its
    // words in the step: a note already in the words kept is not said again.
    let inTheWords = [
      entry(
        .actionWhat, "swap a drink, but only the morning one", note: "only the morning one",
        given: 1),
      entry(.actionHowMuch, "same time", note: "time", given: 2),
    ]
    let (kept, _) = PlanBuilder.GoalParts.steps(inTheWords, builder: try builder())
    #expect(kept.first?.note == nil)
  }
}
