import CarePlan
import Dialogue
import Foundation

/// The plan as a file to keep, print or share, for `carecoach export`.
public enum PlanExport {
  public enum Format: String, CaseIterable, Sendable {
    case text
    case markdown
    case json
    case html
    case fhir
  }

  /// The plan in `format`, as `copy` should have it: the person's copy (the default) has only
  /// the worker's shared notes; the worker's has every note, each marked shared or private.
  public static func render(_ chosen: ChosenPlan, as format: Format, copy: Plan.Copy = .person)
    -> String
  {
    let plan = chosen.plan.copy(for: copy)
    let saved = chosen.saved
    let footer = PlanFooter(safety: saved.engine.safety.rules)
    switch format {
    case .text: return PlanText.render(plan, footer: footer, copy: copy)
    case .markdown: return PlanMarkdown.render(plan, footer: footer, copy: copy)
    case .json: return PlanJSON.encode(plan)
    case .html: return PlanHTML.render(plan, footer: footer, copy: copy)
    case .fhir: return FHIRBundle.make(plan: plan, state: saved.state, engine: saved.engine)
    }
  }

  /// Writes `text` to `path`, readable by its owner only: the plan is personal.
  public static func write(_ text: String, to path: String) throws(SessionError) {
    let previous = umask(0o077)
    defer { umask(previous) }
    do {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      throw .cannotWrite(path: path, reason: error.localizedDescription)
    }
  }
}
