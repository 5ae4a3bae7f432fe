// STUB: owned by the understanding work; replaced wholesale.
import Foundation

/// What `carecoach match` prints for one utterance: why something matched.
public struct MatchReport: Encodable, Sendable {
  public struct SafetyHit: Encodable, Hashable, Sendable {
    public var category: String
    public var matched: [String]
  }
  public var concepts: [ConceptHit]
  public var negated: [ConceptHit]
  public var safety: [SafetyHit]
  public var yesNo: String?
  public var numbers: [Double]
  public var dates: [String]
  public var rules: [String]

  public init(text: String, concepts: ConceptMatcher, rules: RuleMatcher, today: Day) {
    let understanding = concepts.analyse(text)
    self.concepts = understanding.concepts
    self.negated = understanding.negated
    self.safety = []
    self.yesNo = AnswerReading.yesNo(text).map { $0 ? "yes" : "no" }
    self.numbers = AnswerReading.numbers(in: text)
    self.dates = AnswerReading.dates(in: text, today: today).map(\.iso)
    self.rules = rules.matches(text)
  }

  /// One line of JSON with keys in a stable order.
  public func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
  }
}
