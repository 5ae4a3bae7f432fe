import CarePlan
import Dialogue
import Foundation
import Testing

private let now = Date(timeIntervalSince1970: 1_795_341_600)

private let script = """
  id: plan-test
  version: "2"
  title: Plan test
  sections:
    - id: about
      title: About
      questions:
        - id: name
          text: Name?
          plan: person.preferredName
        - id: matters
          text: What matters?
          plan: whatMatters
        - id: one
          text: The one thing?
          plan: oneThing
        - id: topics
          text: Topics?
          kind: list
          plan: priorities
        - id: asks
          text: Questions?
          kind: list
          plan: informationNeeds
    - id: goal
      title: Goal
      repeat:
        max: 2
      questions:
        - id: goal
          text: Goal?
          plan: goal.text
        - id: step
          text: Step?
          plan: goal.action.what
        - id: start
          text: Start?
          kind: date
          plan: goal.action.startDate
        - id: sure
          text: Sure?
          kind: scale
          plan: goal.confidence
        - id: smaller
          text: Smaller step?
          plan: goal.action.what
        - id: sure_again
          text: Sure now?
          kind: scale
          plan: goal.confidence
  """

@Suite("Plan builder")
struct PlanBuilderTests {
  func build(_ inputs: [String]) throws -> Plan {
    let loaded = ScriptLoader.load(text: script, file: "plan.yaml", lexicon: Lexicon(concepts: []))
    let script = try #require(loaded.script, "\(loaded.diagnostics)")
    let engine = Engine(script: script, lexicon: Lexicon(concepts: []))
    var events: [Event] = [.start(at: now)]
    for (index, input) in inputs.enumerated() {
      events.append(.input(input, at: now.addingTimeInterval(Double(index + 1))))
    }
    let state = engine.replay(events).state
    return PlanBuilder(script: script, concepts: engine.concepts).build(
      from: state,
      metadata: .init(planID: "p1", sessionID: "s1", createdAt: now, updatedAt: now))
  }

  let full = [
    "Sam", "Walking my dog", "My hip", "hip, sleep", "done", "what is HbA1c?", "done",
    "Walk further", "Walk to the park", "2026-12-01", "4", "Walk to the corner", "8",
    "Sleep better", "Bed by 11", "2026-12-02", "9", "skip", "skip",
  ]

  @Test("answers land in the plan fields the script maps them to, in the person's words")
  func fieldsAreFilled() throws {
    let plan = try build(full)
    #expect(plan.person.preferredName == "Sam")
    #expect(plan.whatMatters.map(\.text) == ["Walking my dog"])
    #expect(plan.whatMatters.first?.from == ["matters"])
    // "My hip", the one thing, and "hip" in the list are one item, listed once.
    #expect(plan.priorities.map(\.text) == ["My hip", "sleep"])
    #expect(plan.priorities.map(\.rank) == [1, 2])
    #expect(plan.priorities.first?.from == ["one", "topics"])
    #expect(plan.priorities.first?.oneThing == true)
    #expect(plan.informationNeeds.map(\.question) == ["what is HbA1c?"])
    #expect(plan.script.id == "plan-test")
    #expect(plan.script.version == "2")
    #expect(plan.status == .complete)
  }

  /// "Not a question exactly, but you never asked about my mood" was once filed as a question
  /// to ask (and a FHIR "Question to ask").
  @Test("an item that says it is not a question is kept as a thing to talk about")
  func notAQuestionIsToTalkAbout() throws {
    let mood = "Not a question exactly, but you never asked about my mood - it is ok most days"
    var inputs = full
    inputs.insert(mood, at: 6)
    let plan = try build(inputs)
    #expect(plan.informationNeeds.map(\.question) == ["what is HbA1c?"])
    #expect(plan.priorities.map(\.text) == ["My hip", "sleep", mood])
    #expect(plan.priorities.last?.from == ["asks"])
  }

  @Test(arguments: [
    ("Not really a question, just to say I sleep badly", true),
    ("Just wanted to say thank you", true), ("is it ok just to say no to the statin?", false),
    ("what questions should I ask?", false),
  ])
  func whatIsNotAQuestion(text: String, notOne: Bool) {
    #expect(PlanBuilder.isNotAQuestion(text) == notOne)
  }

  @Test("an agenda item said again with its reason as the one thing is listed once")
  func oneThingWithAReasonIsTheSameItem() throws {
    var lines = full
    lines[2] = "me knees so i can walk the dog"
    lines[3] = "me knees, sleep"
    let plan = try build(lines)
    #expect(plan.priorities.map(\.text) == ["me knees so i can walk the dog", "sleep"])
  }

  @Test("a goal typed with 'my goal is' is shown from the goal itself")
  func goalLeadInIsLeftOff() throws {
    var lines = full
    lines[7] = "me goal is to walk further"
    let plan = try build(lines)
    #expect(plan.goals.first?.text == "walk further")
  }

  @Test("each round of a repeating section is its own goal; later answers to a field stand")
  func goalsPerRound() throws {
    let plan = try build(full)
    #expect(plan.goals.count == 2)
    let first = plan.goals[0]
    #expect(first.id == "goal-1")
    #expect(first.text == "Walk further")
    #expect(first.actions.first?.what == "Walk to the corner")
    #expect(first.actions.first?.startDate == "2026-12-01")
    #expect(first.confidence == 8)
    #expect(first.from == ["goal", "step", "start", "sure", "smaller", "sure_again"])
    let second = plan.goals[1]
    #expect(second.id == "goal-2")
    #expect(second.actions.first?.what == "Bed by 11")
    #expect(second.confidence == 9)
    #expect(second.from.contains("goal#2"))
  }

  @Test("the plan's safety list holds each notice shown: category, numbers and time")
  func safetyIsFilled() throws {
    let rules = SafetyRules(
      services: [
        SafetyService(id: "sam", name: "Samaritans", contact: "call 116 123", say: "Call.")
      ],
      categories: [
        SafetyCategory(
          id: "low-mood", title: "Support", level: .support, message: "Hello.", signpost: ["sam"],
          patterns: ["so low"]),
        SafetyCategory(
          id: "medicine", title: "Ask", level: .appointment, message: "Ask at the appointment.",
          signpost: [], patterns: ["should i stop [my] {meds}"]),
      ])
    var withGroups = rules
    withGroups.groups = [Lexicon.Concept(id: "meds", terms: ["insulin", "tablets"])]
    let loaded = ScriptLoader.load(text: script, file: "plan.yaml", lexicon: Lexicon(concepts: []))
    let script = try #require(loaded.script)
    let engine = Engine(
      script: script, lexicon: Lexicon(concepts: []), safety: SafetyNet(rules: withGroups))
    let state = engine.replay([
      .start(at: now), .input("Sam", at: now.addingTimeInterval(1)),
      .input("I feel so low", at: now.addingTimeInterval(2)),
      .input("carry on", at: now.addingTimeInterval(3)),
      .input("should I stop my insulin?", at: now.addingTimeInterval(4)),
      .input("Walking my dog", at: now.addingTimeInterval(5)),
    ]).state
    let plan = PlanBuilder(script: script, concepts: engine.concepts).build(
      from: state,
      metadata: .init(planID: "p1", sessionID: "s1", createdAt: now, updatedAt: now))
    #expect(plan.safety.count == 1)
    #expect(plan.safety.first?.category == "low-mood")
    #expect(plan.safety.first?.signposting == "Samaritans: call 116 123")
    #expect(plan.safety.first?.at == now.addingTimeInterval(2))
    // The line that set off the notice is not an answer: the question was put again.
    #expect(plan.whatMatters.map(\.text) == ["Walking my dog"])
    #expect(!PlanJSON.encode(plan).contains("so low"))
    #expect(plan.informationNeeds.map(\.question) == ["should I stop my insulin?"])
  }

  @Test("skipped answers leave nothing behind in the plan")
  func skippedLeavesNothing() throws {
    let plan = try build(["skip", "skip", "skip"])
    #expect(plan.person.preferredName == nil)
    #expect(plan.whatMatters.isEmpty)
    #expect(plan.priorities.isEmpty)
  }

  @Test("JSON round-trips and keeps the contract's required keys, nulls included")
  func json() throws {
    let plan = try build(full)
    let text = PlanJSON.encode(plan)
    for key in [
      "\"schemaVersion\" : 1", "\"planId\" : \"p1\"", "\"status\" : \"complete\"",
      "\"createdAt\" : \"2026-11-22T10:00:00Z\"", "\"answeredHere\" : null",
      "\"reviewDate\" : null",
      "\"safety\" : [", "\"goals\" : [",
    ] {
      #expect(text.contains(key), "missing \(key)")
    }
    #expect(try PlanJSON.decode(text) == plan)
  }

  @Test("Markdown and text say the same things, and the person's words are never markup")
  func markdownAndText() throws {
    var plan = try build(full)
    plan.whatMatters[0].text = "*bold* <b>tag</b> # not a heading"
    let markdown = PlanMarkdown.render(plan, footer: testFooter)
    #expect(markdown.hasPrefix("# My plan (Sam)\n"))
    #expect(
      markdown.contains("## What I want to talk about\n\n1. My hip (the one thing)\n2. sleep"))
    #expect(markdown.contains("- \\*bold\\* \\<b>tag\\</b> # not a heading"))
    #expect(markdown.contains("This is not medical advice."))
    let text = PlanText.render(plan, width: 40, footer: testFooter)
    #expect(text.hasPrefix("My plan (Sam)\n"))
    #expect(text.contains("Starting: Tuesday 1 December 2026"))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 })
  }
}

@Suite("Plan builder: answers from the glossary")
struct PlanBuilderGlossaryTests {
  static let glossaryYAML = """
    terms:
      - id: hba1c
        term: HbA1c
        kind: test
        synonyms: [a1c]
        explanation: HbA1c is a blood test.
      - id: egfr
        term: eGFR
        kind: result
        explanation: eGFR shows how well your kidneys work.
    """

  static let scriptYAML = """
    id: needs
    version: "1"
    title: Needs
    sections:
      - id: one
        title: One
        questions:
          - id: name
            text: Name?
            plan: person.preferredName
          - id: asks
            text: Questions?
            kind: list
            plan: informationNeeds
    """

  func plan(_ inputs: [String], glossaryInPlan: Bool = true) throws -> Plan {
    let glossary = try #require(
      Glossary.load(yaml: PlanBuilderGlossaryTests.glossaryYAML, file: "g.yaml").glossary)
    let loaded = ScriptLoader.load(
      text: PlanBuilderGlossaryTests.scriptYAML, file: "s.yaml", lexicon: Lexicon(concepts: []))
    let script = try #require(loaded.script, "\(loaded.diagnostics)")
    let engine = Engine(script: script, lexicon: Lexicon(concepts: []), glossary: glossary)
    var events: [Event] = [.start(at: now)]
    for (index, input) in inputs.enumerated() {
      events.append(.input(input, at: now.addingTimeInterval(Double(index + 1))))
    }
    let state = engine.replay(events).state
    let builder =
      glossaryInPlan
      ? PlanBuilder(script: script, concepts: engine.concepts, glossary: glossary)
      : PlanBuilder(script: script, concepts: engine.concepts)
    return builder.build(
      from: state, metadata: .init(planID: "p1", createdAt: now, updatedAt: now))
  }

  @Test("a question that names a known term records the plain answer given")
  func answeredHere() throws {
    let plan = try plan(["what is a1c?", "Sam", "my eGFR, a frobnicator, HbA1c and eGFR", "done"])
    #expect(
      plan.informationNeeds.map(\.question) == [
        "my eGFR", "a frobnicator", "HbA1c", "eGFR", "what is a1c?",
      ])
    #expect(
      plan.informationNeeds.map(\.answeredHere) == [
        "eGFR shows how well your kidneys work.", nil, "HbA1c is a blood test.",
        "eGFR shows how well your kidneys work.", "HbA1c is a blood test.",
      ])
    #expect(plan.informationNeeds.last?.from == ["rule:glossary"])
  }

  @Test("the same words, built twice, give the same plan; no glossary, no answers")
  func deterministic() throws {
    let inputs = ["Sam", "HbA1c", "done"]
    #expect(try plan(inputs) == plan(inputs))
    #expect(try plan(inputs, glossaryInPlan: false).informationNeeds.map(\.answeredHere) == [nil])
  }
}
