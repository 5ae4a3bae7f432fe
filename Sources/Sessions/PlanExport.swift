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

  /// The formats that have an Easy Read layout: those a person reads, on paper or on screen.
  public static let easyReadFormats: [Format] = [.html, .text]

  /// Whether `format` can be given in Easy Read; a format made for machines (JSON, FHIR) or
  /// for pasting into other documents (Markdown) has no such layout.
  public static func checkEasyRead(_ format: Format) throws(SessionError) {
    guard easyReadFormats.contains(format) else {
      throw .easyReadNotIn(format: format.rawValue, formats: easyReadFormats.map(\.rawValue))
    }
  }

  /// The plan in `format`, as `copy` should have it: the person's copy (the default) has only
  /// the worker's shared notes; the worker's has every note, each marked shared or private.
  /// `easyRead` gives the Easy Read layout of a format that has one (see `checkEasyRead`).
  public static func render(
    _ chosen: ChosenPlan, as format: Format, copy: Plan.Copy = .person, easyRead: Bool = false
  ) -> String {
    let plan = chosen.plan.copy(for: copy)
    let saved = chosen.saved
    let footer = PlanFooter(safety: saved.engine.safety.rules)
    // Answers kept but not in the plan are shown in every format a person reads.
    let also = PlanPage.alsoSaid(in: chosen)
    if easyRead, format == .html {
      return EasyReadHTML.render(plan, footer: footer, copy: copy, alsoSaid: also)
    }
    if easyRead, format == .text {
      return EasyReadText.render(plan, footer: footer, copy: copy, alsoSaid: also)
    }
    switch format {
    case .text: return PlanText.render(plan, footer: footer, copy: copy, alsoSaid: also)
    case .markdown: return PlanMarkdown.render(plan, footer: footer, copy: copy, alsoSaid: also)
    case .json: return PlanJSON.encode(plan)
    case .html: return PlanHTML.render(plan, footer: footer, copy: copy, alsoSaid: also)
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
