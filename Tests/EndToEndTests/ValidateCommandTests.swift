import Foundation
import Testing

/// `carecoach validate`: every problem is reported and the rest still checked; exit status 1
/// for any error, 0 with a one-line summary otherwise.
@Suite("validate")
struct ValidateCommandTests {
  /// A fresh folder, removed when the test ends.
  final class Folder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-validate-\(UUID().uuidString)")
    init() throws {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ text: String) throws -> String {
      let path = url.appendingPathComponent(name).path
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      return path
    }
  }

  let oneQuestion = """
    id: one
    version: "1"
    sections:
      - id: only
        title: Only
        questions:
          - id: name
            text: What should I call you?
    """

  @Test("a missing path is one problem: the other files are still checked, and the status is 1")
  func missingPathIsOneProblem() throws {
    let small = fixture("scripts/small.yaml")
    let result = try run(["validate", "/no/such/script.yaml", small], lines: [])
    #expect(result.status == 1)
    #expect(
      result.stdout
        == "/no/such/script.yaml: error: there is no file or folder here\n"
        + "1 error in 1 file checked: 1 script with 11 questions.\n")
    #expect(!result.stderr.contains("Usage:"))
  }

  @Test("an empty folder is an error, not 'OK: 0 files checked'")
  func emptyFolder() throws {
    let folder = try Folder()
    let result = try run(["validate", folder.url.path], lines: [])
    #expect(result.status == 1)
    #expect(
      result.stdout
        == "\(folder.url.path): error: the folder has no .yaml files to check\n"
        + "1 error in 0 files checked.\n")
  }

  @Test("a script with errors is not counted as a script with 0 questions")
  func failedScriptSummary() throws {
    let broken = fixture("broken/21-duplicate-question-ids.yaml")
    let alone = try run(["validate", broken], lines: [])
    #expect(alone.status == 1)
    #expect(alone.stdout.hasSuffix("1 error in 1 file checked: 1 script with errors.\n"))
    #expect(!alone.stdout.contains("0 questions"))
    let mixed = try run(["validate", broken, fixture("scripts/small.yaml")], lines: [])
    #expect(
      mixed.stdout.hasSuffix(
        "1 error in 2 files checked: 2 scripts (1 with errors, 1 with 11 questions).\n"))
  }

  @Test("one question is one question, not '1 questions'")
  func singular() throws {
    let folder = try Folder()
    let path = try folder.write("one.yaml", oneQuestion)
    let result = try run(["validate", path], lines: [])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout == "OK: 1 file checked: 1 script with 1 question; no problems.\n")
  }

  @Test("a folder is checked file by file")
  func folder() throws {
    let folder = try Folder()
    _ = try folder.write("one.yaml", oneQuestion)
    _ = try folder.write(
      "two.yaml", oneQuestion.replacingOccurrences(of: "id: one", with: "id: two"))
    let result = try run(["validate", folder.url.path], lines: [])
    #expect(result.status == 0)
    #expect(result.stdout == "OK: 2 files checked: 2 scripts with 2 questions; no problems.\n")
  }
}
