import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// The example in docs/writing-scripts.md is a real file, docs/examples/walking.yaml. These
/// tests keep the guide honest: the script it shows must load cleanly and run from start to
/// finish, so an author who copies it starts from something that works.
///
/// The conversation keeps to answers whose reading is settled (plain yes and no, digits,
/// comma-separated lists ended with "done", ISO dates) and makes every condition true, so it
/// behaves the same before and after the condition parser and answer reading are finished.
@Suite("The guide's example script")
struct GuideExampleTests {
  static var root: URL { TestSupport.packageRoot }

  static let lexicon = Lexicon(concepts: [
    .init(id: "pain", terms: ["pain", "aches"]),
    .init(id: "walking", terms: ["walk", "walking"]),
  ])

  static func load() throws -> ScriptLoader.Result {
    let path = root.appendingPathComponent("docs/examples/walking.yaml")
    let text = try String(contentsOf: path, encoding: .utf8)
    return ScriptLoader.load(text: text, file: "docs/examples/walking.yaml", lexicon: lexicon)
  }

  @Test func loadsWithNoDiagnostics() throws {
    let result = try GuideExampleTests.load()
    #expect(result.diagnostics.map(\.description) == [])
    let script = try #require(result.script)
    #expect(script.id == "walking")
    #expect(script.sections.map(\.id) == ["welcome", "now", "goals", "appointment"])
    #expect(script.questions.count == 14)
    #expect(Set(script.questions.map(\.kind)) == Set(QuestionKind.allCases))
  }

  @Test func runsAWholeConversation() throws {
    let script = try #require(try GuideExampleTests.load().script)
    let engine = Engine(
      script: script, lexicon: GuideExampleTests.lexicon,
      timeZone: TimeZone(identifier: "Europe/London")!)
    // Thursday 28 May 2026, in the evening; each answer a minute after the last.
    let start = Date(timeIntervalSince1970: 1_780_000_000)
    let lines = [
      "help",
      "Sam",
      "yes",
      "back",
      "yes",
      "lots",
      "3",
      "Fresh Air and a chat",
      "1, 2",
      "yes",
      // First goal.
      "Walk to the park",
      "2",
      "5",
      "my knee, the rain",
      "done",
      "2026-06-01",
      "yes",
      // Second goal.
      "Walk with my neighbour",
      "1",
      "4",
      "the hill",
      "done",
      "2026-06-08",
      "no",
      // The appointment.
      "Can I see a physio, How long will my knee take",
      "done",
      "2026-09-01",
    ]
    var events: [Event] = [.start(at: start)]
    for (index, line) in lines.enumerated() {
      events.append(.input(line, at: start.addingTimeInterval(Double(index + 1) * 60)))
    }
    let (state, outputs) = engine.replay(events)

    #expect(outputs.last == .finished)
    #expect(state.finished)

    func answer(_ id: String, round: Int = 0) -> AnswerValue? {
      state.answers[AnswerKey(id, round: round)]?.value
    }
    #expect(answer("name") == .text("Sam"))
    #expect(answer("walks") == .yesNo(true))
    #expect(answer("days") == .number(3))
    #expect(answer("matters") == .text("Fresh Air and a chat"))
    #expect(answer("worries") == .choices(["pain", "weather"]))
    #expect(answer("pain_talk") == .yesNo(true))
    #expect(answer("goal") == .text("Walk to the park"))
    #expect(answer("how_often") == .choice("a-few-times-a-week"))
    #expect(answer("confidence") == .number(5))
    #expect(answer("barriers") == .list(["my knee", "the rain"]))
    #expect(answer("start_date") == .date(Day(year: 2026, month: 6, day: 1)))
    #expect(answer("another") == .yesNo(true))
    #expect(answer("goal", round: 1) == .text("Walk with my neighbour"))
    #expect(answer("how_often", round: 1) == .choice("once-a-week"))
    #expect(answer("confidence", round: 1) == .number(4))
    #expect(answer("barriers", round: 1) == .list(["the hill"]))
    #expect(answer("start_date", round: 1) == .date(Day(year: 2026, month: 6, day: 8)))
    #expect(answer("another", round: 1) == .yesNo(false))
    #expect(answer("to_ask") == .list(["Can I see a physio", "How long will my knee take"]))
    #expect(answer("review") == .date(Day(year: 2026, month: 9, day: 1)))
    #expect(state.answers.count == 20)

    // What the guide says the person sees.
    #expect(outputs.first == .progress(part: 1, of: 4, title: "Welcome"))
    #expect(
      outputs.contains(.say("This is a short chat about walking. It takes about five minutes.")))
    #expect(outputs.contains(.say("Any name is fine. It is only used in this conversation.")))
    #expect(outputs.contains(.say("Thank you, Sam.")))
    #expect(outputs.contains(.say("So fresh air and a chat matters to you.")))
    #expect(outputs.contains(.notice("Please type a number from 0 to 7, such as 3.")))
    #expect(outputs.contains(.progress(part: 3, of: 4, title: "A walking goal (2)")))
    #expect(outputs.contains(.say("Thank you, Sam. That's everything for now.")))
    let asked = outputs.compactMap { output -> String? in
      if case .ask(let prompt) = output { return prompt.text }
      return nil
    }
    #expect(asked.contains("Sam, do you get out for a walk at the moment?"))
  }

  @Test func facilitatorsSeeTheirOwnWording() throws {
    let script = try #require(try GuideExampleTests.load().script)
    let engine = Engine(script: script, lexicon: GuideExampleTests.lexicon, audience: .facilitator)
    let (_, outputs) = engine.replay([.start(at: Date(timeIntervalSince1970: 1_780_000_000))])
    #expect(
      outputs.contains(
        .say("Tell them they can stop at any time, and that there are no wrong answers.")))
    let asked = outputs.compactMap { output -> String? in
      if case .ask(let prompt) = output { return prompt.text }
      return nil
    }
    #expect(asked == ["Ask: what would you like me to call you?"])
  }
}

extension GuideExampleTests {
  /// The guide prints the example in full; it must be the tested file, word for word.
  @Test func theGuideShowsTheTestedFile() throws {
    let example = try String(
      contentsOf: GuideExampleTests.root.appendingPathComponent("docs/examples/walking.yaml"),
      encoding: .utf8)
    let guide = try String(
      contentsOf: GuideExampleTests.root.appendingPathComponent("docs/writing-scripts.md"),
      encoding: .utf8)
    #expect(guide.contains("```yaml\n" + example + "```\n"))
  }

  /// Every key the loader accepts is explained somewhere in the guide, the keys of the data
  /// files beside a script (lexicon and glossary) included.
  @Test func theGuideMentionsEveryKeyAndKind() throws {
    let guide = try String(
      contentsOf: GuideExampleTests.root.appendingPathComponent("docs/writing-scripts.md"),
      encoding: .utf8)
    let keys =
      ScriptLoader.topKeys + ScriptLoader.sectionKeys + ScriptLoader.questionKeys
      + ScriptLoader.statementKeys + ScriptLoader.choiceKeys + ScriptLoader.repeatKeys
      + ScriptLoader.groupKeys + ScriptLoader.reflectionKeys + ScriptLoader.wordingKeys
      + ScriptLoader.ruleKeys + Glossary.topKeys + Glossary.termKeys + Lexicon.topKeys
      + Lexicon.conceptKeys
    for key in Set(keys) {
      #expect(guide.contains("`\(key)`"), "the guide never mentions `\(key)`")
    }
    for kind in QuestionKind.allCases {
      #expect(guide.contains("`\(kind.rawValue)`"), "the guide never mentions `\(kind.rawValue)`")
    }
    for kind in Glossary.Kind.allCases {
      #expect(guide.contains("`\(kind.rawValue)`"), "the guide never mentions `\(kind.rawValue)`")
    }
    for field in PlanField.allCases {
      #expect(guide.contains("`\(field.rawValue)`"), "the guide never mentions `\(field.rawValue)`")
    }
  }
}
