import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// A support worker preparing a plan with Mrs Begum (people-20), the plan gone through with
/// her practice nurse at the appointment (agree-6), and the review after it (reviewed-7): what
/// the worker's and the nurse's plan says, and in whose voice.
@Suite("A plan made by a worker and agreed with a nurse")
struct WorkerAndNurseTests {
  static let prepared = "people-20-worker-for-mrs-begum"
  static let agreed = "agree-6-worker-and-nurse"
  static let reviewed = "reviewed-7-worker-and-nurse"

  static func transcript(_ name: String) throws -> Transcript {
    let url = TranscriptTests.folder.appendingPathComponent("\(name).transcript")
    return Transcript.parse(try String(contentsOf: url, encoding: .utf8))
  }

  static func saved(_ name: String) throws -> Plan {
    let url = TranscriptTests.folder.appendingPathComponent("\(name).plan.json")
    return try PlanJSON.decode(try String(contentsOf: url, encoding: .utf8))
  }

  /// The plan in each of the formats a person or a clinician reads, as words: the HTML with
  /// its tags taken out.
  static func formats(_ plan: Plan) -> [String] {
    let footer = PlanFooter(help: [])
    let html = PlanHTML.render(plan, footer: footer)
      .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    return [
      PlanText.render(plan, width: 200, footer: footer), PlanMarkdown.render(plan, footer: footer),
      html,
    ]
  }

  @Test("her conditions are COPD and heart failure; what she calls it is kept as her words")
  func conditions() throws {
    let plan = try Self.saved(Self.prepared)
    #expect(plan.conditions == ["COPD", "heart failure"])
    #expect(plan.conditionWords == ["she calls it her weak heart"])
    for format in Self.formats(plan) {
      #expect(format.contains("she calls it her weak heart (in their words)"))
    }
  }

  @Test("a word asked about is kept as a question for the nurse, explained or not")
  func askedWordsKept() throws {
    let plan = try Self.saved(Self.prepared)
    let questions = plan.informationNeeds.map(\.question)
    #expect(questions.contains("what is NT-proBNP"))
    #expect(questions.contains("what is egfr"))
    let transcript = try String(
      contentsOf: TranscriptTests.folder.appendingPathComponent("\(Self.prepared).transcript"),
      encoding: .utf8)
    #expect(
      transcript.contains("NT-proBNP is a blood test. It shows if their heart is under strain."))
  }

  @Test("three things to talk about, the most there can be, are taken with no word of a limit")
  func threeIsNotTooMany() throws {
    let plan = try Self.saved(Self.prepared)
    #expect(plan.priorities.count >= 3)
    let transcript = try String(
      contentsOf: TranscriptTests.folder.appendingPathComponent("\(Self.prepared).transcript"),
      encoding: .utf8)
    #expect(!transcript.contains("most I can take"))
  }

  @Test("the worker's plan has headings about her, not in the first person, in every format")
  func headingsInTheWorkersVoice() throws {
    for plan in [try Self.saved(Self.prepared), try Self.saved(Self.agreed)] {
      for format in Self.formats(plan) {
        #expect(format.contains("Plan for Mrs Begum"))
        #expect(format.contains("What matters to Mrs Begum"))
        #expect(format.contains("Health conditions"))
        #expect(format.contains("Next step"))
        for mine in [
          "What matters to me", "My health conditions", "My next step", "How sure I am",
          "My goal", "What I want to talk about", "My plan",
        ] {
          #expect(!format.contains(mine), "\(mine) in a worker's plan")
        }
      }
    }
  }

  @Test("the agreement a worker typed in says it was written down afterwards, by a worker")
  func recordedAfterwards() throws {
    let plan = try Self.saved(Self.agreed)
    let agreement = try #require(plan.agreement)
    #expect(agreement.recordedBy == "worker")
    #expect(agreement.atTheAppointment == nil)
    for format in Self.formats(plan) {
      #expect(format.contains("Written down afterwards by a support worker."))
      #expect(!format.contains("Recorded with Nurse Okafor at the appointment."))
      #expect(format.contains("Prepared by Dev (support worker) with Mrs Begum"))
    }
  }

  @Test("'not yet - the nurse will ring her monday' keeps its words with the open question")
  func stillOpenWithWords() throws {
    let plan = try Self.saved(Self.agreed)
    let egfr = try #require(plan.informationNeeds.first { $0.question == "what is egfr" })
    #expect(egfr.answer == nil)
    #expect(egfr.stillOpen == "the nurse will ring her monday")
    for format in Self.formats(plan) {
      #expect(format.contains("what is egfr (Not yet. The nurse will ring her Monday.)"))
    }
  }

  @Test("a review asks about what the nurse agreed beyond the goals, and keeps the words")
  func reviewAsksAboutOtherActions() throws {
    let before = try #require(try Self.saved(Self.agreed).otherActions)
    #expect(before.count == 1)
    let plan = try Self.saved(Self.reviewed)
    let after = try #require(plan.otherActions)
    #expect(after.count == 1)
    #expect(after.first?.done == true)
    #expect(after.first?.doneWords == "she rang on the monday, bloods were ok")
    let transcript = try String(
      contentsOf: TranscriptTests.folder.appendingPathComponent("\(Self.reviewed).transcript"),
      encoding: .utf8)
    #expect(transcript.contains("It was agreed: Nurse Okafor, practice nurse, will ring"))
  }
}
