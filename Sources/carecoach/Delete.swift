import ArgumentParser
import Foundation
import Store

/// `carecoach delete`: removes a conversation and everything about it from the store.
///
/// A plan's reviews hold the person's words about it, so deleting the conversation that made
/// the plan deletes its reviews and every version too. A review on its own can be deleted only
/// while it is the newest: a later review was built on the version it made.
struct Delete: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Delete a conversation (with its reviews) and everything about it.")

  @Argument(help: "The conversation's or review's id, or latest.")
  var session: String

  @OptionGroup var store: StoreOptions

  func run() throws {
    let sessions = try store.open()
    let record = try findSession(session, in: sessions)
    let planID = PlanHistory.planID(of: record)
    let reviews = try PlanHistory.storeCall { try sessions.reviews(of: planID) }
    var doomed = [record]
    switch record.kind {
    case .conversation:
      doomed += reviews
    case .review:
      if let later = reviews.last, later.id != record.id {
        throw Failure(
          "A later review (\(later.id)) builds on this one, so it cannot be deleted on its own. "
            + "To delete the whole plan, delete the conversation that started it"
            + (record.planID.map { ": carecoach delete \($0.dropFirst("plan-".count))" } ?? "."))
      }
    }
    // Reviews first, newest first, so no version is ever left without the ones before it.
    for session in doomed.reversed() {
      try PlanHistory.storeCall { try sessions.delete(session.id) }
    }
    switch (record.kind, reviews.count) {
    case (.conversation, 0):
      print("Deleted conversation \(record.id) and everything saved about it.")
    case (.conversation, let count):
      print(
        "Deleted conversation \(record.id), its \(count == 1 ? "review" : "\(count) reviews"), "
          + "every version of its plan, and everything saved about them.")
    case (.review, _):
      print("Deleted review \(record.id), the plan version it made, and everything saved about it.")
    }
  }
}
