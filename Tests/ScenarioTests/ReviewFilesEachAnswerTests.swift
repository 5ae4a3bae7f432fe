import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// A support worker typing for Mrs Begum, and her nurse, at the review of her agreed plan
/// (agree-6): each answer goes where it belongs. A yes in part answers the question asked and
/// is kept in their words; "what? i said yes" is a complaint, never an answer; a number with
/// words after it picks that choice; the review of questions understands taking one off; and
/// the new plan can be seen again before it is saved.
@Suite("The review files every answer where it belongs")
struct ReviewFilesEachAnswerTests {
  /// A worker's review of agree-5's plan (something gets in the way, five questions, a nurse's
  /// action), answered as WorkerAndNurseFindingsTests answers it: up to "Is that still
  /// right?" about what gets in the way.
  static let toWhatGetsInTheWay = Array(WorkerAndNurseFindingsTests.reviewToTheCheck.prefix(13))
  /// On past what else was agreed (skipped) to the first question from last time: "what does
  /// my HbA1c mean".
  static let toTheFirstQuestion =
    Array(WorkerAndNurseFindingsTests.reviewToTheCheck.prefix(15)) + ["skip"]
  /// On to the new plan's "Is this right?", as reviewed-6 gets there.
  static let toTheCheck =
    toTheFirstQuestion + Array(repeating: "skip", count: 9) + ["new", "monday 22 feb"]
  static let agreed = "agree-5-nurse-found"

  static let barriersHold = AnswerKey("barriers_hold", round: 0)
  static let barriersNow = AnswerKey("barriers_now", round: 0)
  static let solutionsNow = AnswerKey("solutions_now", round: 0)

  func run(_ inputs: [String], script: String = "review") throws -> (
    state: ConversationState, outputs: [Output], said: String, engine: Engine
  ) {
    let header =
      script == "review"
      ? "review-of: \(Self.agreed).plan.json\nnow: 2027-01-04T10:00:00Z\n"
      : "now: 2026-12-07T10:00:00Z\n"
    let text =
      "mode: facilitator\n" + header + "script: \(script)\n---\n"
      + inputs.map { "> \($0)\n" }.joined()
    let transcript = Transcript.parse(text)
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let (state, outputs) = engine.replay(transcript.events)
    return (state, outputs, outputs.flatMap(Transcript.lines(for:)).joined(separator: "\n"), engine)
  }

  func plan(after inputs: [String]) throws -> Plan {
    let held = try run(inputs)
    let previous = try WorkerAndNurseTests.saved(Self.agreed)
    return TranscriptTests.reviewPlan(previous, held.engine, held.state, at: Date())
  }

  @Test(
    "a yes in part to 'is that still right?' is a yes, kept in their words, never a new barrier",
    arguments: [
      ("mostly yes", "mostly"), ("more or less", "more or less"), ("partly", "partly"),
      ("yes mostly", "mostly"), ("mostly yes its still right", "mostly"),
    ])
  func yesInPart(line: String, kept: String) throws {
    let held = try run(Self.toWhatGetsInTheWay + [line])
    #expect(held.state.answers[Self.barriersHold]?.value == .yesNo(true))
    #expect(held.state.answers[Self.barriersNow] == nil)
    #expect(held.said.contains("OK. That stays in their plan, with what they said: \(kept)."))
    let previous = try WorkerAndNurseTests.saved(Self.agreed)
    let goal = try #require(try plan(after: Self.toWhatGetsInTheWay + [line]).goals.first)
    #expect(goal.barriers == previous.goals.first?.barriers)
    #expect(goal.barriersNote == kept)
  }

  /// "no, still want to ask - the blood test was repeated..." kept the question open but
  /// dropped what was said about it.
  @Test("words with 'still want to ask' are kept beside the question in the new plan")
  func stillOpenKeepsItsNews() throws {
    let line = "no, still want to ask - the blood test was repeated but I have not had the result"
    let held = try run(Self.toTheFirstQuestion + [line])
    #expect(held.state.answers[AnswerKey("question_outcome", round: 0)]?.value == .choice("open"))
    let plan = try plan(after: Self.toTheFirstQuestion + [line])
    let need = try #require(plan.informationNeeds.first { $0.question.contains("HbA1c") })
    #expect(need.answer == nil)
    #expect(need.stillOpen?.contains("the blood test was repeated") == true)
  }

  /// A review's QuestionnaireResponse held only the review's answers: what matters, the
  /// days, care and who helps were in the plan but not in the bundle.
  @Test("a reviewed plan's FHIR answers carry what the plan kept from before")
  func carriedOverAnswers() throws {
    let held = try run(Self.toTheCheck)
    let previous = try WorkerAndNurseTests.saved(Self.agreed)
    let plan = TranscriptTests.reviewPlan(previous, held.engine, held.state, at: Date())
    let text = FHIRBundle.make(plan: plan, state: held.state, engine: held.engine)
    let bundle = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let resources = (bundle["entry"] as? [[String: Any]] ?? []).compactMap {
      $0["resource"] as? [String: Any]
    }
    let response = try #require(
      resources.first { $0["resourceType"] as? String == "QuestionnaireResponse" })
    let items = response["item"] as? [[String: Any]] ?? []
    let linkIDs = items.compactMap { $0["linkId"] as? String }
    #expect(Set(linkIDs).count == linkIDs.count)
    let carried = try #require(items.first { $0["linkId"] as? String == "carried-over" })
    let inside = (carried["item"] as? [[String: Any]] ?? []).compactMap {
      $0["linkId"] as? String
    }
    #expect(!previous.whatMatters.isEmpty)
    #expect(inside.contains("carried-over.whatMatters"))
    if !previous.life.goodDay.isEmpty { #expect(inside.contains("carried-over.life.goodDay")) }
  }

  @Test("'what? i said yes' after a no is never kept: it puts the no right, as a yes")
  func saidYesBefore() throws {
    let held = try run(Self.toWhatGetsInTheWay + ["no", "what? i said yes its still right"])
    #expect(held.state.answers[Self.barriersHold]?.value == .yesNo(true))
    #expect(held.state.answers[Self.barriersNow] == nil)
    #expect(held.state.answers[Self.solutionsNow] == nil)
    #expect(held.said.contains("Sorry, I got that wrong. I've put it down as yes."))
    #expect(held.state.current == AnswerKey("check_in", round: 0))
  }

  @Test("'what? i said yes' at the question itself is its yes")
  func saidYesAtTheQuestion() throws {
    let held = try run(Self.toWhatGetsInTheWay + ["what? i said yes its still right"])
    #expect(held.state.answers[Self.barriersHold]?.value == .yesNo(true))
    #expect(held.state.answers[Self.barriersNow] == nil)
  }

  @Test(
    "at the review of questions, taking it off means drop, said back with the question",
    arguments: [
      "actually take that off the list", "take it off", "remove it", "no need", "drop it",
      "she doesnt need to ask that now", "she doesn't need to ask that now", "no need now",
    ])
  func takeItOff(line: String) throws {
    let held = try run(Self.toTheFirstQuestion + [line])
    #expect(held.state.answers[AnswerKey("question_outcome", round: 0)]?.value == .choice("drop"))
    #expect(
      held.said.contains("OK. This question is off their list now: what does my HbA1c mean"))
  }

  @Test("'no' alone still keeps the question on the list")
  func noKeepsIt() throws {
    let held = try run(Self.toTheFirstQuestion + ["no"])
    #expect(held.state.answers[AnswerKey("question_outcome", round: 0)]?.value == .choice("open"))
  }

  @Test(
    "before saving, 'see it again' shows the new plan again and asks again; a change can follow",
    arguments: ["can i see it again", "show me", "read it back", "show me the plan again please"])
  func seeItAgain(line: String) throws {
    let before = try run(Self.toTheCheck)
    let ready = AnswerKey("ready", round: 0)
    #expect(before.state.current == ready)
    let held = try run(Self.toTheCheck + [line])
    #expect(
      held.outputs.filter { $0 == .plan }.count == before.outputs.filter { $0 == .plan }.count + 1)
    #expect(held.said.contains("Here it is again."))
    #expect(held.state.current == ready)
    #expect(held.state.answers[ready] == nil)
    // Then something is changed before the yes.
    let changed = try run(Self.toTheCheck + [line, "no", "change when", "after breakfast", "yes"])
    #expect(
      changed.state.answers[AnswerKey("step_when", round: 0)]?.value == .text("after breakfast"))
    #expect(!changed.state.finished)
  }

  @Test("'2 - me, I'm her support worker' takes choice 2 and keeps the words")
  func numberWithWords() throws {
    let held = try run(["2 - me, I'm her support worker"], script: "care-planning")
    let answer = try #require(held.state.answers[AnswerKey("setting", round: 0)])
    #expect(answer.value == .choice("helper"))
    let question = held.engine.script.question("setting")
    #expect(AnswerNote.note(of: answer, question: question) == "me, I'm her support worker")
  }

  @Test("'2 tablets' with no mark is not read as a numbered pick")
  func numberWithoutMark() {
    #expect(ChoiceOpening.markedNumber("2 tablets", count: 3) == nil)
    #expect(ChoiceOpening.markedNumber("2 - me", count: 3)?.index == 2)
    #expect(ChoiceOpening.markedNumber("2. me", count: 3)?.rest == "me")
    #expect(ChoiceOpening.markedNumber("4 - me", count: 3) == nil)
  }

  @Test("'what? i said yes' after a yes says it is down as yes, and changes nothing")
  func saidYesAlreadyYes() throws {
    let held = try run(Self.toWhatGetsInTheWay + ["yes", "what? i said yes"])
    #expect(held.said.contains("Yes, I have that down as yes."))
    #expect(held.state.answers[Self.barriersHold]?.value == .yesNo(true))
    #expect(held.state.current == AnswerKey("check_in", round: 0))
  }

  @Test("'she did ring, ...' says the nurse's action was done, with the words kept")
  func sheDidRing() throws {
    let before = Array(WorkerAndNurseFindingsTests.reviewToTheCheck.prefix(12))
    let held = try run(before + ["she did ring, her knees are fine"])
    let answer = try #require(held.state.answers[AnswerKey("their_action_1", round: 0)])
    #expect(answer.value == .choice("done"))
    let question = held.engine.script.question("their_action_1")
    #expect(AnswerNote.note(of: answer, question: question) == "her knees are fine")
  }

  @Test(
    "in the new questions, 'actually take that off, ...' takes the last one off and keeps the rest")
  func takeTheLastQuestionOff() throws {
    let toNewQuestions = Self.toTheFirstQuestion + Array(repeating: "skip", count: 8)
    let held = try run(
      toNewQuestions + [
        "is it safe for her to fly to the wedding? its in bradford so maybe train",
        "actually take that off, she'll go by train. ask about the long train journey and her ankles",
        "done",
      ])
    let kept = held.state.answers[AnswerKey("new_questions", round: 0)]?.value
    #expect(
      kept == .list(["she'll go by train. ask about the long train journey and her ankles"]))
    #expect(held.said.contains("off the list"))
  }
}
