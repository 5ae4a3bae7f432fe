/// The word lists the dialogue-act reader uses, read from the `acts:` section of the lexicon
/// file (Prompts/lexicon.yaml).
///
/// They live in the lexicon rather than a file of their own because the lexicon is already "the
/// words people use", and it is loaded wherever an engine is made (a conversation, the kiosk,
/// `carecoach match`, the tests): a service that puts its own lexicon beside its script gets
/// its own act words with it, checked by `carecoach validate` like the rest of the file.
///
/// Every phrase is kept as its words, lowercased, with apostrophes dropped and everyday
/// spellings put right (`spellings`), which is how the reader sees a line too: "I don't" and
/// "i dont" are the same phrase.
public struct ActWords: Hashable, Sendable {
  /// Text-speak and common misspellings, word for word: "u" is "you", "wat" is "what".
  public var spellings: [String: [String]] = [:]
  /// Sounds and softeners around a line that do not change what it does ("sorry", "um").
  public var fillers: Set<String> = []
  /// Whole lines that ask about the question ("huh", "what do you mean").
  public var clarifyWhole: Set<[String]> = []
  /// Openings that ask about the question whatever a few words after them say
  /// ("what do you mean ... 0 to 10").
  public var clarifyOpenings: [[String]] = []
  /// Whole lines that ask why the question is asked ("why do you need that"): about the
  /// question, answered with its reason, never kept as the answer.
  public var clarifyWhy: Set<[String]> = []
  /// Words that make the few words after a clarifying opening about the person's own things,
  /// not the question: "I don't understand my results" is an answer.
  public var aboutMe: Set<String> = []
  /// Words before a correction that say "that was wrong" ("no", "sorry", "oops").
  public var correctLeads: Set<String> = []
  /// Openings after which the corrected words follow ("I meant", "it should say").
  public var correctOpenings: [[String]] = []
  /// Openings that are a correction only after a lead word: "sorry, I mean Tuesday" corrects,
  /// but "I mean, it would be nice" is an answer.
  public var correctAfterLead: [[String]] = []
  /// Phrases anywhere in a line that ask to change an earlier answer; what follows says which.
  public var changePhrases: [[String]] = []
  /// "Go back to ...": a change only when one of `changePointers` follows, since "I want to go
  /// back to work" is an answer.
  public var goBackPhrases: [[String]] = []
  /// Words after "go back to" that point at an earlier question ("the bit", "my goal").
  public var changePointers: [[String]] = []
  /// Whole lines that, while an answer is out for change, keep it as it was.
  public var keep: Set<[String]> = []
  /// Whole lines that end a list ("dun", "thats the lot"), added to the everyday closings the
  /// answer reader knows ("done", "that's all"): a service can add the ways its people say it.
  public var endList: Set<[String]> = []
  /// Whole lines for each kind of skip, added to the everyday ones the answer reader knows.
  public var skips: [SkipReason: Set<[String]>] = [:]
  /// Openings that mean yes ("spose so", "that'll do"), added to the everyday ones the answer
  /// reader knows.
  public var yes: [[String]] = []
  /// Openings that mean no ("no ta"), added to the everyday ones.
  public var no: [[String]] = []
  /// Phrases that say a part of a step inside the step's own words ("for 5 mins", "after
  /// lunch"), so that part is not asked again.
  public var stepParts = StepPartPhrases()

  public init() {}

  /// No words: only the built-in reading of skips, and "?" on its own, are found.
  public static let empty = ActWords()

  /// The words of a line or a phrase as the reader compares them, with the end of each in
  /// `text` so the words after a phrase can be kept as the person typed them.
  static func words(of text: String) -> [(word: String, end: String.Index)] {
    var result: [(word: String, end: String.Index)] = []
    var current = ""
    var index = text.startIndex
    var lastEnd = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character.isLetter || character.isNumber {
        current.append(contentsOf: character.lowercased())
        lastEnd = text.index(after: index)
      } else if character == "'" || character == "\u{2019}", !current.isEmpty {
        // Inside a word: "don't" is "dont".
      } else if !current.isEmpty {
        result.append((current, lastEnd))
        current = ""
      }
      index = text.index(after: index)
    }
    if !current.isEmpty { result.append((current, lastEnd)) }
    return result
  }

  /// A phrase as compared: its words, each everyday spelling put right.
  func normalised(_ words: [String]) -> [String] {
    words.flatMap { spellings[$0] ?? [$0] }
  }
}
