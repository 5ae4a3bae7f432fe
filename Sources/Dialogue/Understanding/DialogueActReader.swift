/// Reads what a person is doing with a line before anything reads what it says: answering,
/// asking about the question, correcting the answer just given, asking to change an earlier
/// one, or saying they don't know, want to skip, or would rather not say.
///
/// It would rather say `answer` than guess: a line it is unsure of goes on to be read for its
/// content, as before, and the question's own reading asks again if that fails. The words it
/// looks for are data (`ActWords`, from the lexicon file); the negation words come from
/// `Negation`, and the everyday skips from `AnswerReading.skipReason`, so neither is listed twice.
public struct DialogueActReader: Sendable {
  public let words: ActWords
  /// Words that may follow a clarifying opening and still be about the question.
  static let mostWordsAfterOpening = 6
  /// The longest line, in bytes, read for an act other than answering.
  static let longestActLine = 600

  public init(words: ActWords) { self.words = words }

  /// The act of `line`. `previousAnswer` is the words of the answer given just before, which a
  /// "not X, Y" correction must name. `question` is the wording of the question being asked:
  /// "what do you mean call me" repeats its words, and still asks about it.
  public func read(
    _ line: String, previousAnswer: String? = nil, question: String? = nil
  ) -> DialogueActReading {
    // What a line does is said in a few words; a long answer is an answer, and need not be
    // searched phrase by phrase.
    guard line.utf8.count <= Self.longestActLine else { return DialogueActReading(.answer) }
    let typed = Typed(line, words: words)
    if typed.words.isEmpty {
      return DialogueActReading(line.contains("?") ? .clarify : .answer)
    }
    if let target = changeTarget(typed) { return DialogueActReading(.change, content: target) }
    if let corrected = correction(typed, previousAnswer: previousAnswer) {
      return DialogueActReading(.correct, content: corrected)
    }
    if saysTheLastAnswerIsWrong(typed) { return DialogueActReading(.correct) }
    switch aboutTheQuestion(typed, question: question) {
    case .clarify: return DialogueActReading(.clarify)
    case .asksWhy: return DialogueActReading(.clarify, asksWhy: true)
    case .answerAfter(let rest): return DialogueActReading(.answer, content: rest)
    case nil: break
    }
    if let reason = skipReason(line) { return DialogueActReading(DialogueAct(reason)) }
    return DialogueActReading(.answer)
  }

  /// "skip", "don't know" or "rather not say" as the whole line: the answer reader's everyday
  /// forms, then the lexicon's.
  public func skipReason(_ line: String) -> SkipReason? {
    if let reason = AnswerReading.skipReason(line) { return reason }
    let core = Typed(line, words: words).core(trimming: words.fillers)
    guard !core.isEmpty else { return nil }
    // With its spellings put right, "dno" is the everyday "dont know".
    if let reason = AnswerReading.skipReason(core.joined(separator: " ")) { return reason }
    return words.skips.first { $0.value.contains(core) }?.key
  }

  /// Yes, no, or nil when unclear: the everyday openings and the lexicon's own, read first as
  /// typed, then with everyday spellings put right ("no ta" is "no thanks").
  public func yesNo(_ typed: String) -> Bool? {
    let line = Self.knowSpeltNo(typed)
    if let answer = AnswerReading.readYesNo(line, yes: words.yes, no: words.no) { return answer }
    guard !words.spellings.isEmpty, line.utf8.count <= Self.longestActLine else { return nil }
    let said = words.normalised(ActWords.words(of: line).map(\.word))
    guard !said.isEmpty else { return nil }
    return AnswerReading.readYesNo(said.joined(separator: " "), yes: words.yes, no: words.no)
  }

  /// "yes i got a leter but i dont no wat it means": "dont no" is "don't know", spelt as it
  /// sounds, and no "no" that answers the question.
  static func knowSpeltNo(_ line: String) -> String {
    guard line.utf8.count <= longestActLine, line.lowercased().contains(" no") else { return line }
    return line.replacingOccurrences(
      of: #"(?i)\b(dont|don't|don’t|do not|didnt|didn't|didn’t|doesnt|doesn't|dint)\s+no\b"#,
      with: "$1 know", options: .regularExpression)
  }

  /// Yes or no when the whole line, with or without its fillers, is one of the lexicon's own
  /// yes or no phrases ("that'l do", "spose so"); nil otherwise. Such a line says nothing
  /// else, so no reader of content need see it.
  public func listedYesNo(_ line: String) -> Bool? {
    guard line.utf8.count <= Self.longestActLine else { return nil }
    let typed = Typed(line, words: words)
    for said in [typed.words, typed.core(trimming: words.fillers)] where !said.isEmpty {
      if words.yes.contains(said) { return true }
      if words.no.contains(said) { return false }
    }
    return nil
  }

  /// Whether the line, while an answer is out for change, says to keep it as it was.
  public func keepsTheAnswer(_ line: String) -> Bool {
    let core = Typed(line, words: words).core(trimming: words.fillers)
    return !core.isEmpty && words.keep.contains(core)
  }

  /// Whether the whole line ends the list being typed: the answer reader's everyday closings,
  /// then the lexicon's `end-list` lines, with fillers and a closing "thanks" or "now" set
  /// aside ("thats it now ta" is "thats it"). A line with anything more is an item.
  public func endsTheList(_ line: String) -> Bool {
    if AnswerReading.isEndOfList(line) { return true }
    guard line.utf8.count <= Self.longestActLine else { return false }
    var core = Typed(line, words: words).core(trimming: words.fillers)
    let closings: Set<String> = ["thanks", "thank", "you", "now", "cheers", "love", "ta"]
    while core.count > 1, let last = core.last, closings.contains(last) { core.removeLast() }
    guard !core.isEmpty else { return false }
    return words.endList.contains(core) || AnswerReading.isEndOfList(core.joined(separator: " "))
  }

  // MARK: Each act

  /// What the person wants to change, when a change phrase is anywhere in the line: the words
  /// after it, or before it when nothing useful follows ("I got the date wrong, can I change
  /// it?").
  func changeTarget(_ typed: Typed) -> String? {
    // "change what matters to me", as the `change` command reads it.
    if typed.words.first == "change" { return typed.text(after: 0) }
    guard let (start, end) = typed.find(words.changePhrases) ?? goingBack(typed) else {
      return nil
    }
    let after = typed.text(after: end)
    let afterWords = Set(ActWords.words(of: after).map(\.word))
    if afterWords.isSubset(of: ["it", "that", "this", "please", "pls", "thanks"]),
      start > 0
    {
      return typed.text(before: start)
    }
    return after
  }

  /// Where "go back to" stands, when a pointer at an earlier question follows it.
  func goingBack(_ typed: Typed) -> (start: Int, end: Int)? {
    guard let (start, end) = typed.find(words.goBackPhrases) else { return nil }
    let after = typed.words.indices.dropFirst(end + 1)
    let pointed = after.contains { typed.longest(of: words.changePointers, at: $0) != nil }
    return pointed ? (start, end) : nil
  }

  /// The corrected words, when the line puts right the answer just given.
  func correction(_ typed: Typed, previousAnswer: String?) -> String? {
    if let corrected = notThisButThat(typed, previousAnswer: previousAnswer) { return corrected }
    let index = afterTheLeads(typed)
    let openings = words.correctOpenings + (index > 0 ? words.correctAfterLead : [])
    guard let opening = typed.longest(of: openings, at: index) else { return nil }
    let end = index + opening.count
    // "I meant to ask about my feet" is an answer; "I meant to say" is an opening of its own.
    if end < typed.words.count, typed.words[end] == "to" { return nil }
    let rest = typed.text(after: end - 1)
    guard !Whitespace.isBlank(rest) else { return nil }
    // "typo, I meant walk": an opening may follow another.
    let again = Typed(rest, words: words)
    if let inner = correction(again, previousAnswer: nil) { return inner }
    return rest
  }

  /// "thats wrong", "no thats not right", "oops typo": the whole line says the answer just
  /// given is wrong, with no right words after it (the reading's content is nil).
  func saysTheLastAnswerIsWrong(_ typed: Typed) -> Bool {
    let index = afterTheLeads(typed)
    guard let opening = typed.longest(of: words.correctOpenings, at: index) else { return false }
    return index + opening.count == typed.words.count
  }

  /// Where the words after a correction's leads ("sorry", "no", "oops") begin; the last word
  /// is never a lead.
  func afterTheLeads(_ typed: Typed) -> Int {
    var index = 0
    while index < typed.words.count - 1, isLead(typed.words[index]) { index += 1 }
    return index
  }

  func isLead(_ word: String) -> Bool {
    words.correctLeads.contains(word) || Negation.words[word] == .determiner
  }

  /// "not Tuesday, Wednesday": a correction only when the answer just given said Tuesday.
  func notThisButThat(_ typed: Typed, previousAnswer: String?) -> String? {
    guard let previousAnswer, Negation.words[typed.words[0]] == .adverb,
      typed.words[0] == "not",
      let split = typed.text.firstIndex(where: { ",;".contains($0) })
    else { return nil }
    let denied = ActWords.words(of: String(typed.text[..<split])).map(\.word).dropFirst()
    let previous = Set(words.normalised(ActWords.words(of: previousAnswer).map(\.word)))
    let rest = Whitespace.trimmed(String(typed.text[typed.text.index(after: split)...]))
    // The right version stands in for the wrong one, so it is about as long: "not sleeping,
    // tired all the time" goes on to say more, and is an answer.
    let given = ActWords.words(of: rest)
    guard !denied.isEmpty, Set(words.normalised(Array(denied))).isSubset(of: previous),
      !given.isEmpty, given.count <= denied.count + 1
    else { return nil }
    return rest
  }

  /// What a line that opens by asking about the question goes on to do.
  enum AfterClarifying: Equatable {
    /// It only asks: the rest is a few words of its own or the question's own words.
    case clarify
    /// It asks why the question is asked.
    case asksWhy
    /// "what do you mean? the whole road": the asking is put aside and the rest is the answer.
    case answerAfter(String)
  }

  func aboutTheQuestion(_ typed: Typed, question: String?) -> AfterClarifying? {
    let core = typed.core(trimming: words.fillers)
    guard !core.isEmpty else { return nil }
    if words.clarifyWhy.contains(core) { return .asksWhy }
    if words.clarifyWhole.contains(core) { return .clarify }
    if asksThenComplains(typed) { return .clarify }
    let leading = leadingFillers(typed)
    let asked = Set(words.normalised(ActWords.words(of: question ?? "").map(\.word)))
    if Self.asksBackAWordOfTheQuestion(core, asked: asked) { return .clarify }
    for opening in words.clarifyOpenings
    where core.count >= opening.count && Array(core.prefix(opening.count)) == opening {
      let tail = core.dropFirst(opening.count)
      // "wat do u mean call me": the question's own words after the asking.
      if !asked.isEmpty, tail.allSatisfy({ asked.contains($0) || words.fillers.contains($0) }) {
        return .clarify
      }
      // A question mark or full stop after the asking, then words of the person's own.
      let after = typed.text(after: leading + opening.count - 1)
      if Self.asksAgain(after) { return .clarify }
      // "wat goal is that? i never said" goes on to complain, and still asks.
      if tail.count >= 2, let first = after.first, "?.!".contains(first),
        !tail.contains(where: { Negation.words[$0] != nil })
      {
        let rest = Whitespace.trimmed(String(after.drop { "?.!".contains($0) }))
        if !rest.isEmpty { return .answerAfter(rest) }
      }
      guard tail.count <= Self.mostWordsAfterOpening else { continue }
      if tail.first == "by" || words.aboutMe.isDisjoint(with: tail) { return .clarify }
    }
    return nil
  }

  /// "wat letter", "which results?": one or two of the question's own words asked back after
  /// "what" or "which" ask what the question means by them. Small words ("what you", "what
  /// is") do not count, and a word the question did not use is an answer ("what tests").
  static func asksBackAWordOfTheQuestion(_ core: [String], asked: Set<String>) -> Bool {
    guard let first = core.first, first == "what" || first == "which", (2...3).contains(core.count)
    else { return false }
    let small: Set<String> = [
      "you", "your", "the", "a", "an", "to", "is", "are", "do", "does", "did", "i", "me", "my",
      "it", "that", "this", "of", "for", "with", "in", "on", "at", "and", "or", "be", "have",
      "would", "like", "can", "will", "get", "got", "any", "some", "there", "what", "which",
    ]
    let rest = core.dropFirst()
    return rest.contains { !small.contains($0) }
      && rest.allSatisfy { asked.contains($0) && (!small.contains($0) || $0 == "the") }
  }

  /// Words that open a guess at what the question means ("like ...", "as in ...", "do you
  /// mean ...").
  static let guessOpenings: Set<String> = [
    "like", "as", "you", "do", "does", "is", "are", "should", "so", "which", "or", "for", "about",
  ]

  /// "what do you mean, like one thing for her breathing or one thing in general?": after the
  /// asking, the words go on asking, with a guess or a choice of readings, and end in a
  /// question mark. None of it is an answer, however much it looks like one.
  static func asksAgain(_ after: String) -> Bool {
    let trimmed = Whitespace.trimmed(after)
    guard trimmed.hasSuffix("?") else { return false }
    let said = ActWords.words(of: trimmed).map(\.word)
    guard let first = said.first else { return false }
    return guessOpenings.contains(first) || said.contains("or")
  }

  /// Words that, soon after "I", say the person did not say or pick what the question takes for
  /// granted ("i didnt pick nothin", "i never said").
  static let complaintWords: Set<String> = [
    "didnt", "never", "not", "havent", "hadnt", "dont", "aint", "nothing", "nothin", "nowt",
  ]

  /// "do wat? i didnt pick nothin": a few words that ask "what?", then a complaint that the
  /// person said or picked no such thing. The whole line is about the question: none of it is
  /// an answer, however much of it looks like one.
  func asksThenComplains(_ typed: Typed) -> Bool {
    guard let mark = typed.text.firstIndex(of: "?") else { return false }
    let asking = typed.words.indices.filter { typed.ends[$0] <= mark }
      .map { typed.words[$0] }.filter { !words.fillers.contains($0) }
    var after = typed.words.indices.filter { typed.starts[$0] > mark }.map { typed.words[$0] }
    while let first = after.first, words.fillers.contains(first) || first == "no" {
      after.removeFirst()
    }
    guard (1...3).contains(asking.count), asking.contains("what") || asking.contains("huh"),
      let first = after.first, ["i", "ive", "id", "we"].contains(first)
    else { return false }
    return after.dropFirst().prefix(2).contains { Self.complaintWords.contains($0) }
  }

  /// How many filler words `core(trimming:)` drops from the start of the line.
  private func leadingFillers(_ typed: Typed) -> Int {
    var count = 0
    while typed.words.count - count > 1, words.fillers.contains(typed.words[count]) { count += 1 }
    return count
  }

}
