import TestSupport
import Testing

@testable import Dialogue

/// A nurse's or a worker's own task about a symptom ("ring her monday about the ankle
/// swelling") says what they will do, not that something is happening now: no check question.
/// The same words told as news still raise what they raised.
@Suite("Safety frames: a task someone plans to do")
struct SafetyTaskFrameTests {
  @Test(
    "a professional's planned task about a symptom asks nothing",
    arguments: [
      "ring her monday about the ankle swelling and the water tablet dose",
      "Ring him Friday re the swollen ankles",
      "I'll ring her next week about the ankle swelling",
      "refer to the heart failure nurse about the ankle swelling",
      "check her sugars at the next visit, they were low last week",
      "review his tablets, he took too many last week",
    ])
  func taskAsksNothing(line: String) {
    #expect(SafetyFixtures.net.check(line).isEmpty, "\(line)")
  }

  @Test(
    "the same words told as news still raise their category",
    arguments: [
      ("my ankles are swelling up fast and I can't breathe", "severe-breathlessness"),
      ("I went in to check on her and she was not breathing", "collapse-fits-bleeding-allergy"),
      ("ring the ambulance he is not breathing", "collapse-fits-bleeding-allergy"),
      ("he's not breathing, ring 999", "collapse-fits-bleeding-allergy"),
    ])
  func newsStillRaises(line: String, category: String) {
    #expect(SafetyFixtures.net.check(line).map(\.category.id).contains(category), "\(line)")
  }

  @Test("a clear sign in a task is asked about first, never let go")
  func clearSignInATaskAsksFirst() {
    let found = SafetyFixtures.net.check("book a review of the chest pain with the gp")
    #expect(found.map(\.category.id) == ["chest-pain"])
    #expect(found.map(\.tier) == [.check])
  }

  @Test("a task is found where a clause starts, or after words that plan it, never mid-clause")
  func taskOnlyWhereAClauseStarts() {
    let found = { (line: String) in
      Frames.tasks(in: Tokenizer.tokens(of: line)).map(\.kind)
    }
    #expect(found("ring her monday") == [.task])
    #expect(found("I will refer him to the clinic") == [.task])
    #expect(found("she was fine, check her feet next week") == [.task])
    #expect(found("I went in to check on her") == [])
    #expect(found("can you ring her daughter") == [])
    #expect(found("ring the ambulance") == [])
  }
}
