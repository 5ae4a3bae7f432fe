import ArgumentParser
import CarePlan
import Console
import Dialogue
import Foundation
import Store

/// `carecoach show`: the plan from a conversation, in the terminal.
struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the plan from a conversation.")

  @Argument(help: "The conversation's id, or latest.")
  var session: String

  @Flag(help: "Say which answer each part of the plan came from.")
  var why = false

  @OptionGroup var store: StoreOptions

  func run() throws {
    let sessions = try store.open()
    let saved = try SavedSession(try findSession(session, in: sessions), store: sessions)
    let plan = try saved.plan(store: sessions)
    let width = Terminal.standardOutputWidth
    print(PlanText.render(plan, width: width), terminator: "")
    if why {
      print("")
      print("WHERE EACH PART CAME FROM")
      for line in PlanSources.lines(for: plan, engine: saved.engine) { print(line) }
    }
    // Answers to questions the script no longer asks, or that a changed answer made irrelevant,
    // are not in the plan, but they are the person's words: show them rather than hide them.
    let setAside = saved.state.setAside.sorted { $0.key < $1.key }
    if !setAside.isEmpty {
      print("")
      print("ANSWERS SET ASIDE (NOT IN THE PLAN)")
      for (key, answer) in setAside { print("- \(key): \(answer.words)") }
    }
  }
}

/// "Why is this in my plan?": each plan item with the question whose answer it came from.
enum PlanSources {
  static func lines(for plan: Plan, engine: Engine) -> [String] {
    func question(_ source: String) -> String {
      let id = String(source.split(separator: "#").first ?? Substring(source))
      if id.hasPrefix("rule:") { return "something you said (\(id.dropFirst(5)))" }
      guard let question = engine.script.question(id) else { return source }
      return "your answer to \"\(question.text.source)\""
    }
    func describe(_ text: String, _ sources: [String]) -> String {
      "- \(text): from " + sources.map(question).joined(separator: "; ")
    }
    var lines: [String] = []
    lines += plan.whatMatters.map { describe($0.text, $0.from) }
    lines += plan.priorities.map { describe($0.text, $0.from) }
    lines += plan.informationNeeds.map { describe($0.question, $0.from) }
    lines += plan.goals.map { describe($0.text, $0.from) }
    for part in [
      plan.life.goodDay, plan.life.hardDay, plan.life.careThatHelps, plan.life.careThatIsHard,
    ] {
      lines += part.map { describe($0.text, $0.from) }
    }
    return lines
  }
}
