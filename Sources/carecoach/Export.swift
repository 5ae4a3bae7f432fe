import ArgumentParser
import Foundation
import Sessions
import Store

/// `carecoach export`: the plan as a file to keep, print or share.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the plan from a conversation as text, Markdown, JSON, a web page or FHIR.")

  @Argument(help: "The conversation's id, or latest: the most recent (of --client's).")
  var session: String

  @OptionGroup var latest: LatestClientOption

  @Option(
    help: "text, markdown, json, html (one page to print or share) or fhir (a FHIR R4 Bundle).")
  var format: PlanExport.Format

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file.", valueName: "file"))
  var output: String?

  @Flag(
    name: .customLong("easy-read"),
    help: "Easy Read: short lines, big type, headings as questions. With html or text.")
  var easyRead = false

  @OptionGroup var version: PlanVersionOption
  @OptionGroup var copy: WorkerCopyOption
  @OptionGroup var store: StoreOptions

  func validate() throws {
    try latest.check(session)
    guard easyRead else { return }
    do {
      try PlanExport.checkEasyRead(format)
    } catch {
      throw ValidationError(error.description)
    }
  }

  func run() throws {
    let sessions = try store.open()
    let record = try sessions.named(session, client: latest.client)
    try sessions.noteAccess(.export, to: record)
    let chosen = try ChosenPlan.choose(record, version: version.number, store: sessions)
    let text = PlanExport.render(chosen, as: format, copy: copy.chosen, easyRead: easyRead)
    guard let output else {
      print(text, terminator: "")
      return
    }
    try PlanExport.write(text, to: output)
    FileHandle.standardError.write(Data((Wording.savedPlan(to: output) + "\n").utf8))
  }
}

extension PlanExport.Format: ExpressibleByArgument {}
