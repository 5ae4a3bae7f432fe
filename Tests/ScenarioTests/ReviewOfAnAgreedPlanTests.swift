import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// A review of a plan agreed with a nurse: what the nurse did and will still do stays theirs,
/// in the plan, in what changed and in the FHIR export.
@Suite("A review of an agreed plan")
struct ReviewOfAnAgreedPlanTests {
  static let agreed = "agree-1-with-the-nurse.plan.json"

  /// The review where the referral is done, with words, and the hip check still to do.
  func doneWithWords() throws -> (
    previous: Plan, next: Plan, state: ConversationState, said: String, engine: Engine
  ) {
    let run = try TranscriptTests.replayReview(
      "now: 2026-12-20T10:00:00Z\nreview-of: \(Self.agreed)\n",
      [
        "8", "going well", "keep it as it is", "yes, I've got my first session on the 20th",
        "not yet", "skip",
      ])
    return (run.previous, run.next, run.state, run.said, run.engine)
  }

  @Test("an action said done stays, done, with the person's words, in the plan and the changes")
  func doneStaysWithWords() throws {
    let review = try doneWithWords()
    let goal = review.next.goals[0]
    let referral = try #require(goal.professionalActions.first { $0.what.contains("physio") })
    #expect(referral.done == true)
    #expect(referral.doneWords == "I've got my first session on the 20th")
    #expect(goal.professionalActionsToDo.map(\.what) == ["check my hip"])
    let shown = PlanText.render(review.next, width: 200, footer: PlanFooter(help: []))
    #expect(
      shown.contains(
        "Done: Sam Patel, practice nurse, will refer me to physio. I've got my first session on the 20th"
      ))
    let changes = PlanChanges.lines(from: review.previous, to: review.next).joined(separator: "\n")
    #expect(changes.contains("Done: Sam Patel, practice nurse, will refer me to physio"))
    // Not asked again at the next review: only what is still to do is.
    let background = PlanReviewer.background(for: review.next)
    let item = try #require(background.lists["goals"]?.first)
    #expect(item[Background.GoalField.theirAction(1)]?.contains("check") == true)
    #expect(item[Background.GoalField.theirAction(2)] == nil)
  }

  @Test(
    "FHIR after the review: the nurse still performs their actions; statuses say what was learned"
  )
  func fhirKeepsTheNurse() throws {
    let review = try doneWithWords()
    let json = FHIRBundle.make(plan: review.next, state: review.state, engine: review.engine)
    let bundle = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let resources = ((bundle["entry"] as? [[String: Any]]) ?? []).compactMap {
      $0["resource"] as? [String: Any]
    }
    func of(_ type: String) -> [[String: Any]] {
      resources.filter { $0["resourceType"] as? String == type }
    }
    let carePlan = try #require(of("CarePlan").first)
    #expect(carePlan["status"] as? String == "active")
    #expect(carePlan["intent"] as? String == "plan")
    let role = try #require(of("PractitionerRole").first)
    #expect(!of("Practitioner").isEmpty)
    let roleURL = "urn:uuid:" + ((role["id"] as? String) ?? "")
    func reference(_ value: Any?) -> String? {
      (value as? [String: Any])?["reference"] as? String
    }
    #expect((carePlan["contributor"] as? [Any])?.map(reference).contains(roleURL) == true)
    let details = ((carePlan["activity"] as? [[String: Any]]) ?? []).compactMap {
      $0["detail"] as? [String: Any]
    }
    func detail(_ words: String) -> [String: Any]? {
      details.first { ($0["description"] as? String)?.contains(words) == true }
    }
    let referral = try #require(detail("physio"))
    #expect(((referral["performer"] as? [Any]) ?? []).map(reference) == [roleURL])
    #expect(referral["status"] as? String == "completed")
    let hip = try #require(detail("hip"))
    #expect(((hip["performer"] as? [Any]) ?? []).map(reference) == [roleURL])
    #expect(hip["status"] as? String == "not-started")
    let step = try #require(
      details.first { ((($0["performer"] as? [Any]) ?? []).map(reference)).first != roleURL })
    #expect(step["status"] as? String == "in-progress")
    let notes = (carePlan["note"] as? [[String: Any]])?.compactMap { $0["text"] as? String }
    #expect(notes?.contains { $0.hasPrefix("Last agreed with Sam Patel") } == true)
  }

  @Test("what a professional typed as 'you' reads as 'me' in the person's plan")
  func inMyVoice() {
    #expect(
      AddressedWords.sentence(
        "refer you to pulmonary rehab", by: "Jo Adams, practice nurse", inMyVoice: true)
        == "Jo Adams, practice nurse, will refer me to pulmonary rehab")
    #expect(AddressedWords.mine("check your inhaler technique") == "check my inhaler technique")
  }
}

/// A review where the words after the number, the "not yet" and the yes are what matter
/// (reviewed-6-said-with-words): each kept as the item's note, said back, and in the plan.
@Suite("A review keeps what was said after the pick")
struct ReviewSaidWithWordsTests {
  func reviewed() throws -> (plan: Plan, said: String, fhir: String) {
    let url = TranscriptTests.folder.appendingPathComponent(
      "reviewed-6-said-with-words.transcript")
    let transcript = Transcript.parse(try String(contentsOf: url, encoding: .utf8))
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let previous = try #require(TranscriptTests.reviewedPlan(transcript))
    let (state, outputs) = engine.replay(transcript.events)
    let plan = TranscriptTests.reviewPlan(
      previous, engine, state, at: transcript.events.last?.at ?? transcript.start)
    let said = outputs.flatMap(Transcript.lines(for:)).joined(separator: "\n")
    return (plan, said, FHIRBundle.make(plan: plan, state: state, engine: engine))
  }

  @Test("'not yet - Jo will ring me on Monday' keeps the action to do, with its note")
  func notYetWithWords() throws {
    let review = try reviewed()
    let referral = try #require(review.plan.goals[0].professionalActionsToDo.first)
    #expect(referral.note == "Jo will ring me on Monday")
    #expect(
      review.said.contains("It stays in your plan as still to do: Jo will ring me on Monday."))
    #expect(review.fhir.contains("Jo will ring me on Monday"))
  }

  @Test("what the nurse agreed beyond the goals is asked about, and 'not yet - ...' kept")
  func otherActionAskedAbout() throws {
    let review = try reviewed()
    let call = try #require(review.plan.otherActions?.first)
    #expect(call.done != true)
    #expect(call.note == "she said she would ring by the end of the month")
    #expect(review.said.contains("It was agreed: Jo Reid, practice nurse, will ring you"))
    let text = PlanText.render(review.plan, width: 200, footer: PlanFooter(help: []))
    #expect(text.contains("Still to do. She said she would ring by the end of the month."))
  }

  @Test("'7, unless it's cold' and 'yes, but only mornings' are kept and said back")
  func numberAndYesWithWords() throws {
    let review = try reviewed()
    let goal = review.plan.goals[0]
    #expect(goal.confidence == 7)
    #expect(goal.confidenceNote == "unless it's cold")
    #expect(goal.barriersNote == "but only mornings")
    #expect(review.said.contains("You said: unless it's cold."))
    #expect(review.said.contains("with what you said: but only mornings"))
    let text = PlanText.render(review.plan, width: 200, footer: PlanFooter(help: []))
    #expect(text.contains("What might get in the way: my knees hurt (still so, but only mornings)"))
    #expect(review.fhir.contains("still so, but only mornings"))
  }

  @Test("'yes - it's my average sugar over 3 months' is the question's answer, not asked again")
  func answeredWithWords() throws {
    let review = try reviewed()
    let question = try #require(
      review.plan.informationNeeds.first { $0.question == "what does my HbA1c mean" })
    #expect(question.answer == "it's my average sugar over 3 months")
    #expect(!review.said.contains("What was the answer? Put it in your own words."))
  }

  @Test("a review day on a Sunday is asked about once, and kept with a yes")
  func weekendDayKept() throws {
    let review = try reviewed()
    #expect(review.said.contains("Sunday 21 February 2027 is a weekend day."))
    #expect(review.plan.reviewDate == "2027-02-21")
  }
}
