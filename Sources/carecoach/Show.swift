import ArgumentParser
import Console
import Sessions
import Store

/// `carecoach show`: the plan from a conversation, in the terminal.
struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the plan from a conversation, or one of its versions.")

  @Argument(
    help: "The conversation's (or review's) id, or latest: the most recent (of --client's).")
  var session: String

  @OptionGroup var latest: LatestClientOption

  @OptionGroup var version: PlanVersionOption

  @Flag(help: "Show what changed from each version of the plan to the next.")
  var changes = false

  @Flag(help: "Say which answer each part of the plan came from.")
  var why = false

  @Flag(
    name: .customLong("easy-read"),
    help: "Show the plan in Easy Read: short lines, one idea each, headings as questions.")
  var easyRead = false

  @OptionGroup var copy: WorkerCopyOption
  @OptionGroup var store: StoreOptions

  func validate() throws {
    try latest.check(session)
    if easyRead && changes { throw ValidationError(SessionError.easyReadChanges.description) }
  }

  func run() throws {
    let sessions = try store.open()
    let record = try sessions.named(session, client: latest.client)
    try sessions.noteAccess(.view, to: record)
    var chosen = try ChosenPlan.choose(record, version: version.number, store: sessions)
    // A first version has nothing before it: its id with --changes is the plan's whole story,
    // as the hint printed when it was made promises.
    if changes, version.number == nil, chosen.plan.version == 1, !chosen.isDraft,
      let newest = chosen.versions.last?.version, newest > 1
    {
      chosen = try ChosenPlan.choose(record, version: newest, store: sessions)
    }
    let page =
      changes
      ? try PlanPage.changes(
        of: chosen, version: version.number, reference: session,
        width: Terminal.standardOutputWidth)
      : PlanPage.text(
        of: chosen, sessionID: record.id, width: Terminal.standardOutputWidth, why: why,
        copy: copy.chosen, easyRead: easyRead)
    print(page, terminator: "")
  }
}
