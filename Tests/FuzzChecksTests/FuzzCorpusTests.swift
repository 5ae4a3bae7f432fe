import Foundation
import FuzzChecks
import TestSupport
import Testing

/// Every seed the fuzzers start from, and every input that once broke a check, through the
/// same checks the fuzz targets run: a fixed bug stays fixed without a fuzzer to hand.
@Suite struct FuzzCorpusTests {
  @Test(arguments: FuzzTarget.allCases)
  func everySeedAndRegressionPasses(_ target: FuzzTarget) throws {
    let cases = try FuzzSeeds.cases(for: target)
    #expect(cases.count >= FuzzSeeds.fewest(target), "\(target.rawValue): too few seeds found")
    for (name, bytes) in cases {
      do {
        try target.run(bytes)
      } catch {
        Issue.record("\(target.rawValue) \(name): \(error)")
      }
    }
  }

  @Test func regressionFoldersAreNamedForTargets() throws {
    let folder = packageRoot.appendingPathComponent("Fuzz/Regressions")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let known = Set(FuzzTarget.allCases.map(\.rawValue))
    for name in names where !name.hasPrefix(".") {
      #expect(known.contains(name), "Fuzz/Regressions/\(name) is not a fuzz target's name")
    }
  }
}

/// Where the seeds come from, as `make fuzz` gathers them (Fuzz/seed-corpus.sh): the files in
/// Fuzz/Seeds and Fuzz/Regressions, and for each target the repository's own examples.
enum FuzzSeeds {
  static func cases(for target: FuzzTarget) throws -> [(name: String, bytes: [UInt8])] {
    var cases =
      try files(in: "Fuzz/Seeds/\(target.rawValue)")
      + files(in: "Fuzz/Regressions/\(target.rawValue)")
    switch target {
    case .scriptLoader:
      cases +=
        try files(in: "Prompts") + files(in: "Tests/Fixtures/broken")
        + files(in: "Tests/Fixtures/scripts")
    case .kioskConfig:
      cases += try files(in: "deploy").filter { $0.name.hasSuffix(".yaml") }
    case .engine:
      cases += try transcripts().map { name, script, lines in
        let header = script == "care-planning" ? [] : ["#script \(script)"]
        return (name, Array((header + lines).joined(separator: "\n").utf8))
      }
    case .answers:
      let lines = Set(try transcripts().flatMap(\.lines)).sorted()
      cases += lines.map { ($0, Array($0.utf8)) }
    case .match:
      cases += try transcripts().map { ($0.name, Array($0.lines.joined(separator: "\n").utf8)) }
    }
    return cases
  }

  /// The least a target should find, so a moved folder fails rather than checks nothing.
  static func fewest(_ target: FuzzTarget) -> Int {
    switch target {
    case .kioskConfig: 2
    default: 10
    }
  }

  static func files(in folder: String) throws -> [(name: String, bytes: [UInt8])] {
    let url = packageRoot.appendingPathComponent(folder)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
      return []
    }
    return try names.sorted().filter { !$0.hasPrefix(".") }.compactMap { name in
      let file = url.appendingPathComponent(name)
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder)
      if isFolder.boolValue { return nil }
      return ("\(folder)/\(name)", Array(try Data(contentsOf: file)))
    }
  }

  /// The lines typed in each transcript under Tests/Transcripts, with the script it runs.
  static func transcripts() throws -> [(name: String, script: String, lines: [String])] {
    try files(in: "Tests/Transcripts").filter { $0.name.hasSuffix(".transcript") }.map {
      name, bytes in
      let text = String(decoding: bytes, as: UTF8.self)
      let rows = text.split(separator: "\n", omittingEmptySubsequences: false)
      let script =
        rows.first { $0.hasPrefix("script: ") }.map { String($0.dropFirst(8)) } ?? "care-planning"
      let lines = rows.filter { $0.hasPrefix("> ") || $0 == ">" }.map {
        String($0.dropFirst(2))
      }
      return (name, script, lines)
    }
  }
}
