import Dialogue
import Foundation
import TestSupport
import Testing

private let shortScript = """
  id: modes
  version: "1"
  title: Modes
  sections:
    - id: one
      title: One part
      questions:
        - id: name
          text: What should I call you?
          label: name
        - id: topics
          text: What would you like to talk about?
          kind: list
          max_items: 2
          label: topics
        - id: walk
          text: Do you walk?
          kind: yesno
          label: walking
  """

/// One mode holds at a time; a restart question or a safety notice that interrupts another
/// gives it back when it ends, with what it was holding.
@Suite("Conversation modes")
struct ConversationModeTests {
  let engine: Engine

  init() throws {
    engine = Engine(
      script: try #require(loadScript(shortScript)), lexicon: Lexicon(concepts: []),
      safety: SafetyFixtures.net)
  }

  @Test("an answer being changed waits through a restart question; back still puts it back")
  func changeOutlastsRestartQuestion() {
    let (_, before) = converse(engine, ["Sam", "change name", "restart"])
    let (state, outputs) = converse(engine, ["Sam", "change name", "restart", "no", "back"])
    let afterNo = outputs.dropFirst(before.count)
    #expect(afterNo.first == .say("OK, we'll carry on. Your answers are still here."))
    #expect(
      afterNo.contains {
        if case .ask(let prompt) = $0 {
          return prompt.key == AnswerKey("name")
            && prompt.text.hasSuffix(
              "Your answer was: Sam. What would you like it to be? Or say keep to leave it as it is."
            )
        }
        return false
      })
    #expect(state.value("name") == .text("Sam"))
    #expect(state.current == AnswerKey("topics"))
  }

  @Test("a safety notice just after a full list closed keeps the next line's done for the list")
  func closedListOutlastsSafetyNotice() {
    let (state, outputs) = converse(
      engine, ["Sam", "my feet, sleep", "my chest is so tight", "carry on", "done"])
    #expect(outputs.notices.count == 1)
    #expect(
      outputs.last(where: { if case .notice = $0 { true } else { false } })
        == .notice("That list is already finished, so we have moved on."))
    #expect(state.value("topics") == .list(["my feet", "sleep"]))
    #expect(state.value("walk") == nil)
    #expect(state.current == AnswerKey("walk"))
  }

  @Test("a safety notice after the end asks nothing: the conversation stays finished")
  func finishedStaysFinished() {
    let (state, outputs) = converse(
      engine, ["Sam", "done", "yes", "my chest is so tight", "hello"])
    #expect(state.finished)
    #expect(outputs.notices.count == 1)
    #expect(outputs.last == .notice("We have finished. Thank you for your answers."))
  }
}
