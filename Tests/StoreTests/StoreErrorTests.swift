import Dialogue
import Foundation
import GRDB
import Testing

@testable import Store

@Suite("Store errors keep their cause")
struct StoreErrorTests {
  let at = Date(timeIntervalSince1970: 1_795_345_200)

  /// A fresh folder for one test's files.
  func freshFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-store-error-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test("a folder that cannot be made keeps the system's error, and says so as before")
  func folderInTheWay() throws {
    let folder = try freshFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // A file where a folder must go: no folder can be made inside it.
    let blocker = folder.appendingPathComponent("blocker")
    try Data().write(to: blocker)
    let path = blocker.appendingPathComponent("sub/carecoach.sqlite").path
    let error = try #require(throws: StoreError.self) { try SQLiteSessionStore(path: path) }
    #expect(error.posixErrorCode == ENOTDIR)
    #expect(!error.isBusy)
    #expect(!error.isDiskFull)
    #expect(
      error.description
        == "CareCoach cannot open its store at \(path): cannot create the folder "
        + "\(blocker.path)/sub.")
  }

  @Test("a write while another process holds the database reports busy, and works after")
  func busy() throws {
    let folder = try freshFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("store.sqlite").path
    let store = try SQLiteSessionStore(path: path, busyMode: .immediateError)
    try store.create(
      SessionRecord(
        id: "s1", scriptReference: "default", scriptID: "default", scriptVersion: "1",
        scriptText: "id: default", mode: "self", createdAt: at))
    let otherProcess = try DatabaseQueue(path: path)
    try otherProcess.inTransaction(.immediate) { _ in
      let error = #expect(throws: StoreError.self) {
        try store.append(.input("a walk", at: at), to: "s1")
      }
      #expect(error?.isBusy == true)
      #expect(error?.databaseResultCode == .SQLITE_BUSY)
      #expect(error?.isDiskFull == false)
      #expect(error?.description.hasPrefix("CareCoach could not save or read its store: ") == true)
      return .rollback
    }
    try store.append(.input("a walk", at: at), to: "s1")
    #expect(try store.events(of: "s1") == [.input("a walk", at: at)])
  }

  @Test("a full disk is told apart, from SQLite or from the file system")
  func diskFull() {
    let sqlite = StoreError.failed(
      underlying: DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full"))
    #expect(sqlite.isDiskFull)
    #expect(!sqlite.isBusy)
    let files = StoreError.cannotCreateFolder(
      path: "/data/carecoach.sqlite", folder: "/data",
      underlying: CocoaError(
        .fileWriteOutOfSpace, userInfo: [NSUnderlyingErrorKey: POSIXError(.ENOSPC)]))
    #expect(files.isDiskFull)
    #expect(files.posixErrorCode == ENOSPC)
    let damaged = StoreError.failed(
      underlying: DatabaseError(
        resultCode: .SQLITE_CORRUPT, message: "database disk image is malformed"))
    #expect(!damaged.isDiskFull)
    #expect(!damaged.isBusy)
  }
}
