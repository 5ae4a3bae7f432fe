/// One piece of an answer as the readers see it. Answers are cut into words, numbers and single
/// symbols once, in a single linear pass, so that every reader works on the same pieces and no
/// reader can be made slow by a long or strange line.
struct AnswerToken: Equatable {
  enum Kind: Equatable {
    /// Letters, lowercased, with apostrophes dropped so "don't" and "dont" read the same.
    case word
    /// ASCII digits, perhaps with a decimal point, a leading minus or thousands commas.
    case number(Double)
    /// Digits with an English ordinal ending: "1st", "22nd".
    case ordinal(Int)
    /// Any other single visible character: "/", "-", ",", an emoji.
    case symbol
  }

  var kind: Kind
  /// The lowercased text; for numbers the digits as written (so "01" keeps its width).
  var text: String
  /// Whether space (or the start of the text) comes before this token; "6-7" and "1/12" are
  /// read differently from "6 - 7" and "1 / 12" only through this.
  var spaced: Bool

  var isWord: Bool { kind == .word }

  var number: Double? {
    if case .number(let value) = kind { return value }
    return nil
  }

  func isWord(_ word: String) -> Bool { kind == .word && text == word }

  func isSymbol(_ symbols: Set<String>) -> Bool { kind == .symbol && symbols.contains(text) }
}

extension AnswerReading {
  /// Dashes people use between two numbers ("6-7", "6 – 7"); the ASCII one also marks a
  /// negative number when it stands before digits on its own.
  static let dashes: Set<String> = ["-", "\u{2013}", "\u{2014}", "\u{2212}"]

  /// Cuts `text` into tokens. Runs in time linear in the text's length whatever it holds.
  static func tokens(_ text: String) -> [AnswerToken] {
    let scalars = Array(text.lowercased().unicodeScalars)
    var tokens: [AnswerToken] = []
    var index = 0
    var spaced = true
    let count = scalars.count

    func isDigit(_ i: Int) -> Bool {
      i < count && ("0"..."9").contains(scalars[i])
    }
    func isLetter(_ i: Int) -> Bool {
      i < count && scalars[i].properties.isAlphabetic
    }
    func isApostrophe(_ i: Int) -> Bool {
      i < count && (scalars[i] == "'" || scalars[i] == "\u{2019}")
    }

    while index < count {
      let scalar = scalars[index]
      if scalar == "\u{1B}" {
        // A terminal escape sequence is markup, not words: skip it whole so "\e[1myes" is yes.
        index += 1
        if index < count, scalars[index] == "[" {
          index += 1
          while index < count, !(0x40...0x7E).contains(scalars[index].value) { index += 1 }
          index += 1
        } else if index < count, scalars[index] == "]" {
          while index < count, scalars[index] != "\u{07}", scalars[index] != "\u{1B}" {
            index += 1
          }
        }
        spaced = true
        continue
      }
      if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
        || scalar.properties.generalCategory == .format
      {
        spaced = true
        index += 1
        continue
      }
      if isLetter(index) {
        var word = String.UnicodeScalarView()
        while index < count {
          if isLetter(index) {
            word.append(scalars[index])
          } else if isApostrophe(index) && isLetter(index + 1) && !word.isEmpty {
            // "don't" reads as "dont"
          } else {
            break
          }
          index += 1
        }
        tokens.append(AnswerToken(kind: .word, text: String(word), spaced: spaced))
        spaced = false
        continue
      }
      let startsNegative =
        (scalar == "-" || scalar == "\u{2212}") && isDigit(index + 1)
        && (spaced || tokens.isEmpty)
        && tokens.last?.number == nil
      if isDigit(index) || startsNegative {
        var digits = ""
        if startsNegative {
          digits.append("-")
          index += 1
        }
        let integerStart = index
        while isDigit(index) {
          digits.unicodeScalars.append(scalars[index])
          index += 1
        }
        // Thousands commas: "1,000" but not "3,4".
        if index - integerStart <= 3 {
          while index < count, scalars[index] == ",", isDigit(index + 1), isDigit(index + 2),
            isDigit(index + 3), !isDigit(index + 4)
          {
            for offset in 1...3 { digits.unicodeScalars.append(scalars[index + offset]) }
            index += 4
          }
        }
        if index < count, scalars[index] == ".", isDigit(index + 1) {
          digits.append(".")
          index += 1
          while isDigit(index) {
            digits.unicodeScalars.append(scalars[index])
            index += 1
          }
        }
        // "1st", "22nd": an ordinal only when the ending is the whole rest of the word.
        if isLetter(index), isLetter(index + 1), !isLetter(index + 2), !digits.contains("."),
          !digits.hasPrefix("-")
        {
          let ending = String(String.UnicodeScalarView(scalars[index...(index + 1)]))
          if ["st", "nd", "rd", "th"].contains(ending), digits.count <= 4, let value = Int(digits) {
            tokens.append(AnswerToken(kind: .ordinal(value), text: digits, spaced: spaced))
            index += 2
            spaced = false
            continue
          }
        }
        let value = Double(digits) ?? .infinity
        tokens.append(AnswerToken(kind: .number(value), text: digits, spaced: spaced))
        spaced = false
        continue
      }
      if isApostrophe(index) {
        // A stray apostrophe ("weeks' time") carries no meaning here.
        index += 1
        continue
      }
      tokens.append(AnswerToken(kind: .symbol, text: String(Character(scalar)), spaced: spaced))
      spaced = false
      index += 1
    }
    return tokens
  }

  /// The words of `text` joined by single spaces, with punctuation and symbols dropped: the form
  /// the whole-answer phrase lists are written in.
  static func plainWords(_ text: String) -> [String] {
    tokens(text).compactMap { token in
      switch token.kind {
      case .word, .number, .ordinal: return token.text
      case .symbol: return nil
      }
    }
  }
}
