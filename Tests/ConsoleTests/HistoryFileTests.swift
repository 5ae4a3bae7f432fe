import Foundation
import Testing

@testable import Console

@Suite struct HistoryFileTests {
  func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "carecoach-history-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  @Test func savesPrivatelyInAPrivateNewDirectory() throws {
    let root = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = root + "/carecoach/history"
    let history = LineHistory()
    history.add("walking the dog")
    history.add("   ")
    history.add("sleeping better")
    #expect(history.count == 2)
    try history.save(to: path)
    #expect(try mode(path) == 0o600)
    #expect(try mode(root + "/carecoach") == 0o700)

    let reloaded = LineHistory()
    reloaded.load(from: path)
    #expect(reloaded.count == 2)
  }

  @Test func removesAPersonsLinesAndKeepsTheOthersInOrder() throws {
    let root = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = root + "/history"
    let history = LineHistory()
    for line in ["first", "my secret answer", "second", "third"] { history.add(line) }
    try history.save(to: path)
    #expect(HistoryFile.count(of: ["my secret answer", "elsewhere"], in: path) == 1)
    #expect(try HistoryFile.remove(["my secret answer"], from: path) == 1)
    let reloaded = LineHistory()
    reloaded.load(from: path)
    #expect(reloaded.lines == ["first", "second", "third"])
    #expect(try mode(path) == 0o600)
    #expect(try HistoryFile.remove(["first", "second", "third"], from: path) == 3)
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func tightensAnExistingLooseFile() throws {
    let root = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = root + "/history"
    _ = FileManager.default.createFile(
      atPath: path, contents: Data(), attributes: [.posixPermissions: 0o644])
    let history = LineHistory()
    history.add("one")
    try history.save(to: path)
    #expect(try mode(path) == 0o600)
  }

  @Test func terminalSavesOnCloseOnlyWhenAFileIsSetAndThereIsSomethingNew() throws {
    let root = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = root + "/sub/history"
    let terminal = Terminal(
      settings: TerminalSettings(historyFile: path), inputIsTerminal: false,
      outputIsTerminal: false,
      inputFD: -1, columns: 80, output: { _ in })
    terminal.close()
    #expect(!FileManager.default.fileExists(atPath: path))

    let used = Terminal(
      settings: TerminalSettings(historyFile: path), inputIsTerminal: false,
      outputIsTerminal: false,
      inputFD: -1, columns: 80, output: { _ in })
    used.history.add("an answer")
    used.close()
    used.close()
    #expect(try mode(path) == 0o600)

    let memoryOnly = Terminal(
      settings: TerminalSettings(historyFile: nil), inputIsTerminal: false, outputIsTerminal: false,
      inputFD: -1, columns: 80, output: { _ in })
    memoryOnly.close()
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["sub"])
  }
}
