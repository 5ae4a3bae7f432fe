import ArgumentParser
import Sessions

/// `carecoach delete`: removes a conversation and everything about it from the store; see
/// `Deletion` for what goes with it.
struct Delete: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Delete a conversation (with its reviews) and everything about it.")

  @Argument(help: "The conversation's or review's id, or latest.")
  var session: String

  @OptionGroup var store: StoreOptions

  func run() throws {
    print(try Deletion.delete(session, store: store.open()))
  }
}
