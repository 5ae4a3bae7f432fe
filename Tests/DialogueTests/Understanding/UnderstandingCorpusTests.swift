import Dialogue
import TestSupport
import Testing

/// Precision and recall of the default lexicon over a few hundred things people really say.
@Suite struct UnderstandingCorpusTests {
  struct Case {
    var line: Int
    var text: String
    var expected: Set<String>
    var negated: Set<String>
  }

  static func cases() -> [Case] {
    let source = UnderstandingFixtures.text("Tests/DialogueTests/Fixtures/utterances.tsv")
    var cases: [Case] = []
    for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    where !line.hasPrefix("#") && !line.isEmpty {
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      func ids(_ column: Int) -> Set<String> {
        guard column < columns.count, columns[column] != "-" else { return [] }
        return Set(columns[column].split(separator: ",").map(String.init))
      }
      cases.append(Case(line: index + 1, text: columns[0], expected: ids(1), negated: ids(2)))
    }
    return cases
  }

  @Test func corpusPrecisionAndRecall() {
    let cases = Self.cases()
    #expect(cases.count >= 300)
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var negationLeaks: [String] = []
    var misses: [String] = []
    for item in cases {
      let understanding = UnderstandingFixtures.matcher.analyse(item.text)
      let found = understanding.conceptIDs
      truePositives += found.intersection(item.expected).count
      falsePositives += found.subtracting(item.expected).count
      falseNegatives += item.expected.subtracting(found).count
      if !found.isDisjoint(with: item.negated) {
        negationLeaks.append("line \(item.line): \(item.text) -> \(found.sorted())")
      }
      if found != item.expected || !item.negated.isSubset(of: understanding.negatedIDs) {
        misses.append(
          "line \(item.line): \(item.text) -> found \(found.sorted()), "
            + "negated \(understanding.negatedIDs.sorted()); expected \(item.expected.sorted())"
            + (item.negated.isEmpty ? "" : ", negated \(item.negated.sorted())"))
      }
    }
    let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
    let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
    print(
      "understanding corpus: \(cases.count) utterances, precision \(percent(precision)), "
        + "recall \(percent(recall))")
    for miss in misses { print("  differs: \(miss)") }
    // A concept found that a line does not expect costs precision, one missed costs recall.
    // The precision floor is a little below what the lexicon achieves (99.3% over 452 lines),
    // so a change that makes it find what people did not say fails here.
    #expect(precision >= 0.98, "precision \(percent(precision)) is below 98%")
    #expect(recall >= 0.95, "recall \(percent(recall)) is below 95%")
    #expect(negationLeaks.isEmpty, "negated domains reported as found: \(negationLeaks)")
  }

  private func percent(_ value: Double) -> String {
    "\((value * 1000).rounded() / 10)%"
  }
}
