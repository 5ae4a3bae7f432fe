/// How the engine reads what people say around a safety notice: the answer to a check
/// question, "that's not what I meant", and a line that says again the words that set off the
/// notice just shown.
///
/// Every phrase is compared on `Tokenizer` words, so "didn't", "didnt" and "did not" are one.
enum SafetyReplies {
  /// What the answer to a check question ("Just to check: are you having thoughts of ending
  /// your life?") says.
  enum CheckAnswer: Equatable {
    case yes
    /// Not sure, maybe, a bit: the category's short line with the services that fit
    /// (`if-unsure` in the safety file), or its notice when it has none.
    case unsure
    case no
    /// "What do you mean?", "why?": the question needs saying again, with why it was asked.
    case question
    /// Anything else, such as the answer they meant to give to the question.
    case other
  }

  static func checkAnswer(_ line: String) -> CheckAnswer {
    var words = Tokenizer.tokens(of: line).map { misspelt[$0.word] ?? $0.word }
    while words.count > 1, fillers.contains(words[0]) { words.removeFirst() }
    guard !words.isEmpty else { return .other }
    if contains(askingBack, in: words)
      || (words.count == 1 && ["what", "why", "eh", "huh", "pardon"].contains(words[0]))
    {
      return .question
    }
    if contains(unsure, in: words) || longestOpening(unsureOpenings, in: words) > 0 {
      return .unsure
    }
    let no = longestOpening(noOpenings, in: words)
    let yes = longestOpening(yesOpenings, in: words)
    if no == 0 && yes == 0 { return .other }
    if yes > no {
      // "I have not", "it is never": the opening turned round.
      if yes < words.count, ["not", "never", "nothing"].contains(words[yes]) { return .no }
      // "Yes... no, not really" is not a yes to act on alone, but it is not a no either.
      if words[yes...].contains(where: { ["no", "nope", "nah"].contains($0) }) { return .unsure }
      return .yes
    }
    if words[no...].contains(where: { ["yes", "yeah", "yep", "aye"].contains($0) }) {
      return .unsure
    }
    return .no
  }

  /// Whether the whole line only moves on ("done", "ok", "carry on", "next"): words that answer
  /// no question, so at a check question they are neither yes nor no. Taken as no, "done"
  /// typed to get past a question about ending a life would let a yes go unheard.
  static func onlyMovesOn(_ line: String) -> Bool {
    var words = Tokenizer.tokens(of: line).map { misspelt[$0.word] ?? $0.word }
    while words.count > 1, fillers.contains(words[0]) { words.removeFirst() }
    let polite: Set<String> = ["please", "then", "now", "thanks", "thank", "you"]
    while words.count > 1, let last = words.last, polite.contains(last) {
      // "right now" answers "is this happening now?": it is a yes, not "right, carry on".
      if last == "now", words.count == 2, words[0] == "right" { return false }
      words.removeLast()
    }
    return movingOn.contains(words)
  }

  /// Whether the line says a notice was a misunderstanding: "that's not what I meant", "you've
  /// got it wrong", "I didn't mean it like that".
  static func takesBack(_ line: String) -> Bool {
    let words = Tokenizer.tokens(of: line).map { misspelt[$0.word] ?? $0.word }
    return contains(takingBack, in: words)
  }

  /// Whether the line puts a notice right in passing, as in "carry on, she meant her knees":
  /// it takes the notice back, or someone is said to have meant something else ("she meant",
  /// "he was talking about"). "She meant it", "he meant that" and "she meant she ..." say the
  /// words stood, or say more, so they do not count.
  static func putsRight(_ line: String) -> Bool {
    if takesBack(line) { return true }
    let words = Tokenizer.tokens(of: line).map { misspelt[$0.word] ?? $0.word }
    let standing: Set<String> = [
      "it", "that", "this", "every", "what", "to", "them", "those", "well", "business", "i",
      "she", "he", "they", "we", "you",
    ]
    return words.indices.contains { start in
      explainingSomeoneElse.contains { phrase in
        let end = start + phrase.count
        guard end < words.count, Array(words[start..<end]) == phrase else { return false }
        return !standing.contains(words[end])
      }
    }
  }

  /// Whether the line says it is explaining what went before: "I mean ...", "what I meant was".
  static func explains(_ line: String) -> Bool {
    var words = Tokenizer.tokens(of: line).map { misspelt[$0.word] ?? $0.word }
    while words.count > 1, fillers.contains(words[0]) || words[0] == "no" {
      words.removeFirst()
    }
    return longestOpening(explaining, in: words) > 0
  }

  /// The stems of the words in `text` that carry its meaning: "to many tablets" is
  /// {"many", "tablet"}.
  static func contentStems(_ text: String) -> Set<String> {
    Set(
      Tokenizer.tokens(of: text).filter { !functionWords.contains($0.word) }.map(\.stem))
  }

  // MARK: The phrases

  private static func phrases(_ list: [String]) -> [[String]] {
    list.map { $0.split(separator: " ").map(String.init) }
  }

  private static let fillers: Set<String> = [
    "um", "umm", "erm", "er", "uh", "ah", "oh", "well", "so", "hmm", "sorry", "oops",
  ]

  /// Common slips in the few words these phrases use.
  private static let misspelt: [String: String] = [
    "wat": "what", "wot": "what", "ment": "meant", "mean't": "meant", "dident": "did",
    "missunderstood": "misunderstood", "misunderstod": "misunderstood", "rong": "wrong",
    "u": "you", "meen": "mean",
  ]

  private static let askingBack = phrases([
    "what do you mean", "what does that mean", "what you mean", "why do you ask",
    "why are you asking", "why you asking", "do not understand", "what are you on about",
  ])

  /// Unsure wherever they are in the answer.
  private static let unsure = phrases([
    "maybe", "perhaps", "possibly", "not sure", "unsure", "dunno", "do not know", "no idea",
    "kind of", "sort of", "yes and no", "not certain", "idk",
  ])

  /// Unsure as the answer's opening ("a bit", "might be"), but common in an explanation after
  /// a no ("no, I just get a bit tired").
  private static let unsureOpenings = phrases([
    "a bit", "a little", "sometimes", "probably", "might", "might be", "could be", "i think so",
  ])

  private static let yesOpenings = phrases(
    AnswerReading.yesSpellings + [
      "i have", "i did", "i am", "i do",
      "i took", "it is", "it did", "it has", "they are", "afraid so", "i guess so",
      "i suppose so", "correct", "that is right", "right now", "now", "today", "just now",
      "this morning", "tonight", "all the time", "definitely", "absolutely", "of course",
      "true", "i have done",
    ])

  private static let noOpenings = phrases(
    AnswerReading.noSpellings + [
      "not really", "not at all", "never", "nothing like that",
      "of course not", "definitely not", "certainly not", "absolutely not", "i am fine",
      "i am ok", "i am okay", "i am alright", "i am all right", "i am good", "fine", "all good",
      "not now", "not today", "not me", "not that", "no way", "i have not", "i did not",
      "i do not", "i am not", "it is not", "not like that", "nothing",
    ])

  /// Whole lines that move on and say nothing else.
  private static let movingOn = phrases([
    "done", "i am done", "all done", "finished", "ok", "okay", "k", "kk", "alright",
    "all right", "right", "carry on", "lets carry on", "let us carry on", "continue", "go on",
    "next", "next question", "move on", "lets move on", "let us move on", "skip", "skip it",
    "pass", "whatever", "cool", "got it", "ta",
  ])

  private static let takingBack = phrases([
    "not what i meant", "not what i mean", "not what i said", "not what i was saying",
    "did not mean that", "did not mean it", "did not mean it like that", "not mean that",
    "you misunderstood", "misunderstood me", "you have misunderstood", "you got it wrong",
    "you have got it wrong", "you got that wrong",
    "you got me wrong", "got the wrong idea", "wrong end of the stick", "did not say that",
    "took it the wrong way", "taken it the wrong way", "not a crisis", "not an emergency",
    "false alarm", "i meant something else",
  ])

  private static let explaining = phrases([
    "i mean", "i meant", "what i mean", "what i meant", "i just mean", "i just meant",
    "i only mean", "i only meant", "i was saying", "i am saying", "i am just saying",
    "like i said", "as i said", "i said",
  ])

  /// Someone said to have meant something else: followed by what they meant. Only in the
  /// past ("she meant"): "she means she is scared" says more, it does not put anything right.
  private static let explainingSomeoneElse: [[String]] = {
    let who = ["i", "she", "he", "they", "we", "mum", "dad"]
    let said = [
      "meant", "was talking about", "were talking about", "was on about", "was only talking about",
      "just meant", "only meant",
    ]
    return who.flatMap { person in
      said.map { "\(person) \($0)".split(separator: " ").map(String.init) }
    }
  }()

  private static let functionWords: Set<String> = [
    "a", "an", "the", "to", "too", "of", "and", "or", "but", "in", "on", "at", "for", "with",
    "i", "me", "my", "myself", "it", "is", "am", "are", "was", "were", "be", "been", "have",
    "has", "had", "do", "does", "did", "so", "that", "this", "just", "mean", "meant", "got",
    "get", "some", "lot", "lots", "very", "really", "not", "no",
  ]

  // MARK: Matching

  /// The length in words of the longest phrase of `list` the words open with; 0 for none.
  private static func longestOpening(_ list: [[String]], in words: [String]) -> Int {
    list.filter { $0.count <= words.count && Array(words.prefix($0.count)) == $0 }
      .map(\.count).max() ?? 0
  }

  private static func contains(_ list: [[String]], in words: [String]) -> Bool {
    words.indices.contains { start in
      list.contains { phrase in
        start + phrase.count <= words.count
          && Array(words[start..<(start + phrase.count)]) == phrase
      }
    }
  }
}
