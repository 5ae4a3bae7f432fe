import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// Every line typed in the transcripts, read as they are now, through the safety net with its
/// scored reader. The reader trains on a frozen list of ordinary answers, so a new transcript
/// line does not change it; this is where a new line that it would ask about is seen.
@Suite("Safety reader: the lines typed in the transcripts")
struct SafetyTranscriptLineTests {
  /// Every line typed in a transcript under Tests/, each once, in file order.
  static func typedLines() throws -> [String] {
    let tests = packageRoot.appendingPathComponent("Tests")
    let files = try #require(
      FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil))
    var paths: [URL] = []
    for case let url as URL in files where url.pathExtension == "transcript" { paths.append(url) }
    var seen: Set<String> = []
    var lines: [String] = []
    for path in paths.sorted(by: { $0.path < $1.path }) {
      let text = try String(contentsOf: path, encoding: .utf8)
      for line in text.split(separator: "\n") where line.hasPrefix("> ") {
        let typed = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
        if !typed.isEmpty, seen.insert(typed).inserted { lines.append(typed) }
      }
    }
    return lines
  }

  /// The lines the transcripts type to show a crisis on purpose.
  static let onPurpose: Set<String> = Set(
    UnderstandingFixtures.text("Tests/safety/ordinary-flagged-lines.txt")
      .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") })

  @Test("no line typed in a transcript gets a check question from the reader alone")
  func noStrayReaderChecks() throws {
    let lines = try Self.typedLines()
    #expect(lines.count > 500, "the transcripts were not found: \(lines.count) lines")
    let net = ReaderConversation.net
    #expect(net.reader != nil)
    let stray = lines.filter { line in
      !Self.onPurpose.contains(line) && net.check(line).contains(where: \.byReader)
    }
    let listed = stray.joined(separator: "\n")
    // Add each to Tests/safety/ordinary-negatives.txt and retrain, or to
    // ordinary-flagged-lines.txt if the transcript shows a crisis with it on purpose.
    #expect(stray.isEmpty, "lines only the scored reader asks about:\n\(listed)")
  }

  @Test("the frozen negatives file says what it is and when it was written")
  func frozenFileHasItsHeader() {
    let text = UnderstandingFixtures.text("Tests/safety/ordinary-negatives.txt")
    let header = text.split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: " ")
    #expect(header.contains("Frozen on 20"))
    #expect(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.count > 1000)
  }
}
