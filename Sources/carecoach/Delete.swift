import ArgumentParser
import Foundation
import Sessions

/// `carecoach delete`: removes a conversation and everything about it, from the store and
/// from the line history; see `Deletion` for what goes with it.
///
/// It says what will go and asks first, since it cannot be undone. `--yes` is for scripts.
/// Through a pipe the answer is read as one line, and anything but yes keeps everything.
struct Delete: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Delete a conversation (with its reviews) and everything about it.")

  @Argument(help: "The conversation's or review's id, or latest: the most recent (of --client's).")
  var session: String

  @OptionGroup var latest: LatestClientOption

  @Flag(help: "Delete without asking first.")
  var yes = false

  @OptionGroup var store: StoreOptions

  func validate() throws {
    try latest.check(session)
  }

  func run() throws {
    let sessions = try store.open()
    let deletion = try Deletion.plan(session, client: latest.client, store: sessions)
    if !yes {
      // Written at once, unbuffered, so the question is on the screen before the wait.
      let question = deletion.summary + "\n" + Wording.deleteQuestion
      FileHandle.standardOutput.write(Data(question.utf8))
      let answer = readLine()
      if answer == nil { print() }
      let agreed = answer.map { ["yes", "y"].contains($0.trimmed.lowercased()) } ?? false
      guard agreed else {
        print(Wording.nothingDeleted)
        if answer == nil { throw ExitCode.failure }
        return
      }
    }
    print(try deletion.carryOut(store: sessions))
  }
}

extension String {
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
