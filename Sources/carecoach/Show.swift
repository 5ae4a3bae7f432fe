import ArgumentParser
import CarePlan
import Console
import Dialogue
import Foundation
import Store
import TextLayout

/// `carecoach show`: the plan from a conversation, in the terminal.
struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the plan from a conversation, or one of its versions.")

  @Argument(help: "The conversation's (or review's) id, or latest.")
  var session: String

  @OptionGroup var version: PlanVersionOption

  @Flag(help: "Show what changed from each version of the plan to the next.")
  var changes = false

  @Flag(help: "Say which answer each part of the plan came from.")
  var why = false

  @OptionGroup var store: StoreOptions

  func run() throws {
    let sessions = try store.open()
    let record = try findSession(session, in: sessions)
    let chosen = try ChosenPlan.choose(record, version: version.number, store: sessions)
    if changes {
      try printChanges(chosen, store: sessions)
      return
    }
    let plan = chosen.plan
    let width = Terminal.standardOutputWidth
    if chosen.isDraft {
      print(
        "(A review under way: this becomes version \(plan.version) when it finishes. "
          + "Carry on with: carecoach resume \(record.id))\n")
    }
    let footer = PlanFooter(safety: chosen.saved.engine.safety.rules)
    print(PlanText.render(plan, width: width, footer: footer), terminator: "")
    if why {
      print("")
      print("WHERE EACH PART CAME FROM")
      // Each source is wrapped to the terminal like the plan above it, its later lines under
      // its words rather than under the dash.
      let wrapper = TextWrapper(width: width, firstPrefix: "- ", restPrefix: "  ")
      for line in PlanSources.lines(for: plan, engine: chosen.saved.engine) {
        for part in wrapper.wrap(String(line.dropFirst(2))) { print(part) }
      }
    }
    // Answers to questions the script no longer asks, or that a changed answer made irrelevant,
    // are not in the plan, but they are the person's words: show them rather than hide them.
    let setAside = chosen.saved.state.setAside.sorted { $0.key < $1.key }
    if !setAside.isEmpty {
      print("")
      print("ANSWERS SET ASIDE (NOT IN THE PLAN)")
      let wrapper = TextWrapper(width: width, firstPrefix: "- ", restPrefix: "  ")
      for (key, answer) in setAside {
        for part in wrapper.wrap("\(key): \(answer.words)") { print(part) }
      }
    }
    if chosen.versions.count > 1 {
      print("")
      print(
        "This is version \(plan.version) of \(chosen.versions.count). See another with: "
          + "carecoach show \(record.id) --version N, or what changed with --changes.")
    }
  }

  /// Each step from one version to the next, up to the version chosen (and a review's draft).
  func printChanges(_ chosen: ChosenPlan, store: SessionStore) throws {
    var plans = try chosen.versions.map(PlanHistory.decode)
    plans = plans.filter { $0.version <= chosen.plan.version }
    if chosen.isDraft { plans.append(chosen.plan) }
    if let number = version.number {
      plans = plans.filter { $0.version == number || $0.version == number - 1 }
    }
    guard plans.count > 1 else {
      print(
        plans.first?.version == 1 || plans.isEmpty
          ? "This is the first version of the plan, so there is nothing to compare it with yet. "
            + "A review makes the next version: carecoach review \(session)"
          : "There is no earlier version to compare with.")
      return
    }
    for (old, new) in zip(plans, plans.dropFirst()) {
      let draft = chosen.isDraft && new == plans.last
      print(
        "FROM VERSION \(old.version) TO VERSION \(new.version)"
          + (draft
            ? " (REVIEW UNDER WAY)" : " (REVIEW OF \(Display.day(of: new.updatedAt).uppercased()))")
      )
      for line in PlanChanges.lines(from: old, to: new) {
        print(line.hasPrefix("  ") ? "    " + line.dropFirst(2) : "- " + line)
      }
      print("")
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
