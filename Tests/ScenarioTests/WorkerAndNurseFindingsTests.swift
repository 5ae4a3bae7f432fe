import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// What a support worker typing for a client, and the client's nurse, found in agree and
/// review: a change that opened the wrong answer, second thoughts in one line, a weekday with
/// a date, and a part of the step said in a whole sentence. Each is tried through the engine
/// as they typed it.
@Suite("What a worker and a nurse found in agree and review")
struct WorkerAndNurseFindingsTests {
  /// The review of agree-5's plan (an action by the nurse: "refer you to physio") up to its
  /// last check, "Is this right?", as reviewed-6 answers it.
  static let reviewToTheCheck = [
    "6", "did them most days", "keep the goal, change the step", "do my knee exercises",
    "20 minutes", "after breakfast", "at home", "every day", "tomorrow", "yes", "7", "same",
    "not yet - Jo will ring me on Monday", "yes", "in 3 weeks", "skip", "skip", "skip", "skip",
    "skip", "skip", "skip", "skip", "new", "monday 22 feb",
  ]

  func run(_ inputs: [String], script: String = "review") throws -> (
    state: ConversationState, said: String
  ) {
    let header =
      script == "agree"
      ? "agree-plan: people-10-for-the-clinician\nagree-with: Jo Reid, practice nurse\n"
        + "now: 2026-12-14T10:30:00Z\n"
      : "review-of: agree-5-nurse-found.plan.json\nnow: 2027-01-04T10:00:00Z\n"
    let text =
      header + "script: \(script)\n---\n" + inputs.map { "> \($0)\n" }.joined()
    let transcript = Transcript.parse(text)
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let (state, outputs) = engine.replay(transcript.events)
    return (state, outputs.flatMap(Transcript.lines(for:)).joined(separator: "\n"))
  }

  static let action = AnswerKey("their_action_1", round: 0)
  static let oneThing = AnswerKey("one_thing", round: 0)

  @Test(
    "at the last check, 'change the physio one' opens the nurse's action, says so, and 3 goes there",
    arguments: ["change the physio one", "change the physo one, its not needed"])
  func changeByTheAnswersWords(line: String) throws {
    let held = try run(Self.reviewToTheCheck + [line, "3"])
    #expect(held.said.contains("Changing the answer for: first thing they agreed to do."))
    #expect(held.state.answers[Self.action]?.value == .choice("drop"))
    #expect(held.state.answers[Self.oneThing]?.value != .text("3"))
  }

  @Test("'not yet. actually no, ... not needed' takes the last choice, and says it back")
  func secondThoughtsAtAChoice() throws {
    let before = Array(Self.reviewToTheCheck.prefix(12))
    let held = try run(before + ["not yet. actually no, she moved them herself so not needed"])
    #expect(held.state.answers[Self.action]?.value == .choice("drop"))
    #expect(held.said.contains("so I have taken the last one: It is not needed now."))
  }

  @Test("'1, no 2' is 2", arguments: [("1, no 2", "open"), ("yes, done. wait no, 2", "open")])
  func secondThoughtsByNumber(line: String, choice: String) throws {
    let before = Array(Self.reviewToTheCheck.prefix(12))
    let held = try run(before + [line])
    #expect(held.state.answers[Self.action]?.value == .choice(choice))
  }

  @Test("'yes, well no' at a yes-or-no question is no")
  func secondThoughtsAtYesOrNo() throws {
    let before = Array(Self.reviewToTheCheck.prefix(13))
    let held = try run(before + ["yes, well no"])
    #expect(held.state.answers[AnswerKey("barriers_hold", round: 0)]?.value == .yesNo(false))
    #expect(held.said.contains("so I have taken the last one: no."))
  }

  @Test(
    "a part said in a sentence keeps the part",
    arguments: [
      ("step_how_much", "make it 10 minutes not 5", "10 minutes"),
      ("step_when", "after lunch still", "after lunch"),
      ("step_when", "after lunch, like i said", "after lunch"),
      ("step_where", "same", "at home"),
      ("step_where", "same as before", "at home"),
    ])
  func partInASentence(question: String, line: String, part: String) throws {
    let order = ["step_how_much", "step_when", "step_where"]
    let index = try #require(order.firstIndex(of: question))
    var inputs = Array(Self.reviewToTheCheck.prefix(4))
    inputs += ["20 minutes", "after breakfast", "outside"].prefix(index) + [line]
    let held = try run(inputs)
    #expect(held.state.answers[AnswerKey(question, round: 0)]?.value == .text(part))
    #expect(!held.said.contains("at the same"))
  }

  @Test(
    "'agree but we changed it' at a goal is agreed with changes; 'agree, no changes' is not",
    arguments: [
      ("agree but we changed it", "agreed-with-changes"),
      ("yes with changes", "agreed-with-changes"),
      ("agreed, no changes", "agreed"),
    ])
  func agreedWithChanges(line: String, outcome: String) throws {
    let held = try run([line], script: "agree")
    #expect(held.state.answers[AnswerKey("outcome", round: 0)]?.value == .choice(outcome))
  }
}
