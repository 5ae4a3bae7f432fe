import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// What a worker typed for Mrs Begum with her nurse: "done" at "Is that right?" and a change
/// said by its new value at "Which parts change?". Each test failed before the fix.
@Suite("An agreement reads done and a part named by its value")
struct AgreeWorkerChecksTests {
  func agreeForMrsBegum(_ inputs: [String]) throws -> (plan: Plan, said: String) {
    try agreement(
      of: "people-20-worker-for-mrs-begum", with: "Sam Patel, practice nurse", inputs)
  }

  @Test("done at the step's read-back is no yes: the check is put again, plainly")
  func doneIsNoYesAtTheReadBack() throws {
    let result = try agreeForMrsBegum(["agreed but make it 10 minutes not 5", "done", "yes", "7"])
    #expect(result.said.contains("I need a yes or a no here."))
    let asked = result.said.components(separatedBy: "Your step is now:").count - 1
    #expect(asked == 2, "the read-back is put again")
    #expect(result.plan.goals.first?.ownStep?.howMuch == "10 minutes")
    #expect(result.plan.goals.first?.confidence == 7)
  }

  @Test("yes at the read-back is still a yes, with or without thanks")
  func yesIsStillYes() throws {
    let result = try agreeForMrsBegum(["agreed but make it 10 minutes not 5", "yes thats it", "7"])
    #expect(!result.said.contains("I need a yes or a no here."))
    #expect(result.plan.goals.first?.confidence == 7)
  }

  @Test("a change named by its new value at which parts change picks that part and puts it in")
  func partNamedByItsValue() throws {
    let result = try agreeForMrsBegum(["2", "make it 10 minutes not 5", "yes", "7"])
    #expect(result.said.contains("I've written that down for how much now: 10 minutes."))
    #expect(result.said.contains("Parts changed: How much."))
    let step = try #require(result.plan.goals.first?.ownStep)
    #expect(step.howMuch == "10 minutes")
    #expect(step.when == "after lunch")
  }

  @Test("words at which parts change that name no one part are asked about again")
  func noPartNamed() throws {
    let result = try agreeForMrsBegum(["2", "her son will walk with her"])
    #expect(!result.said.contains("I've written that down for"))
    #expect(result.said.contains("Type the numbers of the parts that change"))
  }
}
