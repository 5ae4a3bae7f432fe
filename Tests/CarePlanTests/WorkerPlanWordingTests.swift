import Dialogue
import Foundation
import Testing

@testable import CarePlan

/// A plan a support worker typed with Mrs Begum and agreed with her nurse: each format speaks
/// of her, says an outcome and its words as sentences, and carries every field the others do.
@Suite("A worker's plan: its voice, its sentences, and every field in every format")
struct WorkerPlanWordingTests {
  static func workerPlan() -> Plan {
    var plan = draftPlan()
    plan.mode = "facilitator"
    plan.version = 2
    plan.person.preferredName = "Mrs Begum"
    plan.conditions = ["COPD"]
    plan.conditionWords = ["she calls it her weak heart"]
    plan.informationNeeds[0].stillOpen = "not yet - the nurse will ring her monday"
    plan.goals[0].actions.append(
      Plan.Action(what: "refer you to pulmonary rehab", by: "Jo Hughes, practice nurse"))
    plan.otherActions = [
      Plan.Action(
        what: "bloods again in 3 months", by: "Jo Hughes, practice nurse", note: "that's march")
    ]
    plan.agreement = Plan.Agreement(
      agreedAt: plan.updatedAt, with: Plan.Professional(name: "Jo Hughes", role: "practice nurse"),
      reviewDate: nil,
      goals: [
        .init(goalId: "goal-1", outcome: .agreedWithChanges, note: "make it 10 minutes not 5"),
        .init(goalId: "goal-2", outcome: .agreed),
      ], recordedBy: "worker", atTheAppointment: true)
    return plan
  }

  static let alsoSaid = ["How much: evry day she said"]

  /// Every format a person or a nurse reads, as words.
  static func formats(_ plan: Plan) -> [String: String] {
    let footer = PlanFooter(help: [])
    func words(_ html: String) -> String {
      html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        .replacingOccurrences(of: "&#39;", with: "'")
    }
    return [
      "text": PlanText.render(plan, width: 300, footer: footer, alsoSaid: alsoSaid),
      "markdown": PlanMarkdown.render(plan, footer: footer, alsoSaid: alsoSaid),
      "html": words(PlanHTML.render(plan, footer: footer, alsoSaid: alsoSaid)),
      "easy read text": EasyReadText.render(plan, width: 300, footer: footer, alsoSaid: alsoSaid),
      "easy read html": words(EasyReadHTML.render(plan, footer: footer, alsoSaid: alsoSaid)),
    ]
  }

  @Test("no heading or sentence of the plan's own speaks as the worker, in any format")
  func noFirstPersonHeadings() {
    for (name, format) in Self.formats(Self.workerPlan()) where !name.hasPrefix("easy read") {
      #expect(format.contains("Other things said (kept, but not in the plan)"), "\(name)")
      for mine in ["Other things I said", "not in my plan", "refer me", "My plan", "I stopped"] {
        #expect(!format.contains(mine), "\(mine) in the \(name) of a worker's plan")
      }
      // The nurse's action is said of Mrs Begum, not to the worker.
      #expect(format.contains("Jo Hughes, practice nurse, will refer them to pulmonary rehab"))
    }
  }

  @Test("an outcome and what was said with it read as sentences, in every format")
  func outcomesAsSentences() {
    for (name, format) in Self.formats(Self.workerPlan()) {
      #expect(format.contains("Not yet. The nurse will ring her Monday."), "\(name)")
      #expect(!format.contains("not yet - the nurse"), "\(name)")
      if !name.hasPrefix("easy read") {
        #expect(format.contains("(Agreed with changes. Make it 10 minutes not 5.)"), "\(name)")
        #expect(
          format.contains(
            "Jo Hughes, practice nurse, will: bloods again in 3 months. Still to do. That's March."),
          "\(name)")
      } else {
        #expect(format.contains("bloods again in 3 months"), "\(name)")
        #expect(format.contains("That's March."), "\(name)")
      }
    }
  }

  @Test("what she calls her condition is in every format, Easy Read included")
  func conditionWordsEverywhere() {
    for (name, format) in Self.formats(Self.workerPlan()) {
      #expect(format.contains("she calls it her weak heart"), "\(name)")
    }
  }

  @Test("FHIR carries the conditions in her words and a question kept open, with its words")
  func fhirCarriesEveryField() throws {
    let plan = Self.workerPlan()
    let held = try agree(draftPlan(), [], with: nurse)
    let text = FHIRBundle.make(plan: plan, state: held.state, engine: held.engine)
    let bundle = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let resources = ((bundle["entry"] as? [[String: Any]]) ?? []).compactMap {
      $0["resource"] as? [String: Any]
    }
    let carePlan = try #require(resources.first { $0["resourceType"] as? String == "CarePlan" })
    let notes = ((carePlan["note"] as? [[String: Any]]) ?? []).compactMap { $0["text"] as? String }
    #expect(notes.contains("Health conditions: COPD"))
    #expect(notes.contains("In their words: she calls it her weak heart"))
    #expect(
      notes.contains(
        "Question to ask: does my thyroid dose need looking at? (Not yet. The nurse will ring her Monday.)"
      ))
    #expect(carePlan["title"] as? String == "Plan for Mrs Begum")
    let goal = try #require(resources.first { $0["resourceType"] as? String == "Goal" })
    let goalNotes = ((goal["note"] as? [[String: Any]]) ?? []).compactMap { $0["text"] as? String }
    #expect(goalNotes.contains { $0.hasPrefix("How sure:") })
    #expect(!goalNotes.contains { $0.hasPrefix("How sure I am") })
  }

  @Test("show --changes shows a question kept open and a change in the condition words")
  func changesShowStillOpenAndConditionWords() {
    let old = Self.workerPlan()
    var new = old
    new.informationNeeds[1].stillOpen = "she forgot to ask"
    new.conditionWords = ["she calls it her weak heart", "her chest"]
    let lines = PlanChanges.lines(from: old, to: new)
    #expect(lines.contains("Question still open: can I drive? Not yet. She forgot to ask."))
    #expect(
      lines.contains(
        "In their words: she calls it her weak heart; her chest (was she calls it her weak heart)"))
  }

  @Test(
    "a professional's action starting with what they will do follows 'will'; one naming it, 'will:'",
    arguments: [
      ("refer me to podiatry", "Jo Hughes will refer you to podiatry"),
      ("recheck my bloods", "Jo Hughes will recheck your bloods"),
      ("Jo will ring me on Monday", "Jo Hughes will ring you on Monday"),
      ("bloods again in 3 months", "Jo Hughes will: bloods again in 3 months"),
      ("a home visit next time", "Jo Hughes will: a home visit next time"),
    ])
  func verbFrame(_ typed: String, _ said: String) {
    #expect(AddressedWords.sentence(typed, by: "Jo Hughes") == said)
  }
}
