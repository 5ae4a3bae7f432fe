// MARK: "take that off" inside a list

extension Turn {
  /// "actually take that off, ask about the long train journey": inside a list, the line just
  /// typed is taken off, said back, and any words after are added as one item in its place.
  /// Without this the words were kept as new items ("actually take that off" as a question).
  mutating func takeListLineOff(_ line: String, question: Question, place: Agenda.Place) -> Bool {
    guard !state.listDraft.isEmpty, let said = Turn.takesThatOff(line) else { return false }
    takeLastListLineOff()
    if let rest = said.rest {
      addToList([rest], words: rest, question: question, place: place)
    } else {
      askCurrent()
    }
    return true
  }

  /// What a line that takes the last thing off says besides: the words after, if any.
  struct TakenOff {
    var rest: String?
  }

  /// Openings that take back the thing just said, after "actually", "sorry" and the like.
  static let takingOff: [[String]] = [
    "take that off", "take it off", "take that one off", "take the last one off",
    "cross that off", "cross it off", "scrap that", "drop that", "remove that", "remove it",
    "delete that", "get rid of that", "scratch that", "strike that", "ignore that",
    "ignore it", "ignore the last one", "forget that", "forget it", "forget about that",
    "take that out", "take it out", "disregard that", "cancel that", "undo that",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Whether the line opens by taking off what was just said, and the words after that, as
  /// typed (nil when there are none). Nil when it does not open so.
  static func takesThatOff(_ line: String) -> TakenOff? {
    let tokens = line.split(whereSeparator: \.isWhitespace).map(String.init)
    let plain = tokens.map { AnswerReading.plainWords($0).joined() }
    let leads: Set<String> = [
      "actually", "no", "sorry", "oh", "wait", "hang", "on", "um", "erm", "ok", "okay", "oops",
      "please", "can", "you", "could", "", "just",
    ]
    guard var end = opening(of: plain, after: leads, among: takingOff)?.end else { return nil }
    for tail in [["the", "list"], ["my", "list"], ["the", "last", "one"], ["please"]]
    where end + tail.count <= plain.count && Array(plain[end..<(end + tail.count)]) == tail {
      end += tail.count
    }
    let rest = tokens[end...].joined(separator: " ")
      .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
    if saysWhy(rest) { return TakenOff(rest: nil) }
    return TakenOff(rest: AnswerReading.plainWords(rest).isEmpty ? nil : rest)
  }

  /// Where a line opens with one of `phrases` once any of `leads` ("actually", "please", "can
  /// you") are passed over: the phrase, and the index of the word after it. The lists that
  /// take things off share this, so each reads an opening the same way.
  static func opening(
    of plain: [String], after leads: Set<String>, among phrases: [[String]]
  ) -> (phrase: [String], end: Int)? {
    var index = 0
    while index < plain.count, leads.contains(plain[index]) { index += 1 }
    guard
      let phrase = phrases.first(where: {
        index + $0.count <= plain.count && Array(plain[index..<(index + $0.count)]) == $0
      })
    else { return nil }
    return (phrase, index + phrase.count)
  }

  /// Openings of words that only say why the line is taken back ("thats her age not a
  /// condition", "wrong question", "my mistake"): said to the worker, not a new item.
  static let reasons: [[String]] = [
    "thats", "that's", "that is", "that was", "its not", "it's not", "it is not", "it was",
    "wrong", "my mistake", "my bad", "typo", "not a", "not her", "not his", "not my",
    "mistake", "i typed", "typed",
  ].map { $0.split(separator: " ").map { AnswerReading.plainWords(String($0)).joined() } }

  /// Whether the words after "ignore that" only give the reason for it.
  static func saysWhy(_ rest: String) -> Bool {
    let plain = rest.split(whereSeparator: \.isWhitespace).map {
      AnswerReading.plainWords(String($0)).joined()
    }
    return reasons.contains { plain.count >= $0.count && Array(plain.prefix($0.count)) == $0 }
  }

  /// "ignore that", "sorry scratch that, wrong question", "forget that": the line before is
  /// taken back, whatever the question; the words after may only say why. Lines that take
  /// something off with new words after are left to the list that holds them.
  static func ignoresTheLineBefore(_ line: String) -> Bool {
    guard let said = takesThatOff(line), said.rest == nil else { return false }
    let ignoring: Set<String> = ["ignore", "scratch", "forget", "disregard"]
    return !ignoring.isDisjoint(with: AnswerReading.plainWords(line).map { $0.lowercased() })
  }
}

extension Engine {
  /// Whether a typed line takes back the answer before it ("sorry ignore that, thats her age
  /// not a question"), read as a turn reads it. An answer may only disappear when the person
  /// asked, so the checks that guard against lost answers ask this too.
  public func takesBackTheLineBefore(_ typed: String) -> Bool {
    var line = InputCleaner.clean(typed)
    if audience == .facilitator { line = ReportedSpeech.clientSentences(line) }
    return Turn.ignoresTheLineBefore(line)
  }
}

extension Turn {
  /// Phrases that ask for what was just taken off to come back.
  static let puttingBack: [[String]] = [
    "put them back", "put it back", "put that back", "put em back", "put those back",
    "put them bak", "put it bak", "bring them back", "bring it back", "put back",
  ].map { $0.split(separator: " ").map(String.init) }

  /// "no put them back i still got them", said just after items were taken off a list: the
  /// list is as it was before, and the items are said back. Only right after a take-off, so
  /// "put back my tablets" at any other time is still an item.
  mutating func putBackWhatWasTakenOff(_ line: String) -> Bool {
    guard let before = state.listBeforeTakingOff else { return false }
    let words = AnswerReading.plainWords(line)
    let asked = Turn.puttingBack.contains { phrase in
      words.indices.contains { start in
        start + phrase.count <= words.count
          && Array(words[start..<(start + phrase.count)]) == phrase
      }
    }
    guard asked else { return false }
    let back = before.items.filter { !state.listDraft.contains($0) }
    state.listDraft = before.items
    state.listWords = before.words
    state.listBeforeTakingOff = nil
    let shown = back.map { "'\(Turn.shorten($0))'" }.joined(separator: " and ")
    outputs.append(.notice(Phrases.listItemsPutBack(shown)))
    outputs.append(
      .notice(Phrases.listReadBack(Turn.shortened(state.listDraft), for: engine.audience)))
    return true
  }
}

extension Phrases {
  /// `quoted` is the items already in quotes, joined: "'a' and 'b'".
  static func listItemsPutBack(_ quoted: String) -> String {
    quoted.isEmpty ? "Nothing was taken off, so the list is as it was." : "I've put \(quoted) back."
  }
}
