import Dialogue
import Foundation
import TestSupport
import Testing

/// Lines people who read little still typed into the default script, each read for what it
/// is: a name in a sentence, a goal asked for, a part of the step given to the wrong part or
/// put right at the read-back, a bare no, a closing at the end of a list, a check-in on the
/// day the step starts, and a change named at a yes/no question.
@Suite struct AnswerFitsTheQuestionTests {
  static func engine() throws -> Engine { try DialogueActEngineTests.engine() }
  static func before(_ question: String) -> [String] {
    DialogueActEngineTests.linesBefore(question)
  }

  @Test(arguments: [
    ("Mr Ahmed is fine", "Mr Ahmed"), ("Jean. Im 66 and live on my own", "Jean"),
    ("call me Jean", "Jean"), ("its Jean", "Jean"), ("i'm Jean", "Jean"),
  ])
  func theNameIsReadOutOfTheLine(line: String, name: String) throws {
    let (state, _) = converse(try Self.engine(), Self.before("name") + [line])
    #expect(state.value("name") == .text(name))
    #expect(state.answers[AnswerKey("name")]?.words == line)
  }

  @Test func aGoalAskedForWithAYesIsTheGoalsOwnWords() throws {
    let lines = Self.before("another_goal") + ["Yes, I'd like to set one about my mood"]
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(state.value("goal_text", round: 1) == .text("my mood"))
    #expect(outputs.text.contains("goal: my mood."))
  }

  @Test func aNoWithTheRightDayAtTheReadBackChangesThatPart() throws {
    let lines = Self.before("step_check") + ["no its thursdys for bingo"]
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(state.value("step_how_often") == .text("thursdys for bingo"))
    #expect(state.value("step_what") == .text("walk to the end of the road"))
    #expect(state.current?.question == "step_check")
    #expect(outputs.text.contains("I've changed how often to: Thursdays for bingo."))
  }

  @Test func aBareNoToWhatCouldGetInTheWayIsNoneSaid() throws {
    let lines = Self.before("confidence") + ["3", "nah"]
    let (state, _) = converse(try Self.engine(), lines)
    #expect(state.value("barriers") == .skipped(.skipped))
  }

  @Test(arguments: ["nah", "no", "nope"])
  func aBareNoToTheStepIsNoStep(line: String) throws {
    let (state, _) = converse(try Self.engine(), Self.before("step_what") + [line])
    #expect(state.value("step_what") != .text(line))
  }

  @Test func aBareNoToHowOftenIsNotKeptAsHowOften() throws {
    let (state, _) = converse(try Self.engine(), Self.before("step_how_often") + ["nah"])
    #expect(state.value("step_how_often") == .skipped(.dontKnow))
    #expect(state.answers[AnswerKey("step_how_often")]?.words == "nah")
  }

  @Test func aListClosedOnTheLineThatAddsToItIsSaidBackOnce() throws {
    let lines = Self.before("priorities") + ["Also, my feet. That's all for now."]
    let (_, outputs) = converse(try Self.engine(), lines)
    #expect(outputs.text.contains("Got it: my feet."))
    #expect(!outputs.text.contains("Got it: my feet. Anything else?"))
  }

  @Test func dontKnowWithAGuessThatIsNoAmountIsDontKnow() throws {
    let (state, _) = converse(
      try Self.engine(), Self.before("step_how_much") + ["dunno every day"])
    #expect(state.value("step_how_much") == .skipped(.dontKnow))
    #expect(state.answers[AnswerKey("step_how_much")]?.words == "dunno every day")
  }

  @Test func dontKnowWithAnAmountTakesTheAmount() throws {
    let (state, _) = converse(
      try Self.engine(), Self.before("step_how_much") + ["not sure, maybe ten minutes"])
    #expect(state.value("step_how_much") == .text("ten minutes"))
  }

  @Test func howLongGivenForHowMuchIsAskedAgainPlainly() throws {
    let (state, outputs) = converse(
      try Self.engine(), Self.before("step_how_much") + ["a cupla weeks"])
    #expect(state.value("step_how_much") == nil)
    #expect(state.current?.question == "step_how_much")
    #expect(outputs.text.contains("That sounds like how long"))
    #expect(outputs.text.contains("For example: ten minutes"))
  }

  @Test func aDayGivenForTheTimeOfDayIsTheStartDay() throws {
    let (state, outputs) = converse(
      try Self.engine(), Self.before("step_when") + ["thursdy"])
    #expect(state.value("step_when") == nil)
    #expect(state.current?.question == "step_when")
    guard case .date? = state.value("step_start_date") else {
      Issue.record("the day was not kept as the start: \(outputs.text)")
      return
    }
    #expect(outputs.text.contains("start date"))
  }

  @Test func aClosingAtTheEndOfAListLineEndsTheList() throws {
    let lines = Self.before("priorities") + ["Also, my feet. That's all for now."]
    let (state, _) = converse(try Self.engine(), lines)
    #expect(state.value("priorities") == .list(["my feet"]))
    #expect(state.current?.question != "priorities")
  }

  @Test func aCheckInOnTheStartDayIsSaidBackWithALaterDayOffered() throws {
    var lines = Self.before("review_date")
    let start = try #require(lines.firstIndex(of: "monday"))
    lines[start] = "next monday"
    let (state, outputs) = converse(try Self.engine(), lines + ["next monday", "yes"])
    guard case .date(let start)? = state.value("step_start_date"),
      case .date(let check)? = state.value("review_date")
    else {
      Issue.record("no dates: \(outputs.text)")
      return
    }
    #expect(check == start.adding(days: 7))
    #expect(outputs.text.contains("a week after you start"))
  }

  @Test func changeNamedAtTheLastYesNoInTheEasierWayOpensIt() throws {
    let engine = try Self.engine()
    let lines = DialogueActEngineTests.answers.map(\.line)
    let (state, outputs) = converse(engine, lines + ["easier please", "change good day"])
    #expect(state.current?.question == "good_day", "\(outputs.text.suffix(600))")
  }
}
