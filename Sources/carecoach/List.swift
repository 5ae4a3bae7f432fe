import ArgumentParser
import Sessions
import Store

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
    let sessions = try store.open()
    try sessions.noteAccess(.list, to: nil, clientRef: client)
    let list = try SessionList(store: sessions, client: client)
    if json {
      print(list.json)
    } else {
      for line in list.lines { print(line) }
    }
  }
}
