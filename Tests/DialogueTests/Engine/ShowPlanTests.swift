import Dialogue
import Foundation
import TestSupport
import Testing

/// `show: plan` on a statement: the plan so far is shown where the script says, so a person can
/// check it before saying it is right, not only once the conversation has ended.
@Suite struct ShowPlanTests {
  static let yaml = """
    id: check
    version: "1"
    sections:
      - id: start
        title: Start
        questions:
          - id: goal
            text: What would you like to change?
          - say: Here is your plan so far.
            show: plan
          - id: happy
            text: Are you happy with it?
            kind: yesno
    """

  @Test("a statement with show: plan asks for the plan after its words, before the next question")
  func planBeforeTheQuestion() throws {
    let script = try #require(loadScript(ShowPlanTests.yaml))
    let statement = try #require(
      script.sections[0].items.compactMap { item -> Statement? in
        if case .statement(let statement) = item { return statement }
        return nil
      }.first)
    #expect(statement.showsPlan)
    let engine = Engine(script: script, lexicon: Lexicon(concepts: []))
    let (_, outputs) = converse(engine, ["walk more"])
    let said = try #require(outputs.firstIndex(of: .say("Here is your plan so far.")))
    let plan = try #require(outputs.firstIndex(of: .plan))
    let asked = try #require(
      outputs.firstIndex {
        if case .ask(let prompt) = $0 { prompt.key.question == "happy" } else { false }
      })
    #expect(said < plan && plan < asked)
    #expect(!outputs.contains(.finished))
  }

  @Test("without show: plan the plan is asked for only at the end")
  func onlyAtTheEnd() throws {
    let yaml = ShowPlanTests.yaml.replacingOccurrences(of: "        show: plan\n", with: "")
    let script = try #require(loadScript(yaml))
    let engine = Engine(script: script, lexicon: Lexicon(concepts: []))
    #expect(!converse(engine, ["walk more"]).outputs.contains(.plan))
    let (_, outputs) = converse(engine, ["walk more", "yes"])
    #expect(outputs.filter { $0 == .plan }.count == 1)
    #expect(outputs.suffix(2) == [.plan, .finished])
  }
}
