import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// The plan the small script makes from `state`.
func smallPlan(_ state: ConversationState) throws -> Plan {
  let script = try #require(SafetyFixtures.smallScript)
  return PlanBuilder(script: script, concepts: ConceptMatcher(lexicon: Lexicon(concepts: [])))
    .build(
      from: state,
      metadata: .init(planID: "p1", sessionID: "s1", createdAt: testNow, updatedAt: testNow))
}

@Suite("Safety in the conversation")
struct SafetyEngineTests {
  @Test("a crisis line shows the notice first, then asks to carry on or stop")
  func noticeFirst() throws {
    let engine = try SafetyFixtures.engine()
    let (state, outputs) = converse(engine, ["I want to end my life"])
    let afterStart = engine.replay([.start(at: testNow)]).outputs.count
    let turn = Array(outputs.dropFirst(afterStart))
    guard case .safety(let notice) = turn.first else {
      Issue.record("the first output was not the notice: \(turn)")
      return
    }
    #expect(notice.categories == ["suicidal-thoughts"])
    #expect(turn.last == .say(SafetyFixtures.rules.wording.carryOn))
    #expect(state.safetyFlags.map(\.category) == ["suicidal-thoughts"])
    #expect(state.safetyFlags.first?.signposting.contains("116 123") == true)
    #expect(state.safetyFlags.first?.at == testNow.addingTimeInterval(60))
    #expect(state.value("name") == nil)
  }

  @Test("carrying on asks the question again: the line that set off the notice is no answer")
  func carryOnKeepsTheLine() throws {
    let engine = try SafetyFixtures.engine()
    let (state, outputs) = converse(engine, ["Sam, and I want to die", "carry on"])
    #expect(state.value("name") == nil)
    #expect(
      outputs.text.contains(
        "Thank you for telling me. Take your time. We can carry on when you're ready."))
    #expect(outputs.asked == [AnswerKey("name"), AnswerKey("name")])
    #expect(outputs.notices.count == 1)
    #expect(!outputs.text.contains("Thanks, Sam"))
    let answered = converse(engine, ["Sam, and I want to die", "carry on", "Sam"])
    #expect(answered.state.value("name") == .text("Sam"))
    #expect(answered.outputs.asked.last == AnswerKey("setting"))
  }

  @Test("the line that set off a notice is nowhere in the plan; its flag is")
  func planLeavesTheLineOut() throws {
    let engine = try SafetyFixtures.engine()
    let line = "walking, and honestly I want to kill myself"
    let (state, _) = converse(engine, ["Sam", "1", line, "carry on", "seeing friends"])
    let plan = try smallPlan(state)
    let json = PlanJSON.encode(plan)
    #expect(!json.contains("kill myself"))
    #expect(!json.contains("walking, and honestly"))
    #expect(plan.safety.map(\.category) == ["suicidal-thoughts"])
    #expect(state.value("good_day") == .text("seeing friends"))
  }

  @Test("a list being gathered keeps its items through a notice")
  func listKeepsItsItems() throws {
    let engine = try SafetyFixtures.engine()
    let (state, outputs) = converse(
      engine,
      ["Sam", "1", "walking", "my hip", "I can't breathe", "carry on", "sleep", "done"])
    #expect(state.value("topics") == .list(["my hip", "sleep"]))
    #expect(outputs.notices.map(\.categories) == [["severe-breathlessness"]])
  }

  @Test("a question for the appointment in a line with a crisis is kept in its own words")
  func questionBesideACrisis() throws {
    let engine = try SafetyFixtures.engine()
    let (state, _) = converse(
      engine, ["should I stop my insulin? some days I want to end it all", "carry on"])
    #expect(state.planAdditions.map(\.text) == ["should I stop my insulin"])
    #expect(state.safetyFlags.map(\.category) == ["suicidal-thoughts"])
  }

  @Test(
    "the reply to carry on or stop: a not turns a choice round, and a bare no is asked again",
    arguments: [
      ("carry on", true), ("yes", true), ("I don't want to stop", true), ("don't stop", true),
      ("no, carry on", true), ("stop", false), ("no, stop", false),
      ("I'd rather not carry on", false), ("I don't want to carry on", false), ("quit", false),
    ])
  func carryOnOrStop(reply: String, carriesOn: Bool) throws {
    let engine = try SafetyFixtures.engine()
    let (_, outputs) = converse(engine, ["I want to kill myself", reply])
    if carriesOn {
      #expect(
        outputs.text.contains(
          "Thank you for telling me. Take your time. We can carry on when you're ready."),
        "\(reply)")
      #expect(outputs.last.map { if case .ask = $0 { true } else { false } } == true, "\(reply)")
    } else {
      #expect(outputs.last == .stopped, "\(reply)")
    }
  }

  @Test("a plain no answers neither carry on nor stop, so the question is put again")
  func plainNo() throws {
    // The question is "Would you like to carry on, or stop for now?": a choice, not yes or no.
    #expect(SafetyFixtures.rules.wording.carryOn.contains(", or stop"))
    let engine = try SafetyFixtures.engine()
    let (state, outputs) = converse(engine, ["I want to kill myself", "no"])
    #expect(outputs.text.contains(SafetyFixtures.rules.wording.carryOnUnclear))
    #expect(outputs.last == .say(SafetyFixtures.rules.wording.carryOn))
    #expect(!outputs.contains(.stopped))
    #expect(state.value("name") == nil)
  }

  @Test("stop ends the conversation for now")
  func stop() throws {
    let engine = try SafetyFixtures.engine()
    let (state, outputs) = converse(engine, ["I want to kill myself", "stop"])
    #expect(outputs.last == .stopped)
    #expect(state.value("name") == nil)
    #expect(state.safetyFlags.count == 1)
  }

  @Test("an unclear reply asks again")
  func unclearReply() throws {
    let engine = try SafetyFixtures.engine()
    let (_, outputs) = converse(engine, ["I want to kill myself", "maybe"])
    #expect(outputs.text.contains(SafetyFixtures.rules.wording.carryOnUnclear))
    #expect(outputs.last == .say(SafetyFixtures.rules.wording.carryOn))
  }

  @Test("the safety net comes before commands and the restart question")
  func beforeCommandsAndRestart() throws {
    let engine = try SafetyFixtures.engine()
    let restart = converse(engine, ["restart", "yes my chest is so tight"])
    #expect(restart.outputs.notices.map(\.categories) == [["chest-pain"]])
    #expect(restart.state.safetyFlags.count == 1)
    // Carrying on puts the restart question again; the line did not answer it.
    let carried = converse(engine, ["Sam", "restart", "yes my chest is so tight", "carry on"])
    #expect(carried.state.value("name") == .text("Sam"))
    #expect(!carried.outputs.text.contains("OK, let's start again."))
    #expect(
      carried.outputs.last
        == .notice(
          "Do you want to start again from the beginning? Your answers so far will be cleared. Please say yes or no."
        ))
    // A line that would be a command is caught by the safety net first.
    let command = converse(engine, ["help I can't breathe"])
    #expect(command.outputs.notices.map(\.categories) == [["severe-breathlessness"]])
  }

  @Test("in facilitator mode the worker is told plainly")
  func facilitatorNotice() throws {
    let engine = try SafetyFixtures.engine(.facilitator)
    let (_, outputs) = converse(engine, ["my husband has collapsed"])
    #expect(
      outputs.contains(
        .notice(
          "For the worker: they mentioned signs that could be an emergency (a collapse, a fit, "
            + "heavy bleeding or a bad allergic reaction). They were shown: Emergency services "
            + "(call 999). Please check they are safe now.")))
    let (_, chest) = converse(
      engine, ["my chest is killing me and my sugar is 1.9 and I'm confused"])
    #expect(
      chest.contains(
        .notice(
          "For the worker: they mentioned signs that could be an emergency (chest pain and "
            + "blood sugar with confusion or drowsiness). They were shown: Emergency services "
            + "(call 999) and NHS 111 (111.nhs.uk or call 111). Please check they are safe now.")))
  }

  @Test("a diagnosis question is added to the plan's questions for the appointment")
  func diagnosisQuestionInThePlan() throws {
    let engine = try SafetyFixtures.engine()
    let (state, outputs) = converse(engine, ["Sam", "do I have diabetes?", "1"])
    #expect(outputs.notices.isEmpty)
    #expect(outputs.text.contains("your doctor or nurse can"))
    let plan = try smallPlan(state)
    #expect(plan.informationNeeds.map(\.question) == ["do I have diabetes?"])
    #expect(state.value("setting") == .choice("alone"))
  }

  @Test("a question about diagnosis or medicine goes to the person's questions")
  func appointmentLevel() throws {
    let engine = try SafetyFixtures.engine()
    let (state, outputs) = converse(engine, ["should I stop my insulin?"])
    #expect(outputs.notices.isEmpty)
    #expect(state.planAdditions.map(\.field) == [.informationNeeds])
    #expect(state.planAdditions.map(\.text) == ["should I stop my insulin?"])
    #expect(state.planAdditions.first?.rule == "safety:medicine-change")
    #expect(outputs.text.contains("Please don't change your medicines on your own."))
    #expect(outputs.asked == [AnswerKey("name"), AnswerKey("name")])
    #expect(state.value("name") == nil)
    #expect(state.safetyFlags.isEmpty)
  }

  @Test("an unsafe goal is turned back to the appointment")
  func unsafeGoal() throws {
    let engine = try SafetyFixtures.engine()
    let (state, outputs) = converse(engine, ["Sam", "1", "stop all my tablets"])
    #expect(state.planAdditions.map(\.text) == ["stop all my tablets"])
    #expect(outputs.asked.last == AnswerKey("good_day"))
  }

  @Test("negation does not switch a crisis off in the conversation either")
  func negationInConversation() throws {
    let engine = try SafetyFixtures.engine()
    let (state, outputs) = converse(engine, ["I'm not suicidal but I'm struggling"])
    #expect(outputs.notices.count == 1)
    #expect(state.safetyFlags.map(\.category).contains("suicidal-thoughts"))
  }

  @Test("replaying the same events gives the same state and outputs")
  func replayIsDeterministic() throws {
    let engine = try SafetyFixtures.engine(.facilitator)
    let inputs = [
      "Sam", "I want to end it all", "carry on", "can I double my dose?", "he hits me", "stop",
    ]
    let first = converse(engine, inputs)
    let second = converse(engine, inputs)
    #expect(first.state == second.state)
    #expect(first.outputs == second.outputs)
    #expect(first.state.safetyFlags.map(\.category) == ["suicidal-thoughts", "abuse-unsafe-home"])
  }

  @Test("after the end, the numbers are still shown, with no question")
  func afterTheEnd() throws {
    let script = try #require(SafetyFixtures.smallScript)
    let answers = [
      "Sam", "2", "walking the dog", "my hip, sleep", "done", "yes", "3", "1, 3", "walk more",
      "7", "2026-12-01", "no",
    ]
    let done = converse(
      Engine(script: script, lexicon: Lexicon(concepts: []), safety: SafetyFixtures.net),
      answers + ["I took an overdose"])
    #expect(done.state.finished)
    #expect(done.outputs.notices.count == 1)
    #expect(done.outputs.last.map { if case .safety = $0 { true } else { false } } == true)
  }
}

/// The plan's foot takes its urgent-help numbers from the safety file, as the notice does.
@Suite("Safety numbers in the plan")
struct SafetyFooterTests {
  @Test("a changed number in the safety file is what the notice and the plan's foot show")
  func servicesComeFromTheFile() throws {
    let yaml = UnderstandingFixtures.text("Prompts/safety.yaml")
      .replacingOccurrences(of: "call 999", with: "call 112")
      .replacingOccurrences(of: "call 111", with: "call 119")
    let rules = try #require(SafetyRules.load(yaml: yaml, file: "safety.yaml").rules)
    let net = SafetyNet(rules: rules)
    let text = "crushing pain in my chest"
    let notice = try #require(net.notice(for: net.check(text), audience: .person))
    // The chest pain message gives the number itself, so the service line is not said again.
    #expect(notice.lines.contains { $0.contains("Please call 112 now.") })
    #expect(notice.signposting.contains("call 112"))
    #expect(!notice.lines.joined().contains("999"))
    let plan = try smallPlan(converse(try SafetyFixtures.engine(), []).state)
    let footer = PlanFooter(safety: rules)
    for rendered in [
      PlanText.render(plan, footer: footer), PlanMarkdown.render(plan, footer: footer),
      PlanHTML.render(plan, footer: footer),
    ] {
      #expect(rendered.contains("call 112"))
      #expect(rendered.contains("call 119"))
      #expect(!rendered.contains("999"))
    }
    let standard = PlanText.render(plan, footer: PlanFooter(safety: SafetyFixtures.rules))
    #expect(standard.contains("call 999") && standard.contains("111.nhs.uk"))
  }
}
