import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// What "but", "same" and "sort of" mean when a plan is agreed, as a worker typed them for
/// Mrs Begum and her nurse: "agreed but make it 10 minutes not 5" is agreed with that change,
/// "same" keeps what is there, and "sort of" is asked about again. Each test failed before
/// the fix.
@Suite("An agreement reads but, same and sort of")
struct AgreeNoSameButTests {
  /// Mrs Begum's first plan: her step is "walk to the end of the road and back, with me on
  /// tuesdays", 5 mins, after lunch, on her road, most days.
  func agreeForMrsBegum(_ inputs: [String]) throws -> (plan: Plan, said: String) {
    try agreement(
      of: "people-20-worker-for-mrs-begum", with: "Nurse Okafor, practice nurse", inputs)
  }

  /// A plan with one goal and three open questions, the first "how long will the hip pain
  /// last", reached after the goal and the professional's actions.
  func agreeForBess(_ inputs: [String]) throws -> (plan: Plan, said: String) {
    try agreement(
      of: "people-1-walk-the-dog", with: "Sam Patel, practice nurse",
      ["1", "skip", "no"] + inputs)
  }

  @Test(
    "agreed, yes or ok with a change after but is agreed with changes, and the change is put in",
    arguments: [
      "agreed but make it 10 minutes not 5", "yes but 10 minutes", "ok, but make it 10 minutes",
    ])
  func agreedButAChange(line: String) throws {
    let result = try agreeForMrsBegum([line, "yes", "7"])
    let agreement = try #require(result.plan.agreement)
    #expect(agreement.goals.first?.outcome == .agreedWithChanges)
    #expect(agreement.goals.first?.note == nil)
    let step = try #require(result.plan.goals.first?.ownStep)
    #expect(step.howMuch == "10 minutes")
    #expect(step.when == "after lunch")
    #expect(!result.said.contains("Which parts change?"))
    #expect(result.said.contains("Your step is now:"))
    #expect(result.said.contains("Parts changed: How much."))
    #expect(result.said.contains("for 10 minutes"))
  }

  @Test("a change after but that names no one part asks which parts change")
  func agreedButAChangeOfNoOnePart() throws {
    let result = try agreeForMrsBegum(["agreed but her son will walk with her"])
    #expect(result.plan.agreement?.goals.first?.outcome == .agreedWithChanges)
    #expect(result.said.contains("Which parts change?"))
  }

  @Test("same to what was agreed keeps the goal as it is, the words after it its note")
  func sameIsAgreedAsItIs() throws {
    let plain = try agreeForMrsBegum(["same"])
    #expect(plain.plan.agreement?.goals.first?.outcome == .agreed)
    let noted = try agreeForMrsBegum(["same, she likes it"])
    #expect(noted.plan.agreement?.goals.first?.outcome == .agreed)
    #expect(noted.plan.agreement?.goals.first?.note == "she likes it")
  }

  @Test("sort of to whether a question was answered is asked again, never kept as the answer")
  func sortOfIsAskedAgain() throws {
    let result = try agreeForBess(["sort of", "no"])
    let need = try #require(
      result.plan.informationNeeds.first { $0.question == "how long will the hip pain last" })
    #expect(need.answer == nil)
    #expect(!result.said.contains("down for the answer: sort of"))
    let asked = result.said.components(separatedBy: "how long will the hip pain last").count - 1
    #expect(asked == 2, "asked once more")
  }

  @Test("same with words keeps a question open, the words after same kept with it")
  func sameKeepsTheQuestionOpen() throws {
    let result = try agreeForBess(["same, monday phone call"])
    let need = try #require(
      result.plan.informationNeeds.first { $0.question == "how long will the hip pain last" })
    #expect(need.answer == nil)
    #expect(need.stillOpen == "monday phone call")
  }
}
/// "same, she is on rehab tuesdays" to a part of the step being changed: the part stays as it
/// was, and the words after "same" are its note, not the new part.
@Suite struct SameWithWordsTests {
  @Test func sameWithWordsKeepsTheOldPartAndNotesTheRest() throws {
    let (plan, said) = try agreement(
      of: "people-1-walk-the-dog", with: "Sam Patel, practice nurse",
      ["2", "where", "same, she is on rehab tuesdays"])
    #expect(said.contains("I've kept your answer as it was: on our road."))
    #expect(said.contains("I've noted this with it: she is on rehab tuesdays."))
    let step = try #require(plan.goals.first?.ownStep)
    #expect(step.where == "on our road")
    #expect(step.note == "she is on rehab tuesdays")
  }

  @Test func theNoteIsTheWordsAfterSame() {
    #expect(AnswerNote.afterSame("same, monday phone call") == "monday phone call")
    #expect(AnswerNote.afterSame("the same as before") == nil)
    #expect(AnswerNote.afterSame("same") == nil)
    #expect(AnswerNote.afterSame("sameday delivery") == nil)
    #expect(AnswerNote.opensWithSame("same - she is on the class now"))
  }
}
