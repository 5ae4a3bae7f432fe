import Foundation

/// Plain answers to "what is ...?" about the words people meet in results letters and at
/// appointments (Prompts/glossary.yaml).
///
/// People preparing for an appointment often stop at one word in their letter. Explaining it
/// there and then keeps them going, and the word is still kept as a question for the
/// appointment: an explanation here never replaces the nurse or doctor.
///
/// Every name of every term (its usual spelling and its synonyms) goes into one trie over word
/// stems, so finding terms in a line costs one walk of the line whatever the glossary's size.
/// A word that is not a glossary word is tried as a misspelling through a `FuzzyIndex`, which
/// looks up only the word's own deletions, so that cost does not grow with the glossary either.
public struct Glossary: Sendable {
  /// What sort of word a term is. Everything but `care` and `word` is a medical word, which a
  /// script's prompts may use only together with its explanation
  /// (Tests/content/test_readability.py). A `word` is one the conversation's own questions use
  /// ("pros and cons", "goal"): asking about it is asking about the question, so it is
  /// explained and the question put again, but it is never kept as a question to ask.
  public enum Kind: String, Sendable, CaseIterable {
    case test, result, condition, medicine, check, care, word
  }

  public struct Entry: Hashable, Sendable {
    public var id: String
    /// The word as it is usually written ("HbA1c").
    public var term: String
    public var kind: Kind
    /// Other names, spellings and common misspellings.
    public var synonyms: [String]
    /// One to three short, plain sentences saying what the thing is.
    public var explanation: String
    /// The explanation in other words, said when a check of it in the easier way shows it did
    /// not land ("dunno"); nil when the glossary gives none, and then its first sentence is
    /// said alone.
    public var again: String?

    public init(id: String, term: String, kind: Kind, synonyms: [String], explanation: String) {
      self.id = id
      self.term = term
      self.kind = kind
      self.synonyms = synonyms
      self.explanation = explanation
    }

    public var names: [String] { [term] + synonyms }

    /// The explanation as said to `audience`: to the person, or about them to a worker
    /// typing with them ("their heart", not the worker's own).
    public func explanation(for audience: Audience) -> String {
      audience == .facilitator ? SpokenOf.person(explanation) : explanation
    }

    /// `inOtherWords` as said to `audience`, as `explanation(for:)`.
    public func inOtherWords(for audience: Audience) -> String {
      audience == .facilitator ? SpokenOf.person(inOtherWords) : inOtherWords
    }

    /// What to say when the explanation did not land: `again`, or else the first sentence.
    public var inOtherWords: String {
      if let again { return again }
      guard let end = explanation.firstIndex(where: { ".!?".contains($0) }) else {
        return explanation
      }
      return String(explanation[...end])
    }
  }

  /// A "what is ...?" question: the words asked about, as the person wrote them, and the
  /// terms they name (none when the glossary does not know them).
  public struct Question: Hashable, Sendable {
    public var words: String
    public var entries: [Entry]
  }

  /// The `rule` of the plan additions a glossary question makes, so a plan can say where a
  /// question came from.
  public static let ruleID = "glossary"

  public let entries: [Entry]
  /// The names' trie and spelling index, built at the first line looked at: start-up needs
  /// only the entries read and checked.
  private let index: OnDemand<Index>
  private let cache = CorrectionCache()

  private struct Index: Sendable {
    let trie: PhraseTrie
    let knownStems: Set<String>
    let fuzzy: FuzzyIndex

    init(entries: [Entry], ordinaryWords: Set<String>) {
      var trie = PhraseTrie()
      var words: Set<String> = []
      for (index, entry) in entries.enumerated() {
        for name in entry.names {
          let tokens = Tokenizer.tokens(of: name)
          guard !tokens.isEmpty else { continue }
          trie.insert(tokens.map(\.stem), owner: TermOwner(concept: index, positive: false))
          words.formUnion(tokens.map(\.word))
        }
      }
      self.trie = trie
      self.knownStems = Set(words.map(Stemmer.stem))
      self.fuzzy = FuzzyIndex(words: words, ordinaryWords: ordinaryWords)
    }
  }

  /// A glossary that knows no terms: an engine given it behaves as if there were no glossary,
  /// so scripts and tests written before the glossary work as they did.
  public static let empty = Glossary(entries: [])

  public init(entries: [Entry], ordinaryWords: Set<String> = []) {
    self.entries = entries
    self.index = OnDemand { Index(entries: entries, ordinaryWords: ordinaryWords) }
  }

  /// Builds the trie and spelling index now, instead of at the first line.
  public func prepare() { index.value.fuzzy.prepare() }

  /// Whether the trie has been built yet.
  var isIndexed: Bool { index.isMade }

  /// Forgets the spelling corrections worked out for the words looked at so far: they are the
  /// person's own words. The trie and spelling index hold only the glossary's terms and stay.
  public func forgetWhatWasTyped() { cache.removeAll() }

  /// How many typed words have their corrections remembered.
  var wordsRemembered: Int { cache.count }

  public var isEmpty: Bool { entries.isEmpty }

  public func entry(_ id: String) -> Entry? { entries.first { $0.id == id } }

  /// The terms named anywhere in the text, in the order they first appear, each once. The
  /// longest name wins, so "type 2 diabetes" is not read as "diabetes".
  public func entries(in text: String) -> [Entry] {
    let tokens = Tokenizer.tokens(of: text)
    var found: [Int] = []
    for match in matches(in: tokens) {
      for owner in match.owners where !found.contains(owner.concept) {
        found.append(owner.concept)
      }
    }
    return found.map { entries[$0] }
  }

  /// The plain answer for whatever the text names, for a plan's `answeredHere`; nil when it
  /// names no known term. A word of the conversation's own ("pros and cons") is no answer to
  /// a question kept for the appointment.
  public func explanation(for text: String) -> String? {
    let found = entries(in: text).filter { $0.kind != .word }
    return found.isEmpty ? nil : found.map(\.explanation).joined(separator: " ")
  }

  /// The term the whole text names, allowing a leading "a", "the" or "my": "the eGFR" is a
  /// term, "my eGFR is low" is not.
  public func entry(named text: String) -> Entry? {
    var tokens = Tokenizer.tokens(of: text)
    while !tokens.isEmpty {
      let found = matches(in: tokens)
      if found.count == 1, let match = found.first, match.range == tokens.indices {
        return match.owners.first.map { entries[$0.concept] }
      }
      // "a fib" is a name as it stands; "a statin" is one once the "a" is set aside.
      guard let first = tokens.first, Glossary.leadingWords.contains(first.word) else { break }
      tokens.removeFirst()
    }
    return nil
  }

  /// Recognises a "what is ...?" question: "what's HbA1c", "what does eGFR mean", "explain
  /// statins", "tell me about blood pressure", or just "HbA1c?".
  ///
  /// A known term is found anywhere in the words asked about. Words the glossary does not know
  /// count as a question only when they look like the name of a thing (a few words, none of
  /// them the small words of a sentence), so "what is important to me is my family" stays an
  /// answer to the question being asked.
  public func question(in typed: String) -> Question? {
    guard !isEmpty else { return nil }
    let line = Glossary.whatIsSpelt(typed)
    guard let match = Glossary.questionPatterns.firstMatch(line),
      let words = match.captures.first
    else {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasSuffix("?"), let entry = entry(named: String(trimmed.dropLast())) {
        return Question(words: String(trimmed.dropLast()), entries: [entry])
      }
      return nil
    }
    let found = entries(in: words)
    if !found.isEmpty { return Question(words: words, entries: found) }
    let asked = Tokenizer.tokens(of: words).map(\.word).drop {
      Glossary.leadingWords.contains($0)
    }
    guard !asked.isEmpty, asked.count <= 4,
      !asked.contains(where: Glossary.sentenceWords.contains)
    else { return nil }
    return Question(words: words, entries: [])
  }

  /// Names are matched across punctuation, so "urine test (ACR)" is one name: names are
  /// short, and a comma inside one is far rarer than brackets or a dash.
  private func matches(in tokens: [Token]) -> [TermMatch] {
    let tokens = tokens.map { token -> Token in
      var token = token
      token.startsClause = false
      return token
    }
    let index = self.index.value
    let candidates = tokens.map { token -> [String] in
      if index.knownStems.contains(token.stem) { return [token.stem] }
      return [token.stem] + cache.value(for: token.word) { index.fuzzy.corrections(of: $0) }
    }
    return index.trie.matches(in: tokens, candidates: candidates)
  }

  /// "wats pros and cons" as "what is pros and cons". Only the opening word is put right: a
  /// pattern "wats *" would also be "wat *", as the matcher reads plurals, and take in any
  /// line that starts with "wat".
  static func whatIsSpelt(_ line: String) -> String {
    let trimmed = line.drop(while: \.isWhitespace)
    for opening in ["wats ", "wots ", "whats ", "what's ", "what\u{2019}s ", "wat's "]
    where trimmed.lowercased().hasPrefix(opening) {
      return "what is " + trimmed.dropFirst(opening.count)
    }
    return line
  }

  /// Words before a term that do not change which term is meant.
  static let leadingWords: Set<String> = [
    "a", "an", "the", "my", "your", "this", "that", "these", "those", "word", "words",
    "meaning", "of", "about", "by",
  ]

  /// Small words of a sentence: words asked about that hold one of these are a sentence, not
  /// the name of a thing ("what is wrong with me", "what is going on").
  static let sentenceWords: Set<String> = [
    "i", "me", "we", "us", "you", "he", "she", "it", "they", "them", "is", "are", "was", "were",
    "be", "been", "am", "do", "does", "did", "will", "would", "can", "could", "should", "to",
    "for", "with", "on", "in", "at", "up", "not", "no", "if", "so", "and", "or", "but", "that",
    "this", "there", "here", "what", "how", "why", "when", "where", "who", "going", "happening",
    "wrong", "next", "important", "best", "worst", "matter", "matters", "like", "want",
    "time", "day", "name", "point", "plan", "answer", "question",
  ]

  /// The ways people ask what a word means. Each `*` is the words asked about. A pattern with
  /// more fixed words wins, so "what is meant by eGFR" asks about "eGFR", not "meant by eGFR".
  static let questionPatterns: RuleMatcher = {
    let patterns = [
      "what is *", "what are *", "what is meant by *", "what do you mean by *",
      "what do * mean", "what does * mean", "what do * stand for", "what does * stand for",
      "what * means", "what * mean", "[can you] [please] explain *", "explain what * is",
      "explain what * are", "[can you] [please] tell me about *", "tell me what * is",
      "tell me what * are", "[i] do not know what * is", "[i] do not know what * are",
      "[i] do not know what * means", "[i am] not sure what * is", "[i am] not sure what * are",
      "[i am] not sure what * means", "meaning of *", "define *", "wat is *", "wot is *",
      "whta is *", "wht is *", "wat are *", "wot are *", "wat does * mean", "wot does * mean",
      "wat do * mean", "what is * mean", "wat is * mean",
    ]
    return RuleMatcher(
      rules: patterns.enumerated().map {
        PatternRule(
          id: "glossary-\($0.offset)", pattern: $0.element,
          priority: $0.element.split(separator: " ").filter { $0 != "*" }.count)
      },
      concepts: ConceptMatcher(lexicon: Lexicon(concepts: [])))
  }()
}
