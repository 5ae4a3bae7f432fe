/// Decides whether a concept the person named is something they have or something they are
/// saying they do not have.
///
/// The rule: a negation ("not", "no", "never", "nothing", "without", and the spelt-out "n't")
/// reaches forward to the end of its clause. A clause ends at punctuation, at a linking word that
/// starts a new thought ("but", "though", "because", "when"...), and at "and" or "or" followed
/// by a new subject ("and my husband..."). Inside that scope a negation means *this domain is
/// not an issue* only when it denies the trouble itself:
///
/// - a trouble or topic term is denied: "no pain", "never smoked", "I don't drink",
///   "I've never touched a cigarette" → negated;
/// - a trouble word is denied whatever follows: "nothing wrong with my feet",
///   "no problems sleeping" → negated.
///
/// It means *there is a problem in this domain* when it takes away something good or says what
/// the person cannot do, so the concept is found:
///
/// - a positive term (energy, sleep, exercise, friends) is denied: "not sleeping",
///   "don't have any energy", "I don't go out" → found;
/// - inability: "can't sleep", "couldn't walk", "unable to", "hardly", "barely" → found;
/// - a degree word turns "none" into "not enough": "I don't sleep well", "don't drink much",
///   "not eating properly" → found;
/// - the negation governs a stance rather than the thing: "I'm not sure about my bloods",
///   "I don't understand my results", "don't want to stop smoking" → found.
///
/// A negation written inside a lexicon term ("no energy", "not take my tablets") is part of that
/// term's meaning and negates nothing else. After a concept, "is fine", "is ok", "isn't a
/// problem" or "-free" in the same clause also say the domain is not an issue ("my feet are
/// fine", "smoking's not a problem", "pain free").
enum Negation {
  /// What a negation word is, which decides which readers count it.
  enum Kind: Sendable {
    /// Turns round the verb or the words after it: "not" (and every "n't" the tokenizer spells
    /// out), "never".
    case adverb
    /// Says there is none of the thing it stands before: "no pain".
    case determiner
    /// Says none of several: "none", "neither", "nor".
    case quantifier
    /// Stands for what is absent: "nothing", "nobody".
    case pronoun
    /// "without".
    case preposition
    /// Says there is almost none: "hardly", "barely".
    case scarcely
    /// Says what the person cannot do: "unable".
    case inability
    /// Scots "nae", for both "not" and "no".
    case dialect
    /// A "n't" written as one word, as `AnswerReading` leaves it (it drops the apostrophe and,
    /// unlike the tokenizer, does not spell "not" out): "dont", "cant".
    case contraction
    /// "nowhere", as in "nowhere near sure".
    case place
  }

  /// Every negation word any reader counts, once: a new word goes here, with its kind, and
  /// each reader's set below takes it or not by that kind.
  static let words: [String: Kind] = [
    "not": .adverb, "never": .adverb,
    "no": .determiner,
    "none": .quantifier, "neither": .quantifier, "nor": .quantifier,
    "nothing": .pronoun, "nobody": .pronoun,
    "without": .preposition,
    "hardly": .scarcely, "barely": .scarcely,
    "unable": .inability,
    "nae": .dialect,
    "dont": .contraction, "doesnt": .contraction, "isnt": .contraction, "arent": .contraction,
    "wasnt": .contraction, "werent": .contraction, "cant": .contraction, "cannot": .contraction,
    "wont": .contraction, "aint": .contraction,
    "nowhere": .place,
  ]

  /// The words of the table whose kind is one of `kinds`.
  private static func words(ofKinds kinds: Set<Kind>) -> Set<String> {
    Set(words.filter { kinds.contains($0.value) }.keys)
  }

  /// What scopes over a lexicon concept, following the rule in the type's documentation. Tokens
  /// have their contractions spelt out already, so no `contraction` is needed; and "nowhere" is
  /// left out because it more often names a trouble than denies one ("nowhere to go", "getting
  /// nowhere").
  static let negators = words(ofKinds: [
    .adverb, .determiner, .quantifier, .pronoun, .preposition, .scarcely, .inability, .dialect,
  ])

  /// What the safety net takes as denying the crisis words just after it ("I'm not suicidal"),
  /// which makes its notice's wording gentler (the notice is shown all the same). Narrower
  /// than `negators`, on purpose: a word wrongly counted softens a notice that should not be
  /// softened. Only the plain standard words of denial count; "nothing", "nobody" and
  /// "without" are often the crisis words themselves ("nothing to live for", "better off
  /// without me"), and "hardly" or "barely" still leave some of the trouble.
  static let denials = words(ofKinds: [.adverb, .determiner, .quantifier])

  /// What turns round a choice of "carry on, or stop?" ("I don't want to stop"). Only the
  /// adverbs: "no" answers the question rather than turning a word round ("no, carry on"),
  /// and a wrong reading here stops or carries on against the person's wish.
  static let choiceReversers = words(ofKinds: [.adverb])

  /// What turns round a scale label in `AnswerReading`'s plain words ("not very sure",
  /// "hardly sure", "I dont feel very sure"), which keep contractions whole. Only words that
  /// deny or lessen a degree: the ones that name an absent thing ("none", "nothing",
  /// "without") do not qualify "how sure".
  static let degreeNegators = words(ofKinds: [
    .adverb, .determiner, .scarcely, .dialect, .contraction, .place,
  ])

  private static let inabilityWords: Set<String> = ["unable", "hardly", "barely"]
  private static let abilityModals: Set<String> = ["can", "could", "able"]
  private static let stanceWords: Set<String> = [
    "sure", "know", "understand", "certain", "mind", "like", "want", "keen", "care", "think",
    "realise", "realize", "believe", "bothered", "happy", "remember", "expect", "wish", "seem",
    "stop", "quit", "help",
  ]
  /// Words passed over when looking for what a negation governs.
  private static let fillers: Set<String> = [
    "be", "am", "is", "are", "was", "were", "been", "being", "really", "very", "too", "so",
    "have", "has", "had", "got", "get", "getting", "do", "does", "did", "a", "an", "any",
    "the", "at", "all", "ever", "even", "i", "quite", "always", "actually", "totally",
    "completely", "entirely", "that", "to", "you", "we", "it", "they", "he", "she", "would",
    "will", "should", "much",
  ]
  private static let degreeWords: Set<String> = [
    "much", "many", "often", "enough", "well", "properly", "lot", "great", "good", "brilliant",
    "right", "regularly", "sure",
  ]
  private static let troubleWords: Set<String> = [
    "problem", "problems", "trouble", "troubles", "issue", "issues", "wrong", "bother",
    "difficulty", "difficulties", "concern", "concerns", "worries", "matter",
  ]
  private static let fineWords: Set<String> = [
    "fine", "ok", "okay", "alright", "good", "great", "grand", "normal", "brilliant", "perfect",
    "sorted", "controlled",
  ]
  private static let clauseStarters: Set<String> = [
    "but", "though", "tho", "although", "however", "except", "yet", "whereas", "because",
    "cos", "coz", "cuz", "since", "while", "whilst", "when", "whenever", "until", "unless", "if",
    "apart", "otherwise", "although",
  ]
  private static let subjects: Set<String> = [
    "i", "my", "me", "he", "she", "they", "we", "it", "there", "our", "his", "her", "their",
    "the", "this", "you", "your", "mum", "dad", "husband", "wife", "partner",
  ]

  /// The clauses of an utterance as token index ranges.
  static func clauses(of tokens: [Token]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    for index in tokens.indices where index > start {
      let token = tokens[index]
      let linking =
        (token.word == "and" || token.word == "or") && index + 1 < tokens.count
        && subjects.contains(tokens[index + 1].word)
      if token.startsClause || clauseStarters.contains(token.word) || linking {
        result.append(start..<index)
        start = index
      }
    }
    if start < tokens.count { result.append(start..<tokens.count) }
    return result
  }

  /// Whether the concept named by `match` (which is `positive` for this concept or not) is
  /// said to be absent, following the rule in the type's documentation. `governed` gives, for a
  /// negation at a token, the first term after it and whether that term is positive: the
  /// negation is read against that term, and every later term in its scope shares the reading
  /// ("I don't need help with washing" denies the need, so the washing goes with it).
  static func isNegated(
    _ match: Range<Int>, positive: Bool, clause: Range<Int>, tokens: [Token],
    covered: [Bool], governed: (Int) -> (range: Range<Int>, positive: Bool)?
  ) -> Bool {
    let isNegator = { (index: Int) in !covered[index] && negators.contains(tokens[index].word) }
    let before = clause.lowerBound..<match.lowerBound
    if before.contains(where: { isNegator($0) && isInability($0, clause: clause, tokens: tokens) })
    {
      return false
    }
    if let negator = before.last(where: isNegator) {
      let head = governed(negator) ?? (match, positive)
      return deniesTrouble(
        negator: negator, governed: head.range.lowerBound, positive: head.positive,
        clause: clause, tokens: tokens)
    }
    // A phrase can run on past its clause's end ("since -y hubby past" across a line break):
    // what follows it in the clause is then nothing.
    let after = min(match.upperBound, clause.upperBound)..<clause.upperBound
    if let next = after.first, tokens[next].word == "free" { return true }
    if let negator = after.first(where: isNegator) {
      let rest = (negator + 1)..<clause.upperBound
      return rest.contains { troubleWords.contains(tokens[$0].word) }
    }
    if let fine = after.first(where: { fineWords.contains(tokens[$0].word) }) {
      return clause.upperBound - fine - 1 <= 3
    }
    return false
  }

  /// "can't", "couldn't", "unable", "hardly": the person is saying what they cannot do, which
  /// is a problem, whatever follows ("I can't walk without pain").
  private static func isInability(_ negator: Int, clause: Range<Int>, tokens: [Token]) -> Bool {
    if inabilityWords.contains(tokens[negator].word) { return true }
    if negator > clause.lowerBound, abilityModals.contains(tokens[negator - 1].word) {
      return true
    }
    return false
  }

  private static func deniesTrouble(
    negator: Int, governed: Int, positive: Bool, clause: Range<Int>, tokens: [Token]
  ) -> Bool {
    let between = (negator + 1)..<governed
    if let head = between.first(where: { !fillers.contains(tokens[$0].word) }),
      stanceWords.contains(tokens[head].word) || abilityModals.contains(tokens[head].word)
    {
      return false
    }
    let scope = (negator + 1)..<clause.upperBound
    if scope.contains(where: { degreeWords.contains(tokens[$0].word) }) { return false }
    if scope.contains(where: { troubleWords.contains(tokens[$0].word) }) { return true }
    return !positive
  }
}
