import ArgumentParser
import CarePlan
import Dialogue
import Foundation
import Store

/// `carecoach export`: the plan as a file to keep, print or share.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the plan from a conversation as text, Markdown, JSON, a web page or FHIR.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text
    case markdown
    case json
    case html
    case fhir
  }

  @Argument(help: "The conversation's id, or latest.")
  var session: String

  @Option(
    help: "text, markdown, json, html (one page to print or share) or fhir (a FHIR R4 Bundle).")
  var format: Format

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file.", valueName: "file"))
  var output: String?

  @OptionGroup var version: PlanVersionOption
  @OptionGroup var store: StoreOptions

  func run() throws {
    let sessions = try store.open()
    let record = try findSession(session, in: sessions)
    let chosen = try ChosenPlan.choose(record, version: version.number, store: sessions)
    let plan = chosen.plan
    let saved = chosen.saved
    let footer = PlanFooter(safety: saved.engine.safety.rules)
    let text: String
    switch format {
    case .text: text = PlanText.render(plan, footer: footer)
    case .markdown: text = PlanMarkdown.render(plan, footer: footer)
    case .json: text = PlanJSON.encode(plan)
    case .html: text = PlanHTML.render(plan, footer: footer)
    case .fhir: text = FHIRBundle.make(plan: plan, state: saved.state, engine: saved.engine)
    }
    guard let output else {
      print(text, terminator: "")
      return
    }
    // The plan is personal: the file is readable by its owner only.
    let previous = umask(0o077)
    defer { umask(previous) }
    do {
      try text.write(toFile: output, atomically: true, encoding: .utf8)
    } catch {
      throw Failure("CareCoach cannot write '\(output)': \(error.localizedDescription)")
    }
    FileHandle.standardError.write(Data("Saved the plan to \(output)\n".utf8))
  }
}
