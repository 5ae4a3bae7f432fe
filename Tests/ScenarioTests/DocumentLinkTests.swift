import Foundation
import TestSupport
import Testing

/// The documentation's links lead somewhere: every relative link in README.md and docs/*.md
/// names a file that exists, and a link to a heading names a heading that is there.
@Suite("Links in the documentation")
struct DocumentLinkTests {
  static var root: URL { TestSupport.packageRoot }

  static var documents: [URL] {
    let docs = root.appendingPathComponent("docs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []
    return [root.appendingPathComponent("README.md")]
      + names.filter { $0.hasSuffix(".md") }.sorted().map { docs.appendingPathComponent($0) }
  }

  /// The lines outside fenced code blocks; without `inline code` too, unless `keepingCode`
  /// (code may show link syntax as an example, but it is part of a heading's anchor).
  static func prose(_ text: String, keepingCode: Bool = false) -> [String] {
    var lines: [String] = []
    var fenced = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        fenced.toggle()
        continue
      }
      if fenced { continue }
      if keepingCode {
        lines.append(String(line))
        continue
      }
      var kept = ""
      var inCode = false
      for character in line {
        if character == "`" {
          inCode.toggle()
        } else if !inCode {
          kept.append(character)
        }
      }
      lines.append(kept)
    }
    return lines
  }

  /// The targets of `[text](target)` links.
  static func links(in text: String) -> [String] {
    var targets: [String] = []
    for line in prose(text) {
      var rest = Substring(line)
      while let open = rest.range(of: "](") {
        let after = rest[open.upperBound...]
        guard let close = after.firstIndex(of: ")") else { break }
        targets.append(String(after[..<close]))
        rest = after[close...]
      }
    }
    return targets
  }

  /// The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as
  /// hyphens ("## 17. The files: a, b" is `17-the-files-a-b`).
  static func anchors(in text: String) -> Set<String> {
    var anchors: Set<String> = []
    for line in prose(text, keepingCode: true) where line.hasPrefix("#") {
      let title = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
      let kept = title.lowercased().filter {
        $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "_"
      }
      anchors.insert(kept.replacingOccurrences(of: " ", with: "-"))
    }
    return anchors
  }

  @Test(arguments: documents.map(\.lastPathComponent))
  func everyRelativeLinkLeadsSomewhere(name: String) throws {
    let document = try #require(Self.documents.first { $0.lastPathComponent == name })
    let text = try String(contentsOf: document, encoding: .utf8)
    let folder = document.deletingLastPathComponent()
    for link in Self.links(in: text) {
      if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") {
        continue
      }
      let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
      let path = String(parts[0])
      let target = path.isEmpty ? document : folder.appendingPathComponent(path).standardized
      #expect(
        FileManager.default.fileExists(atPath: target.path),
        "\(name) links to \(link), which does not exist")
      if parts.count == 2, target.pathExtension == "md",
        let targetText = try? String(contentsOf: target, encoding: .utf8)
      {
        let anchor = String(parts[1])
        #expect(
          Self.anchors(in: targetText).contains(anchor),
          "\(name) links to \(link), but \(target.lastPathComponent) has no such heading")
      }
    }
  }

  @Test func theLinkReaderFindsLinksAndAnchors() {
    #expect(
      Self.links(in: "See [a](a.md#x) and `[b](not-a-link)`.\n```\n[c](no)\n```\n[d](d.md)")
        == ["a.md#x", "d.md"])
    #expect(
      Self.anchors(in: "## 17. The files: a, b\n# Top\n### `{x}`: y")
        == ["17-the-files-a-b", "top", "x-y"])
  }
}
