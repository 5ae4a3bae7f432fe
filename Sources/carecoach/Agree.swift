import ArgumentParser
import Sessions

/// `carecoach agree`: going through a plan with a health or care professional, which makes its
/// agreed version.
///
/// It is used at the appointment, with the professional beside the person, or by a worker
/// afterwards (facilitator mode), who is then named on the plan as recording it.
struct Agree: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Go through a plan with a professional, and save it as agreed.",
    discussion: """
      For each goal: agreed; agreed with changes, where only the parts that change are \
      asked and the rest carry over; or not agreed now, when it stays in the plan, marked so. \
      Then what the professional will do to help, shown in the plan as theirs; which \
      questions were answered; and when to look at the plan again (the plan's own day is \
      offered to keep). The result is saved as a new version of the plan, marked as agreed \
      with them; the earlier versions are kept.

      latest is the most recent plan in the store when all its plans are one person's. In a \
      store with several clients' plans it could open the wrong one, so it lists them and \
      asks for an id, or latest --client REF for that client's most recent plan.
      """)

  @Argument(
    help: ArgumentHelp(
      "The conversation (or a later review) whose plan to agree, or latest: the most "
        + "recent plan, when the store holds one person's plans (else add --client)."))
  var session: String

  @Option(
    help: ArgumentHelp(
      "With latest: the most recent plan of this client. Needed when the store holds more "
        + "than one client's plans.", valueName: "ref"))
  var client: String?

  @Option(
    name: .customLong("with"),
    help: ArgumentHelp(
      "Who the plan is agreed with: a name, then a comma and their role, such as "
        + "\"Sam Patel, practice nurse\". An organisation may follow after another comma.",
      valueName: "name, role"))
  var professional: String

  @Option(
    name: .customLong("on"),
    help: ArgumentHelp(
      "The day of the appointment, when typing it in afterwards, such as 2026-12-14 or "
        + "\"last Tuesday\". By default, today.", valueName: "day"))
  var day: String?

  @Option(
    help: ArgumentHelp(
      "Who is at the keyboard: self (the person, with the professional beside them), or "
        + "facilitator (a worker typing it in afterwards). By default, the same as the "
        + "conversation that made the plan."))
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
    do {
      _ = try Opening.professional(professional)
      if let day { _ = try Opening.appointmentDay(day) }
    } catch {
      throw ValidationError(error.description)
    }
  }

  func run() throws {
    try display.run(
      Opening.agree(
        session, with: professional, on: day, mode: mode?.rawValue, client: client,
        store: store.open()))
  }
}
