import Foundation
import Testing

@testable import Sessions

@Suite("Script sources: a built-in id or a path, and a sentence when it is neither")
struct ScriptSourceTests {
  @Test("a built-in id is read from inside the binary, with no folder beside it")
  func builtIn() throws {
    let file = try ScriptSource.file(for: ScriptSource.defaultScriptID)
    #expect(file.name == "Prompts/care-planning.yaml")
    #expect(file.directory == nil)
    #expect(ScriptSource.builtInScriptIDs.contains("review"))
    #expect(!ScriptSource.builtInScriptIDs.contains("lexicon"))
  }

  @Test("a path is read from disk, and its data files are looked for beside it")
  func path() throws {
    let loaded = try ScriptSource.load(smallScript)
    #expect(loaded.script.id == "small")
    #expect(
      loaded.file.directory?.standardizedFileURL.path
        == URL(fileURLWithPath: smallScript).deletingLastPathComponent().standardizedFileURL.path)
  }

  @Test("a misspelt built-in name gets the nearest one, as a usage mistake")
  func misspelt() {
    let error = #expect(throws: SessionError.self) { try ScriptSource.file(for: "care-planing") }
    guard case .noSuchScript(let name, let nearest, let builtIn)? = error else {
      Issue.record("not a missing script: \(String(describing: error))")
      return
    }
    #expect(name == "care-planing")
    #expect(nearest == "care-planning")
    #expect(builtIn == ScriptSource.builtInScriptIDs)
    #expect(error?.isUsageMistake == true)
    #expect(error?.description.contains("Did you mean 'care-planning'?") == true)
  }

  @Test("a folder is a usage mistake; a file that is not text is a failure")
  func folderAndBinary() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-scripts-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(throws: SessionError.scriptIsAFolder(folder.path)) {
      try ScriptSource.file(for: folder.path)
    }
    let binary = folder.appendingPathComponent("binary.yaml")
    try Data([0xFF, 0xFE, 0x00, 0xC3]).write(to: binary)
    let error = #expect(throws: SessionError.self) { try ScriptSource.file(for: binary.path) }
    #expect(error == .scriptIsNotText(binary.path))
    #expect(error?.isUsageMistake == false)
  }

  @Test("a script with problems does not run, and every problem is named")
  func problems() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-scripts-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let broken = folder.appendingPathComponent("broken.yaml")
    try "id: broken\nsections: 3\n".write(to: broken, atomically: true, encoding: .utf8)
    let error = #expect(throws: SessionError.self) { try ScriptSource.load(broken.path) }
    guard case .scriptProblems(let problems)? = error else {
      Issue.record("not a script with problems: \(String(describing: error))")
      return
    }
    #expect(!problems.isEmpty)
    #expect(error?.description.hasPrefix("The script has problems, so it cannot run:\n") == true)
  }

  @Test("a script that follows up a plan cannot start a conversation: it is for review")
  func reviewScriptIsNotStarted() {
    let store = TemporaryStore()
    #expect(throws: SessionError.scriptFollowsUpAPlan("review")) {
      try Opening.new(script: "review", mode: "self", clientRef: nil, storePath: store.path)
    }
    // The script is checked before the store is opened: nothing was created.
    #expect(!FileManager.default.fileExists(atPath: store.path))
  }
}
