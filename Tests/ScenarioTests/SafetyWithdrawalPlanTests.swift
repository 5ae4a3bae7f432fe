import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// A notice taken back leaves the plan's views, in every format; the JSON record keeps it, with
/// who took it back, when and why.
@Suite("Safety: a withdrawn notice in the plan")
struct SafetyWithdrawalPlanTests {
  /// Every view of the plan a reader sees, with the default footer.
  static func views(_ plan: Plan, state: ConversationState, engine: Engine) -> [String: String] {
    let footer = PlanFooter(safety: SafetyFixtures.rules)
    return [
      "text": PlanText.render(plan, footer: footer),
      "markdown": PlanMarkdown.render(plan, footer: footer),
      "html": PlanHTML.render(plan, footer: footer),
      "fhir": FHIRBundle.make(plan: plan, state: state, engine: engine),
    ]
  }

  @Test("a notice the person took back: no urgent-help block in any view; the JSON keeps it")
  func personTookItBack() throws {
    let engine = try SafetyFixtures.engine()
    let (state, _) = converse(
      engine, ["Sam", "my husband has collapsed", "that's not what I meant", "1"])
    let plan = try smallPlan(state)
    #expect(plan.safety.map(\.category) == ["collapse-fits-bleeding-allergy"])
    #expect(plan.standingSafety.isEmpty)
    for (format, view) in Self.views(plan, state: state, engine: engine) {
      #expect(!view.contains("If I need help quickly"), "\(format)")
      #expect(!view.contains("collapse"), "\(format)")
    }
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(PlanJSON.encode(plan).utf8)) as? [String: Any])
    let safety = try #require(json["safety"] as? [[String: Any]])
    let withdrawn = try #require(safety.first?["withdrawn"] as? [String: Any])
    #expect(withdrawn["by"] as? String == "person")
    #expect(withdrawn["reason"] as? String == "that's not what I meant")
    #expect(withdrawn["at"] as? String == PlanJSON.timestamp(testNow.addingTimeInterval(180)))
    // And it reads back the same, as a stored version does.
    #expect(try PlanJSON.decode(PlanJSON.encode(plan)).safety == plan.safety)
  }

  @Test("a notice the worker marked: its services leave, unless a notice that stands has them")
  func workerMarkedOneOfTwo() throws {
    let engine = try SafetyFixtures.engine(.facilitator)
    let (state, _) = converse(
      engine,
      [
        "Sam", "I want to kill myself", "carry on", "1", "he hits me", "carry on",
        "/not-a-crisis a line from a film they had seen",
      ])
    let plan = try smallPlan(state)
    #expect(plan.safety.map(\.category) == ["suicidal-thoughts", "abuse-unsafe-home"])
    #expect(plan.safety.first?.withdrawn == nil)
    #expect(plan.safety.last?.withdrawn?.by == .worker)
    let kept = try smallPlan(
      converse(
        engine,
        [
          "Sam", "I want to kill myself", "carry on", "1", "he hits me", "carry on",
          "/not-a-crisis a line from a film", "/not-a-crisis they were quoting someone",
        ]
      ).state)
    #expect(kept.standingSafety.isEmpty)
    // Only the abuse notice taken back: its helpline goes, the 999 line both showed stays.
    let views = Self.views(plan, state: state, engine: engine)
    for format in ["text", "markdown", "html"] {
      let view = try #require(views[format])
      #expect(view.contains("If I need help quickly"), "\(format)")
      #expect(view.contains("116 123"), "\(format)")
      #expect(!view.contains("0808 2000 247"), "\(format)")
    }
  }

  @Test("a review's changes do not list a notice taken back")
  func changesLeaveItOut() throws {
    let engine = try SafetyFixtures.engine()
    let before = try smallPlan(converse(engine, ["Sam"]).state)
    let after = try smallPlan(
      converse(engine, ["Sam", "my husband has collapsed", "that's not what I meant"]).state)
    #expect(!PlanChanges.lines(from: before, to: after).contains { $0.contains("Urgent help") })
  }

  @Test(
    "a worker's put-right, by command or while carrying on: no urgent help in any view",
    arguments: [
      ["Sam", "she has collapsed", "/not-a-crisis she meant her knees gave way last year"],
      ["Sam", "she has collapsed", "carry on", "/not-a-crisis her knees gave way last year"],
      ["Sam", "she has collapsed", "carry on, she meant her knees"],
    ])
  func workerPutRight(lines: [String]) throws {
    let engine = try SafetyFixtures.engine(.facilitator)
    let (state, _) = converse(engine, lines)
    let plan = try smallPlan(state)
    #expect(plan.safety.map(\.category) == ["collapse-fits-bleeding-allergy"], "\(lines)")
    #expect(plan.standingSafety.isEmpty, "\(lines)")
    for (format, view) in Self.views(plan, state: state, engine: engine) {
      #expect(!view.contains("Urgent help"), "\(format) \(lines)")
      #expect(!view.contains("numbers were shown"), "\(format) \(lines)")
      #expect(!view.contains("If I need help quickly"), "\(format) \(lines)")
    }
    // The JSON keeps the notice, marked as withdrawn.
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(PlanJSON.encode(plan).utf8)) as? [String: Any])
    let safety = try #require(json["safety"] as? [[String: Any]])
    #expect(safety.first?["withdrawn"] is [String: Any], "\(lines)")
  }
}
