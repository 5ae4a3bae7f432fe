import ArgumentParser
import Sessions

/// `carecoach resume`: carries on an unfinished conversation where it stopped.
struct Resume: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Carry on an unfinished conversation.",
    discussion: """
      The welcome back says when the conversation was last used. In a worker's session it \
      names the client too, and asks whether that is the client the worker is with: yes \
      carries on, no stops and changes nothing.
      """)

  @Argument(
    help: "The conversation's id, or latest: the most recent one that has not finished.")
  var session: String?

  @Option(
    help: ArgumentHelp(
      "The most recent unfinished conversation with this client.", valueName: "ref"))
  var client: String?

  @Flag(help: "Carry on the easier way: plainer words with an example, and fewer questions.")
  var easy = false

  @OptionGroup var display: DisplayOptions
  @OptionGroup var store: StoreOptions

  func validate() throws {
    if session == nil && client == nil {
      throw ValidationError(
        "Say which conversation to carry on: its id, latest, or --client with the client's "
          + "reference.")
    }
    if let session, session != "latest", client != nil {
      throw ValidationError(
        "Give the conversation's id or --client, not both: the id already names one "
          + "conversation.")
    }
  }

  func run() throws {
    var opening = try Opening.resume(session, client: client, store: store.open())
    opening.easier = easy
    try display.run(opening)
  }
}
