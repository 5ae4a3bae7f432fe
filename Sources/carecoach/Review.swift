import ArgumentParser
import Sessions

/// `carecoach review`: a follow-up conversation on an existing plan, which makes its next
/// version.
///
/// The review runs against the newest version of the plan. Version 1 and every later version
/// stay as they were: `show --version N` reads them and `show --changes` compares them.
struct Review: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Look back at a plan: how each goal went, and what to do next.",
    discussion: """
      The review goes through each goal still in progress: how it went, from 0 to 10 and in \
      your own words, and whether to keep it, change it, drop it, or mark it done. A kept goal \
      keeps its step; every part of the plan carries over unless you change it. Then it goes \
      through your questions from last time, and asks what is new and what to take to the \
      next appointment. You see the new plan and say whether it is right before it is saved \
      as a new version; the earlier versions are kept.
      """)

  @Argument(help: "The conversation (or an earlier review) whose plan to review, or latest.")
  var session: String

  @Option(help: "A built-in script id or the path of a review script.")
  var script: String = ScriptSource.reviewScriptID

  @Option(
    help: ArgumentHelp(
      "Who is at the keyboard: self, or facilitator (a worker with a client). By default, the "
        + "same as the conversation that made the plan."))
  var mode: Mode?

  @OptionGroup var display: DisplayOptions
  @OptionGroup var store: StoreOptions

  enum Mode: String, ExpressibleByArgument, CaseIterable {
    case `self`
    case facilitator
  }

  func run() throws {
    try display.run(
      Opening.review(session, script: script, mode: mode?.rawValue, store: store.open()))
  }
}
