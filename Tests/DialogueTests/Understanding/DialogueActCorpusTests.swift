import Dialogue
import Foundation
import TestSupport
import Testing

/// Precision and recall of the dialogue-act reader, act by act, on lines written as people type
/// them (Tests/DialogueTests/Fixtures/dialogue-acts.tsv). The word lists are tuned on the
/// `tune` half only; the `heldout` half is the honest figure. Run with `ACT_FIGURES=1` to print
/// the table, and `ACT_MISSES=tune` to list the tune half's misses.
@Suite struct DialogueActCorpusTests {
  struct Case {
    var half: String
    var act: String
    var text: String
    var previous: String?
    /// The yes/no reading the line must also get, where one is given.
    var yesNo: Bool?
  }

  struct Figures {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var precision: Double {
      truePositives + falsePositives == 0
        ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    var recall: Double {
      truePositives + falseNegatives == 0
        ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
  }

  static func cases() -> [Case] {
    let source = UnderstandingFixtures.text("Tests/DialogueTests/Fixtures/dialogue-acts.tsv")
    return source.split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#") else { return nil }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard columns.count >= 3 else { return nil }
      return Case(
        half: columns[0], act: columns[1], text: columns[2],
        previous: columns.count > 3 && !columns[3].isEmpty ? columns[3] : nil,
        yesNo: columns.count > 4 ? columns[4] == "yes" : nil)
    }
  }

  static let reader = DialogueActReader(words: UnderstandingFixtures.lexicon.acts)

  static func figures(half: String) -> (byAct: [String: Figures], misses: [String]) {
    var byAct: [String: Figures] = [:]
    var misses: [String] = []
    for item in cases() where item.half == half {
      let found = reader.read(item.text, previousAnswer: item.previous).act.rawValue
      if found == item.act {
        byAct[found, default: Figures()].truePositives += 1
      } else {
        byAct[found, default: Figures()].falsePositives += 1
        byAct[item.act, default: Figures()].falseNegatives += 1
        misses.append("\(item.act) read as \(found): \(item.text)")
      }
    }
    return (byAct, misses)
  }

  static func table(_ byAct: [String: Figures], half: String) -> String {
    DialogueAct.allCases.map(\.rawValue).map { act in
      let figures = byAct[act] ?? Figures()
      return "\(half) \(act): precision \(String(format: "%.2f", figures.precision)), "
        + "recall \(String(format: "%.2f", figures.recall)) "
        + "(\(figures.truePositives) right, \(figures.falsePositives) wrongly, "
        + "\(figures.falseNegatives) missed)"
    }.joined(separator: "\n")
  }

  @Test func theCorpusIsBigEnoughAndEveryActIsInBothHalves() {
    let cases = Self.cases()
    #expect(cases.count >= 300)
    for half in ["tune", "heldout"] {
      for act in DialogueAct.allCases.map(\.rawValue) {
        #expect(cases.contains { $0.half == half && $0.act == act }, "\(half) has no \(act)")
      }
    }
    #expect(cases.allSatisfy { DialogueAct(rawValue: $0.act) != nil })
  }

  @Test("every line given a yes or no in the tune half is read so, with the lexicon's words")
  func yesAndNoWords() {
    let cases = Self.cases().filter { $0.yesNo != nil }
    #expect(cases.count >= 10)
    #expect(cases.allSatisfy { $0.half == "tune" })
    for item in cases {
      #expect(Self.reader.yesNo(item.text) == item.yesNo, "\(item.text)")
    }
  }

  @Test(arguments: [("tune", 0.95, 0.95), ("heldout", 0.9, 0.9)])
  func precisionAndRecallPerAct(half: String, precision: Double, recall: Double) {
    let (byAct, misses) = Self.figures(half: half)
    let environment = ProcessInfo.processInfo.environment
    if environment["ACT_FIGURES"] != nil { print(Self.table(byAct, half: half)) }
    if environment["ACT_MISSES"] == half { print(misses.joined(separator: "\n")) }
    for act in DialogueAct.allCases.map(\.rawValue) {
      let figures = byAct[act] ?? Figures()
      #expect(figures.precision >= precision, "\(half) \(act) precision \(figures.precision)")
      #expect(figures.recall >= recall, "\(half) \(act) recall \(figures.recall)")
    }
  }
}
