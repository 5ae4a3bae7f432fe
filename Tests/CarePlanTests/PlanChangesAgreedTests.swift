import Foundation
import Testing

@testable import CarePlan

/// Issue 18: `show latest --changes` from a plan to its agreed version listed a goal twice,
/// once with what was agreed and again with its changed step. Failed before the fix.
@Suite struct PlanChangesAgreedTests {
  @Test func eachGoalIsListedOnceWithWhatWasAgreedAndWhatChanged() throws {
    let draft = draftPlan()
    var agreed = try agree(draft, agreedAnswers, with: nurse).plan
    // The agreement changed the goal too, as "agreed with changes" does.
    agreed.goals[0].confidence = (draft.goals[0].confidence ?? 5) == 9 ? 8 : 9
    let lines = PlanChanges.lines(from: draft, to: agreed)
    for goal in agreed.goals {
      let headings = lines.filter { $0.hasPrefix("Goal: \(goal.text)") }
      #expect(headings.count <= 1, "\(lines)")
    }
    let heading = try #require(lines.firstIndex { $0.hasPrefix("Goal: \(agreed.goals[0].text)") })
    #expect(lines[heading].hasSuffix(")"), "the outcome is on the goal's one heading")
    // What the professional took on and what changed both sit under it.
    let under = lines[(heading + 1)...].prefix { $0.hasPrefix("  ") }
    #expect(under.contains { $0.contains("How sure") })
    #expect(lines.contains("  Sam Patel, practice nurse, will refer me to podiatry"))
  }

  @Test func aPlanNotNewlyAgreedHasNoOutcomeOnItsGoals() throws {
    let agreed = try agree(draftPlan(), agreedAnswers, with: nurse).plan
    var later = agreed
    later.goals[0].confidence = (agreed.goals[0].confidence ?? 5) == 9 ? 8 : 9
    let lines = PlanChanges.lines(from: agreed, to: later)
    #expect(!lines.contains { $0.hasPrefix("Agreed with") })
    #expect(lines.contains("Goal: \(later.goals[0].text)"))
  }
}
