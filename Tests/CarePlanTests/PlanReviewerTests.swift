import CarePlan
import Dialogue
import Foundation
import Testing

private let now = Date(timeIntervalSince1970: 1_795_341_600)
private let later = now.addingTimeInterval(30 * 86_400)

private let reviewYAML = """
  id: review-test
  version: "1"
  title: Review
  sections:
    - group: goals
      repeat:
        over: goals
      sections:
        - id: goal_review
          title: Your goal
          questions:
            - id: how
              text: How did {{previous_goal}} go?
              kind: scale
              plan: goal.progress.rating
            - id: words
              text: In your words?
              plan: goal.progress.text
            - id: decision
              text: Keep, change, drop, or done?
              kind: choice
              choices:
                - { id: keep, text: Keep it }
                - { id: change, text: Change it }
                - { id: drop, text: Drop it }
                - { id: achieved, text: Done it }
              plan: goal.status
            - id: new_goal
              when: decision == "change"
              text: New goal?
              plan: goal.text
        - id: step
          title: Step
          when: decision == "keep" or decision == "change"
          questions:
            - id: step_what
              text: Step?
              plan: goal.action.what
            - id: sure
              text: Sure?
              kind: scale
              plan: goal.confidence
    - id: new
      title: New
      questions:
        - id: matters
          text: Matters now?
          plan: whatMatters
        - id: topics
          text: Topics?
          kind: list
          plan: priorities
        - id: asks
          text: Questions?
          kind: list
          plan: informationNeeds
  """

/// Version 1, as the store keeps it: four goals, one already achieved (which a review leaves
/// alone).
private func firstVersion() -> Plan {
  func goal(_ id: String, _ text: String, step: String, status: String = "active") -> String {
    """
    {"id": "\(id)", "text": "\(text)", "domains": [], "confidence": 6, "barriers": ["rain"],
     "solutions": [], "support": ["my wife"], "reviewDate": null, "status": "\(status)",
     "progress": [], "from": ["goal"],
     "actions": [{"what": "\(step)", "when": "after lunch"}]}
    """
  }
  let goals = [
    goal("goal-1", "walk more", step: "walk to the park"),
    goal("goal-2", "stop smoking", step: "no cigarettes before noon", status: "achieved"),
    goal("goal-3", "sleep better", step: "bed by eleven"),
    goal("goal-4", "cook at home", step: "cook twice a week"),
  ]
  let json = """
    {"schemaVersion": 1, "planId": "plan-abc", "sessionId": "abc", "version": 1,
     "createdAt": "2026-11-22T10:00:00Z", "updatedAt": "2026-11-22T10:00:00Z",
     "status": "complete", "mode": "self", "language": "en-GB",
     "script": {"id": "care-planning", "version": "1.0"},
     "person": {"preferredName": "Sam", "clientRef": null, "support": []},
     "conditions": [],
     "whatMatters": [{"text": "my grandchildren", "domains": [], "from": ["what_matters"]}],
     "priorities": [{"rank": 1, "text": "my hip", "domains": [], "oneThing": true,
                     "from": ["one"]}],
     "informationNeeds": [{"question": "what is HbA1c?", "domains": [], "answeredHere": null,
                           "from": ["q"]}],
     "goals": [\(goals.joined(separator: ","))],
     "reviewDate": null, "safety": [], "notes": [],
     "life": {"goodDay": [], "hardDay": [], "careThatHelps": [], "careThatIsHard": []}}
    """
  return try! PlanJSON.decode(json)
}

@Suite("Reviewing a plan makes its next version")
struct PlanReviewerTests {
  let script: Script

  init() throws {
    script = try #require(
      ScriptLoader.load(text: reviewYAML, file: "review.yaml", lexicon: Lexicon(concepts: []))
        .script)
  }

  func review(_ previous: Plan, _ inputs: [String]) -> Plan {
    let engine = Engine(
      script: script, lexicon: Lexicon(concepts: []),
      background: PlanReviewer.background(for: previous))
    var events: [Event] = [.start(at: later)]
    for (index, input) in inputs.enumerated() {
      events.append(.input(input, at: later.addingTimeInterval(Double(index + 1))))
    }
    let state = engine.replay(events).state
    let builder = PlanBuilder(script: script, concepts: engine.concepts)
    return PlanReviewer(builder: builder).build(
      previous: previous, from: state,
      metadata: .init(
        planID: previous.planId, sessionID: "rev1", version: previous.version + 1,
        createdAt: previous.createdAt, updatedAt: later))
  }

  @Test("only the goals still in progress are reviewed, in the plan's order")
  func backgroundHoldsActiveGoals() {
    let background = PlanReviewer.background(for: firstVersion())
    #expect(background.count(of: "goals") == 3)
    #expect(background.value("previous_goal", of: "goals", at: 1) == "sleep better")
    #expect(
      background.value("previous_step", of: "goals", at: 0) == "walk to the park, after lunch")
    #expect(background.value("previous_confidence", of: "goals", at: 2) == "6")
  }

  @Test("keep, change, drop: each goal gets its progress, status and new step")
  func decisions() {
    let v1 = firstVersion()
    let v2 = review(
      v1,
      [
        "8", "most days", "keep", "walk to the shops", "9",
        "3", "hard to settle", "change", "wind down by ten", "no screens after ten", "5",
        "2", "skip", "drop",
        "skip", "done", "done",
      ])
    #expect(v2.version == 2)
    #expect(v2.planId == "plan-abc")
    #expect(v2.sessionId == "rev1")
    #expect(v2.status == .complete)
    #expect(v2.script.id == "review-test")

    let walk = v2.goals[0]
    #expect(walk.status == .active)
    #expect(walk.progress.map(\.rating) == [8])
    #expect(walk.progress.map(\.text) == ["most days"])
    #expect(walk.actions.map(\.what) == ["walk to the shops"])
    #expect(walk.confidence == 9)
    #expect(walk.barriers == ["rain"], "what is not asked again stays as it was")

    #expect(v2.goals[1] == v1.goals[1], "an achieved goal is not reviewed and not touched")

    let sleep = v2.goals[2]
    #expect(sleep.status == .changed)
    #expect(sleep.text == "sleep better")
    #expect(sleep.actions == v1.goals[2].actions, "a changed goal keeps its old step as history")
    #expect(sleep.progress.first?.text == "hard to settle")

    let cook = v2.goals[3]
    #expect(cook.status == .dropped)
    #expect(cook.progress.map(\.rating) == [2])
    #expect(cook.progress.first?.text == nil)

    #expect(v2.goals.count == 5)
    let replacement = v2.goals[4]
    #expect(replacement.id == "goal-5")
    #expect(replacement.text == "wind down by ten")
    #expect(replacement.status == .active)
    #expect(replacement.actions.map(\.what) == ["no screens after ten"])
    #expect(replacement.confidence == 5)
    #expect(replacement.progress.isEmpty)
  }

  @Test("an achieved goal is marked done; no answer given leaves a goal active and unchanged")
  func achievedAndSkipped() {
    let v1 = firstVersion()
    let v2 = review(v1, ["10", "did it", "4", "skip", "skip", "skip", "skip", "skip", "skip"])
    #expect(v2.goals[0].status == .achieved)
    #expect(v2.goals[0].actions == v1.goals[0].actions)
    #expect(v2.goals[2].status == .active)
    #expect(v2.goals[2].progress.isEmpty)
    #expect(v2.goals[3] == v1.goals[3])
  }

  @Test("new priorities replace the old; new questions join those still open")
  func agenda() {
    let v1 = firstVersion()
    let kept = review(v1, ["skip", "skip", "skip", "skip", "skip", "skip", "skip", "skip"])
    #expect(kept.priorities == v1.priorities)
    #expect(kept.informationNeeds == v1.informationNeeds)
    #expect(kept.whatMatters == v1.whatMatters)

    let changed = review(
      v1,
      [
        "skip", "skip", "skip", "skip", "skip", "skip", "skip", "skip", "skip",
        "seeing friends", "money, my knee", "done", "can I drive?", "done",
      ])
    #expect(changed.priorities.map(\.text) == ["money", "my knee"])
    #expect(changed.priorities.map(\.rank) == [1, 2])
    #expect(changed.informationNeeds.map(\.question) == ["what is HbA1c?", "can I drive?"])
    #expect(changed.whatMatters.map(\.text) == ["my grandchildren", "seeing friends"])
  }

  @Test("a review stopped part way is an in-progress draft of the next version")
  func draft() {
    let v2 = review(firstVersion(), ["8"])
    #expect(v2.status == .inProgress)
    #expect(v2.version == 2)
    #expect(v2.goals[0].progress.map(\.rating) == [8])
  }

  @Test("the changes from one version to the next are said in words")
  func changes() {
    let v1 = firstVersion()
    let v2 = review(
      v1,
      [
        "8", "most days", "keep", "walk to the shops", "9",
        "3", "hard", "change", "wind down", "no screens", "5",
        "2", "skip", "drop", "skip", "money", "done", "skip",
      ])
    let lines = PlanChanges.lines(from: v1, to: v2)
    #expect(lines.contains("Goal: walk more"))
    #expect(lines.contains("  How it went: 8 out of 10. Most days."))
    #expect(lines.contains("  Step: walk to the shops (was walk to the park, after lunch)"))
    #expect(lines.contains("  How sure: 9 out of 10 (was 6 out of 10)"))
    #expect(lines.contains("  Now: changed to a new goal (was in progress)"))
    #expect(lines.contains("  Now: dropped for now (was in progress)"))
    #expect(lines.contains("New goal: wind down"))
    #expect(lines.contains("What I want to talk about: money (was my hip)"))
    #expect(!lines.contains { $0.contains("stop smoking") }, "an untouched goal is not listed")
    #expect(PlanChanges.lines(from: v1, to: v1) == ["Nothing changed."])
  }
}
