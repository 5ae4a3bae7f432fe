import Foundation
import Store
import Testing

@testable import Sessions

@Suite("The application layer's errors keep the store's cause")
struct SessionErrorTests {
  @Test("a store that cannot be opened is said as before, and still knows the system's error")
  func storeCauseSurvives() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-session-error-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // A file where the store's folder must go.
    let blocker = folder.appendingPathComponent("blocker")
    try Data().write(to: blocker)
    let path = blocker.appendingPathComponent("sub/carecoach.sqlite").path
    let error = try #require(throws: SessionError.self) { try SQLiteSessionStore.open(path: path) }
    guard case .store(let cause) = error else {
      Issue.record("expected a store error, got \(error)")
      return
    }
    #expect(cause.posixErrorCode == ENOTDIR)
    #expect(error.description.hasPrefix("CareCoach cannot open its store at \(path)"))
    #expect(!error.isUsageMistake)
  }
}
