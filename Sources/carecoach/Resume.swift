import ArgumentParser
import Sessions

/// `carecoach resume`: carries on an unfinished conversation where it stopped.
struct Resume: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Carry on an unfinished conversation.")

  @Argument(help: "The conversation's id, or latest.")
  var session: String

  @OptionGroup var display: DisplayOptions
  @OptionGroup var store: StoreOptions

  func run() throws {
    try display.run(Opening.resume(session, store: store.open()))
  }
}
