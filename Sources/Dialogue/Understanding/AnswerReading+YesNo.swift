extension AnswerReading {
  /// The ways people type the word yes itself. Every reader of a yes (a yes/no question, the
  /// safety net's check question) starts from this one list, so a spelling learnt for one is
  /// read by all.
  static let yesSpellings = ["yes", "yeah", "yea", "yeh", "yh", "yep", "yup", "ya", "aye", "y"]
  /// The ways people type the word no itself.
  static let noSpellings = ["no", "nope", "nah", "naw", "n"]

  /// Openings that mean yes. An answer is read by its opening phrase because people put the
  /// answer first and the colour after: "yes please", "no, not today".
  static let yesPhrases: [[String]] =
    (yesSpellings + [
      "ok", "okay", "k", "sure", "alright", "all right", "i suppose so", "i think so", "i guess so",
      "i suppose", "definitely",
      "absolutely", "certainly", "of course", "please", "go on", "go on then", "why not",
      "sounds good", "sounds great", "correct", "thats right", "that is right", "right",
      "no problem", "no worries", "i would", "i do", "i would like that", "id like that",
      "that would be good", "that would be great", "good idea", "fine",
    ]).map { $0.split(separator: " ").map(String.init) }

  /// Openings that mean no. Phrases beginning "not" are listed one by one on purpose: "not
  /// sure" must stay unclear, so "not" alone is never taken as no.
  static let noPhrases: [[String]] =
    (noSpellings + [
      "not really", "definitely not", "absolutely not",
      "certainly not", "of course not", "no thanks", "no thank you", "i dont think so",
      "i do not think so", "not at the moment", "not now", "not today", "not yet", "not for me",
      "not at all", "not right now", "never", "i dont", "i do not", "i wouldnt", "i would not",
      "id rather not", "i would rather not", "rather not", "no way",
    ]).map { $0.split(separator: " ").map(String.init) }

  /// Phrases that make an answer unclear wherever they appear, even after a clear opening:
  /// "yes, maybe" is not a yes we may act on.
  static let unclearPhrases: [[String]] = [
    "maybe", "perhaps", "possibly", "sometimes", "depends", "unsure", "dunno", "not sure",
    "dont know", "do not know", "no idea", "yes and no", "yes or no", "kind of", "sort of",
    "not certain", "might", "probably", "mostly", "idk", "hmm", "dont understand",
    "what do you mean",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Sounds people make before an answer; skipped so "erm, yes" reads as yes.
  static let leadingFiller = Set([
    "um", "umm", "erm", "er", "uh", "ah", "oh", "well", "so",
  ]).union(hesitations)

  /// Sounds of thinking before an answer: "hmm" alone, or before "maybe", is unclear, but
  /// "hmm, no" is a no once thought about.
  static let hesitations: Set<String> = ["hmm", "hm", "hmmm", "hmmmm", "mm", "mmm"]

  /// Words that, once the answer has begun, show the person changing their mind.
  static let strongYes: Set<String> = ["yes", "yeah", "yep", "yup", "aye"]
  static let strongNo: Set<String> = ["no", "nope", "nah"]

  /// Where "but i dont know what ..." (or how, why, if) starts in `words`, after an answer of
  /// at least one word; the count of words when there is none.
  static func notKnowingWhat(in words: [String]) -> Int {
    let asked: Set<String> = ["what", "wat", "wot", "how", "why", "if", "whether", "where", "when"]
    for index in words.indices where index >= 2 && words[index] == "but" {
      var next = index + 1
      if next < words.count, words[next] == "i" { next += 1 }
      let knows = [["dont", "know"], ["do", "not", "know"], ["didnt", "know"]].first {
        next + $0.count < words.count && Array(words[next..<(next + $0.count)]) == $0
      }
      if let knows, asked.contains(words[next + knows.count]) { return index }
    }
    return words.count
  }

  /// The longest phrase of `phrases` that begins at `start`, as a count of words.
  static func longestPhrase(_ phrases: [[String]], in words: [String], at start: Int) -> Int {
    var best = 0
    for phrase in phrases where phrase.count > best && start + phrase.count <= words.count {
      var matches = true
      for (offset, word) in phrase.enumerated() where words[start + offset] != word {
        matches = false
        break
      }
      if matches { best = phrase.count }
    }
    return best
  }

  static func containsPhrase(_ phrases: [[String]], in words: [String]) -> Bool {
    for start in words.indices where longestPhrase(phrases, in: words, at: start) > 0 {
      return true
    }
    return false
  }

  /// `yes` and `no` are openings a service adds to the everyday ones (the lexicon's `acts:`
  /// lists); the longest opening wins, so an added "no bother" is a yes.
  static func readYesNo(_ text: String, yes: [[String]] = [], no: [[String]] = []) -> Bool? {
    let tokens = tokens(text)
    let words = tokens.compactMap { $0.isWord ? $0.text : nil }
    if words.isEmpty {
      // A lone thumbs up or down is a clear answer in a chat.
      let symbols = Set(tokens.map(\.text))
      let up = symbols.contains("\u{1F44D}")
      let down = symbols.contains("\u{1F44E}")
      return up == down ? nil : up
    }
    if tokens.contains(where: { $0.isSymbol(["?"]) }) && words.count <= 2
      && !["ok", "okay", "yes", "no"].contains(words[0])
    {
      // "what?" or "why?" is a question back, not an answer.
      return nil
    }
    var thought = 0
    while thought < words.count - 1 && hesitations.contains(words[thought]) { thought += 1 }
    // "yes i got a letter but i dont know what it means": not knowing what, how or why is
    // about something else, after the answer; the answer before it stands.
    let answered = Array(words[..<Self.notKnowingWhat(in: words)])
    guard !answered.isEmpty else { return nil }
    if containsPhrase(unclearPhrases, in: Array(answered[min(thought, answered.count - 1)...])) {
      return nil
    }
    var start = 0
    while start < words.count - 1 && leadingFiller.contains(words[start]) { start += 1 }
    let noLength = longestPhrase(no.isEmpty ? noPhrases : noPhrases + no, in: words, at: start)
    let yesLength = longestPhrase(
      yes.isEmpty ? yesPhrases : yesPhrases + yes, in: words, at: start)
    guard noLength > 0 || yesLength > 0 else { return nil }
    let answer = yesLength > noLength
    let rest = words[(start + max(noLength, yesLength))...]
    let contrary = answer ? strongNo : strongYes
    if rest.contains(where: { contrary.contains($0) }) { return nil }
    return answer
  }
}

extension AnswerReading {
  /// What people say to close, once something is as they want it: "thats it", "thats fine ta".
  static let closings: Set<[String]> = Set(
    [
      "thats it", "that is it", "thats fine", "that is fine", "thats all", "thats all fine",
      "thats good", "thats great", "thats lovely", "thats grand", "thats perfect", "thats right",
      "thats all right", "thats alright", "thats ok", "thats okay", "all good", "looks good",
      "looks fine", "looks right", "its fine", "its good", "its right", "its all right",
      "its alright", "its ok", "perfect", "lovely", "grand", "spot on", "im happy", "happy",
      "thats me", "that will do", "thatll do", "thatl do",
      "that ll do", "that will do nicely", "thatll do nicely", "itll do", "it will do",
      "near enough", "near enuf", "near enough ta", "close enough", "good enough", "nearly right",
      "right enough",
    ].map { $0.split(separator: " ").map(String.init) })

  /// "done" and its like, the words that close a list. To a yes/no check ("Is that right?")
  /// such a line is no yes: the person may think they are still at the list, so they are
  /// asked again for a yes or a no.
  static let listClosings: Set<[String]> = Set(
    [
      "done", "all done", "im done", "i am done", "thats me done", "finished", "im finished",
      "all finished", "done now", "im done now", "no more",
    ].map { $0.split(separator: " ").map(String.init) })

  /// Whether the line, with thanks or fillers around it, is only a list's closing ("done",
  /// "all done ta"): at a yes/no check, that is not an answer.
  public static func onlyClosesAList(_ line: String) -> Bool {
    var words = plainWords(line)[...]
    while let first = words.first, aroundAClosing.contains(first), words.count > 1 {
      words = words.dropFirst()
    }
    while let last = words.last, aroundAClosing.contains(last), words.count > 1 {
      words = words.dropLast()
    }
    return listClosings.contains(Array(words))
  }

  /// Words around a closing that change nothing: a yes before it, thanks after it.
  static let aroundAClosing: Set<String> = [
    "yes", "yeah", "yep", "yeh", "aye", "ok", "okay", "oh", "well", "now", "ta", "thanks",
    "thank", "you", "cheers", "love", "x", "xx", "then", "for", "today", "very", "much", "so",
    "lol", "pet", "dear", "duck", "mate",
  ]

  /// Whether the line, to a question asking if something is right, closes it with thanks:
  /// "thats it now ta", "yes thats it", "thats fine ta". Such a line is a yes there; nowhere
  /// else is it read so, since "thats it" to "one more goal?" means no more.
  public static func closesAsRight(_ line: String) -> Bool {
    var words = plainWords(line)[...]
    while let first = words.first, aroundAClosing.contains(first), words.count > 1 {
      words = words.dropFirst()
    }
    while let last = words.last, aroundAClosing.contains(last), words.count > 1 {
      words = words.dropLast()
    }
    return closings.contains(Array(words))
  }
}
