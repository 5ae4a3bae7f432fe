/// A number found in an answer, with what the reader needs to judge it.
struct NumberMatch: Equatable {
  /// The value; for a range such as "six or seven", the lower end.
  var value: Double
  /// The "10" of "7/10" or "7 out of 10", when given.
  var outOf: Double?
  /// The tokens the number took up, so the next search starts after it.
  var end: Int
}

extension AnswerReading {
  static let units: [String: Int] = [
    "zero": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
  ]
  static let teens: [String: Int] = [
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
  ]
  static let tens: [String: Int] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
  ]
  /// Words before "one" that make it a pronoun ("no one", "the one I take"), not a count.
  static let pronounOne: Set<String> = [
    "no", "any", "some", "every", "each", "which", "this", "that", "the", "other", "another",
    "little", "big", "last", "next", "first", "right", "wrong",
  ]
  /// Words joining two numbers into a range: "six or seven", "6 to 8", "6-7".
  static let rangeWords: Set<String> = ["or", "to"]

  /// Written-out numbers up to the thousands: "twenty-one", "a hundred and five".
  private static func wordNumber(_ tokens: [AnswerToken], at start: Int) -> (Int, Int)? {
    enum State { case start, afterUnit, afterTeen, afterTens, afterHundred, afterThousand }
    var index = start
    var total = 0
    var group = 0
    var state = State.start
    var consumed = false
    if index + 1 < tokens.count, tokens[index].isWord("a") || tokens[index].isWord("an"),
      tokens[index + 1].isWord("hundred") || tokens[index + 1].isWord("thousand")
    {
      group = 1
      state = .afterUnit
      index += 1
    }
    while index < tokens.count, tokens[index].isWord {
      let word = tokens[index].text
      let canStartGroup = [State.start, .afterHundred, .afterThousand].contains(state)
      if let value = units[word], canStartGroup || (state == .afterTens && value > 0) {
        if value == 0 && state != .start { break }
        if value == 1, state == .start, index > 0, tokens[index - 1].isWord,
          pronounOne.contains(tokens[index - 1].text)
        {
          return nil
        }
        group += value
        state = .afterUnit
      } else if let value = teens[word], canStartGroup {
        group += value
        state = .afterTeen
      } else if let value = tens[word], canStartGroup {
        group += value
        state = .afterTens
      } else if word == "hundred", state == .afterUnit || state == .afterTeen, group % 100 > 0,
        group < 100
      {
        group *= 100
        state = .afterHundred
      } else if word == "thousand", state != .start, state != .afterThousand, total == 0 {
        total = max(group, 1) * 1000
        group = 0
        state = .afterThousand
      } else if word == "and", state == .afterHundred || state == .afterThousand,
        index + 1 < tokens.count, tokens[index + 1].isWord,
        units[tokens[index + 1].text] != nil || teens[tokens[index + 1].text] != nil
          || tens[tokens[index + 1].text] != nil
      {
        // "a hundred and five": the "and" belongs to the number
      } else {
        break
      }
      consumed = true
      index += 1
      // "twenty-one": a dash joined to both words keeps the number going.
      if state == .afterTens, index + 1 < tokens.count, tokens[index].isSymbol(dashes),
        !tokens[index].spaced, !tokens[index + 1].spaced, tokens[index + 1].isWord,
        let next = units[tokens[index + 1].text], next > 0
      {
        index += 1
      }
    }
    guard consumed else { return nil }
    return (total + group, index)
  }

  /// One number, with no range or "out of": digits, words, "a couple", "a dozen", "a half",
  /// and "and a half" after any of them.
  private static func singleNumber(_ tokens: [AnswerToken], at start: Int) -> (Double, Int)? {
    guard start < tokens.count else { return nil }
    var value: Double
    var index: Int
    let token = tokens[start]
    let next = start + 1 < tokens.count ? tokens[start + 1] : nil
    if let number = token.number {
      guard number.isFinite else { return nil }
      (value, index) = (number, start + 1)
    } else if token.isWord("a") || token.isWord("an"), let next, next.isWord("couple") {
      (value, index) = (2, start + 2)
      if index < tokens.count, tokens[index].isWord("of") { index += 1 }
    } else if token.isWord("couple"), let next, next.isWord("of") {
      (value, index) = (2, start + 2)
    } else if token.isWord("a") || token.isWord("one"), let next, next.isWord("dozen") {
      (value, index) = (12, start + 2)
    } else if token.isWord("a") || token.isWord("one"), let next, next.isWord("half") {
      return (0.5, start + 2)
    } else if token.isWord("half"), tokens.count == 1 {
      return (0.5, start + 1)
    } else if let (whole, end) = wordNumber(tokens, at: start) {
      (value, index) = (Double(whole), end)
    } else {
      return nil
    }
    if index + 2 < tokens.count, tokens[index].isWord("and"), tokens[index + 1].isWord("a"),
      tokens[index + 2].isWord("half")
    {
      value += 0.5
      index += 3
    }
    return (value, index)
  }

  /// Whether tokens from `start` look like a date written with numbers ("1/12/2026",
  /// "2026-12-01"), which is not a count and must not be read as "1 out of 12".
  static func isNumericDate(_ tokens: [AnswerToken], at start: Int) -> Bool {
    guard start + 4 < tokens.count, tokens[start].number != nil,
      tokens[start + 2].number != nil, tokens[start + 4].number != nil
    else { return false }
    let separator = tokens[start + 1]
    guard separator.isSymbol(["/", "-"]), tokens[start + 3].isSymbol([separator.text])
    else { return false }
    return (1...4).allSatisfy { !tokens[start + $0].spaced }
  }

  /// A number phrase from `start`: one number, or a range read as its lower end, perhaps with
  /// "out of N" after it.
  static func numberPhrase(_ tokens: [AnswerToken], at start: Int) -> NumberMatch? {
    var index = start
    let between = tokens[index].isWord("between")
    if between { index += 1 }
    guard var (value, end) = singleNumber(tokens, at: index) else { return nil }
    index = end
    // A range: the lower end is kept (see the range rule in docs/reading-answers.md).
    if index + 1 < tokens.count {
      let joiner = tokens[index]
      let joins =
        between ? joiner.isWord("and") : rangeWords.contains(joiner.text) && joiner.isWord
      let dash = !between && joiner.isSymbol(dashes)
      if joins || dash, let (other, otherEnd) = singleNumber(tokens, at: index + 1) {
        value = min(value, other)
        index = otherEnd
      }
    }
    var outOf: Double?
    if index + 1 < tokens.count, tokens[index].isSymbol(["/"]), !tokens[index + 1].spaced,
      let denominator = tokens[index + 1].number, denominator.isFinite
    {
      outOf = denominator
      index += 2
    } else if index + 2 < tokens.count, tokens[index].isWord("out"), tokens[index + 1].isWord("of"),
      let (denominator, denominatorEnd) = singleNumber(tokens, at: index + 2)
    {
      outOf = denominator
      index = denominatorEnd
    }
    end = index
    return NumberMatch(value: value, outOf: outOf, end: end)
  }

  /// Every number phrase in order, skipping dates written in figures.
  static func numberMatches(_ tokens: [AnswerToken]) -> [NumberMatch] {
    var matches: [NumberMatch] = []
    var index = 0
    while index < tokens.count {
      if isNumericDate(tokens, at: index) {
        index += 5
      } else if partOfAName(tokens, at: index) {
        index += 1
      } else if let match = numberPhrase(tokens, at: index) {
        matches.append(match)
        index = match.end
      } else {
        index += 1
      }
    }
    return matches
  }

  /// Whether the digits at `index` are part of a word or a test's name ("FEV1", "HbA1c",
  /// "B12"): written straight after letters, they name something and count nothing. Digits
  /// before letters ("5mins", "10am") still count.
  static func partOfAName(_ tokens: [AnswerToken], at index: Int) -> Bool {
    guard index > 0, tokens[index].number != nil, !tokens[index].spaced else { return false }
    return tokens[index - 1].isWord
  }

  static func readScale(_ text: String, range: ClosedRange<Int>) -> Int? {
    guard let match = numberMatches(tokens(text)).first else { return nil }
    // "3 out of 5" on a scale of 0 to 10 could mean either; ask again rather than guess.
    if let outOf = match.outOf, outOf != Double(range.upperBound) { return nil }
    // Whole points only; a fraction is read down, as a range is ("8.5" is "8 or 9", so 8).
    let whole = match.value.rounded(.down)
    guard whole >= Double(range.lowerBound), whole <= Double(range.upperBound) else { return nil }
    return Int(whole)
  }
}
