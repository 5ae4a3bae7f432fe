import ArgumentParser
import Foundation
import Store

/// `carecoach delete`: removes a conversation and everything about it from the store.
struct Delete: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Delete a conversation and everything about it.")

  @Argument(help: "The conversation's id, or latest.")
  var session: String

  @OptionGroup var store: StoreOptions

  func run() throws {
    let sessions = try store.open()
    let record = try findSession(session, in: sessions)
    do {
      try sessions.delete(record.id)
    } catch {
      throw ValidationError(error.description)
    }
    print("Deleted conversation \(record.id) and everything saved about it.")
  }
}
