import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// `FastYAMLParser` must give exactly the tree Yams gives (values, styles, marks) whenever it
/// reads a document at all, and must read the default Prompts/ (or start-up gets slow again).
@Suite struct FastYAMLParserTests {
  /// Every YAML file in the repository: Prompts/, the broken scripts, fixtures, docs.
  static func repositoryYAMLFiles() -> [URL] {
    let root = UnderstandingFixtures.packageRoot
    var found: [URL] = []
    for folder in ["Prompts", "Tests", "docs", "deploy"] {
      guard
        let walker = FileManager.default.enumerator(
          at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
      else { continue }
      for case let url as URL in walker
      where url.pathExtension == "yaml" || url.pathExtension == "yml" {
        found.append(url)
      }
    }
    return found.sorted { $0.path < $1.path }
  }

  @Test func sameTreeAsYamsForEveryFileItReads() throws {
    let files = Self.repositoryYAMLFiles()
    #expect(files.count > 60)
    var read = 0
    for url in files {
      // Some broken scripts are deliberately not text.
      guard let text = try? String(contentsOf: url, encoding: .utf8),
        let fast = FastYAMLParser.parse(text)
      else { continue }
      read += 1
      #expect(fast == YAMLReader.yamsTree(of: text), "\(url.lastPathComponent)")
    }
    #expect(read > 20)
  }

  @Test func readsEveryDefaultPromptFile() throws {
    for url in Self.repositoryYAMLFiles() where url.path.contains("/Prompts/") {
      let text = try String(contentsOf: url, encoding: .utf8)
      #expect(FastYAMLParser.parse(text) != nil, "\(url.lastPathComponent)")
    }
  }

  /// Small documents for each construct, and some just outside the subset: either the fast
  /// reader gives up, or it agrees with Yams.
  static let samples: [String] = [
    "a: 1\nb: two words  \nc: \"q \\\"x\\\" \\\\ \\/ \\n \\t\"\nd: 'it''s'\n",
    "# comment\n\nlist:\n  - one\n  - two # note\n  -   three\nafter: x\n",
    "items:\n- indentless\n- list\n",
    "seq:\n  - id: a\n    title: A\n  - id: b\n    nested:\n      - x\n",
    "flow: [a, b,  c d, \"e, f\", 'g']\nempty: []\ntrailing: [a,\n  b,\n  ]\n",
    "flow: [a\n  b]\n",
    "flow: [one two\n  three, four\n\n  five,\n  six   \n   seven]\n",
    "flow: [a, # comment\n  b]\n",
    "flow: [\n  a, b,\nc, d\n]\nnext: [x,\n---\n]\n",
    "fold: >-\n  one\n  two\n\n  three\nnext: x\n",
    "fold: >\n  one\n  two\n\n\nlit: |\n  a\n   b\n\n  c\nstrip: |-\n  z\n",
    "more: >\n  a\n    b\n  c\n",
    "lead: >\n\n  a\n",
    "key:\nother: x\n",
    "dup: 1\ndup: 2\n",
    "a: &anchor 1\nb: *anchor\n",
    "a: !!str 1\n",
    "a: b: c\n",
    "a: \"unclosed\n",
    "a: plain\n  continued\n",
    "url: http://example.org/x\ntime: 10:30\nneg: -1\nhash: C#\n",
    "---\na: 1\n",
    "a:\n\tb: 1\n",
    "- a\n- b\n",
    "just a scalar\n",
    "",
    "# only a comment\n",
    "ünï: cödé\nlist: [ä, ö]\nq: \"ü\"\n",
    "a: 1\n b: 2\n",
    "top:\n    deep: 1\n  mid: 2\n",
    "k: v\n...\n",
    "k: [a, [b]]\n",
    "k: {a: 1}\n",
    "k: \"a\" trailing\n",
    "k: 'a'# x\n",
    "- - nested\n",
    "-\n  a: 1\n",
    "k: |2\n  a\n",
    "k: >+\n  a\n\n",
    "k: '\n  multi'\n",
  ]

  @Test func samplesAgreeWithYamsOrAreLeftToIt() {
    for sample in Self.samples {
      guard let fast = FastYAMLParser.parse(sample) else { continue }
      #expect(fast == YAMLReader.yamsTree(of: sample), "\(sample.debugDescription)")
    }
  }

  @Test func readsTheCommonShapesItself() {
    for sample in Self.samples.prefix(5) where !sample.contains("indentless") {
      #expect(FastYAMLParser.parse(sample) != nil, "\(sample.debugDescription)")
    }
  }

  /// Each level of nesting is one more call deep here; a file nested thousands deep ran out of
  /// stack under the address sanitizer, whose frames are larger. Past the limit it is Yams's.
  @Test func deepNestingIsLeftToYams() {
    func nested(_ levels: Int) -> String {
      (0..<levels).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n")
        + " x\n"
    }
    #expect(FastYAMLParser.parse(nested(FastYAMLParser.deepestNesting)) != nil)
    #expect(FastYAMLParser.parse(nested(FastYAMLParser.deepestNesting + 1)) == nil)
    let dashes = String(repeating: "- ", count: FastYAMLParser.deepestNesting + 1) + "x\n"
    #expect(FastYAMLParser.parse(dashes) == nil)
  }

  @Test func duplicateKeysAreLeftToYamsInShortAndLongMappings() {
    let keys = (0..<40).map { "k\($0): \($0)" }
    #expect(FastYAMLParser.parse(keys.joined(separator: "\n") + "\n") != nil)
    for repeated in ["k3", "k30"] {
      let text = (keys + ["\(repeated): again"]).joined(separator: "\n") + "\n"
      #expect(FastYAMLParser.parse(text) == nil, "\(repeated)")
    }
  }

  @Test func generatedRuleScriptsAgree() {
    var text = "id: bench\nversion: \"1\"\nrules:\n"
    for index in 0..<300 {
      text += "  - id: r\(index)\n    pattern: \"[can you] tell me about w\(index) *\"\n"
      text += "    priority: \(index % 3)\n    say: Reply to r\(index).\n"
    }
    let fast = FastYAMLParser.parse(text)
    #expect(fast != nil)
    #expect(fast == YAMLReader.yamsTree(of: text))
  }
}
