import CarePlan
import Dialogue
import Foundation
import Testing

/// The plan as a clinician reads it: each item on the agenda once, the step as it stands, the
/// version and day, the questions grouped with bare "what is X?" folded into fuller ones, and
/// the plan in short at the top of every format. Built with the real lexicon and glossary, as
/// these decisions rest on them.
private let now = Date(timeIntervalSince1970: 1_796_551_200)  // Sunday 6 December 2026, 10:00

private let root: URL = {
  var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  while folder.path != "/",
    !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
  {
    folder.deleteLastPathComponent()
  }
  return folder
}()

private func prompts(_ name: String) throws -> String {
  try String(contentsOf: root.appendingPathComponent("Prompts/\(name)"), encoding: .utf8)
}

private let clinicianScript = """
  id: clinician-test
  version: "1"
  title: Clinician test
  sections:
    - id: about
      title: About
      questions:
        - id: name
          text: Name?
          plan: person.preferredName
        - id: one_thing
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
      questions:
        - id: goal_text
          text: Goal?
          plan: goal.text
        - id: step_what
          text: Step?
          plan: goal.action.what
        - id: step_how_much
          text: How much?
          plan: goal.action.howMuch
        - id: step_when
          text: When?
          plan: goal.action.when
        - id: step_how_often
          text: How often?
          plan: goal.action.howOften
        - id: smaller_step
          text: Smaller step?
          plan: goal.action.what
  """

/// Sam: the one thing said again in the list, a bare "what is TSH" beside a fuller question
/// about TSH, and a smaller step that says its own amount.
let clinicianAnswers = [
  "Sam", "my knee pain", "knee pain", "knee replacement", "my sugar levels", "done",
  "what is TSH", "My TSH was 6.2 - does my levothyroxine dose need looking at?",
  "what is HbA1c", "can I still drive", "will my tablets change", "done",
  "walk more", "do my knee exercises", "10 minutes", "after breakfast", "every day",
  "do my knee exercises for 5 minutes",
]

struct ClinicianPlan {
  let plan: Plan
  let builder: PlanBuilder

  init(
    _ inputs: [String] = clinicianAnswers, mode: String? = nil, version: Int = 1
  ) throws {
    let lexicon = try #require(
      Lexicon.load(yaml: try prompts("lexicon.yaml"), file: "lexicon.yaml").lexicon)
    let glossary = try #require(
      Glossary.load(yaml: try prompts("glossary.yaml"), file: "glossary.yaml").glossary)
    let loaded = ScriptLoader.load(text: clinicianScript, file: "c.yaml", lexicon: lexicon)
    let script = try #require(loaded.script, "\(loaded.diagnostics)")
    let engine = Engine(script: script, lexicon: lexicon, glossary: glossary)
    var events: [Event] = [.start(at: now)]
    for (index, input) in inputs.enumerated() {
      events.append(.input(input, at: now.addingTimeInterval(Double(index + 1))))
    }
    let state = engine.replay(events).state
    builder = PlanBuilder(script: script, concepts: engine.concepts, glossary: glossary)
    plan = builder.build(
      from: state,
      metadata: .init(
        planID: "plan-sam", sessionID: "s-sam", version: version, createdAt: now,
        updatedAt: now.addingTimeInterval(60), mode: mode))
  }
}

private let footer = PlanFooter(help: ["If a life is at risk now, call 999."])

@Suite("The plan a clinician reads")
struct ClinicianPlanTests {
  @Test("the one thing said again in the list is listed once; a different item is not merged")
  func agendaOnce() throws {
    let plan = try ClinicianPlan().plan
    #expect(plan.priorities.map(\.text) == ["my knee pain", "knee replacement", "my sugar levels"])
    #expect(plan.priorities.map(\.rank) == [1, 2, 3])
    #expect(plan.priorities.map(\.oneThing) == [true, false, false])
    #expect(plan.priorities[0].from == ["one_thing", "topics"])
    let text = PlanText.render(plan, footer: footer)
    #expect(occurrences(of: "knee pain", in: text) == 2)  // the summary and the agenda
  }

  @Test(
    "agenda items are one only when they say the same thing",
    arguments: [
      (["my knee pain", "knee pain"], ["my knee pain"]),
      (["knee pain", "pain in my knee"], ["knee pain"]),
      (["me feet", "my feet"], ["me feet"]),
      (["knee pain", "knee replacement"], ["knee pain", "knee replacement"]),
      (
        ["My knee pain, because it stops me walking", "My knee pain"],
        ["My knee pain, because it stops me walking"]
      ),
      (
        ["my knee pain because it hurts", "my hip pain"],
        ["my knee pain because it hurts", "my hip pain"]
      ),
      (["my knees", "my knee pain"], ["my knee pain"]),
      (
        ["my breathing", "my breathing when I walk"], ["my breathing", "my breathing when I walk"]
      ),
      (
        ["my sugar levels", "my sugars - they are all over the place"],
        ["my sugar levels", "my sugars - they are all over the place"]
      ),
    ])
  func sameness(items: [String], expected: [String]) throws {
    let inputs = ["Sam", "skip"] + items + ["done", "done", "skip", "skip", "skip", "skip"]
    let plan = try ClinicianPlan(inputs + ["skip", "skip"]).plan
    #expect(plan.priorities.map(\.text) == expected)
  }

  @Test("a bare 'what is X' folds into a fuller question about X, and only then")
  func questionsFolded() throws {
    let plan = try ClinicianPlan().plan
    #expect(
      plan.informationNeeds.map(\.question) == [
        "My TSH was 6.2 - does my levothyroxine dose need looking at?", "what is HbA1c",
        "can I still drive", "will my tablets change",
      ])
    #expect(plan.informationNeeds[0].answeredHere?.hasPrefix("TSH is") == true)
    #expect(plan.informationNeeds[0].domains.contains("medicines"))
    #expect(plan.informationNeeds[0].domains.contains("tests-and-results"))
    #expect(plan.informationNeeds[1].domains == ["tests-and-results"])
  }

  @Test("the step that stands is the smaller one, with no amount said for the first")
  func smallerStep() throws {
    let goal = try #require(try ClinicianPlan().plan.goals.first)
    #expect(goal.actions.map(\.what) == ["do my knee exercises for 5 minutes"])
    #expect(goal.actions.first?.howMuch == nil)
    #expect(goal.actions.first?.when == "after breakfast")
    #expect(goal.actions.first?.howOften == "every day")
    #expect(goal.earlierSteps?.map(\.what) == ["do my knee exercises"])
    #expect(goal.earlierSteps?.first?.howMuch == "10 minutes")
    for format in ClinicianPlanTests.formats(try ClinicianPlan().plan) {
      #expect(!format.contains("10 minutes"))
      #expect(format.contains("do my knee exercises for 5 minutes"))
    }
    let json = PlanJSON.encode(try ClinicianPlan().plan)
    #expect(json.contains("\"earlierSteps\""))
    #expect(try PlanJSON.decode(json) == (try ClinicianPlan().plan))
  }

  @Test("version 1 says its version and the day it was prepared, in every format")
  func versionAndDay() throws {
    for format in ClinicianPlanTests.formats(try ClinicianPlan().plan) {
      #expect(format.contains("Version 1, prepared on Sunday 6 December 2026."))
    }
    for format in ClinicianPlanTests.formats(try ClinicianPlan(version: 3).plan) {
      let flat = format.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(
        flat.contains(
          "Version 3, updated at a review on Sunday 6 December 2026. First prepared on Sunday 6 "
            + "December 2026."))
    }
  }

  @Test("questions are grouped: results and tests, medicines, then the rest")
  func questionGroups() throws {
    let markdown = PlanMarkdown.render(try ClinicianPlan().plan, footer: footer)
    #expect(
      markdown.contains(
        "## My questions about results and tests\n\n- what is HbA1c\n\n"
          + "## My questions about medicines\n\n"
          + "- My TSH was 6.2 - does my levothyroxine dose need looking at?\n"
          + "- will my tablets change\n\n## My other questions\n\n- can I still drive\n"))
    var one = try ClinicianPlan().plan
    one.informationNeeds = [one.informationNeeds[2]]
    #expect(PlanMarkdown.render(one, footer: footer).contains("## My questions\n\n- can I"))
  }

  @Test("every format opens with the plan in short, before urgent help and the full plan")
  func summaryFirst() throws {
    var plan = try ClinicianPlan().plan
    plan.safety = [
      Plan.SafetyRecord(
        category: "suicidal-thoughts", signposting: "Samaritans: call 116 123", at: now)
    ]
    let expected = [
      "Urgent help: the numbers were shown during this conversation. They are in the box below.",
      "The one thing: my knee pain",
      "Goal: walk more. Next step: do my knee exercises for 5 minutes, every day, after "
        + "breakfast",
      "To ask: My TSH was 6.2 - does my levothyroxine dose need looking at?",
      "To ask: what is HbA1c", "To ask: can I still drive", "And 1 more question below.",
    ]
    let markdown = PlanMarkdown.render(plan, footer: footer)
    let summary = try #require(markdown.range(of: "## My plan in short\n\n"))
    let urgent = try #require(markdown.range(of: "## If I need help quickly"))
    let firstSection = try #require(markdown.range(of: "\n## "))
    #expect(firstSection.upperBound == markdown.index(summary.lowerBound, offsetBy: 3))
    #expect(summary.upperBound < urgent.lowerBound)
    let lines = markdown[summary.upperBound..<urgent.lowerBound]
      .split(separator: "\n").map(String.init)
    #expect(lines == expected.map { "- " + $0 })
    let html = PlanHTML.render(plan, footer: footer)
    #expect(html.contains("<section aria-labelledby=\"part-1\" class=\"summary\">"))
    #expect(html.contains("<li><strong>The one thing:</strong> my knee pain</li>"))
    let text = PlanText.render(plan, width: 200, footer: footer)
    let inShort = try #require(text.range(of: "My plan in short\n"))
    let help = try #require(text.range(of: "If I need help quickly"))
    #expect(inShort.upperBound < help.lowerBound)
    for line in expected { #expect(text.contains("  - " + line)) }
  }

  @Test("a plan with nothing to sum up has no summary")
  func noSummary() throws {
    let plan = try ClinicianPlan(["Sam", "skip", "done", "done", "skip", "skip"]).plan
    #expect(!PlanMarkdown.render(plan, footer: footer).contains("My plan in short"))
  }

  @Test("a plan typed with a worker never says 'prepared by me', in any format or copy")
  func preparedWithAWorker() throws {
    let plan = try ClinicianPlan(mode: "facilitator").plan
    let noHelp = PlanFooter(help: [])
    for copy in [Plan.Copy.person, .worker] {
      for format in [
        PlanText.render(plan, footer: noHelp, copy: copy),
        PlanMarkdown.render(plan, footer: noHelp, copy: copy),
        PlanHTML.render(plan, footer: noHelp, copy: copy),
      ] {
        #expect(!format.contains("Prepared by me"))
        #expect(format.contains("Prepared by a support worker with"))
      }
    }
    #expect(PlanJSON.encode(plan).contains("\"mode\" : \"facilitator\""))
    #expect(PlanText.render(try ClinicianPlan().plan, footer: noHelp).contains("Prepared by me"))
  }

  @Test("a review typed with a worker says so, though the first version was the person's own")
  func reviewWithAWorker() throws {
    let sam = try ClinicianPlan(mode: "self")
    let reviewed = PlanReviewer(builder: sam.builder).build(
      previous: sam.plan, from: ConversationState(),
      metadata: .init(
        planID: "plan-sam", version: 2, createdAt: now, updatedAt: now, mode: "facilitator"))
    #expect(reviewed.mode == "facilitator")
    #expect(PlanText.render(reviewed, footer: footer).contains("Prepared by a support worker with"))
  }

  static func formats(_ plan: Plan) -> [String] {
    [
      PlanText.render(plan, footer: footer), PlanMarkdown.render(plan, footer: footer),
      PlanHTML.render(plan, footer: footer),
    ]
  }
}

private func occurrences(of needle: String, in text: String) -> Int {
  text.components(separatedBy: needle).count - 1
}

/// Sam's plan in every format, against copies reviewed by hand in `Tests/Fixtures/plans/`:
/// the JSON field by field, the others line by line, so a failure names what moved.
/// `UPDATE_GOLDEN=1` rewrites them after a deliberate change; review the diff.
@Suite("The clinician's plan, golden in every format")
struct ClinicianGoldenTests {
  static let folder = root.appendingPathComponent("Tests/Fixtures/plans")

  static func rendered(_ plan: Plan) -> [(file: String, text: String)] {
    [
      ("clinician.plan.json", PlanJSON.encode(plan)),
      ("clinician.txt", PlanText.render(plan, footer: footer)),
      ("clinician.md", PlanMarkdown.render(plan, footer: footer)),
      ("clinician.html", PlanHTML.render(plan, footer: footer)),
    ]
  }

  @Test("each format matches its golden copy")
  func golden() throws {
    let plan = try ClinicianPlan().plan
    for (file, actual) in Self.rendered(plan) {
      let url = Self.folder.appendingPathComponent(file)
      if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(
          at: Self.folder, withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        continue
      }
      let expected = try String(contentsOf: url, encoding: .utf8)
      if file.hasSuffix(".json") {
        let actualFields = try Self.fields(of: actual)
        let expectedFields = try Self.fields(of: expected)
        #expect(Set(actualFields.keys) == Set(expectedFields.keys), "\(file): fields differ")
        for key in expectedFields.keys.sorted() {
          #expect(actualFields[key] == expectedFields[key], "\(file): '\(key)' differs")
        }
      } else {
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        for (index, line) in expectedLines.enumerated() {
          let got = index < actualLines.count ? actualLines[index] : "(no line)"
          #expect(got == line, "\(file): line \(index + 1) differs")
          if got != line { break }
        }
        #expect(actualLines.count == expectedLines.count, "\(file): line count differs")
      }
    }
  }

  @Test("the golden check can fail")
  func goldenCanFail() throws {
    var plan = try ClinicianPlan().plan
    plan.priorities[0].text = "my hip"
    let expected = try String(
      contentsOf: Self.folder.appendingPathComponent("clinician.txt"), encoding: .utf8)
    #expect(PlanText.render(plan, footer: footer) != expected)
  }

  static func fields(of json: String) throws -> [String: String] {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    var result: [String: String] = [:]
    for (key, value) in object {
      let data = try JSONSerialization.data(
        withJSONObject: ["v": value], options: [.sortedKeys, .fragmentsAllowed])
      result[key] = String(decoding: data, as: UTF8.self)
    }
    return result
  }
}
