import CarePlan
import Console
import Dialogue
import Foundation
import Store
import TextLayout

/// What `carecoach show` prints: the plan from a conversation, and what changed between its
/// versions.
public enum PlanPage {
  /// The chosen plan as text to print, wrapped to `width`, as `copy` should have it (the
  /// person's copy has only the worker's shared notes): a review's draft says so first; then
  /// the plan, where each part came from when `why` is asked for, the answers set aside, and
  /// how to see the other versions. `easyRead` shows the plan in its Easy Read layout.
  public static func text(
    of chosen: ChosenPlan, sessionID: String, width: Int, why: Bool, copy: Plan.Copy = .person,
    easyRead: Bool = false
  ) -> String {
    var page = Page()
    let plan = chosen.plan
    if chosen.isDraft {
      page.line(Wording.reviewUnderWay(becomes: plan.version, sessionID))
    }
    let footer = PlanFooter(safety: chosen.saved.engine.safety.rules)
    page.text +=
      easyRead
      ? EasyReadText.render(plan, width: width, footer: footer, copy: copy)
      : PlanText.render(plan, width: width, footer: footer, copy: copy)
    // Each source, and each answer set aside, is wrapped to the terminal like the plan above
    // it, its later lines under its words rather than under the dash.
    let wrapper = TextWrapper(width: width, firstPrefix: "- ", restPrefix: "  ")
    if why {
      page.line("")
      page.line(Wording.whereEachPartCameFrom)
      for line in PlanSources.lines(for: plan, engine: chosen.saved.engine) {
        for part in wrapper.wrap(String(line.dropFirst(2))) { page.line(part) }
      }
    }
    let setAside = alsoSaid(in: chosen)
    if !setAside.isEmpty {
      page.line("")
      page.line(plan.alsoSaidHeading)
      for line in setAside {
        for part in wrapper.wrap(line) { page.line(part) }
      }
    }
    if chosen.versions.count > 1 {
      page.line("")
      page.line(Wording.versionOf(plan.version, chosen.versions.count, sessionID))
    }
    return page.text
  }

  /// Answers to questions the script no longer asks, or that a changed answer made irrelevant,
  /// each as "label: words". They are not in the plan, but they are the person's words: every
  /// view of the plan shows them rather than hiding them.
  static func alsoSaid(in chosen: ChosenPlan) -> [String] {
    let engine = chosen.saved.engine
    return chosen.saved.state.setAside.filter { key, _ in engine.keepsAside(key) }
      .sorted { $0.key < $1.key }
      .map { key, answer in
        "\(engine.plainLabel(for: key)): \(engine.plainAnswer(answer, for: key))"
      }
  }

  /// Each step from one version to the next, up to the version chosen (and a review's draft),
  /// or only the step to `version` when one was asked for. `reference` is the session as the
  /// person named it, for the command that makes the next version. Each line is wrapped to
  /// `width`, its later lines under its words rather than under the dash.
  public static func changes(
    of chosen: ChosenPlan, version: Int?, reference: String, width: Int = 80
  ) throws(SessionError) -> String {
    var page = Page()
    var plans: [Plan] = []
    for record in chosen.versions { plans.append(try PlanHistory.decode(record)) }
    plans = plans.filter { $0.version <= chosen.plan.version }
    if chosen.isDraft { plans.append(chosen.plan) }
    if let version {
      plans = plans.filter { $0.version == version || $0.version == version - 1 }
    }
    guard plans.count > 1 else {
      page.line(
        plans.first?.version == 1 || plans.isEmpty
          ? Wording.firstVersionOnly(reference) : Wording.noEarlierVersion)
      return page.text
    }
    for (old, new) in zip(plans, plans.dropFirst()) {
      let draft = chosen.isDraft && new == plans.last
      let heading = Wording.changes(
        from: old.version, to: new.version,
        day: draft ? nil : Display.day(of: new.updatedAt), agreed: new.agreement != nil)
      for part in TextWrapper(width: width).wrapWords(heading) { page.line(part) }
      let item = TextWrapper(width: width, firstPrefix: "- ", restPrefix: "  ")
      let detail = TextWrapper(width: width, firstPrefix: "    ", restPrefix: "      ")
      for line in PlanChanges.lines(from: old, to: new) {
        let wrapped =
          line.hasPrefix("  ") ? detail.wrapWords(String(line.dropFirst(2))) : item.wrapWords(line)
        for part in wrapped { page.line(part) }
      }
      page.line("")
    }
    return page.text
  }

  /// Text built a line at a time, as `print` would write it.
  struct Page {
    var text = ""

    mutating func line(_ line: String) {
      text += line + "\n"
    }
  }
}

/// "Why is this in my plan?": each plan item with the question whose answer it came from.
enum PlanSources {
  static func lines(for plan: Plan, engine: Engine) -> [String] {
    func question(_ source: String) -> String {
      let id = String(source.split(separator: "#").first ?? Substring(source))
      if id.hasPrefix("rule:") { return Wording.fromRule(String(id.dropFirst(5))) }
      guard let question = engine.script.question(id) else { return source }
      return Wording.fromAnswer(question.text.source)
    }
    func describe(_ text: String, _ sources: [String]) -> String {
      "- \(text): from " + sources.map(question).joined(separator: "; ")
    }
    var lines: [String] = []
    lines += plan.whatMatters.map { describe($0.text, $0.from) }
    lines += plan.priorities.map { describe($0.text, $0.from) }
    lines += plan.informationNeeds.map { describe($0.question, $0.from) }
    lines += (plan.careNews ?? []).map { describe($0.text, $0.from) }
    lines += plan.goals.map { describe($0.text, $0.from) }
    for part in [
      plan.life.goodDay, plan.life.hardDay, plan.life.careThatHelps, plan.life.careThatIsHard,
    ] {
      lines += part.map { describe($0.text, $0.from) }
    }
    return lines
  }
}
