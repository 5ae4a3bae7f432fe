import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// The scored reader under the safety net's patterns: the same features and scores as the
/// script that trains it, weights that are what the corpora give, and check questions only.
@Suite("Safety reader")
struct SafetyReaderTests {
  static let reader: SafetyReader? = SafetyReader.load(
    text: UnderstandingFixtures.text("Prompts/safety-reader.yaml"),
    file: "Prompts/safety-reader.yaml",
    categoryIDs: Set(SafetyFixtures.rules.categories.map(\.id))
  ).reader
  static let net = SafetyNet(rules: SafetyFixtures.rules, reader: reader)

  @Test("the shipped weights load, one model for each category they name")
  func shippedWeightsLoad() throws {
    let reader = try #require(Self.reader)
    #expect(reader.categories.count == 10)
    #expect(reader.categories.allSatisfy { !$0.weights.isEmpty })
  }

  @Test("Swift scores every line of the fixture as the training script does, within 1e-6")
  func scoresAgreeWithTheScript() throws {
    let reader = try #require(Self.reader)
    let text = UnderstandingFixtures.text(
      "Tests/DialogueTests/Fixtures/safety-reader-scores.tsv")
    var compared = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false)
    where !line.isEmpty && !line.hasPrefix("#") {
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      try #require(columns.count == reader.categories.count + 1, "\(line)")
      let expected = columns.dropFirst().compactMap { Double($0) }
      let scores = reader.scores(String(columns[0]))
      for (score, want) in zip(scores, expected) {
        #expect(abs(score - want) < 1e-6, "\(columns[0]): \(score) against \(want)")
      }
      compared += 1
    }
    #expect(compared > 30)
  }

  @Test("the shipped weights are what the corpora and the frozen negatives give")
  func weightsAreUpToDate() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "Tests/safety/train.py", "--check"]
    process.currentDirectoryURL = packageRoot
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    let message = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(message)")
  }

  @Test("lines are normalised as the script does: case, apostrophes, repeated letters")
  func normalising() {
    let line = SafetyReader.normalise("I CAN'T  breeeathe!!  Don\u{2019}t")
    #expect(String(decoding: line, as: UTF8.self) == "i cant breathe dont")
    #expect(SafetyReader.normalise("!!! ").isEmpty)
    #expect(SafetyReader.hash(Array("a".utf8)) == 0xE40C_292C)
    #expect(SafetyReader.features(of: "   ", buckets: 1 << 18).isEmpty)
  }

  @Test(
    "a wording no pattern knows gets its category's check question",
    arguments: [
      ("my wife has gone grey and sweaty and keeps rubbing her chest", "chest-pain")
    ])
  func unknownWordingIsAsked(line: String, category: String) throws {
    let plain = SafetyNet(rules: SafetyFixtures.rules).check(line)
    #expect(!plain.contains { $0.category.id == category }, "the patterns found it: \(plain)")
    let matches = Self.net.check(line)
    let match = try #require(matches.first { $0.category.id == category }, "\(matches)")
    #expect(match.tier == .check && match.byReader)
  }

  @Test("the reader never shows a notice, and says nothing beside an emergency notice")
  func onlyChecks() throws {
    let reader = try #require(Self.reader)
    let plain = SafetyNet(rules: SafetyFixtures.rules)
    for line in ["i took all my tablets", "my husband has collapsed and isnt breathing"] {
      let withReader = Self.net.check(line)
      #expect(withReader.map(\.category.id) == plain.check(line).map(\.category.id), "\(line)")
    }
    #expect(!reader.categoriesToAsk("i took all my tablets").isEmpty)
  }

  @Test(
    "everyday frames let the reader's reading go",
    arguments: [
      "years ago i had chest pain but im fine now",
      "what if i get chest pain when im out",
    ])
  func framesLetGo(line: String) {
    let readerOnly = Self.net.check(line).filter { $0.matched == [line] }
    #expect(readerOnly.isEmpty, "\(readerOnly)")
  }

  @Test(
    "ordinary answers get no check question",
    arguments: ["dunno", "wat do u mean", "skip", "1", "I walk the dog every morning", "Maureen"])
  func ordinaryAnswers(line: String) {
    #expect(Self.net.check(line).isEmpty)
  }

  @Test("a broken weights file is refused with a sentence naming the line")
  func brokenFileIsRefused() {
    let text = """
      buckets: 16
      scale: 1000
      categories:
        chest-pain: "-100 3:40 x:1"
        not-a-category: "0"
      """
    let (reader, diagnostics) = SafetyReader.load(
      text: text, file: "r.yaml", categoryIDs: ["chest-pain"])
    #expect(reader == nil)
    let messages = diagnostics.map(\.description)
    #expect(messages.contains { $0.hasPrefix("r.yaml:4:") && $0.contains("\"x:1\"") })
    #expect(messages.contains { $0.hasPrefix("r.yaml:5:") && $0.contains("not a category") })
    #expect(messages.contains { $0.contains("threshold is missing") })
  }
}
