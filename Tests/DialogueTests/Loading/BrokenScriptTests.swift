import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// The corpus of broken scripts in Tests/Fixtures/broken.
///
/// Each file says what is wrong with it in its first line, then lists the exact diagnostics
/// the loader must give in `# expect: LINE:COLUMN: error: message` comments. The expectations
/// live in the file they describe so that reading one broken script shows both the mistake
/// and the message an author will see for it; the file name is added by the test.
enum BrokenScripts {
  static var packageRoot: URL { TestSupport.packageRoot }

  static let folder = packageRoot.appendingPathComponent("Tests/Fixtures/broken")

  /// The `.yaml` files directly in `folder` (not in subfolders), sorted.
  static func names(in folder: URL = folder) -> [String] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return entries.filter { $0.hasSuffix(".yaml") }.sorted()
  }

  /// A file's text. Invalid UTF-8 is replaced rather than refused, as `carecoach validate`
  /// does, so a binary file reaches the loader and must be reported there.
  static func text(of name: String, in folder: URL = folder) -> String {
    let data = (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  /// The lines of a file's text that start with `marker`, with the marker removed.
  static func comments(_ marker: String, in text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { $0.hasPrefix(marker) }
      .map { String($0.dropFirst(marker.count)) }
  }

  /// A small vocabulary, enough for `has` conditions and patterns to name real concepts.
  static let lexicon = Lexicon(concepts: [
    .init(id: "pain", terms: ["pain", "hurts", "sore"]),
    .init(id: "sleep", terms: ["sleep", "tired"]),
    .init(id: "walking", terms: ["walk", "walking"]),
  ])

  static func load(_ text: String, file: String) -> ScriptLoader.Result {
    ScriptLoader.load(text: text, file: file, lexicon: lexicon)
  }
}

@Suite("Broken scripts")
struct BrokenScriptTests {
  @Test func theCorpusIsLargeEnough() {
    #expect(BrokenScripts.names().count >= 35)
  }

  @Test(arguments: BrokenScripts.names())
  func reportsExactlyTheExpectedDiagnostics(name: String) {
    let text = BrokenScripts.text(of: name)
    let expected = BrokenScripts.comments("# expect: ", in: text).map { "\(name):\($0)" }
    #expect(!expected.isEmpty, "\(name) has no '# expect:' lines")
    let result = BrokenScripts.load(text, file: name)
    #expect(result.diagnostics.map(\.description) == expected)
    #expect(result.script == nil, "a script with errors must not be returned")
  }

  @Test func reportsEveryProblemInAFileNotJustTheFirst() {
    let name = "51-several-problems.yaml"
    let result = BrokenScripts.load(BrokenScripts.text(of: name), file: name)
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(errors.count >= 6)
    // From the first pass (shape) and the second (references) alike.
    #expect(errors.contains { $0.message.contains("not a valid id") })
    #expect(errors.contains { $0.message.contains("{{nmae}}") })
    #expect(Set(errors.map(\.location.line)).count == errors.count)
    #expect(errors.map(\.location.line) == errors.map(\.location.line).sorted())
  }

  @Test func theWorkingExampleHasNoDiagnostics() {
    let folder = BrokenScripts.packageRoot.appendingPathComponent("Tests/Fixtures/scripts")
    let result = BrokenScripts.load(
      BrokenScripts.text(of: "small.yaml", in: folder), file: "small.yaml")
    #expect(result.diagnostics.map(\.description) == [])
    #expect(result.script?.questions.count == 11)
  }

  /// A large script must load without errors, and quickly: services with long scripts run
  /// `carecoach validate` often, and the loader's second pass must not grow as the square of
  /// the number of questions.
  @Test func aScriptWithFiveThousandQuestionsLoadsFast() {
    var yaml = "id: huge\nversion: \"1\"\nsections:\n"
    for section in 0..<50 {
      yaml += "  - id: s\(section)\n    title: Part \(section)\n    questions:\n"
      for item in 0..<100 {
        let id = "q\(section)_\(item)"
        yaml += "      - id: \(id)\n"
        if item == 0 {
          yaml += "        text: Question \(id)?\n"
        } else {
          let previous = "q\(section)_\(item - 1)"
          yaml += "        text: \"After {{\(previous) | or: \\\"nothing\\\"}}, what next?\"\n"
        }
        if item % 10 == 3 {
          yaml +=
            "        kind: scale\n        labels:\n          0: not at all\n          10: very\n"
        }
      }
    }
    let clock = ContinuousClock()
    var result: ScriptLoader.Result?
    let elapsed = clock.measure { result = BrokenScripts.load(yaml, file: "huge.yaml") }
    #expect(result?.diagnostics.map(\.description) == [])
    #expect(result?.script?.questions.count == 5000)
    #expect(elapsed < .seconds(20), "took \(elapsed)")
  }

  @Test func deepNestingIsReportedNotCrashedOn() {
    for text in [
      String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
      String(repeating: "{a: ", count: 20_000),
      (0..<3000).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n"),
      String(repeating: "- ", count: 5000) + "x",
    ] {
      let result = BrokenScripts.load(text, file: "deep.yaml")
      #expect(result.script == nil)
      #expect(result.diagnostics.contains { $0.severity == .error })
    }
  }

  /// Every cut-down version of a working script (each line removed in turn, and the text cut
  /// short at many points) must give a script or diagnostics, never a crash. A half-edited file
  /// is the commonest broken script there is.
  @Test func damagedCopiesOfAWorkingScriptNeverCrashTheLoader() {
    let folder = BrokenScripts.packageRoot.appendingPathComponent("Tests/Fixtures/scripts")
    let text = BrokenScripts.text(of: "small.yaml", in: folder)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var variants: [String] = []
    for index in lines.indices {
      var copy = lines
      copy.remove(at: index)
      variants.append(copy.joined(separator: "\n"))
    }
    let characters = Array(text)
    for end in stride(from: 0, to: characters.count, by: 37) {
      variants.append(String(characters[..<end]))
    }
    for variant in variants {
      let result = BrokenScripts.load(variant, file: "small.yaml")
      #expect(result.script != nil || result.diagnostics.contains { $0.severity == .error })
      for diagnostic in result.diagnostics {
        #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
        #expect(diagnostic.location.line <= lines.count + 1)
      }
    }
  }

  /// Bytes that are not text at all, made up from a fixed seed so a failure can be repeated.
  @Test func randomBytesNeverCrashTheLoader() {
    var seed: UInt64 = 0x5EED
    for _ in 0..<200 {
      var bytes: [UInt8] = []
      for _ in 0..<200 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes.append(UInt8(truncatingIfNeeded: seed >> 33))
      }
      let text = String(decoding: bytes, as: UTF8.self)
      let result = BrokenScripts.load(text, file: "noise.yaml")
      #expect(result.script == nil)
      #expect(!result.diagnostics.isEmpty)
    }
  }

  /// Places inside a scalar are found in the file as written: after escapes, and on the right
  /// line of a folded block.
  @Test func placesInsideTextAllowForEscapesAndFoldedLines() {
    let yaml = """
      id: places
      version: "1"
      sections:
        - id: start
          title: Start
          questions:
            - id: name
              text: What should I call you?
            - id: a
              text: "\\"Quoted\\" and \\u00e9 then {{nope}}"
            - id: b
              text: 'It''s {{nada}}'
            - id: c
              text: |
                First line
                  second {{zilch}}
      """
    let result = BrokenScripts.load(yaml, file: "p.yaml")
    let places = result.diagnostics.map { "\($0.location.line):\($0.location.column)" }
    #expect(places == ["10:45", "12:24", "16:22"])
  }
}

/// Broken conditions, in Tests/Fixtures/broken/conditions. Like the other broken scripts,
/// each file lists the exact diagnostics it must give in `# expect:` comments, so a message
/// that loses its "did you mean" or its place fails here.
@Suite("Broken conditions")
struct BrokenConditionTests {
  static let folder = BrokenScripts.folder.appendingPathComponent("conditions")

  @Test(arguments: BrokenScripts.names(in: folder))
  func reportsExactlyTheExpectedDiagnostics(name: String) {
    let text = BrokenScripts.text(of: name, in: BrokenConditionTests.folder)
    let expected = BrokenScripts.comments("# expect: ", in: text).map { "\(name):\($0)" }
    #expect(!expected.isEmpty, "\(name) has no '# expect:' lines")
    let result = BrokenScripts.load(text, file: name)
    #expect(result.diagnostics.map(\.description) == expected)
    #expect(result.script == nil)
  }

  @Test func thereAreEnoughConditionFiles() {
    #expect(BrokenScripts.names(in: BrokenConditionTests.folder).count >= 5)
  }
}
