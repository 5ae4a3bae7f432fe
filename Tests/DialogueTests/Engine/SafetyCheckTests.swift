import Dialogue
import Foundation
import TestSupport
import Testing

/// A small safety file and script for the conversation side of the safety net: a category
/// whose words ask first, one whose clear words show the notice at once, and one the person
/// cannot take back alone.
enum SafetyConversation {
  static let safetyYAML = """
    wording:
      after-carry-on: Thank you for telling me. Take your time.
      check-answered: Thank you. I just wanted to be sure.
      withdrawn: Sorry, I got that wrong.
      kept-notice:
        categories: [suicidal]
        say: I can't take this one off on my own.
    services:
      - id: samaritans
        name: Samaritans
        contact: call 116 123
        say: Call Samaritans on 116 123.
      - id: emergency
        name: Emergency services
        contact: call 999
        say: Call 999.
      - id: nhs-111
        name: NHS 111
        contact: call 111
        say: Call 111.
    groups:
      - id: tablets
        words: [tablets, pills, paracetamol]
    categories:
      - id: suicidal
        name: thoughts of suicide
        title: You are not alone
        level: emergency
        message: Please talk to someone.
        signpost: [samaritans]
        check: "Just to check: are you having thoughts of ending your life?"
        patterns:
          - want to die
      - id: overdose
        name: an overdose
        title: Please get help now
        level: emergency
        message: Get help now.
        signpost: [emergency, samaritans]
        check: "Just to check: have you taken too much?"
        patterns:
          - took an overdose
          - many {tablets}
          - took * {tablets}
        ask-first:
          - lots of {tablets}
      - id: fainting
        name: fainting
        title: Please get advice today
        level: urgent
        message: Please get advice.
        signpost: [nhs-111]
        check: "Just to check: is this happening now?"
        patterns:
          - passed out
        ask-first:
          - fainted
      - id: medicine-change
        title: A question for your appointment
        level: appointment
        message: Your doctor can help with that.
        patterns:
          - stop my {tablets}
    """

  static let scriptYAML = """
    id: care
    version: "1"
    title: Care
    sections:
      - id: one
        title: Your care
        questions:
          - id: hard
            text: Is any part of your care hard to keep up with?
            label: hard part
            reflect: Thank you for being honest.
          - id: name
            text: What should I call you?
            label: name
    """

  static let rules: SafetyRules = {
    SafetyRules.load(yaml: safetyYAML, file: "safety.yaml").rules ?? .empty
  }()
  static let net = SafetyNet(rules: rules)

  static func engine(_ audience: Audience = .person) throws -> Engine {
    let script = try #require(loadScript(scriptYAML))
    return Engine(script: script, lexicon: Lexicon(concepts: []), safety: net, audience: audience)
  }

  static let check = "Just to check: is this happening now?"
  static let overdoseCheck = "Just to check: have you taken too much?"
}

extension [Output] {
  /// What was said, in order.
  var said: [String] {
    compactMap {
      if case .say(let text) = $0 { return text }
      return nil
    }
  }

  var shownNotices: [String] {
    compactMap {
      if case .notice(let text) = $0 { return text }
      return nil
    }
  }
}

@Suite("Safety: the check question before a notice")
struct SafetyCheckTests {
  @Test("words that could be everyday ask the check question: no notice, no flag")
  func asksFirst() throws {
    #expect(SafetyConversation.rules.categories.count == 4)
    let engine = try SafetyConversation.engine()
    let (state, outputs) = converse(engine, ["I fainted in the shop"])
    #expect(outputs.notices.isEmpty)
    #expect(outputs.last == .say(SafetyConversation.check))
    #expect(state.safetyFlags.isEmpty)
    #expect(state.value("hard") == nil)
  }

  @Test(
    "yes, in the ways people say it, or not sure, shows the notice and records the flag",
    arguments: [
      "yes", "Yeah it is", "yep", "yeh", "yh it is", "I am", "right now", "erm yes", "not sure",
      "maybe",
      "dunno", "a bit",
    ])
  func yesShowsTheNotice(reply: String) throws {
    let engine = try SafetyConversation.engine()
    let (state, outputs) = converse(engine, ["I fainted in the shop", reply])
    #expect(outputs.notices.map(\.categories) == [["fainting"]], "\(reply)")
    #expect(state.safetyFlags.map(\.category) == ["fainting"], "\(reply)")
    #expect(outputs.last == .say(SafetyConversation.rules.wording.carryOn), "\(reply)")
    #expect(state.value("hard") == nil, "\(reply)")
  }

  @Test(
    "no, or anything that is not a concern: a kind line, and the line is read as the answer",
    arguments: [
      "no", "No, years ago", "nope", "nah", "I'm fine", "not now", "it is not", "I have not",
      "it was when I gave blood", "no, I just get a bit tired sometimes",
    ])
  func noReadsTheLineAsTheAnswer(reply: String) throws {
    let engine = try SafetyConversation.engine()
    let (state, outputs) = converse(engine, ["I fainted in the shop", reply])
    #expect(outputs.notices.isEmpty, "\(reply)")
    #expect(outputs.said.contains("Thank you. I just wanted to be sure."), "\(reply)")
    // The check's own short line is the thanks: the question's reply would judge the no.
    #expect(!outputs.said.contains("Thank you for being honest."), "\(reply)")
    #expect(state.value("hard") == .text("I fainted in the shop"), "\(reply)")
    #expect(state.safetyFlags.isEmpty, "\(reply)")
    #expect(outputs.asked.last == AnswerKey("name"), "\(reply)")
  }

  @Test("an answer that is itself a clear statement shows its notice at once")
  func clearAnswer() throws {
    let engine = try SafetyConversation.engine()
    let (state, outputs) = converse(engine, ["I fainted in the shop", "I took an overdose"])
    #expect(outputs.notices.map(\.categories) == [["overdose"]])
    #expect(state.safetyFlags.map(\.category) == ["overdose"])
    #expect(state.value("hard") == nil)
    // Carrying on goes back to the question, not to the check.
    let carried = converse(engine, ["I fainted in the shop", "I took an overdose", "carry on"])
    #expect(carried.outputs.asked.last == AnswerKey("hard"))
  }

  @Test("words that could mean a crisis in the answer show the notice, unless it says no")
  func askFirstWordsInTheAnswer() throws {
    let engine = try SafetyConversation.engine()
    let worried = converse(engine, ["I fainted in the shop", "and I have lots of pills"])
    #expect(worried.outputs.notices.map(\.categories) == [["overdose", "fainting"]])
    let no = converse(engine, ["I fainted in the shop", "no, I just have lots of pills"])
    #expect(no.outputs.notices.isEmpty)
    #expect(no.state.value("hard") == .text("I fainted in the shop"))
  }

  @Test(
    "what do you mean puts the check question again, saying why it was asked",
    arguments: ["wat do u mean", "why?", "what does that mean", "I don't understand"])
  func askedWhat(reply: String) throws {
    let engine = try SafetyConversation.engine()
    let (state, outputs) = converse(engine, ["I fainted in the shop", reply])
    #expect(outputs.notices.isEmpty, "\(reply)")
    #expect(outputs.said.contains(SafetyConversation.rules.wording.checkWhy), "\(reply)")
    #expect(outputs.last == .say(SafetyConversation.check), "\(reply)")
    #expect(state.value("hard") == nil, "\(reply)")
  }

  @Test("repeat and help put the check question again; back leaves it with the line")
  func commandsAtTheCheck() throws {
    let engine = try SafetyConversation.engine()
    let repeated = converse(engine, ["I fainted in the shop", "repeat"])
    #expect(repeated.outputs.said.filter { $0 == SafetyConversation.check }.count == 2)
    let back = converse(engine, ["I fainted in the shop", "back"])
    #expect(back.state.value("hard") == nil)
    #expect(back.outputs.notices.isEmpty)
    let quit = converse(engine, ["I fainted in the shop", "quit"])
    #expect(quit.outputs.last == .stopped)
  }

  @Test("in facilitator mode the worker is told a check question was asked, and why")
  func facilitator() throws {
    let engine = try SafetyConversation.engine(.facilitator)
    let (state, outputs) = converse(engine, ["I fainted in the shop"])
    #expect(
      outputs.shownNotices == [
        "For the worker: their words could mean fainting, or could be everyday words, so they "
          + "were asked a check question first."
      ])
    #expect(outputs.last == .say(SafetyConversation.check))
    #expect(state.safetyFlags.isEmpty)
  }

  @Test("a kiosk asks the check question as self mode does")
  func kiosk() throws {
    let engine = try SafetyConversation.engine(.kiosk)
    let (_, outputs) = converse(engine, ["I fainted in the shop"])
    #expect(outputs.notices.isEmpty)
    #expect(outputs.last == .say(SafetyConversation.check))
  }

  @Test("replaying gives the same conversation, and resuming puts the check question again")
  func replayAndResume() throws {
    let engine = try SafetyConversation.engine()
    let inputs = ["I fainted in the shop"]
    let first = converse(engine, inputs)
    let second = converse(engine, inputs)
    #expect(first.state == second.state && first.outputs == second.outputs)
    let resumed = engine.step(first.state, .start(at: testNow.addingTimeInterval(3600)))
    #expect(resumed.outputs.last == .say(SafetyConversation.check))
    let answered = engine.step(
      resumed.state, .input("no", at: testNow.addingTimeInterval(3660)))
    #expect(answered.state.value("hard") == .text("I fainted in the shop"))
  }

  @Test("a question for the appointment beside ask-first words is kept, and the line answers")
  func appointmentQuestionBeside() throws {
    let engine = try SafetyConversation.engine()
    let (state, _) = converse(engine, ["I fainted, should I stop my pills", "no"])
    #expect(state.planAdditions.map(\.text) == ["stop my pills"])
    #expect(state.value("hard") == .text("I fainted, should I stop my pills"))
  }
}

@Suite("Safety: the same words never fire twice in a row")
struct SafetyRepeatTests {
  @Test("the loop from the issue: a notice, carry on, the same answer asks the check question")
  func sameAnswerAgain() throws {
    let engine = try SafetyConversation.engine()
    let (state, outputs) = converse(
      engine, ["to many tablets", "carry on", "to many tablets", "no"])
    #expect(outputs.notices.map(\.categories) == [["overdose"]])
    #expect(outputs.said.contains(SafetyConversation.overdoseCheck))
    #expect(state.safetyFlags.count == 1)
    #expect(state.value("hard") == .text("to many tablets"))
    #expect(outputs.asked.last == AnswerKey("name"))
  }

  @Test("the gentle line comes after carry on, before the question")
  func gentleLine() throws {
    let engine = try SafetyConversation.engine()
    let (_, before) = converse(engine, ["to many tablets"])
    let (_, outputs) = converse(engine, ["to many tablets", "carry on"])
    let turn = Array(outputs.dropFirst(before.count))
    #expect(turn.first == .say("Thank you for telling me. Take your time."))
    #expect(turn.asked == [AnswerKey("hard")])
    #expect(
      SafetyFixtures.rules.wording.afterCarryOn
        == "Thank you for telling me. Take your time. We can carry on when you're ready.")
  }

  @Test(
    "saying it again, or explaining it in words of the same group, asks first",
    arguments: ["too many tablets", "i mean i took my pills", "I meant I took my paracetamol"])
  func explains(line: String) throws {
    let engine = try SafetyConversation.engine()
    let (_, outputs) = converse(engine, ["to many tablets", "carry on", line])
    #expect(outputs.notices.count == 1, "\(line)")
    #expect(outputs.last == .say(SafetyConversation.overdoseCheck), "\(line)")
  }

  @Test("saying it again before choosing carry on or stop also asks first")
  func beforeCarryOn() throws {
    let engine = try SafetyConversation.engine()
    let (state, outputs) = converse(engine, ["to many tablets", "to many tablets", "no"])
    #expect(outputs.notices.count == 1)
    #expect(state.value("hard") == .text("to many tablets"))
  }

  @Test(
    "a new, different clear statement still shows its notice at once",
    arguments: [
      ("I took 40 paracetamol", ["overdose"]), ("I want to die", ["suicidal"]),
      ("I passed out", ["fainting"]),
    ])
  func differentStatement(line: String, categories: [String]) throws {
    let engine = try SafetyConversation.engine()
    let (_, outputs) = converse(engine, ["to many tablets", "carry on", line])
    #expect(outputs.notices.map(\.categories) == [["overdose"], categories], "\(line)")
  }

  @Test("once the question is answered, the same words are a new statement")
  func afterTheQuestionMovesOn() throws {
    let engine = try SafetyConversation.engine()
    let (_, outputs) = converse(
      engine, ["to many tablets", "carry on", "my feet", "to many tablets"])
    #expect(outputs.notices.count == 2)
  }

  @Test("yes to the check question about the same words shows the notice again")
  func yesAgain() throws {
    let engine = try SafetyConversation.engine()
    let (state, outputs) = converse(
      engine, ["to many tablets", "carry on", "to many tablets", "yes"])
    #expect(outputs.notices.count == 2)
    #expect(state.safetyFlags.count == 2)
  }
}
