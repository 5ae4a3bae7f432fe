import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// Transcripts of `carecoach agree`: a header names the plan gone through (`agree-plan:`, one
/// of the people's golden plans beside it) and the professional (`agree-with: NAME, ROLE`), as
/// the stored version and the command line would give them.
extension TranscriptTests {
  static func agreement(_ transcript: Transcript) throws -> (Plan, Plan.Professional)? {
    guard let name = transcript.header["agree-plan"], let with = transcript.header["agree-with"]
    else { return nil }
    let url = folder.appendingPathComponent("\(name).plan.json")
    let plan = try PlanJSON.decode(try String(contentsOf: url, encoding: .utf8))
    return (plan, try Plan.Professional.parse(with))
  }

  /// Whether the transcript `file` is an agreement (it names the plan it goes through), rather
  /// than the first conversation that made that plan.
  static func isAgreement(_ file: String) -> Bool {
    let url = folder.appendingPathComponent(file)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return false }
    return Transcript.parse(text).header["agree-plan"] != nil
  }

  /// The engine's background for a transcript: a review's goals, or an agreement's goals,
  /// questions and professional.
  static func background(for transcript: Transcript) -> Background {
    if let (plan, professional) = try? agreement(transcript) {
      return PlanAgreer.background(
        for: plan, professional: professional, today: transcript.start)
    }
    return background(transcript.header["review-goals"])
  }

  /// What an agreement made of `inputs`: the agreed plan, what was said, and the answers.
  /// `header` holds `agree-plan`, `agree-with`, `now` and any `mode`, one "key: value" to a
  /// line, as a transcript's header does.
  static func replayAgreement(_ header: String, _ inputs: [String]) throws -> (
    plan: Plan, said: String, state: ConversationState
  ) {
    let text = header + "script: agree\n---\n" + inputs.map { "> \($0)\n" }.joined()
    let transcript = Transcript.parse(text)
    let engine = try #require(Self.engine(for: transcript))
    let (state, outputs) = engine.replay(transcript.events)
    let plan = try #require(Self.agreedPlan(for: transcript, engine, state))
    return (plan, outputs.flatMap(Transcript.lines(for:)).joined(separator: "\n"), state)
  }

  /// The agreed version an agreement transcript builds, as the program saves it.
  static func agreedPlan(
    for transcript: Transcript, _ engine: Engine, _ state: ConversationState
  ) -> Plan? {
    guard let (plan, professional) = try? agreement(transcript) else { return nil }
    let builder = PlanBuilder(
      script: engine.script, concepts: engine.concepts, glossary: engine.glossary)
    // `agree-on: YYYY-MM-DD`, as `--on` gives it: typed in afterwards, agreed at midday then.
    let agreedOn = transcript.header["agree-on"].flatMap {
      ISO8601DateFormatter().date(from: $0 + "T12:00:00Z")
    }
    return PlanAgreer(builder: builder).build(
      previous: plan, from: state, professional: professional,
      recordedBy: engine.audience == .facilitator ? "worker" : nil, agreedAt: agreedOn,
      metadata: .init(
        planID: plan.planId, sessionID: "agreement", version: plan.version + 1,
        createdAt: plan.createdAt,
        updatedAt: transcript.events.last?.at ?? transcript.start))
  }
}

/// The agreed plans of the agreement transcripts, each checked field by field against the
/// `.plan.json` beside it (`UPDATE_TRANSCRIPTS=1` rewrites them), and for what an agreement
/// must hold.
@Suite("Plans agreed with a professional")
struct AgreementPlanTests {
  static var agreements: [String] {
    TranscriptTests.files.filter { $0.hasPrefix("agree-") && TranscriptTests.isAgreement($0) }
  }

  func agreed(_ file: String) throws -> Plan {
    let url = TranscriptTests.folder.appendingPathComponent(file)
    let transcript = Transcript.parse(try String(contentsOf: url, encoding: .utf8))
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let (state, _) = engine.replay(transcript.events)
    #expect(state.finished)
    return try #require(TranscriptTests.agreedPlan(for: transcript, engine, state))
  }

  @Test("there are agreements at the appointment and recorded afterwards")
  func twoAgreements() {
    #expect(Self.agreements.count >= 2)
  }

  @Test("each agreed plan is the one reviewed by hand", arguments: agreements)
  func planMatches(file: String) throws {
    let actual = PlanJSON.encode(try agreed(file))
    let name = String(file.dropLast(".transcript".count))
    let expectedURL = TranscriptTests.folder.appendingPathComponent("\(name).plan.json")
    if ProcessInfo.processInfo.environment["UPDATE_TRANSCRIPTS"] == "1" {
      try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
      return
    }
    let expected = try PeoplePlanTests.fields(
      of: try String(contentsOf: expectedURL, encoding: .utf8))
    let actualFields = try PeoplePlanTests.fields(of: actual)
    #expect(Set(actualFields.keys) == Set(expected.keys))
    for key in expected.keys.sorted() {
      #expect(actualFields[key] == expected[key], "\(name): the plan's '\(key)' differs")
    }
  }

  @Test("at the appointment: the nurse's own actions are theirs, and a question is answered")
  func withTheNurse() throws {
    let plan = try agreed("agree-1-with-the-nurse.transcript")
    let agreement = try #require(plan.agreement)
    #expect(agreement.with == Plan.Professional(name: "Sam Patel", role: "practice nurse"))
    #expect(agreement.recordedBy == nil)
    #expect(agreement.goals.map(\.outcome) == [.agreedWithChanges])
    let goal = try #require(plan.goals.first)
    #expect(goal.text == "walk Bess to the park twice a week")
    let theirs = goal.actions.filter { $0.by != nil }
    // "in 6 weeks" is the day it is due by, no longer in its words.
    #expect(theirs.map(\.what) == ["refer me to physio", "check my hip"])
    #expect(theirs.map(\.due) == [nil, "2027-01-25"])
    #expect(theirs.allSatisfy { $0.by == "Sam Patel, practice nurse" })
    #expect(goal.actions.first?.by == nil)
    #expect(plan.informationNeeds.compactMap(\.answer).count == 1)
    #expect(plan.reviewDate == agreement.reviewDate && plan.reviewDate != nil)
    let text = PlanText.render(plan, width: 200, footer: PlanFooter(help: []))
    #expect(text.contains("Agreed with Sam Patel, practice nurse, on "))
  }

  @Test("outcomes said with more words keep them as notes, shown beside the goal")
  func outcomesWithReasons() throws {
    let plan = try agreed("agree-4-outcome-with-a-reason.transcript")
    let agreement = try #require(plan.agreement)
    #expect(agreement.goals.map(\.outcome) == [.agreed, .agreedWithChanges, .notNow])
    #expect(agreement.goals.map(\.note) == [nil, "smaller steps", "we'll look again in March"])
    let text = PlanText.render(plan, width: 200, footer: PlanFooter(help: []))
    #expect(text.contains("Goal: sleep better (Not agreed now. We'll look again in March.)"))
    let markdown = PlanMarkdown.render(plan, footer: PlanFooter(help: []))
    #expect(markdown.contains("Agreed with changes. Smaller steps."))
    let html = PlanHTML.render(plan, footer: PlanFooter(help: []))
    #expect(
      html.contains("We&#39;ll look again in March.") || html.contains("We'll look again in March.")
    )
  }

  @Test("recorded afterwards by a worker: said so, with the GP's referral theirs")
  func recordedAfterwards() throws {
    let plan = try agreed("agree-2-recorded-afterwards.transcript")
    let agreement = try #require(plan.agreement)
    #expect(agreement.recordedBy == "worker")
    #expect(agreement.with.role == "GP")
    #expect(agreement.goals.map(\.outcome) == [.agreed])
    let theirs = plan.goals.flatMap(\.actions).filter { $0.by != nil }
    #expect(theirs.map(\.by) == ["Dr Amina Khan, GP"])
    let text = PlanText.render(plan, width: 200, footer: PlanFooter(help: []))
    #expect(text.contains("Written down afterwards by a support worker."))
  }
}

/// What a nurse found going through a plan with a patient, each put right
/// (agree-5-nurse-found): words after a number or a yes kept, the professional's other
/// actions asked once, a changed how much put in place, a weekend review day asked about.
@Suite("An agreement as a nurse found it")
struct NurseFoundAgreementTests {
  static let file = "agree-5-nurse-found.transcript"

  func held() throws -> (Plan, ConversationState, Engine) {
    let url = TranscriptTests.folder.appendingPathComponent(Self.file)
    let transcript = Transcript.parse(try String(contentsOf: url, encoding: .utf8))
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let (state, _) = engine.replay(transcript.events)
    #expect(state.finished)
    let plan = try #require(TranscriptTests.agreedPlan(for: transcript, engine, state))
    return (plan, state, engine)
  }

  @Test("'7, unless it's cold' keeps its words beside the number, in the plan and in FHIR")
  func wordsAfterTheNumber() throws {
    let (plan, state, engine) = try held()
    let goal = try #require(plan.goals.first)
    #expect(goal.confidence == 7)
    #expect(goal.confidenceNote == "unless it's cold")
    let text = PlanText.render(plan, width: 200, footer: PlanFooter(help: []))
    #expect(text.contains("How sure I am: 7 out of 10, unless it's cold"))
    #expect(FHIRBundle.make(plan: plan, state: state, engine: engine).contains("unless it's cold"))
  }

  @Test("a changed how much takes the place of the amount said inside the step")
  func howMuchReplaced() throws {
    let (plan, _, _) = try held()
    let step = try #require(plan.goals.first?.ownStep)
    #expect(step.what == "do my knee exercises for 15 minutes")
    #expect(step.howMuch == nil)
    #expect(plan.goals.first?.earlierSteps?.last?.what == "do my knee exercises for 5 minutes")
  }

  @Test("what the nurse will do beyond the goals is theirs, in the plan and as a FHIR activity")
  func otherActions() throws {
    let (plan, state, engine) = try held()
    let others = try #require(plan.otherActions)
    #expect(others.map(\.what) == ["Jo will ring me with my blood results"])
    #expect(others.map(\.due) == ["2026-12-18"])
    #expect(others.allSatisfy { $0.by == "Jo Reid, practice nurse" })
    let text = PlanText.render(plan, width: 200, footer: PlanFooter(help: []))
    #expect(text.contains("Also agreed"))
    #expect(
      text.contains(
        "Jo Reid, practice nurse, will ring me with my blood results, by Friday 18 December 2026"))
    let fhir = FHIRBundle.make(plan: plan, state: state, engine: engine)
    #expect(fhir.contains("ring you with your blood results, by Friday 18 December 2026"))
  }

  @Test("'yes, the dose stays the same' answers the question; a weekend day is asked about")
  func answerAndReviewDay() throws {
    let (plan, _, _) = try held()
    #expect(plan.informationNeeds.first?.answer == "the dose stays the same for now")
    // "Saturday 23 jan", then "no, make it the monday after".
    #expect(plan.reviewDate == "2027-01-25")
    // Words asked about on the way are kept as questions, each once.
    let asked = plan.informationNeeds.map(\.question)
    #expect(asked.contains("what is FEV1"))
    #expect(!asked.contains("wat is fev1"))
  }
}
