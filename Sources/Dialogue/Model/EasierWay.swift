/// How a script notices that someone is finding the conversation hard, and how the easier way
/// talks: read from the script's `easier:` section, so a service tunes it without Swift.
///
/// The easier way changes how questions are put, never what they ask: the plainer wording with
/// one example, a scale asked in words first, and the questions the script marks `optional`
/// left out.
public struct EasierWay: Sendable {
  /// A sign, seen by the engine anyway, that the person may be finding things hard.
  public enum Signal: String, Sendable, CaseIterable, Hashable, Codable {
    /// A question about the question ("what do you mean?").
    case asksWhatItMeans = "asks_what_it_means"
    case dontKnow = "dont_know"
    /// A one-word answer to an open question.
    case shortAnswers = "short_answers"
    /// Text-speak ("wat", "u") and misspelt words the lexicon had to correct.
    case spellingSlips = "spelling_slips"
    /// An answer that could not be read.
    case failedTries = "failed_tries"
    /// A long wait before a line (`pause_minutes`).
    case longPauses = "long_pauses"
  }

  /// How many of each signal, over the conversation so far, switch the easier way on. A
  /// signal with no count never does.
  public var thresholds: [Signal: Int]
  /// A gap this long or longer before a line counts as a long pause.
  public var pauseMinutes: Int
  /// Whole lines that ask for the easier way ("make it simpler"), compared as plain words.
  public var onWords: [String]
  /// Whole lines that switch it off ("normal please").
  public var offWords: [String]

  public init(
    thresholds: [Signal: Int] = [:], pauseMinutes: Int = 5, onWords: [String] = [],
    offWords: [String] = []
  ) {
    self.thresholds = thresholds
    self.pauseMinutes = pauseMinutes
    self.onWords = onWords
    self.offWords = offWords
  }
}

/// A point of a 0 to 10 scale said in words, for the easier way: "a bit sure" is 5.
public struct ScaleWord: Sendable, Hashable {
  public var text: String
  public var point: Int
  public init(text: String, point: Int) {
    self.text = text
    self.point = point
  }
}

/// A concrete version of a step that says what but not when or how often: the answers it
/// would give other questions ("step_when": "after breakfast"), in order.
public struct StepVersion: Sendable, Hashable {
  public var answers: [(question: String, words: String)]
  public init(answers: [(question: String, words: String)]) { self.answers = answers }
  public static func == (lhs: StepVersion, rhs: StepVersion) -> Bool {
    lhs.answers.map(\.question) == rhs.answers.map(\.question)
      && lhs.answers.map(\.words) == rhs.answers.map(\.words)
  }
  public func hash(into hasher: inout Hasher) {
    for answer in answers {
      hasher.combine(answer.question)
      hasher.combine(answer.words)
    }
  }
}
