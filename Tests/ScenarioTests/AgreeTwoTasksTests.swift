import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// "refer him to podiatry and check his sugars in 3 months", typed as what the professional
/// will do: two tasks in one line. Kept as one, the referral took the sugars' 3-month date.
/// The cut is shown and asked about; yes makes two actions, no keeps the line as one.
@Suite("Agreeing: two tasks in one line")
struct AgreeTwoTasksTests {
  /// A worker's agreement on 14 December 2026 of Mrs Begum's first plan: the goal agreed, then
  /// `actions` typed for what the nurse will do.
  func agree(_ actions: [String]) throws -> (plan: Plan, said: String, state: ConversationState) {
    let inputs =
      ["1"] + actions + ["done", "no"] + Array(repeating: "no", count: 7) + ["1", "yes"]
    return try TranscriptTests.replayAgreement(
      "agree-plan: people-20-worker-for-mrs-begum\nagree-with: Sam Patel, practice nurse\n"
        + "mode: facilitator\nnow: 2026-12-14T15:00:00Z\n", inputs)
  }

  static let line = "refer him to podiatry and check his sugars in 3 months"

  @Test func theCutIsShownAndYesMakesTwoTasksEachWithItsOwnDay() throws {
    let result = try agree([Self.line, "yes"])
    #expect(
      result.said.contains(
        "I've got two things:\n- refer him to podiatry\n- check his sugars in 3 months\n"
          + "Is that right?"))
    let actions = result.plan.goals[0].actions.filter { $0.by != nil }
    // The day is taken out of the words, into the task's own due day.
    #expect(actions.map(\.what) == ["refer him to podiatry", "check his sugars"])
    #expect(actions.first?.due == nil)
    #expect(actions.last?.due == "2027-03-14")
    #expect(result.state.finished)
  }

  @Test func noKeepsTheLineAsOneTask() throws {
    let result = try agree([Self.line, "no"])
    let actions = result.plan.goals[0].actions.filter { $0.by != nil }
    #expect(actions.map(\.what) == ["refer him to podiatry and check his sugars"])
    #expect(actions.first?.due == "2027-03-14")
  }

  @Test(arguments: ["check and adjust her tablets", "refer her to podiatry and the falls team"])
  func oneTaskIsNotCut(line: String) throws {
    let result = try agree([line])
    #expect(!result.said.contains("I've got two things"))
    let actions = result.plan.goals[0].actions.filter { $0.by != nil }
    #expect(actions.map(\.what) == [line])
  }

  /// "no change" to "Did they get an answer?": not answered, and no note. It was kept with the
  /// note "change", shown to a clinician as "(Not yet. Change.)".
  @Test func noChangeIsNotYetWithNoNote() throws {
    let inputs =
      ["1", "skip", "no", "no change"] + Array(repeating: "no", count: 6) + ["1", "yes"]
    let result = try TranscriptTests.replayAgreement(
      "agree-plan: people-20-worker-for-mrs-begum\nagree-with: Sam Patel, practice nurse\n"
        + "mode: facilitator\nnow: 2026-12-14T15:00:00Z\n", inputs)
    #expect(result.said.contains("It stays on their list for next time."))
    #expect(!result.said.contains("for next time: change"))
    #expect(result.state.finished)
  }
}

/// An agreement stopped at a goal's question and carried on later: the goal and its step are
/// said again under the heading. Before, "What was agreed about this goal?" came back with no
/// goal named, and nothing the worker could type said which.
@Suite("Agreeing: carried on at a goal")
struct AgreeCarriedOnTests {
  @Test func theGoalIsSaidAgainBeforeItsQuestion() throws {
    let text =
      "agree-plan: people-20-worker-for-mrs-begum\nagree-with: Sam Patel, practice nurse\n"
      + "mode: facilitator\nnow: 2026-12-14T15:00:00Z\nscript: agree\n---\n"
    let transcript = Transcript.parse(text)
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let opened = Date(timeIntervalSince1970: 1_797_000_000)
    let (left, first) = engine.step(ConversationState(), .start(at: opened))
    let shown = first.flatMap(Transcript.lines(for:)).filter { $0.hasPrefix("Their goal: ") }
    #expect(shown.count == 1)
    let (_, again) = engine.step(left, .start(at: opened.addingTimeInterval(3_600)))
    let said = again.flatMap(Transcript.lines(for:))
    let goal = try #require(said.firstIndex { $0.hasPrefix("Their goal: ") })
    let heading = try #require(said.firstIndex { $0.hasPrefix("Part 2 of") })
    let asked = try #require(said.firstIndex { $0.contains("What was agreed about this goal?") })
    #expect(heading < goal && goal < asked)
    #expect(said[goal] == shown[0])
  }
}
