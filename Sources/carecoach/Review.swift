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
      your own words, and whether to keep it, keep the goal with a new step, change the goal, \
      drop it, or mark it done. A kept goal keeps its step; every part of the plan carries \
      over unless you change it, and what a professional agreed to do carries on unless you \
      say it was done or is not needed. Then it goes \
      through your questions from last time, and asks what is new and what to take to the \
      next appointment. You see the new plan and say whether it is right before it is saved \
      as a new version; the earlier versions are kept.

      latest is the most recent plan in the store when all its plans are one person's. In a \
      store with several clients' plans it could open the wrong one, so it lists them and \
      asks for an id, or latest --client REF for that client's most recent plan.
      """)

  @Argument(
    help: ArgumentHelp(
      "The conversation (or an earlier review) whose plan to review, or latest: the most "
        + "recent plan, when the store holds one person's plans (else add --client)."))
  var session: String

  @Option(
    help: ArgumentHelp(
      "With latest: the most recent plan of this client. Needed when the store holds more "
        + "than one client's plans.", valueName: "ref"))
  var client: String?

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

  func validate() throws {
    if session != "latest", client != nil {
      throw ValidationError(
        "Give the conversation's id or latest --client, not both: the id already names one "
          + "plan.")
    }
  }

  func run() throws {
    try display.run(
      Opening.review(
        session, script: script, mode: mode?.rawValue, client: client, store: store.open()))
  }
}
