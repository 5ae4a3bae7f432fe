extension AnswerReading {
  /// The "and" that joins the last two of a clear list ("a, b and c"); an "and" on its own
  /// never splits, since it so often sits inside one thing ("whether to start a statin and
  /// what the options are", "fish and chips"). See `readListSplit`.
  static let itemJoiners: [[String]] = [["and", "also"], ["and"], ["&"]]
  /// Filler at the start or end of an item that is not part of what the person named.
  static let itemLeadingFiller: [[String]] = [["and", "also"], ["also"], ["and"], ["plus"]]
  static let itemTrailingFiller: [[String]] = [["as", "well"], ["also"], ["too"]]

  /// A word of an item with where it sits in the original text, so items keep the person's
  /// own spelling and case.
  struct ItemWord {
    var lowered: String
    var range: Range<String.Index>
  }

  static func words(of chunk: Substring) -> [ItemWord] {
    var words: [ItemWord] = []
    var index = chunk.startIndex
    while index < chunk.endIndex {
      if chunk[index].isWhitespace {
        index = chunk.index(after: index)
        continue
      }
      let start = index
      while index < chunk.endIndex, !chunk[index].isWhitespace {
        index = chunk.index(after: index)
      }
      let raw = chunk[start..<index]
      let lowered = raw.lowercased().filter { $0.isLetter || $0 == "&" }
      words.append(ItemWord(lowered: lowered.isEmpty ? String(raw) : lowered, range: start..<index))
    }
    return words
  }

  static func phraseLength(_ phrases: [[String]], _ words: [ItemWord], at start: Int)
    -> Int
  {
    for phrase in phrases where start + phrase.count <= words.count {
      if phrase.enumerated().allSatisfy({ words[start + $0.offset].lowered == $0.element }) {
        return phrase.count
      }
    }
    return 0
  }

  /// A list marker at the start of a line: "-", "*", "•", "1.", "2)".
  static func withoutMarker(_ line: Substring) -> Substring {
    let trimmed = line.drop(while: \.isWhitespace)
    if let first = trimmed.first, ["-", "*", "\u{2022}", "\u{2013}", "+"].contains(first),
      trimmed.dropFirst().first?.isWhitespace ?? true
    {
      return trimmed.dropFirst()
    }
    let digits = trimmed.prefix(while: { $0.isASCII && $0.isNumber })
    if !digits.isEmpty, digits.count <= 3 {
      let rest = trimmed.dropFirst(digits.count)
      if let mark = rest.first, mark == "." || mark == ")",
        rest.dropFirst().first?.isWhitespace ?? true
      {
        return rest.dropFirst()
      }
    }
    return trimmed
  }

  static let questionWords: Set<String> = [
    "what", "whats", "how", "why", "when", "where", "who", "which", "can", "could", "should",
    "will", "would", "is", "are", "do", "does", "did", "am",
  ]

  /// Whether a chunk reads as a question: it ends with "?" or opens with a question word and
  /// runs to more than three words.
  static func isQuestion(_ chunk: Substring, _ words: [ItemWord]) -> Bool {
    if chunk.trimmingCharacters(in: .whitespaces).hasSuffix("?") { return true }
    guard let first = words.first, words.count > 3 else { return false }
    return questionWords.contains(first.lowered)
  }

  /// Trims space and closing punctuation, and removes control characters, keeping the words.
  static func cleaned(_ text: Substring) -> String {
    var visible = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      // Control characters and direction overrides could disturb the terminal or hide words;
      // joiners stay, as emoji need them.
      if scalar.properties.generalCategory == .control && scalar != "\t" { continue }
      if (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
        continue
      }
      visible.append(scalar == "\t" ? " " : scalar)
    }
    var result = Substring(String(visible))
    // A question mark stays: it is part of what the person asked.
    while let last = result.last, last.isWhitespace || ".!:".contains(last) {
      result = result.dropLast()
    }
    while let first = result.first, first.isWhitespace { result = result.dropFirst() }
    return String(result)
  }

  static func readListItems(_ text: String) -> [String] { readListSplit(text).items }

  /// One piece of a list answer made into an item: its list marker, leading "and" or "also",
  /// trailing "too" or "as well", and closing punctuation taken off. When `lastJoin`, an "and"
  /// in it splits it in two, as in the last piece of "a, b and c".
  static func items(of piece: Substring, lastJoin: Bool) -> [String] {
    var items: [String] = []
    let chunk = withoutMarker(piece)
    let words = words(of: chunk)
    var itemStart = 0
    var index = 0
    func finishItem(upTo end: Int) {
      var first = itemStart
      var last = end
      first += phraseLength(itemLeadingFiller, Array(words[first..<last]), at: 0)
      for phrase in itemTrailingFiller where last - first > phrase.count {
        let tail = Array(words[(last - phrase.count)..<last])
        if phraseLength([phrase], tail, at: 0) > 0 {
          last -= phrase.count
          break
        }
      }
      guard first < last else { return }
      let item = cleaned(chunk[words[first].range.lowerBound..<words[last - 1].range.upperBound])
      if !item.isEmpty { items.append(item) }
    }
    while index < words.count {
      let joiner = lastJoin && index > itemStart ? phraseLength(itemJoiners, words, at: index) : 0
      if joiner > 0 {
        finishItem(upTo: index)
        index += joiner
        itemStart = index
      } else {
        index += 1
      }
    }
    finishItem(upTo: words.count)
    return items
  }

  /// A whole line kept as one item, with its marker and closing punctuation taken off.
  public static func wholeItem(_ text: String) -> String {
    let item = cleaned(withoutMarker(Substring(text)))
    return item.isEmpty ? text : item
  }

  /// Words that open a clause going on from the one before a comma: a comma before them is
  /// inside one sentence, not between two things.
  static let clauseOpeners: Set<String> = [
    "which", "because", "cos", "coz", "if", "though", "although", "so", "then", "that", "while",
    "but", "or", "as", "especially", "even", "unless", "until", "since",
  ]
  /// Words that open a qualifier of the thing before a comma ("Type 1 diabetes, diagnosed at
  /// 19", "arthritis since 2019, on methotrexate"): the comma is inside that one thing.
  static let qualifierOpeners: Set<String> = [
    "diagnosed", "on", "taking", "treated", "controlled", "managed", "aged", "age",
  ]
  /// Whether a piece after a comma qualifies the thing before it: a qualifier opener, or "for"
  /// with a length of time ("for 10 years", "for a few months").
  static func qualifies(_ words: [String]) -> Bool {
    guard let first = words.first else { return false }
    if qualifierOpeners.contains(first) { return true }
    // "pharmacist to put her tablets in a blister pack, by next week": when it is due.
    if ["by", "within", "before"].contains(first), words.count > 1,
      words.dropFirst().prefix(4).contains(where: { dueWords.contains($0) || isDayOfMonth($0) })
    {
      return true
    }
    guard first == "for", words.count > 1 else { return false }
    let spans: Set<String> = [
      "year", "years", "month", "months", "week", "weeks", "yrs", "decades", "ages", "life",
    ]
    return words.dropFirst().prefix(4).contains(where: spans.contains)
  }
  /// Openings of a remark about the thing before a comma ("the tablets, theres too many",
  /// "my breathing, its getting worse"): "there's", "it's" or "they're" and the like (as
  /// read here, without the apostrophe), with a word that judges within the next two. "its my
  /// back too" names something else.
  static let remarkOpeners: [[String]] = [
    "theres", "there is", "there are", "its", "it is", "it was", "it gets", "theyre", "they are",
    "thats", "that is",
  ].map { $0.split(separator: " ").map(String.init) }
  static let judgingWords: Set<String> = [
    "too", "so", "very", "really", "getting", "hard", "bad", "worse", "many", "much", "loads",
    "lots", "confusing", "difficult", "awful", "terrible", "painful", "tricky", "horrible",
  ]
  static func commentsOnTheThingBefore(_ words: [String]) -> Bool {
    guard
      let opener = remarkOpeners.first(where: {
        words.count > $0.count && Array(words.prefix($0.count)) == $0
      })
    else { return false }
    return words.dropFirst(opener.count).prefix(2).contains(where: judgingWords.contains)
  }

  /// Words that say when something is due after "by" ("by next week", "by friday", "by the
  /// 22nd"): a piece opening so is the due day of the thing before the comma.
  static let dueWords: Set<String> = [
    "next", "tomorrow", "today", "tonight", "week", "weeks", "month", "months", "end",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "christmas", "easter",
    "weekend", "then",
  ]

  /// "22nd", "1st", "3rd": a day of the month.
  static func isDayOfMonth(_ word: String) -> Bool {
    let digits = word.prefix { $0.isNumber }
    return !digits.isEmpty && digits.count <= 2
      && ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count)))
  }
  /// Most words in a piece of a clear list: longer pieces may be one thing said at length.
  static let clearItemWords = 5

  static func readListSplit(_ text: String) -> ListSplit {
    // New lines and semicolons always part things; each piece is one item as typed.
    let lines = text.split(omittingEmptySubsequences: true) {
      $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == ";"
    }
    .filter { !$0.allSatisfy(\.isWhitespace) }
    if lines.count > 1 {
      return ListSplit(items: unique(lines.flatMap { items(of: $0, lastJoin: false) }), sure: true)
    }
    guard let line = lines.first else { return ListSplit(items: [], sure: true) }
    // "angina, copd and arthritis. my knees are the worst": a full stop ending a sentence
    // parts things too; each sentence is then read for its own list commas.
    let sentences = sentences(of: line)
    if sentences.count > 1 {
      let splits = sentences.map { readListSplit(String($0)) }
      return ListSplit(
        items: unique(splits.flatMap(\.items)), sure: splits.allSatisfy(\.sure))
    }
    return readSentenceSplit(line)
  }

  /// Words before a full stop that do not end a sentence: "Dr. Patel", "e.g. walking".
  static let abbreviations: Set<String> = [
    "dr", "mr", "mrs", "ms", "st", "eg", "ie", "etc", "approx", "no", "vs",
  ]

  /// The sentences of one line: cut after a full stop or "!" that is followed by a space,
  /// unless the word before it is a short form such as "Dr" or a single letter. A "?" does not
  /// cut: "what does it mean? is it bad?" is often one question with its detail.
  static func sentences(of line: Substring) -> [Substring] {
    var result: [Substring] = []
    var start = line.startIndex
    var index = line.startIndex
    while index < line.endIndex {
      let next = line.index(after: index)
      if line[index] == "." || line[index] == "!", next < line.endIndex, line[next].isWhitespace {
        let before =
          line[start..<index].split(whereSeparator: \.isWhitespace).last
          .map { $0.lowercased().filter(\.isLetter) } ?? ""
        if before.count > 1 && !abbreviations.contains(before) {
          let sentence = line[start..<next]
          if !sentence.allSatisfy({ $0.isWhitespace || $0.isPunctuation }) {
            result.append(sentence)
          }
          start = next
        }
      }
      index = next
    }
    let last = line[start...]
    if !last.allSatisfy({ $0.isWhitespace || $0.isPunctuation }) { result.append(last) }
    return result
  }

  /// Short words that refer back to what came before a comma ("..., is it going the right
  /// way", "..., does it matter"): a question word with one of them goes on with the same
  /// question, so the comma is inside it.
  static let referringBack: Set<String> = ["it", "that", "this", "they", "them", "there"]
  static let questionVerbs: Set<String> = [
    "is", "are", "does", "do", "did", "should", "can", "could", "will", "would", "was", "has",
    "have", "shall", "am",
  ]

  /// Whether a piece after a comma goes on with the same sentence: a clause opener
  /// ("because", "which"), a question verb after "and", "or" or "but" ("and is", "or should"),
  /// a question verb with a word referring back ("is it", "does it"), or a long "and ...".
  static func goesOn(_ words: [String]) -> Bool {
    var rest = words[...]
    if rest.first == "and" || rest.first == "but" || rest.first == "or" {
      if rest.count > 3 { return true }
      rest = rest.dropFirst()
      if let first = rest.first, questionVerbs.contains(first) { return true }
    }
    if let first = rest.first, clauseOpeners.contains(first) { return true }
    if words.first != "and", qualifies(words) || commentsOnTheThingBefore(words) { return true }
    if rest.count > 1, questionVerbs.contains(rest[rest.startIndex]),
      referringBack.contains(rest[rest.startIndex + 1])
    {
      return true
    }
    return false
  }

  /// One sentence's items: commas part it only where the pieces are clearly separate things.
  static func readSentenceSplit(_ line: Substring) -> ListSplit {
    let whole = ListSplit(items: items(of: line, lastJoin: false), sure: true)
    let commaPieces = line.split(separator: ",", omittingEmptySubsequences: true)
      .filter { !$0.allSatisfy(\.isWhitespace) }
    if commaPieces.isEmpty { return ListSplit(items: [], sure: true) }
    // A comma before "and what ...", "which ...", "is it ..." is inside one sentence: that
    // piece stays with the one before it.
    var pieces: [Substring] = []
    for piece in commaPieces {
      if let previous = pieces.last, goesOn(words(of: withoutMarker(piece)).map(\.lowered)) {
        pieces[pieces.count - 1] = line[previous.startIndex..<piece.endIndex]
      } else {
        pieces.append(piece)
      }
    }
    guard pieces.count > 1 else { return whole }
    let pieceWords = pieces.map { words(of: withoutMarker($0)).map(\.lowered) }
    // Short pieces, or pieces that are each a question, are clearly separate things.
    let short = pieceWords.allSatisfy { $0.count <= clearItemWords }
    let questions = zip(pieces, pieceWords).allSatisfy { piece, words in
      piece.contains("?") || words.first.map(questionWords.contains) == true
    }
    var found: [String] = []
    for (index, piece) in pieces.enumerated() {
      found += items(of: piece, lastJoin: short && index == pieces.count - 1)
    }
    return ListSplit(items: unique(found), sure: short || questions)
  }

  /// The items with a repeat of an earlier one (compared without case or punctuation) left out.
  static func unique(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { seen.insert(plainWords($0).joined(separator: " ")).inserted }
  }

  /// Whole answers that close a list. "no" is here because "anything else?" is the question
  /// the person is answering.
  static let endOfListPhrases: Set<String> = [
    "done", "im done", "all done", "i am done", "thats all", "that is all", "thats it",
    "that is it", "thats everything", "that is everything", "nothing else", "nothing more",
    "no more", "finished", "im finished", "i am finished", "no", "nope", "nah", "nothing",
    "none", "end", "the end", "stop", "no thanks", "no thank you", "no thats all",
    "no thats it", "no nothing else", "no more thanks", "thats all thanks", "thats it thanks",
    "thats all for now", "thats it for now", "nothing else thanks", "no that is all",
    "that will do", "thatll do", "enough",
  ]

  /// Closings that end a line with items before them ("Also, my feet. That's all for now.").
  /// A lone "no" or "nothing" after items may belong to them ("my feet, no"), so only a
  /// closing of more than one word, or "done" or "finished", counts at the end of a line.
  static func closesAtEnd(_ piece: Substring) -> Bool {
    let words = plainWords(String(piece))
    return readEndOfList(String(piece))
      && (words.count > 1 || words.first == "done" || words.first == "finished")
  }

  static func readItemsBeforeClosing(_ text: String) -> String? {
    guard !text.contains(where: \.isNewline), text.utf8.count <= 2_000 else { return nil }
    let line = Substring(text)
    // The last sentence, else the last piece after a comma, may be the closing.
    var cut: Substring.Index?
    let sentences = sentences(of: line)
    if sentences.count > 1, let last = sentences.last, closesAtEnd(last) {
      cut = last.startIndex
    } else if let comma = line.lastIndex(of: ","), closesAtEnd(line[line.index(after: comma)...]) {
      cut = comma
    }
    guard let cut else { return nil }
    let before = line[..<cut].trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
    return before.isEmpty ? nil : String(line[..<cut])
  }

  static func readEndOfList(_ text: String) -> Bool {
    // Closing phrases are short; a long answer is an item, and need not be read word by word.
    guard text.utf8.count <= 200 else { return false }
    var words = plainWords(text)[...]
    guard !words.isEmpty, words.count <= 10 else { return false }
    if endOfListPhrases.contains(words.joined(separator: " ")) { return true }
    // The same closings said politely: "no, that's it", "ok that's all thanks", "done for now".
    if words.count > 1, ["no", "ok", "okay", "right"].contains(words.first!) {
      words = words.dropFirst()
    }
    for ending in [["thank", "you"], ["thanks"], ["for", "now"], ["thanks"]]
    where words.count > ending.count && Array(words.suffix(ending.count)) == ending {
      words = words.dropLast(ending.count)
    }
    return endOfListPhrases.contains(words.joined(separator: " "))
  }

  /// Sounds and softeners around a skip ("sorry, I don't know") that do not change it.
  static let skipFiller: Set<String> = [
    "sorry", "um", "umm", "erm", "er", "uh", "hmm", "oh", "well", "honestly", "just", "please",
    "thanks", "really", "ok", "okay", "i", "im", "am", "actually",
  ]

  static let skipPhrases: [String: SkipReason] = [
    "skip": .skipped, "pass": .skipped, "next": .skipped, "skip this": .skipped,
    "skip it": .skipped, "skip this one": .skipped, "skip that": .skipped,
    "next question": .skipped, "pass on this": .skipped, "pass on that": .skipped,
    "move on": .skipped, "skip question": .skipped, "skip this question": .skipped,
    "dont know": .dontKnow, "do not know": .dontKnow, "dunno": .dontKnow, "not sure": .dontKnow,
    "no idea": .dontKnow, "have no idea": .dontKnow, "idk": .dontKnow, "unsure": .dontKnow,
    "no clue": .dontKnow, "not certain": .dontKnow, "dont know sorry": .dontKnow,
    "rather not say": .ratherNotSay, "id rather not say": .ratherNotSay,
    "would rather not say": .ratherNotSay, "prefer not to say": .ratherNotSay,
    "id prefer not to say": .ratherNotSay, "would prefer not to say": .ratherNotSay,
    "private": .ratherNotSay, "thats private": .ratherNotSay, "rather not answer": .ratherNotSay,
    "id rather not answer": .ratherNotSay, "prefer not to answer": .ratherNotSay,
    "thats personal": .ratherNotSay,
    "id rather keep that private": .ratherNotSay, "id rather not talk about it": .ratherNotSay,
  ]

  static func readSkipReason(_ text: String) -> SkipReason? {
    // A skip is the whole answer and short; a long answer is never one.
    guard text.utf8.count <= 200 else { return nil }
    var words = plainWords(text)[...]
    guard words.count <= 12 else { return nil }
    while let first = words.first, skipFiller.contains(first), words.count > 1 {
      words = words.dropFirst()
    }
    while let last = words.last, skipFiller.contains(last), words.count > 1 {
      words = words.dropLast()
    }
    return skipPhrases[words.joined(separator: " ")]
  }
}
