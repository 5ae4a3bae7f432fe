import Dialogue
import Foundation
import TestSupport
import Testing

/// The small safety file of `SafetyConversation`, with a line for a doubt and plainer words
/// for the overdose category's check question.
enum SafetyDoubt {
  static let unsureLine =
    "That's all right. If you might have taken too much, get advice now (call 111). "
    + "If you feel unwell or sleepy, call 999."
  static let plainly = "I mean: today, have you swallowed more pills than you were told to take?"

  static let safetyYAML = SafetyConversation.safetyYAML.replacingOccurrences(
    of: "    check: \"Just to check: have you taken too much?\"\n",
    with: """
          check: "Just to check: have you taken too much?"
          check-plainly: "\(plainly)"
          if-unsure: "That's all right. If you might have taken too much, get advice now ({{nhs-111}}). If you feel unwell or sleepy, {{emergency}}."

      """)

  static let rules: SafetyRules = {
    SafetyRules.load(yaml: safetyYAML, file: "safety.yaml").rules ?? .empty
  }()

  static func engine(_ audience: Audience = .person) throws -> Engine {
    let script = try #require(loadScript(SafetyConversation.scriptYAML))
    return Engine(
      script: script, lexicon: Lexicon(concepts: []), safety: SafetyNet(rules: rules),
      audience: audience)
  }
}

@Suite("Safety: not sure, and what do you mean, at a check question")
struct SafetyCheckReplyTests {
  @Test("the file's line for a doubt and plainer words are read, with services filled in")
  func loaded() throws {
    let overdose = try #require(SafetyDoubt.rules.categories.first { $0.id == "overdose" })
    #expect(overdose.checkPlainly == SafetyDoubt.plainly)
    let reply = try #require(SafetyNet(rules: SafetyDoubt.rules).unsureReply(for: ["overdose"]))
    #expect(reply.line == SafetyDoubt.unsureLine)
    #expect(reply.services.map(\.id) == ["nhs-111", "emergency"])
    #expect(SafetyNet(rules: SafetyDoubt.rules).unsureReply(for: ["fainting"]) == nil)
  }

  @Test("a service the line for a doubt names must be one of the file's")
  func unknownService() {
    let yaml = SafetyDoubt.safetyYAML.replacingOccurrences(
      of: "({{nhs-111}})", with: "({{nhs111}})")
    let loaded = SafetyRules.load(yaml: yaml, file: "safety.yaml")
    #expect(loaded.rules == nil)
    #expect(
      loaded.diagnostics.contains {
        $0.description.contains("unknown service '{{nhs111}}'")
          && $0.description.contains("nhs-111")
      })
  }

  @Test(
    "not sure gets one calm line with the services that fit: no notice, no flag, nothing lost",
    arguments: ["not sure", "dunno", "idk", "maybe", "erm not sure tbh", "I don't know"])
  func unsureGetsTheShortLine(reply: String) throws {
    let engine = try SafetyDoubt.engine()
    let (state, outputs) = converse(engine, ["I have lots of pills", reply])
    #expect(outputs.notices.isEmpty, "\(reply)")
    #expect(outputs.said.contains(SafetyDoubt.unsureLine), "\(reply)")
    #expect(!outputs.text.contains("116 123"), "\(reply)")
    #expect(state.safetyFlags.isEmpty, "\(reply)")
    // The line that raised the check is the answer it was typed as.
    #expect(state.value("hard") == .text("I have lots of pills"), "\(reply)")
    #expect(outputs.asked.last == AnswerKey("name"), "\(reply)")
  }

  @Test("yes to the same question still shows the whole notice at once, and records it")
  func yesStillShowsTheNotice() throws {
    let engine = try SafetyDoubt.engine()
    let (state, outputs) = converse(engine, ["I have lots of pills", "yes"])
    #expect(outputs.notices.map(\.categories) == [["overdose"]])
    #expect(state.safetyFlags.map(\.category) == ["overdose"])
    #expect(!outputs.said.contains(SafetyDoubt.unsureLine))
  }

  @Test("not sure with words of a crisis in it shows the notice")
  func unsureWithACrisis() throws {
    let engine = try SafetyDoubt.engine()
    let (_, outputs) = converse(engine, ["I have lots of pills", "not sure, I took an overdose"])
    #expect(outputs.notices.map(\.categories) == [["overdose"]])
  }

  @Test("in facilitator mode the worker is told what was shown for a doubt")
  func workerIsTold() throws {
    let engine = try SafetyDoubt.engine(.facilitator)
    let (_, outputs) = converse(engine, ["I have lots of pills", "not sure"])
    #expect(
      outputs.shownNotices.last
        == "For the worker: they were not sure about an overdose, so they were shown only "
        + "NHS 111 (call 111) and Emergency services (call 999). Please check with them.")
  }

  @Test(
    "what do you mean gets the question in plainer words, and is never a yes or a no",
    arguments: ["wat do u mean", "huh", "what?", "what does that mean", "I don't understand"])
  func askedWhatItMeans(reply: String) throws {
    let engine = try SafetyDoubt.engine()
    let (state, outputs) = converse(engine, ["I have lots of pills", reply])
    #expect(outputs.notices.isEmpty, "\(reply)")
    #expect(outputs.said.suffix(2) == [SafetyDoubt.rules.wording.checkWhy, SafetyDoubt.plainly])
    #expect(state.value("hard") == nil, "\(reply)")
    #expect(state.safetyFlags.isEmpty, "\(reply)")
    // Still waiting for the answer: no reads the line as the answer it was.
    let answered = converse(engine, ["I have lots of pills", reply, "no"])
    #expect(answered.state.value("hard") == .text("I have lots of pills"), "\(reply)")
    let yes = converse(engine, ["I have lots of pills", reply, "yes"])
    #expect(yes.outputs.notices.map(\.categories) == [["overdose"]], "\(reply)")
  }
}
