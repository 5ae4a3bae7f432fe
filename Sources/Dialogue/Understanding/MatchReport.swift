import Foundation

/// What `carecoach match` prints for one utterance: why something matched.
public struct MatchReport: Encodable, Sendable {
  public struct SafetyHit: Encodable, Hashable, Sendable {
    public var category: String
    public var matched: [String]
    /// "reader" when the scored reader asked, not a pattern or concept: the measuring script
    /// counts its check questions apart. Left out otherwise.
    public var by: String?
  }
  public var concepts: [ConceptHit]
  public var negated: [ConceptHit]
  /// The categories whose notice is shown at once: a clear statement.
  public var safety: [SafetyHit]
  /// The categories that ask their check question first: words that could be everyday ones.
  public var safetyCheck: [SafetyHit]
  public var yesNo: String?
  public var numbers: [Double]
  public var dates: [String]
  public var rules: [String]
  /// The ids of the glossary terms the text names, so an author can see which explanation a
  /// "what is ...?" would give.
  public var glossary: [String]
  /// What the line is doing, read before its content ("answer", "clarify", "correct", ...), so
  /// an author can see why a line was not taken as an answer.
  public var act: String

  public init(
    text: String, concepts: ConceptMatcher, rules: RuleMatcher, safety: SafetyNet = .empty,
    today: Day, glossary: Glossary = .empty
  ) {
    let understanding = concepts.analyse(text)
    self.concepts = understanding.concepts
    self.negated = understanding.negated
    let found = safety.check(text)
    self.safety = found.filter { $0.tier == .clear }.map {
      SafetyHit(category: $0.category.id, matched: $0.matched, by: nil)
    }
    self.safetyCheck = found.filter { $0.tier == .check }.map {
      SafetyHit(
        category: $0.category.id, matched: $0.matched, by: $0.byReader ? "reader" : nil)
    }
    let acts = DialogueActReader(words: concepts.lexicon.acts)
    self.yesNo = acts.yesNo(text).map { $0 ? "yes" : "no" }
    self.numbers = AnswerReading.numbers(in: text)
    self.dates = AnswerReading.dates(in: text, today: today).map(\.iso)
    self.rules = rules.matches(text)
    self.glossary = glossary.entries(in: text).map(\.id)
    self.act = acts.read(text).act.rawValue
  }

  private enum CodingKeys: String, CodingKey {
    case concepts, negated, safety, safetyCheck, yesNo, numbers, dates, rules, glossary, act
  }

  /// Written by hand so that an unclear yes/no is printed as `null` rather than left out:
  /// a reader of `carecoach match` should see that the key was considered.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(concepts, forKey: .concepts)
    try container.encode(negated, forKey: .negated)
    try container.encode(safety, forKey: .safety)
    try container.encode(safetyCheck, forKey: .safetyCheck)
    if let yesNo {
      try container.encode(yesNo, forKey: .yesNo)
    } else {
      try container.encodeNil(forKey: .yesNo)
    }
    try container.encode(numbers, forKey: .numbers)
    try container.encode(dates, forKey: .dates)
    try container.encode(rules, forKey: .rules)
    try container.encode(glossary, forKey: .glossary)
    try container.encode(act, forKey: .act)
  }

  /// The JSON line `carecoach match` prints for one line as typed: cleaned as the conversation
  /// cleans it, then read with everything `engine` reads with.
  public static func jsonLine(for typed: String, engine: Engine, today: Day) -> String {
    MatchReport(
      text: InputCleaner.clean(typed), concepts: engine.concepts, rules: engine.rules,
      safety: engine.safety, today: today, glossary: engine.glossary
    )
    .json()
  }

  /// One JSON object per line of `text`, for `carecoach match --batch`: each line is read on
  /// its own, as the conversation would read it.
  public static func batch(
    _ text: String, concepts: ConceptMatcher, rules: RuleMatcher, safety: SafetyNet = .empty,
    today: Day, glossary: Glossary = .empty
  ) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      MatchReport(
        text: String(line), concepts: concepts, rules: rules, safety: safety, today: today,
        glossary: glossary
      )
      .json()
    }
  }

  /// One line of JSON with keys in a stable order.
  public func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
  }
}
