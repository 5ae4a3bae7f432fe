import CarePlan
import Dialogue
import Foundation
import Testing

private let now = Date(timeIntervalSince1970: 1_795_341_600)

/// A plan's foot as the default safety file gives it.
let testFooter = PlanFooter(help: [
  "If a life is at risk now, call 999.", "For urgent advice, go to 111.nhs.uk or call 111.",
])

private let exportScript = """
  id: export-test
  version: "1"
  title: Export test
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
        - id: walk
          text: Do you walk?
          kind: yesno
        - id: setting
          text: Who is with you?
          kind: choice
          choices:
            - id: alone
              text: On my own
            - id: helper
              text: With a helper
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
        - id: when
          text: When?
          plan: goal.action.when
        - id: sure
          text: Sure?
          kind: scale
          plan: goal.confidence
        - id: barrier
          text: What might get in the way?
          plan: goal.barriers
  """

private struct Conversation {
  let script: Script
  let state: ConversationState
  let plan: Plan
}

private func converse(_ inputs: [String], planID: String = "plan-1") throws -> Conversation {
  let loaded = ScriptLoader.load(
    text: exportScript, file: "export.yaml", lexicon: Lexicon(concepts: []))
  let script = try #require(loaded.script, "\(loaded.diagnostics)")
  let engine = Engine(script: script, lexicon: Lexicon(concepts: []))
  var events: [Event] = [.start(at: now)]
  for (index, input) in inputs.enumerated() {
    events.append(.input(input, at: now.addingTimeInterval(Double(index + 1))))
  }
  let state = engine.replay(events).state
  let plan = PlanBuilder(script: script, concepts: engine.concepts).build(
    from: state, metadata: .init(planID: planID, createdAt: now, updatedAt: now))
  return Conversation(script: script, state: state, plan: plan)
}

private let answers = [
  "Sam", "Seeing my grandchildren", "My hip", "sleep", "done", "yes", "alone",
  "Walk further", "Walk to the park", "after lunch", "8", "rain",
  "Sleep better", "Bed by 11", "skip", "6", "skip",
]

@Suite("HTML export")
struct PlanHTMLTests {
  @Test("a whole page: doctype, lang from the plan, charset, title, one h1, main landmark")
  func page() throws {
    var plan = try converse(answers).plan
    plan.language = "cy-GB"
    let html = PlanHTML.render(plan, footer: testFooter)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"cy-GB\">"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("<title>My plan (Sam)</title>"))
    #expect(html.components(separatedBy: "<h1>").count == 2)
    #expect(html.contains("<main>") && html.contains("</main>"))
    #expect(html.contains("@page { size: A4"))
    #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
    #expect(html.contains("not medical advice"))
    #expect(
      html.contains(
        "<footer>\n<p>Prepared by me with CareCoach. This is not medical advice. If a life is at risk now, call 999. For urgent advice, go to 111.nhs.uk or call 111.</p>"
      ))
  }

  @Test("the sections say what the outline says, with the one thing marked in words")
  func sections() throws {
    let html = PlanHTML.render(try converse(answers).plan, footer: testFooter)
    for heading in [
      "What matters to me", "What I want to talk about", "My goal 1", "My goal 2",
    ] {
      #expect(html.contains(">\(heading)</h2>"), "missing \(heading)")
    }
    #expect(html.contains("<ol>\n<li>My hip <strong>(the one thing)</strong></li>\n<li>sleep</li>"))
    #expect(html.contains("<li><strong>When:</strong> after lunch</li>"))
    #expect(html.contains("<li><strong>How sure I am:</strong> 8 out of 10</li>"))
    #expect(html.contains("<li><strong>What might get in the way:</strong> rain</li>"))
    let matters = try #require(html.range(of: "What matters to me"))
    let talk = try #require(html.range(of: "What I want to talk about"))
    #expect(matters.lowerBound < talk.lowerBound)
  }

  @Test("every piece of the person's text is escaped: & < > \" '")
  func escaping() throws {
    var plan = try converse(answers).plan
    plan.whatMatters[0].text = "<script>alert('x')</script> & \"more\""
    plan.person.preferredName = "<b>Sam</b>"
    let html = PlanHTML.render(plan, footer: testFooter)
    #expect(!html.contains("<script>"))
    #expect(!html.contains("<b>Sam"))
    #expect(
      html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"))
    #expect(html.contains("<title>My plan (&lt;b&gt;Sam&lt;/b&gt;)</title>"))
  }

  @Test("urgent-help numbers appear only when the safety net raised a flag")
  func safety() throws {
    var plan = try converse(answers).plan
    #expect(!PlanHTML.render(plan, footer: testFooter).contains("If I need help quickly"))
    plan.safety = [
      Plan.SafetyRecord(category: "low-mood", signposting: "Samaritans: call 116 123", at: now)
    ]
    let html = PlanHTML.render(plan, footer: testFooter)
    #expect(html.contains("<section aria-labelledby=\"part-"))
    #expect(html.contains("class=\"urgent\""))
    #expect(html.contains("<li>Samaritans: call 116 123</li>"))
    #expect(PlanMarkdown.render(plan, footer: testFooter).contains("- Samaritans: call 116 123"))
  }

  @Test("an empty plan still says something under its heading")
  func empty() throws {
    let plan = try converse(["skip", "skip", "skip"]).plan
    #expect(
      PlanHTML.render(plan, footer: testFooter).contains("<p>Nothing is written down yet.</p>"))
    #expect(PlanText.render(plan, footer: testFooter).contains("Nothing is written down yet."))
  }
}

@Suite("FHIR export")
struct FHIRBundleTests {
  func bundle(_ inputs: [String] = answers, planID: String = "plan-1") throws -> (
    String, [String: Any]
  ) {
    let talk = try converse(inputs, planID: planID)
    let text = FHIRBundle.make(plan: talk.plan, state: talk.state, script: talk.script)
    let json = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return (text, try #require(json as? [String: Any]))
  }

  func resources(_ bundle: [String: Any]) -> [[String: Any]] {
    ((bundle["entry"] as? [[String: Any]]) ?? []).compactMap { $0["resource"] as? [String: Any] }
  }

  func resource(_ bundle: [String: Any], _ type: String) -> [[String: Any]] {
    resources(bundle).filter { $0["resourceType"] as? String == type }
  }

  @Test("a collection bundle: Patient, QuestionnaireResponse, a Goal per goal, one CarePlan")
  func structure() throws {
    let (_, bundle) = try bundle()
    #expect(bundle["resourceType"] as? String == "Bundle")
    #expect(bundle["type"] as? String == "collection")
    #expect(
      resources(bundle).compactMap { $0["resourceType"] as? String } == [
        "Patient", "QuestionnaireResponse", "Goal", "Goal", "CarePlan",
      ])
    let patient = try #require(resource(bundle, "Patient").first)
    #expect(patient["active"] as? Bool == true)
    #expect((patient["name"] as? [[String: Any]])?.first?["text"] as? String == "Sam")
    #expect(patient["identifier"] == nil)
    let goal = try #require(resource(bundle, "Goal").first)
    #expect(goal["lifecycleStatus"] as? String == "active")
    #expect((goal["description"] as? [String: Any])?["text"] as? String == "Walk further")
  }

  @Test("the answers: one item per given answer, typed values, skipped ones left out")
  func answersAreItems() throws {
    let (_, bundle) = try bundle()
    let response = try #require(resource(bundle, "QuestionnaireResponse").first)
    #expect(response["status"] as? String == "completed")
    let items = try #require(response["item"] as? [[String: Any]])
    let ids = items.compactMap { $0["linkId"] as? String }
    #expect(ids.contains("name") && ids.contains("goal#2") && ids.contains("sure#2"))
    #expect(!ids.contains("when#2"))
    func answer(_ id: String) -> [[String: Any]] {
      (items.first { $0["linkId"] as? String == id }?["answer"] as? [[String: Any]]) ?? []
    }
    #expect(answer("walk").first?["valueBoolean"] as? Bool == true)
    #expect(answer("sure").first?["valueInteger"] as? Int == 8)
    #expect(
      (answer("setting").first?["valueCoding"] as? [String: Any])?["code"] as? String == "alone")
    #expect(answer("topics").compactMap { $0["valueString"] as? String } == ["sleep"])
  }

  @Test("every fullUrl is a urn:uuid and every reference resolves inside the bundle")
  func references() throws {
    let (text, bundle) = try bundle()
    let urls = ((bundle["entry"] as? [[String: Any]]) ?? []).compactMap {
      $0["fullUrl"] as? String
    }
    #expect(urls.count == 5 && Set(urls).count == 5)
    let pattern = /urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/
    for url in urls { #expect(url.wholeMatch(of: pattern) != nil, "\(url)") }
    for match in text.matches(of: /"reference": "([^"]*)"/) {
      #expect(urls.contains(String(match.1)), "dangling \(match.1)")
    }
  }

  @Test("the same plan gives the same bundle; another plan gives other ids")
  func deterministic() throws {
    let (first, _) = try bundle()
    let (second, _) = try bundle()
    #expect(first == second)
    let (other, _) = try bundle(planID: "plan-2")
    #expect(other != first)
  }

  @Test("the CarePlan is a draft proposal by the Patient; each step a detail, never a reference")
  func carePlan() throws {
    let (_, bundle) = try bundle()
    let carePlan = try #require(resource(bundle, "CarePlan").first)
    #expect(carePlan["status"] as? String == "draft")
    #expect(carePlan["intent"] as? String == "proposal")
    #expect((carePlan["goal"] as? [Any])?.count == 2)
    let activities = try #require(carePlan["activity"] as? [[String: Any]])
    #expect(activities.count == 2)
    for activity in activities {
      #expect(activity["reference"] == nil)
      let detail = try #require(activity["detail"] as? [String: Any])
      #expect(detail["status"] as? String == "not-started")
      #expect(detail["performer"] != nil)
    }
    let detail = activities[0]["detail"] as? [String: Any]
    #expect(detail?["description"] as? String == "Walk to the park")
    #expect(detail?["scheduledString"] as? String == "When: after lunch")
  }

  @Test("a conversation left part way is an in-progress response with no goals")
  func partial() throws {
    let (_, bundle) = try bundle(["Sam", "quit"])
    let response = try #require(resource(bundle, "QuestionnaireResponse").first)
    #expect(response["status"] as? String == "in-progress")
    #expect(resource(bundle, "Goal").isEmpty)
    let patient = try #require(resource(bundle, "Patient").first)
    #expect(patient["active"] as? Bool == true)
  }
}
