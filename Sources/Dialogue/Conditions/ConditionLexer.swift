/// A piece of a condition's text.
struct ConditionToken: Equatable {
  enum Kind: Equatable {
    /// A question id, keyword or function name; they are told apart by the parser.
    case word(String)
    case number(Double)
    case text(String)
    /// `==`, `!=`, `<`, `<=`, `>`, `>=`, `+`, `-`
    case symbol(String)
    case open
    case close
    case end
  }

  var kind: Kind
  var offset: Int

  /// How the token reads in a message.
  var shown: String {
    switch kind {
    case .word(let word): return "'\(word)'"
    case .number: return "a number"
    case .text(let text): return "\"\(text)\""
    case .symbol(let symbol): return "'\(symbol)'"
    case .open: return "'('"
    case .close: return "')'"
    case .end: return "the end of the condition"
    }
  }

  /// Whether the token can end a value, so a following `-` is a minus, not a negative sign.
  var endsValue: Bool {
    switch kind {
    case .word, .number, .text, .close: return true
    case .symbol, .open, .end: return false
    }
  }
}

enum ConditionLexer {
  /// Question ids hold letters, digits, `_` and `-`; a `-` inside an id (`one-thing`) is part
  /// of it, which is why a minus must have spaces around it.
  static func isIdentifierStart(_ character: Character) -> Bool {
    character.isLetter || character == "_"
  }

  static func isIdentifierPart(_ character: Character) -> Bool {
    character.isLetter || (character.isASCII && character.isNumber) || character == "_"
      || character == "-"
  }

  static func tokens(_ source: String) throws(ConditionError) -> [ConditionToken] {
    let characters = Array(source)
    var tokens: [ConditionToken] = []
    var index = 0
    func peek(_ offset: Int = 0) -> Character? {
      index + offset < characters.count ? characters[index + offset] : nil
    }
    while index < characters.count {
      let character = characters[index]
      let start = index
      if character.isWhitespace {
        index += 1
        continue
      }
      if isIdentifierStart(character) {
        var word = ""
        while let next = peek(), isIdentifierPart(next) {
          word.append(next)
          index += 1
        }
        tokens.append(ConditionToken(kind: .word(word), offset: start))
        continue
      }
      let negative =
        character == "-" && (peek(1).map { $0.isASCII && $0.isNumber } ?? false)
        && !(tokens.last?.endsValue ?? false)
      if (character.isASCII && character.isNumber) || negative {
        var digits = negative ? "-" : ""
        if negative { index += 1 }
        while let next = peek(), next.isASCII, next.isNumber {
          digits.append(next)
          index += 1
        }
        if peek() == ".", let after = peek(1), after.isASCII, after.isNumber {
          digits.append(".")
          index += 1
          while let next = peek(), next.isASCII, next.isNumber {
            digits.append(next)
            index += 1
          }
        }
        if let next = peek(), isIdentifierStart(next) {
          throw ConditionError("a question id must start with a letter", offset: start)
        }
        guard let value = Double(digits), value.isFinite else {
          throw ConditionError("this number is too large", offset: start)
        }
        tokens.append(ConditionToken(kind: .number(value), offset: start))
        continue
      }
      switch character {
      case "\"", "\u{201C}", "\u{201D}":
        index += 1
        var text = ""
        var closed = false
        while let next = peek() {
          index += 1
          if next == "\"" || next == "\u{201C}" || next == "\u{201D}" {
            closed = true
            break
          }
          if next == "\\", let escaped = peek() {
            text.append(escaped)
            index += 1
          } else {
            text.append(next)
          }
        }
        guard closed else { throw ConditionError("this text has no closing '\"'", offset: start) }
        tokens.append(ConditionToken(kind: .text(text), offset: start))
      case "(":
        tokens.append(ConditionToken(kind: .open, offset: start))
        index += 1
      case ")":
        tokens.append(ConditionToken(kind: .close, offset: start))
        index += 1
      case "=", "!", "<", ">":
        if peek(1) == "=" {
          tokens.append(ConditionToken(kind: .symbol(String(character) + "="), offset: start))
          index += 2
        } else if character == "<" || character == ">" {
          tokens.append(ConditionToken(kind: .symbol(String(character)), offset: start))
          index += 1
        } else if character == "=" {
          throw ConditionError("use '==' to compare; a single '=' is not allowed", offset: start)
        } else {
          throw ConditionError("write 'not' instead of '!'", offset: start)
        }
      case "+", "-":
        tokens.append(ConditionToken(kind: .symbol(String(character)), offset: start))
        index += 1
      case "&":
        throw ConditionError(
          "write 'and' instead of '\(peek(1) == "&" ? "&&" : "&")'", offset: start)
      case "|":
        throw ConditionError(
          "write 'or' instead of '\(peek(1) == "|" ? "||" : "|")'", offset: start)
      case "'", "\u{2018}", "\u{2019}":
        throw ConditionError("put text in double quotes, like \"alone\"", offset: start)
      default:
        let shown =
          character.isLetter || character.isNumber || character.isPunctuation
            || character.isSymbol ? "'\(character)'" : "character"
        throw ConditionError("unexpected \(shown)", offset: start)
      }
    }
    tokens.append(ConditionToken(kind: .end, offset: characters.count))
    return tokens
  }
}
