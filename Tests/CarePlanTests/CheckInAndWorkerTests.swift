import CarePlan
import Dialogue
import Foundation
import Testing

/// Monday 14 December 2026, 10:00 UTC: the appointment, as `PlanAgreerTests` has it.
private let meeting = Date(timeIntervalSince1970: 1_797_242_400)

/// The end of an agreement: the day the plan gives, to keep, or a new one.
private let keepYAML = """
  id: keep-test
  version: "1"
  title: Keep
  sections:
    - id: next
      title: Next
      questions:
        - id: keep_day
          when: answered(previous_review)
          text: "Your plan says to check in on {{previous_review}}. Keep it?"
          kind: choice
          choices:
            - { id: keep, text: Keep that day }
            - { id: new, text: Pick a new day }
          plan: reviewDateKept
          content_to: new_day
        - id: new_day
          when: not answered(previous_review) or keep_day == "new"
          text: When?
          kind: date
          future: true
          plan: reviewDate
  """

/// A worker's first questions: who helps, and who "me" is when they wrote of themselves.
private let workerYAML = """
  id: worker-test
  version: "1"
  title: Worker
  sections:
    - id: about
      title: About
      questions:
        - id: support
          text: Who helps?
          plan: person.support
        - id: worker_me
          when: answered(facilitating) and (support has "me" or support has "myself")
          text: Who is me?
          plan: preparedBy
  """

/// The draft with its first goal's check-in on Monday 21 December, and no review of its own.
private func planWithACheckIn() -> Plan {
  var plan = draftPlan()
  plan.goals[0].reviewDate = "2026-12-21"
  return plan
}

private func run(
  _ yaml: String, _ inputs: [String], audience: Audience = .person,
  background: Background = .empty
) throws -> (Engine, ConversationState, [Output]) {
  let script = try #require(
    ScriptLoader.load(text: yaml, file: "test.yaml", lexicon: Lexicon(concepts: [])).script)
  let engine = Engine(
    script: script, lexicon: Lexicon(concepts: []), audience: audience, background: background)
  var events: [Event] = [.start(at: meeting)]
  for (index, input) in inputs.enumerated() {
    events.append(.input(input, at: meeting.addingTimeInterval(Double(index + 1))))
  }
  let (state, outputs) = engine.replay(events)
  return (engine, state, outputs)
}

private func agreed(_ previous: Plan, _ inputs: [String]) throws -> Plan {
  let background = PlanAgreer.background(for: previous, professional: nurse, today: meeting)
  let (engine, state, _) = try run(keepYAML, inputs, background: background)
  return PlanAgreer(builder: PlanBuilder(script: engine.script, concepts: engine.concepts)).build(
    previous: previous, from: state, professional: nurse, recordedBy: "worker",
    metadata: .init(
      planID: previous.planId, sessionID: "agr1", version: previous.version + 1,
      createdAt: previous.createdAt, updatedAt: meeting))
}

@Suite("An agreement keeps the plan's one day to check in")
struct AgreedCheckInTests {
  @Test("a plan with only a goal's check-in offers that day, not a blank question")
  func offersTheGoalsCheckIn() {
    let offered = PlanAgreer.background(
      for: planWithACheckIn(), professional: nurse, today: meeting)
    #expect(offered.names[Background.Name.reviewDay] == "Monday 21 December 2026")
    var past = planWithACheckIn()
    past.goals[0].reviewDate = "2026-12-01"
    let none = PlanAgreer.background(for: past, professional: nurse, today: meeting)
    #expect(none.names[Background.Name.reviewDay] == nil)
  }

  @Test("keep makes the goal's check-in the plan's next review, so the plan shows one day")
  func keepIsTheNextReview() throws {
    let plan = try agreed(planWithACheckIn(), ["keep"])
    #expect(plan.reviewDate == "2026-12-21")
    #expect(plan.agreement?.reviewDate == "2026-12-21")
    let text = PlanText.render(plan, width: 200, footer: PlanFooter(help: []))
    #expect(
      text.contains("When I will check in\n--------------------\n  - Monday 21 December 2026"))
    #expect(!text.contains("Next review"))
    #expect(text.contains("Check in: Monday 21 December 2026"))
    #expect(!text.contains("Check in on this step"))
  }

  @Test("a day typed instead of keep or new is the new day, said back, not refused")
  func aDayTypedIsTheNewDay() throws {
    let background = PlanAgreer.background(
      for: planWithACheckIn(), professional: nurse, today: meeting)
    let (_, state, outputs) = try run(keepYAML, ["in a month"], background: background)
    #expect(state.answers[AnswerKey("keep_day")]?.value == .choice("new"))
    #expect(state.answers[AnswerKey("new_day")]?.value == .date(Day(year: 2027, month: 1, day: 14)))
    let said = outputs.flatMap(Transcript.lines(for:)).joined(separator: "\n")
    #expect(!said.contains("couldn't match"))
    let plan = try agreed(planWithACheckIn(), ["in a month"])
    #expect(plan.reviewDate == "2027-01-14")
    // The goal's own check-in stays, labelled as the step's, beside the plan's next review.
    let text = PlanText.render(plan, width: 200, footer: PlanFooter(help: []))
    #expect(text.contains("Check in on this step: Monday 21 December 2026"))
    #expect(
      text.contains("When I will check in\n--------------------\n  - Thursday 14 January 2027"))
    #expect(!text.contains("Next review"))
  }
}

@Suite("A worker's 'me' in the plan is named")
struct WorkerMeTests {
  @Test("a worker who types me is asked who that is; a person on their own is not")
  func askedOnlyOfAWorker() throws {
    let (_, worker, _) = try run(
      workerYAML, ["her son, and me twice a week"], audience: .facilitator)
    #expect(worker.current == AnswerKey("worker_me"))
    let (_, person, _) = try run(workerYAML, ["her son, and me twice a week"])
    #expect(person.finished)
    let (_, noMe, _) = try run(workerYAML, ["her son Imran"], audience: .facilitator)
    #expect(noMe.finished)
  }

  @Test("the plan names the worker where they typed me, and says who prepared it")
  func namedInThePlan() throws {
    let (engine, state, _) = try run(
      workerYAML, ["her son, and me twice a week", "Dev, support worker"], audience: .facilitator)
    let plan = PlanBuilder(script: engine.script, concepts: engine.concepts).build(
      from: state,
      metadata: .init(planID: "p", createdAt: meeting, updatedAt: meeting, mode: "facilitator"))
    // Who helps is kept one person to an item.
    #expect(plan.person.support == ["her son", "Dev (support worker) twice a week"])
    #expect(plan.preparedBy == "Dev, support worker")
    let text = PlanText.render(plan, width: 200, footer: PlanFooter(help: []))
    #expect(text.contains("Prepared by Dev (support worker) with"))
    #expect(!text.contains("and me twice"))
  }

  @Test("me is a whole word; 'me (Dev)' already says who; a skipped name is their role")
  func wording() throws {
    #expect(PlanBuilder.workerNamed("Dev, support worker") == "Dev (support worker)")
    #expect(PlanBuilder.workerNamed("Dev") == "Dev")
    for (typed, planned) in [
      (
        "meals on wheels, and me on tuesdays",
        ["meals on wheels", "their support worker on tuesdays"]
      ),
      ("me (Dev) on tuesdays", ["me (Dev) on tuesdays"]),
    ] {
      let (engine, state, _) = try run(workerYAML, [typed, "skip"], audience: .facilitator)
      let plan = PlanBuilder(script: engine.script, concepts: engine.concepts).build(
        from: state,
        metadata: .init(planID: "p", createdAt: meeting, updatedAt: meeting, mode: "facilitator"))
      #expect(plan.person.support == planned)
      #expect(plan.preparedBy == nil)
    }
  }
}
