import CarePlan
import Dialogue
import Foundation
import Testing

/// Monday 14 December 2026, 10:00 UTC: the appointment.
private let appointment = Date(timeIntervalSince1970: 1_797_242_400)

private let agreeYAML = """
  id: agree-test
  version: "1"
  title: Agree
  sections:
    - group: goals
      repeat:
        over: goals
      sections:
        - id: agree_goal
          title: Goal
          questions:
            - id: outcome
              text: "{{previous_goal}}: agreed with {{professional_name}}?"
              kind: choice
              choices:
                - { id: agreed, text: Agreed }
                - { id: agreed-with-changes, text: With changes }
                - { id: not-now, text: Not now }
              plan: goal.agreement
            - id: new_text
              when: outcome == "agreed-with-changes"
              text: Goal now?
              plan: goal.text
            - id: new_step
              when: outcome == "agreed-with-changes"
              text: Step now?
              plan: goal.action.what
            - id: new_where
              when: outcome == "agreed-with-changes"
              text: Where now?
              plan: goal.action.where
            - id: sure_now
              when: answered(new_step) or answered(new_where)
              text: How sure now?
              kind: scale
              min: 0
              max: 10
              plan: goal.confidence
            - id: theirs
              text: What will {{professional}} do?
              kind: list
              plan: goal.professionalActions
    - group: questions
      repeat:
        over: questions
      sections:
        - id: asked
          title: Question
          questions:
            - id: answered
              text: "{{previous_question}}: answered?"
              kind: yesno
            - id: answer
              when: answered
              text: The answer?
              plan: question.answer
    - id: next
      title: Next
      questions:
        - id: review
          text: When?
          kind: date
          plan: reviewDate
  """

/// The person's own draft, as the store keeps it: two goals, two questions.
func draftPlan() -> Plan {
  let json = """
    {"schemaVersion": 1, "planId": "plan-abc", "sessionId": "abc", "version": 1,
     "createdAt": "2026-11-22T10:00:00Z", "updatedAt": "2026-11-22T10:00:00Z",
     "status": "complete", "mode": "self", "language": "en-GB",
     "script": {"id": "care-planning", "version": "1.0"},
     "person": {"preferredName": "Sam", "clientRef": null, "support": []},
     "conditions": [], "whatMatters": [], "priorities": [],
     "informationNeeds": [
       {"question": "does my thyroid dose need looking at?", "domains": [],
        "answeredHere": null, "from": ["q"]},
       {"question": "can I drive?", "domains": [], "answeredHere": null, "from": ["q"]}],
     "goals": [
       {"id": "goal-1", "text": "look after my feet", "domains": [], "confidence": 7,
        "barriers": [], "solutions": [], "support": [], "reviewDate": null, "status": "active",
        "progress": [], "from": ["goal"],
        "actions": [{"what": "check my feet each night", "when": "at bedtime"}]},
       {"id": "goal-2", "text": "walk more", "domains": [], "confidence": 5,
        "barriers": [], "solutions": [], "support": [], "reviewDate": null, "status": "active",
        "progress": [], "from": ["goal"],
        "actions": [{"what": "walk to the shop", "when": "after lunch"}]}],
     "reviewDate": null, "safety": [], "notes": [],
     "life": {"goodDay": [], "hardDay": [], "careThatHelps": [], "careThatIsHard": []}}
    """
  return try! PlanJSON.decode(json)
}

/// An agreement held, with the engine and answers the FHIR export reads.
struct Agreed {
  let engine: Engine
  let state: ConversationState
  let plan: Plan

  var fhir: [String: Any] {
    let text = FHIRBundle.make(plan: plan, state: state, engine: engine)
    return (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
  }

  func resources(_ type: String) -> [[String: Any]] {
    ((fhir["entry"] as? [[String: Any]]) ?? []).compactMap { $0["resource"] as? [String: Any] }
      .filter { $0["resourceType"] as? String == type }
  }
}

/// The first goal agreed with the nurse's own action, the second not now; the first question
/// answered, the second still open.
let agreedAnswers = [
  "1", "refer me to podiatry", "done",
  "3", "skip",
  "yes", "my dose stays the same for now", "no",
  "2027-01-25",
]

func agree(
  _ previous: Plan, _ inputs: [String], with professional: Plan.Professional,
  recordedBy: String? = nil, agreedAt: Date? = nil
) throws -> Agreed {
  let script = try #require(
    ScriptLoader.load(text: agreeYAML, file: "agree.yaml", lexicon: Lexicon(concepts: [])).script)
  let engine = Engine(
    script: script, lexicon: Lexicon(concepts: []),
    background: PlanAgreer.background(
      for: previous, professional: professional, today: appointment))
  var events: [Event] = [.start(at: appointment)]
  for (index, input) in inputs.enumerated() {
    events.append(.input(input, at: appointment.addingTimeInterval(Double(index + 1))))
  }
  let state = engine.replay(events).state
  let plan = PlanAgreer(builder: PlanBuilder(script: script, concepts: engine.concepts)).build(
    previous: previous, from: state, professional: professional, recordedBy: recordedBy,
    agreedAt: agreedAt,
    metadata: .init(
      planID: previous.planId, sessionID: "agr1", version: previous.version + 1,
      createdAt: previous.createdAt, updatedAt: appointment))
  return Agreed(engine: engine, state: state, plan: plan)
}

let nurse = Plan.Professional(name: "Sam Patel", role: "practice nurse")

@Suite("Agreeing a plan with a professional makes its agreed version")
struct PlanAgreerTests {
  @Test("each goal's outcome, who agreed it, when, and the review date, as the contract has them")
  func agreement() throws {
    let agreed = try agree(draftPlan(), agreedAnswers, with: nurse).plan
    #expect(agreed.version == 2)
    let agreement = try #require(agreed.agreement)
    #expect(agreement.with == nurse)
    #expect(agreement.agreedAt == appointment)
    #expect(agreement.reviewDate == "2027-01-25")
    #expect(agreed.reviewDate == "2027-01-25")
    #expect(
      agreement.goals == [
        .init(goalId: "goal-1", outcome: .agreed), .init(goalId: "goal-2", outcome: .notNow),
      ])
    #expect(agreement.recordedBy == nil)
    let json = PlanJSON.encode(agreed)
    #expect(json.contains("\"outcome\" : \"not-now\""))
    #expect(json.contains("\"organisation\" : null"))
  }

  @Test("the professional's actions are theirs, by name and role; the person's step stays theirs")
  func professionalActions() throws {
    let goal = try #require(try agree(draftPlan(), agreedAnswers, with: nurse).plan.goals.first)
    #expect(goal.actions.map(\.what) == ["check my feet each night", "refer me to podiatry"])
    #expect(goal.actions.map(\.by) == [nil, "Sam Patel, practice nurse"])
    #expect(goal.actions.first?.when == "at bedtime")
  }

  @Test("a goal agreed with changes takes the new words and step; not now leaves it as it was")
  func changes() throws {
    let inputs = [
      "2", "walk to the shop twice a week", "walk for 10 minutes", "skip", "8", "skip", "3",
      "skip", "no", "no", "2027-01-25",
    ]
    let previous = draftPlan()
    let goals = try agree(previous, inputs, with: nurse).plan.goals
    #expect(goals[0].text == "walk to the shop twice a week")
    #expect(goals[0].actions.map(\.what) == ["walk for 10 minutes"])
    #expect(goals[0].confidence == 8)
    #expect(goals[1].text == previous.goals[1].text)
    #expect(goals[1].actions == previous.goals[1].actions)
  }

  @Test("a changed step keeps every part not changed; the old step stays in the record")
  func changedPartsCarryOver() throws {
    // Only where changes: what and when are the step's own still.
    let inputs = ["2", "skip", "skip", "in the garden", "skip", "skip", "3", "skip", "no", "no"]
    let previous = draftPlan()
    let goal = try agree(previous, inputs, with: nurse).plan.goals[0]
    let step = try #require(goal.ownStep)
    #expect(step.what == "check my feet each night")
    #expect(step.when == "at bedtime")
    #expect(step.where == "in the garden")
    #expect(goal.earlierSteps == [previous.goals[0].actions[0]])
    // How sure was asked again and skipped: the old score was for the old step.
    #expect(goal.confidence == nil)
    #expect(goal.text == previous.goals[0].text)
  }

  @Test("a goal whose outcome is skipped stays in the plan, marked not agreed now")
  func skippedOutcomeIsNotNow() throws {
    let inputs = ["skip", "skip", "1", "skip", "no", "no", "2027-01-25"]
    let agreed = try agree(draftPlan(), inputs, with: nurse).plan
    #expect(agreed.agreement?.outcome(of: "goal-1") == .notNow)
    #expect(agreed.goals[0].status == .active)
    let text = PlanText.render(agreed, width: 200, footer: testFooter)
    #expect(text.contains("Goal: look after my feet (not agreed now)"))
  }

  @Test("the plan's review day is offered to keep while still to come, and a past one is not")
  func reviewDayKept() throws {
    var ahead = draftPlan()
    ahead.reviewDate = "2027-03-14"
    let offered = PlanAgreer.background(for: ahead, professional: nurse, today: appointment)
    #expect(offered.names[Background.Name.reviewDay] == "Sunday 14 March 2027")
    // No new day given: the plan's own is kept.
    let kept = try agree(ahead, ["1", "skip", "3", "skip", "no", "no", "skip"], with: nurse).plan
    #expect(kept.reviewDate == "2027-03-14")
    #expect(kept.agreement?.reviewDate == "2027-03-14")

    var past = draftPlan()
    past.reviewDate = "2026-12-01"
    let notOffered = PlanAgreer.background(for: past, professional: nurse, today: appointment)
    #expect(notOffered.names[Background.Name.reviewDay] == nil)
    let dropped = try agree(past, ["1", "skip", "3", "skip", "no", "no", "skip"], with: nurse)
    #expect(dropped.plan.reviewDate == nil)
  }

  @Test("an answered question keeps the answer in the person's words; the other stays open")
  func questions() throws {
    let agreed = try agree(draftPlan(), agreedAnswers, with: nurse).plan
    #expect(agreed.informationNeeds.map(\.answer) == ["my dose stays the same for now", nil])
    #expect(PlanAgreer.openQuestions(in: agreed).map(\.question) == ["can I drive?"])
  }

  @Test("a later review reads back the person's own step, and keeps the professional's actions")
  func laterReview() throws {
    let agreed = try agree(draftPlan(), agreedAnswers, with: nurse).plan
    let goals = PlanReviewer.background(for: agreed).lists["goals"] ?? []
    #expect(goals.first?[Background.GoalField.step] == "check my feet each night, at bedtime")
    let changes = PlanChanges.lines(from: draftPlan(), to: agreed)
    #expect(changes.first == "Agreed with Sam Patel, practice nurse, on Monday 14 December 2026.")
    // In the person's own plan the professional's action is said in their voice.
    #expect(changes.contains("  Sam Patel, practice nurse, will refer me to podiatry"))
    // Each goal's outcome, as the plan shows it beside the goal.
    #expect(changes.contains { $0.hasPrefix("Goal: ") && $0.hasSuffix("(agreed)") })
    #expect(!changes.contains { $0.contains("Step:") })
    #expect(
      changes.contains(
        "Question answered: does my thyroid dose need looking at? Answer: my dose stays the "
          + "same for now (was not answered)"))
    // A question typed without its question mark gets one, so the answer reads apart; words
    // that are not a question ("what my results mean") end with a full stop instead.
    var plain = draftPlan()
    plain.informationNeeds[0].question = "how long will it last"
    let answered = try agree(plain, agreedAnswers, with: nurse).plan
    #expect(
      PlanChanges.lines(from: plain, to: answered).contains {
        $0.hasPrefix("Question answered: how long will it last? Answer: ")
      })
    plain.informationNeeds[0].question = "what my spirometry results mean"
    let meaning = try agree(plain, agreedAnswers, with: nurse).plan
    #expect(
      PlanChanges.lines(from: plain, to: meaning).contains {
        $0.hasPrefix("Question answered: what my spirometry results mean. Answer: ")
      })
  }

  @Test("a worker typing it in afterwards is recorded as having written it down")
  func recordedByWorker() throws {
    let agreed = try agree(
      draftPlan(), agreedAnswers, with: nurse, recordedBy: "worker",
      agreedAt: appointment.addingTimeInterval(-86_400)
    ).plan
    #expect(agreed.agreement?.recordedBy == "worker")
    #expect(agreed.agreement?.atTheAppointment == nil)
    let text = PlanText.render(agreed, footer: testFooter)
    #expect(text.contains("Written down afterwards by a support worker."))
  }

  /// Issue 18: `agree latest --with ...` by a worker, with no day given, said "Recorded with
  /// Sam Patel at the appointment", though a worker types in afterwards what was agreed.
  @Test("a worker agreeing with no day given is still said to have written it down afterwards")
  func recordedByWorkerWithNoDay() throws {
    let agreed = try agree(draftPlan(), agreedAnswers, with: nurse, recordedBy: "worker").plan
    #expect(agreed.agreement?.recordedBy == "worker")
    #expect(agreed.agreement?.atTheAppointment == nil)
    let text = PlanText.render(agreed, footer: testFooter)
    #expect(text.contains("Written down afterwards by a support worker."))
    #expect(!text.contains("at the appointment."))
  }

  @Test("a plan saved as recorded at the appointment still says so")
  func savedAsRecordedThere() throws {
    var agreed = try agree(draftPlan(), agreedAnswers, with: nurse, recordedBy: "worker").plan
    agreed.agreement?.atTheAppointment = true
    let text = PlanText.render(agreed, footer: testFooter)
    #expect(text.contains("Recorded with \(nurse.name) at the appointment."))
    #expect(!text.contains("afterwards"))
  }
}

@Suite("Who a plan is agreed with: NAME, ROLE")
struct ProfessionalTests {
  @Test(
    "a name, a role and an organisation are read, with spaces taken off",
    arguments: [
      ("Sam Patel", Plan.Professional(name: "Sam Patel")),
      (
        "  Sam Patel ,  practice nurse ",
        Plan.Professional(name: "Sam Patel", role: "practice nurse")
      ),
      ("Dr Khan,", Plan.Professional(name: "Dr Khan")),
      (
        "Sam Patel, practice nurse, Riverside Surgery, Leeds",
        Plan.Professional(
          name: "Sam Patel", role: "practice nurse", organisation: "Riverside Surgery, Leeds")
      ),
      (
        "Sam Patel,, Riverside Surgery",
        Plan.Professional(name: "Sam Patel", organisation: "Riverside Surgery")
      ),
    ])
  func reads(text: String, expected: Plan.Professional) throws {
    #expect(try Plan.Professional.parse(text) == expected)
  }

  @Test(
    "what cannot be read says why",
    arguments: [
      ("", Plan.Professional.Problem.empty),
      ("   ", .empty),
      (",", .noName),
      (" , practice nurse", .noName),
      ("Sam Patel\npractice nurse", .notOneLine),
      (String(repeating: "a", count: 151), .tooLong(limit: 150)),
    ])
  func refuses(text: String, problem: Plan.Professional.Problem) {
    #expect(throws: problem) { try Plan.Professional.parse(text) }
  }
}

@Suite("An agreed plan in text, Markdown and HTML")
struct AgreedPlanRenderingTests {
  @Test(
    "every format opens with who agreed it and when; the next review is in the check-in section")
  func agreedLine() throws {
    let agreed = try agree(draftPlan(), agreedAnswers, with: nurse).plan
    let line = "Agreed with Sam Patel, practice nurse, on Monday 14 December 2026."
    let text = PlanText.render(agreed, width: 200, footer: testFooter)
    let markdown = PlanMarkdown.render(agreed, footer: testFooter)
    let html = PlanHTML.render(agreed, footer: testFooter)
    for rendered in [text, markdown, html] {
      let agreedAt = try #require(rendered.range(of: line))
      let review = try #require(rendered.range(of: "Monday 25 January 2027"))
      let firstPart = try #require(rendered.range(of: "My plan in short"))
      let checkIn = try #require(rendered.range(of: "When I will check in"))
      #expect(agreedAt.lowerBound < firstPart.lowerBound)
      #expect(checkIn.lowerBound < review.lowerBound)
      #expect(!rendered.contains("Next review"))
    }
    // "My plan" speaks in the person's voice, the professional's actions too.
    #expect(text.contains("Sam Patel, practice nurse, will refer me to podiatry"))
    #expect(!text.contains("refer you to podiatry"))
    #expect(text.contains("Goal: look after my feet (agreed)"))
    #expect(text.contains("Goal: walk more (not agreed now)"))
    #expect(
      text.contains(
        "Answers I was given\n-------------------\n"
          + "  - does my thyroid dose need looking at?: my dose stays"))
  }

  @Test("an agreement stopped part way says who it is with, and that nothing is agreed yet")
  func underWay() throws {
    let underWay = try agree(draftPlan(), ["1"], with: nurse).plan
    let text = PlanText.render(underWay, width: 200, footer: testFooter)
    #expect(text.contains("Being agreed with Sam Patel, practice nurse. Not agreed yet."))
    #expect(!text.contains("Agreed with"))
    let check = PlanText.render(underWay.readyToCheck, width: 200, footer: testFooter)
    #expect(check.contains("Agreed with Sam Patel, practice nurse, on Monday 14 December 2026."))
  }

  @Test("a draft says nothing of an agreement")
  func draftSaysNothing() {
    let text = PlanText.render(draftPlan(), footer: testFooter)
    #expect(!text.contains("Agreed with"))
    #expect(!text.contains("Next review"))
  }
}
