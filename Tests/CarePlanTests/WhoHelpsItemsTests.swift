import CarePlan
import Dialogue
import Foundation
import Testing

/// "her son Imran after work, Dev (support worker) twice a week, and her neighbour sometimes"
/// was kept as one person who helps; the plan keeps each as the conversation said them back.
@Suite("Who helps, one person an item")
struct WhoHelpsItemsTests {
  static let script = """
    id: who-helps-test
    version: "1"
    title: Who helps
    sections:
      - id: about
        title: About
        questions:
          - id: support
            text: Who helps?
            plan: person.support
    """

  func support(_ line: String) throws -> [String] {
    let now = Date(timeIntervalSince1970: 1_795_341_600)
    let loaded = ScriptLoader.load(
      text: Self.script, file: "who.yaml", lexicon: Lexicon(concepts: []))
    let script = try #require(loaded.script, "\(loaded.diagnostics)")
    let engine = Engine(script: script, lexicon: Lexicon(concepts: []))
    let state = engine.replay([.start(at: now), .input(line, at: now)]).state
    let plan = PlanBuilder(script: script, concepts: engine.concepts).build(
      from: state, metadata: .init(planID: "p1", sessionID: "s1", createdAt: now, updatedAt: now))
    return plan.person.support
  }

  @Test func eachPersonNamedIsAnItem() throws {
    #expect(
      try support(
        "her son Imran after work, Dev (support worker) twice a week, and her neighbour sometimes")
        == [
          "her son Imran after work", "Dev (support worker) twice a week",
          "her neighbour sometimes",
        ])
  }

  @Test func oneHelperStaysWhole() throws {
    #expect(try support("my daughter and her husband") == ["my daughter and her husband"])
  }
}
