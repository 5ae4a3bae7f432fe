import Foundation

/// What someone else will do for the person, said to the person: "refer me to podiatry", as
/// the person typed it, reads "refer you to podiatry" once it is the professional's action
/// ("Sam Jones, practice nurse, will refer you to podiatry").
///
/// The person's words stay as typed in the record; only what is shown is turned. An opening
/// that names who will do it ("she'll", "Sam will") goes, since the plan names them anyway.
public enum AddressedWords {
  /// The words turned from the person's voice to words said to them.
  public static func turned(_ words: String) -> String {
    var tokens = words.split(whereSeparator: \.isWhitespace).map(String.init)
    tokens = withoutOpening(tokens)
    let turned = tokens.map(turnedWord)
    return turned.joined(separator: " ")
  }

  /// The words in the person's own voice, as their plan ("My plan") speaks: "refer you to
  /// rehab", as a professional typed it, reads "refer me to rehab". After the opening that
  /// names the doer goes, what is left is what they will do, so "you" is the one it is done to.
  public static func mine(_ words: String) -> String {
    var tokens = words.split(whereSeparator: \.isWhitespace).map(String.init)
    tokens = withoutOpening(tokens)
    return tokens.map { turnedWord($0, by: toMine) }.joined(separator: " ")
  }

  /// The words in a plan a worker typed, which speaks of the person: "refer you to rehab", as
  /// a professional typed it, reads "refer them to rehab".
  public static func spokenOf(_ words: String) -> String {
    var tokens = words.split(whereSeparator: \.isWhitespace).map(String.init)
    tokens = withoutOpening(tokens)
    return tokens.map { turnedWord($0, by: toTheirs) }.joined(separator: " ")
  }

  /// Whose voice a professional's action is said in: to the person ("refer you"), in the
  /// person's own plan ("refer me"), or in a plan a worker typed, of the person ("refer them").
  public enum Voice: Sendable {
    case toThePerson
    case mine
    case ofThePerson
  }

  /// The words said as `doer`'s: "Sam Jones, practice nurse, will refer you to podiatry";
  /// with a name alone, "Sam Jones will ...". In the person's own plan (`inMyVoice`), "...
  /// will refer me to podiatry".
  public static func sentence(_ words: String, by doer: String, inMyVoice: Bool = false)
    -> String
  {
    sentence(words, by: doer, voice: inMyVoice ? .mine : .toThePerson)
  }

  /// The words said as `doer`'s, in `voice`. Words that start with what will be done ("refer
  /// me to rehab") follow "will"; words that only name it ("bloods again in 3 months") are
  /// set after "will:", since "will bloods again" is not a sentence.
  public static func sentence(_ words: String, by doer: String, voice: Voice) -> String {
    let who = doer.contains(",") ? doer + "," : doer
    var said: String
    switch voice {
    case .toThePerson: said = turned(words)
    case .mine: said = mine(words)
    case .ofThePerson: said = spokenOf(words)
    }
    // "Refer me ..." had its capital only for starting the answer; after "will" it goes.
    if let first = said.split(separator: " ").first, first.count > 1,
      first.first?.isUppercase == true, first.dropFirst().allSatisfy({ !$0.isUppercase })
    {
      said = said.prefix(1).lowercased() + said.dropFirst()
    }
    return "\(who) will" + (startsWithDoing(said) ? " " : ": ") + said
  }

  /// Put after "will" in a conversation's words before what only names the thing to be done:
  /// "So Jo will do this: bloods again in 3 months".
  public static let namingFrame = "do this: "

  /// The person's words for themselves, and what each is said to them as.
  static let swaps: [String: String] = [
    "me": "you", "my": "your", "myself": "yourself", "mine": "yours", "i": "you",
    "i'm": "you're", "im": "you're", "i've": "you've", "i'll": "you'll", "i'd": "you'd",
    "us": "you", "our": "your", "ourselves": "yourselves", "we": "you",
  ]

  /// Words said to the person, and what each is when the plan speaks of them.
  static let toTheirs: [String: String] = [
    "you": "them", "your": "their", "yourself": "themselves", "yours": "theirs",
  ]

  /// Words said to the person, and what each is in the person's own voice.
  static let toMine: [String: String] = [
    "you": "me", "your": "my", "yourself": "myself", "yours": "mine",
  ]

  /// One word turned, keeping punctuation round it and a capital at its start ("My" is
  /// "Your"); "I" is a capital by rule, not because it starts anything, so it is "you".
  static func turnedWord(_ word: String) -> String { turnedWord(word, by: swaps) }

  static func turnedWord(_ word: String, by swaps: [String: String]) -> String {
    let core = word.trimmingCharacters(in: .punctuationCharacters.subtracting(["'"]))
    let plain = core.replacingOccurrences(of: "\u{2019}", with: "'").lowercased()
    guard !core.isEmpty, var swap = swaps[plain], let range = word.range(of: core) else {
      return word
    }
    if core.first?.isUppercase == true, !plain.hasPrefix("i"), !swap.hasPrefix("i") {
      swap = swap.prefix(1).uppercased() + swap.dropFirst()
    }
    return word.replacingCharacters(in: range, with: swap)
  }

  /// Who will do it, said at the start ("she will", "Sam'll", "the nurse is going to"), taken
  /// off: the plan says who. Only within the first few words, so "write my will" keeps it.
  static func withoutOpening(_ tokens: [String]) -> [String] {
    let lower = tokens.map {
      $0.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        .trimmingCharacters(in: .punctuationCharacters.subtracting(["'"]))
    }
    for index in lower.indices.prefix(4) where index + 1 < tokens.count {
      if lower[index] == "will" || lower[index] == "shall" {
        return index == 0 ? tokens : Array(tokens[(index + 1)...])
      }
      // "I'll refer you ...", typed by the professional themselves, opens with its doer too.
      if lower[index].hasSuffix("'ll"), !lower[index].hasPrefix("i'") || index == 0 {
        return Array(tokens[(index + 1)...])
      }
      if lower[index] == "going", index + 2 < tokens.count, lower[index + 1] == "to",
        index > 0
      {
        return Array(tokens[(index + 2)...])
      }
    }
    return tokens
  }
}
