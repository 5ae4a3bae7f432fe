import ArgumentParser
import Sessions

/// `carecoach list`: the saved conversations, most recent first.
struct List: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List saved conversations, most recent first.")

  @Option(help: ArgumentHelp("Only this client's conversations.", valueName: "ref"))
  var client: String?

  @Flag(help: "Print JSON: an array with one object per conversation, [] when there are none.")
  var json = false

  @OptionGroup var store: StoreOptions

  func run() throws {
    let list = try SessionList(store: store.open(), client: client)
    if json {
      print(list.json)
    } else {
      for line in list.lines { print(line) }
    }
  }
}
