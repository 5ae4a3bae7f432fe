/// One word of an utterance as the matchers see it.
///
/// Contractions are spelt out ("can't" becomes "can" + "not", "what's" becomes "what" + "is")
/// so that negation, lexicon terms and pattern rules each need only one spelling, with or
/// without the apostrophe people often leave out. Every word keeps the span of the original
/// text it came from, so a match can be reported in the person's own words.
struct Token: Hashable, Sendable {
  /// Lower-case, apostrophes removed, contractions spelt out.
  var word: String
  /// `word` after light stemming; what lexicon terms and pattern words are compared on.
  var stem: String
  /// Where the word sits in the original text, in characters.
  var span: Range<Int>
  /// True when punctuation (a comma, full stop, dash between words...) came before this word:
  /// negation does not reach across it.
  var startsClause: Bool
}

/// Splits text into `Token`s.
enum Tokenizer {
  /// Contractions whose first half changes when spelt out, or which people write with no
  /// apostrophe at all ("dont", "cant", "im").
  private static let wholeWordContractions: [String: [String]] = [
    "can't": ["can", "not"], "cant": ["can", "not"], "cannot": ["can", "not"],
    "cnt": ["can", "not"], "carnt": ["can", "not"],
    "won't": ["will", "not"], "wont": ["will", "not"], "shan't": ["shall", "not"],
    "ain't": ["is", "not"], "aint": ["is", "not"],
    "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"],
    "isnt": ["is", "not"], "arent": ["are", "not"], "wasnt": ["was", "not"],
    "werent": ["were", "not"], "havent": ["have", "not"], "hasnt": ["has", "not"],
    "hadnt": ["had", "not"], "couldnt": ["could", "not"], "wouldnt": ["would", "not"],
    "shouldnt": ["should", "not"], "mustnt": ["must", "not"], "neednt": ["need", "not"],
    "im": ["i", "am"], "ive": ["i", "have"], "id": ["i", "would"],
    "whats": ["what", "is"], "thats": ["that", "is"], "theres": ["there", "is"],
    "hows": ["how", "is"], "wheres": ["where", "is"], "whos": ["who", "is"],
    "youre": ["you", "are"], "theyre": ["they", "are"], "theyve": ["they", "have"],
  ]

  /// Words whose "'s" means "is" rather than a possessive.
  private static let isContractions: Set<String> = [
    "it", "that", "there", "here", "what", "who", "where", "how", "he", "she", "when", "why",
    "everything", "nothing", "something",
  ]

  private static let clauseMarks: Set<Character> = [
    ",", ".", ";", ":", "!", "?", "(", ")", "\"", "\n", "…", "–", "—", "/",
  ]

  static func tokens(of text: String) -> [Token] {
    if let tokens = asciiTokens(of: text) { return tokens }
    var tokens: [Token] = []
    var current = ""
    var start = 0
    var pendingBreak = false
    func flush(at end: Int) {
      guard !current.isEmpty else { return }
      appendWords(current, span: start..<end, pendingBreak: &pendingBreak, to: &tokens)
      current = ""
    }
    var index = 0
    var previous: Character = " "
    for character in text {
      let lower = Character(character.lowercased())
      if lower.isLetter || lower.isNumber {
        if current.isEmpty { start = index }
        current.append(lower)
      } else if lower == "'" || lower == "’" || lower == "‘" || lower == "`" {
        if !current.isEmpty { current.append("'") }
      } else if lower == "-" && previous != " " && !current.isEmpty {
        // A hyphen inside a word ("roll-ups") separates words but is no clause break.
        flush(at: index)
      } else {
        flush(at: index)
        if clauseMarks.contains(lower) || (lower == "-" && previous == " ") {
          pendingBreak = true
        }
      }
      previous = character
      index += 1
    }
    flush(at: index)
    return tokens
  }

  /// The words of one run of letters, digits and apostrophes, spelt out and stemmed.
  private static func appendWords(
    _ current: String, span: Range<Int>, pendingBreak: inout Bool, to tokens: inout [Token]
  ) {
    let raw = current.trimmingApostrophes()
    guard !raw.isEmpty else { return }
    for word in expand(raw) {
      tokens.append(
        Token(word: word, stem: Stemmer.stem(word), span: span, startsClause: pendingBreak))
      pendingBreak = false
    }
  }

  /// The same as the loop in `tokens(of:)`, a byte at a time, for text that is all ASCII (and
  /// has no carriage return, the one ASCII pair Swift counts as a single character): there
  /// every byte is one character, so spans come out the same, and lower-casing and the letter
  /// and digit tests need no Unicode tables. Nil for any other text.
  private static func asciiTokens(of text: String) -> [Token]? {
    var text = text
    return text.withUTF8 { bytes -> [Token]? in
      for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
      var tokens: [Token] = []
      var current: [UInt8] = []
      var start = 0
      var pendingBreak = false
      func flush(at end: Int) {
        guard !current.isEmpty else { return }
        let raw = String(decoding: current, as: UTF8.self)
        if current.contains(0x27) || wholeWordContractions[raw] != nil {
          appendWords(raw, span: start..<end, pendingBreak: &pendingBreak, to: &tokens)
        } else {
          // No apostrophe and no contraction: `appendWords` would keep the word as it is.
          tokens.append(
            Token(word: raw, stem: Stemmer.stem(raw), span: start..<end, startsClause: pendingBreak)
          )
          pendingBreak = false
        }
        current.removeAll(keepingCapacity: true)
      }
      var previous: UInt8 = 0x20
      for (index, byte) in bytes.enumerated() {
        let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
          if current.isEmpty { start = index }
          current.append(lower)
        } else if lower == 0x27 || lower == 0x60 {  // ' and `
          if !current.isEmpty { current.append(0x27) }
        } else if lower == 0x2D && previous != 0x20 && !current.isEmpty {  // - inside a word
          flush(at: index)
        } else {
          flush(at: index)
          if asciiClauseMarks[Int(lower)] || (lower == 0x2D && previous == 0x20) {
            pendingBreak = true
          }
        }
        previous = byte
      }
      flush(at: bytes.count)
      return tokens
    }
  }

  /// `clauseMarks` for each ASCII byte.
  private static let asciiClauseMarks: [Bool] = (0..<128).map { byte in
    clauseMarks.contains(Character(UnicodeScalar(UInt8(byte))))
  }

  /// The stems of the tokens of `word`, a run of text with no spaces (a word of a pattern):
  /// the same as `tokens(of: word).map(\.stem)`, with no tokenizing for the usual case of
  /// lower-case letters and digits that are not a contraction.
  static func stems(ofWord word: String) -> [String] {
    let plain = word.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
    if plain && !word.isEmpty && wholeWordContractions[word] == nil {
      return [Stemmer.stem(word)]
    }
    return tokens(of: word).map(\.stem)
  }

  /// Spells out a contraction; most words come back as themselves.
  static func expand(_ raw: String) -> [String] {
    if let whole = wholeWordContractions[raw] { return whole }
    guard raw.contains("'" as Character) else { return [raw] }
    if raw.hasSuffix("n't") {
      return [String(raw.dropLast(3)), "not"]
    }
    for (suffix, full) in [
      ("'m", "am"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"),
    ]
    where raw.hasSuffix(suffix) {
      return [String(raw.dropLast(suffix.count)), full]
    }
    if raw.hasSuffix("'s") {
      let base = String(raw.dropLast(2))
      return isContractions.contains(base) ? [base, "is"] : [base]
    }
    return [raw.replacingOccurrences(of: "'", with: "")]
  }

  /// The characters of `text` in `range` (token spans count characters), clamped to the
  /// text. In ASCII text with no carriage return every character is one byte, so the bytes
  /// are sliced directly instead of listing the characters.
  static func original(_ text: String, characters range: Range<Int>) -> String {
    let bytes = text.utf8
    if !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
      let lower = min(range.lowerBound, bytes.count)
      let upper = max(lower, min(range.upperBound, bytes.count))
      let start = bytes.index(bytes.startIndex, offsetBy: lower)
      let end = bytes.index(bytes.startIndex, offsetBy: upper)
      return String(Substring(text.utf8[start..<end]))
    }
    let characters = Array(text)
    let lower = min(range.lowerBound, characters.count)
    return String(characters[lower..<max(lower, min(range.upperBound, characters.count))])
  }

  /// The original text covered by a run of tokens, as the person wrote it.
  static func text(_ text: String, from first: Token, to last: Token) -> String {
    let characters = Array(text)
    let lower = max(0, min(first.span.lowerBound, characters.count))
    let upper = max(lower, min(last.span.upperBound, characters.count))
    return String(characters[lower..<upper])
  }
}

extension String {
  fileprivate func trimmingApostrophes() -> String {
    var result = Substring(self)
    while result.first == "'" { result = result.dropFirst() }
    while result.last == "'" { result = result.dropLast() }
    return String(result)
  }
}
