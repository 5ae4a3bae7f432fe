import Dialogue
import Foundation
import Store
import Testing

@testable import Sessions

/// Turns that could not reach the server wait on this computer, and go once each, in order.
@Suite("Unsent turns")
struct UnsentTurnsTests {
  @Test("kept privately, sent in order on resume, exactly once even after an interrupted send")
  func keptAndSentOnce() throws {
    let store = TemporaryStore()
    let environment = ["XDG_DATA_HOME": store.folder.appendingPathComponent("data").path]
    let opening = try Opening.new(
      script: smallScript, mode: "self", clientRef: nil, storePath: store.path)
    let id = opening.session.id
    let sessions = try store.open()
    let first = Event.input("Sam", at: Date(timeIntervalSince1970: 1_800_000_000.123456))
    let second = Event.input("walking the dog", at: Date(timeIntervalSince1970: 1_800_000_009.5))
    #expect(UnsentTurns.keep(first, of: id, environment: environment))
    #expect(UnsentTurns.keep(second, of: id, environment: environment))
    let path = try #require(UnsentTurns.path(of: id, environment: environment))
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(
      UnsentTurns.waiting(for: id, environment: environment) == [.turn(first), .turn(second)])

    // The first went just before a crash, and the file stayed: it is not sent again.
    try sessions.append(first, to: id)
    #expect(try UnsentTurns.send(for: id, to: sessions, environment: environment).turns == 1)
    #expect(try sessions.events(of: id) == [first, second])
    #expect(!FileManager.default.fileExists(atPath: path))
    #expect(try UnsentTurns.send(for: id, to: sessions, environment: environment).total == 0)
    #expect(try sessions.events(of: id) == [first, second])
  }

  @Test("an id that could not name a file safely keeps nothing")
  func unsafeIDs() {
    #expect(UnsentTurns.path(of: "../x") == nil)
    #expect(UnsentTurns.path(of: "") == nil)
    #expect(!UnsentTurns.keep(.start(at: Date()), of: "a/b"))
  }
}
