import CarePlan
import Dialogue
import Foundation
import Testing

enum SafetyFixtures {
  static let rules: SafetyRules = {
    let loaded = SafetyRules.load(
      yaml: UnderstandingFixtures.text("Prompts/safety.yaml"), file: "Prompts/safety.yaml")
    return loaded.rules ?? .empty
  }()
  static let net = SafetyNet(rules: rules)

  static let smallScript: Script? = {
    ScriptLoader.load(
      text: UnderstandingFixtures.text("Tests/Fixtures/scripts/small.yaml"), file: "small.yaml",
      lexicon: Lexicon(concepts: [])
    ).script
  }()

  static func engine(_ audience: Audience = .person) throws -> Engine {
    let script = try #require(smallScript)
    return Engine(script: script, lexicon: Lexicon(concepts: []), safety: net, audience: audience)
  }
}

/// The plan the small script makes from `state`.
func smallPlan(_ state: ConversationState) throws -> Plan {
  let script = try #require(SafetyFixtures.smallScript)
  return PlanBuilder(script: script, concepts: ConceptMatcher(lexicon: Lexicon(concepts: [])))
    .build(
      from: state,
      metadata: .init(planID: "p1", sessionID: "s1", createdAt: testNow, updatedAt: testNow))
}

extension [Output] {
  var notices: [SafetyNotice] {
    compactMap {
      if case .safety(let notice) = $0 { return notice }
      return nil
    }
  }
}

/// The default safety file against phrases people really type: every must-flag phrase raises
/// its category, and no everyday phrase raises anything.
@Suite("Safety phrases")
struct SafetyCorpusTests {
  struct Case {
    var line: Int
    var category: String?
    var text: String
  }

  static func cases() -> [Case] {
    let source = UnderstandingFixtures.text("Tests/DialogueTests/Fixtures/safety-phrases.tsv")
    return source.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .compactMap { index, line in
        guard !line.hasPrefix("#"), !line.isEmpty else { return nil }
        let columns = line.split(separator: "\t").map(String.init)
        guard columns.count == 2 else {
          Issue.record("safety-phrases.tsv:\(index + 1): expected two columns")
          return nil
        }
        return Case(
          line: index + 1, category: columns[0] == "-" ? nil : columns[0], text: columns[1])
      }
  }

  @Test("the default safety file loads with no problems")
  func loads() {
    let loaded = SafetyRules.load(
      yaml: UnderstandingFixtures.text("Prompts/safety.yaml"), file: "Prompts/safety.yaml")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    let ids = Set(loaded.rules?.categories.map(\.id) ?? [])
    for id in [
      "suicidal-thoughts", "self-harm-overdose", "harm-to-others", "abuse-unsafe-home",
      "chest-pain", "stroke-signs", "severe-breathlessness", "collapse-fits-bleeding-allergy",
      "blood-sugar-confusion", "urgent-worsening", "mental-distress", "diagnosis-question",
      "medicine-change", "unsafe-goal",
    ] {
      #expect(ids.contains(id), "missing category \(id)")
    }
  }

  @Test("every must-flag phrase raises its category, and no everyday phrase raises any")
  func recallAndFalseAlarms() {
    let cases = Self.cases()
    let flagged = cases.filter { $0.category != nil }
    let everyday = cases.filter { $0.category == nil }
    #expect(flagged.count >= 150)
    #expect(everyday.count >= 100)
    var misses: [String] = []
    var alarms: [String] = []
    for item in cases {
      let found = SafetyFixtures.net.check(item.text).map(\.category.id)
      if let category = item.category {
        if !found.contains(category) {
          misses.append("line \(item.line): '\(item.text)' wanted \(category), found \(found)")
        }
      } else if !found.isEmpty {
        alarms.append("line \(item.line): '\(item.text)' raised \(found)")
      }
    }
    let recall = Double(flagged.count - misses.count) / Double(flagged.count)
    print(
      "safety corpus: \(flagged.count) must-flag, recall \(String(format: "%.1f", recall * 100))%; "
        + "\(everyday.count) must-not, \(alarms.count) false alarms")
    #expect(misses.isEmpty, "\(misses.joined(separator: "\n"))")
    #expect(alarms.isEmpty, "\(alarms.joined(separator: "\n"))")
  }

  @Test("a notice shows the numbers the category lists, in plain words")
  func noticeWording() throws {
    let matches = SafetyFixtures.net.check("I want to end it all")
    let notice = try #require(
      SafetyFixtures.net.notice(for: matches, audience: .person))
    let text = notice.lines.joined(separator: "\n")
    #expect(text.contains("999"))
    #expect(text.contains("116 123"))
    #expect(text.contains("85258"))
    #expect(text.contains("call 111 and choose option 2"))
    #expect(!text.contains("reception"))
    #expect(notice.signposting.contains("Samaritans: call 116 123"))
    let abuse = SafetyFixtures.net.check("my husband hits me")
    let abuseText = try #require(
      SafetyFixtures.net.notice(for: abuse, audience: .person)
    ).lines.joined(separator: "\n")
    #expect(abuseText.contains("0808 2000 247"))
    #expect(abuseText.contains("0800 1111"))
  }

  @Test("negation does not switch a crisis off; the words are gentler")
  func negationKeepsTheNumbers() throws {
    let text = "I'm not suicidal but I think about it"
    let notice = try #require(
      SafetyFixtures.net.notice(for: SafetyFixtures.net.check(text), audience: .person))
    #expect(notice.categories == ["suicidal-thoughts"])
    #expect(notice.lines[0].contains("Even if you are not in danger"))
    #expect(notice.lines.joined().contains("116 123"))
  }

  /// The first line of the notice for `text`.
  func message(_ text: String) throws -> String {
    try #require(
      SafetyFixtures.net.notice(for: SafetyFixtures.net.check(text), audience: .person)
    ).lines[0]
  }

  @Test(
    "the gentle words only where the not denies the crisis words themselves",
    arguments: [
      ("I'm not suicidal but I think about it", true),
      ("I'm not going to hurt myself but I think about it", true),
      ("I would never kill myself, but I've thought about it", true),
      ("no, I'm not suicidal", true),
      ("I can't go on like this, I want to die", false),
      ("there's nothing to live for", false),
      ("I don't want to live any more", false),
      ("I can't sleep, I want to die", false),
      ("I'm not suicidal, but I want to die", false),
    ])
  func gentleOnlyWhenDenied(text: String, gentle: Bool) throws {
    let category = try #require(SafetyFixtures.net.check(text).first).category
    let first = try message(text)
    #expect(category.gentle != nil && category.gentle != category.message)
    #expect(first == (gentle ? category.gentle : category.message), "\(text)")
  }

  @Test("the urgent advice line names 111 online and by phone")
  func nhs111Line() throws {
    let text = "my foot ulcer is smelly and oozing"
    let notice = try #require(
      SafetyFixtures.net.notice(for: SafetyFixtures.net.check(text), audience: .person))
    #expect(notice.categories == ["urgent-worsening"])
    #expect(notice.lines.contains("For urgent advice, go to 111.nhs.uk or call 111."))
  }

  @Test("a changed number in the safety file is what the notice and the plan's foot show")
  func servicesComeFromTheFile() throws {
    let yaml = UnderstandingFixtures.text("Prompts/safety.yaml")
      .replacingOccurrences(of: "call 999", with: "call 112")
      .replacingOccurrences(of: "call 111", with: "call 119")
    let rules = try #require(SafetyRules.load(yaml: yaml, file: "safety.yaml").rules)
    let net = SafetyNet(rules: rules)
    let text = "crushing pain in my chest"
    let notice = try #require(net.notice(for: net.check(text), audience: .person))
    #expect(notice.lines.contains("If a life is at risk now, call 112."))
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

  @Test("in a kiosk the notice also says to speak to reception")
  func kioskLine() throws {
    let text = "crushing pain in my chest"
    let notice = try #require(
      SafetyFixtures.net.notice(for: SafetyFixtures.net.check(text), audience: .kiosk))
    #expect(notice.lines.last == SafetyFixtures.rules.wording.kiosk)
    #expect(notice.lines.last?.contains("reception") == true)
  }

  @Test("the words that set a category off are reported, as typed")
  func matchedWords() {
    let found = SafetyFixtures.net.check("Since Tuesday there's a tight band round my chest.")
    #expect(found.map(\.category.id) == ["chest-pain"])
    #expect(found.first?.matched == ["band round my chest"])
  }

  @Test(
    "a short word missing a letter counts only beside exact words, in a pattern of several",
    arguments: [
      ("i want to kil myself", ["suicidal-thoughts"]),
      ("hart attack", ["chest-pain"]),
      ("kil", []),
      ("hart", []),
      ("kil myslf", []),
      ("I want to dig the garden", []),
      ("I want to go on a diet", []),
      ("there's no reason to lie", []),
    ])
  func shortWordSlips(text: String, categories: [String]) {
    #expect(SafetyFixtures.net.check(text).map(\.category.id) == categories, "\(text)")
  }

  @Test("an idiom's words are read by a pattern only when it takes in the whole idiom and more")
  func idiomsInsidePatterns() {
    #expect(SafetyFixtures.net.check("my chest is killing me").map(\.category.id) == ["chest-pain"])
    #expect(SafetyFixtures.net.check("this weather is killing me").isEmpty)
    #expect(SafetyFixtures.net.check("I keep fit by swimming").isEmpty)
    #expect(SafetyFixtures.net.check("I wish I was dead tired at night, I can't sleep").isEmpty)
  }

  @Test("an empty safety net finds nothing")
  func emptyNet() {
    #expect(SafetyNet.empty.check("I want to kill myself").isEmpty)
  }
}

@Suite("Safety in the conversation")
struct SafetyEngineTests {
  @Test("a crisis line shows the notice first, then asks to carry on or stop")
  func noticeFirst() throws {
    let engine = try SafetyFixtures.engine()
    let (state, outputs) = converse(engine, ["I can't see the point in carrying on"])
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
    #expect(outputs.text.contains("OK, let's carry on."))
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
      #expect(outputs.text.contains("OK, let's carry on."), "\(reply)")
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

@Suite("Safety file errors")
struct SafetyLoaderTests {
  func messages(_ yaml: String) -> [String] {
    SafetyRules.load(yaml: yaml, file: "safety.yaml").diagnostics.map(\.description)
  }

  let services = """
    services:
      - id: samaritans
        name: Samaritans
        contact: call 116 123
        say: Call Samaritans on 116 123.

    """

  @Test("an unknown service, level and group are named, with the nearest one")
  func unknownNames() {
    let yaml =
      services + """
        categories:
          - id: low
            title: Low
            level: suport
            message: Hello.
            signpost: [samaritan]
            patterns:
              - "feel {lowww}"
        """
    #expect(
      messages(yaml) == [
        "safety.yaml:9:12: error: unknown level 'suport'; did you mean 'support'?; expected one of: emergency, urgent, support, appointment",
        "safety.yaml:11:16: error: unknown service 'samaritan'; did you mean 'samaritans'?",
        "safety.yaml:13:16: error: unknown group 'lowww'",
      ])
  }

  @Test("a misspelt key gets a did-you-mean, and a missing key is named")
  func keys() {
    let yaml =
      services + """
        categories:
          - id: low
            titel: Low
            level: support
            message: Hello.
            signpost: [samaritans]
        """
    #expect(
      messages(yaml) == [
        "safety.yaml:8:5: error: unknown key 'titel' in a safety category; did you mean 'title'?; expected one of: id, name, title, level, message, gentle, signpost, kiosk, patterns",
        "safety.yaml:7:5: error: a safety category needs the key 'patterns'",
      ])
  }

  @Test("a category that shows help must list services; a broken pattern is placed exactly")
  func signpostAndPattern() {
    let yaml =
      services + """
        categories:
          - id: low
            title: Low
            level: support
            message: Hello.
            patterns: ["feel [so low"]
        """
    #expect(
      messages(yaml) == [
        "safety.yaml:7:5: error: category 'low' needs 'signpost': the services to show",
        "safety.yaml:11:22: error: '[' is not closed: add ']'",
      ])
  }

  @Test("duplicate ids are reported with the first place")
  func duplicates() {
    let yaml =
      services + """
          - id: samaritans
            name: Again
            contact: call 1
            say: Call.
        categories: []
        """
    #expect(
      messages(yaml) == [
        "safety.yaml:6:9: error: duplicate service id 'samaritans': it is already declared at safety.yaml:2:9"
      ])
  }

  @Test("choices in brackets are spelt out")
  func alternatives() {
    #expect(
      SafetyRules.alternatives(of: "pain [going|moving] down [my|the] arm") == [
        "pain [going] down [my] arm", "pain [going] down [the] arm",
        "pain [moving] down [my] arm", "pain [moving] down [the] arm",
      ])
  }
}
