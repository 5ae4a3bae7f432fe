extension PositionalChoice {
  /// An option picked by its number or place at the start of a line, with words of the
  /// person's own after it: "3 a short walk", "the first one but only round the block". The
  /// number is a pointer, never part of what is kept: `rest` is the words after it as typed
  /// (nil when they only repeat the option's own words). Nil when the line does not open with a
  /// pick, or the pick is the whole line (`positions` reads that).
  public static func leadingPick(_ text: String, options: [String]) -> (
    position: Int, rest: String?
  )? {
    let typed = text.split(whereSeparator: \.isWhitespace).map(String.init)
    var index = 0
    let lead: Set<String> = ["the", "number", "no", "option", "i", "ill", "pick", "take", "id"]
    while index < typed.count, lead.contains(plain(typed[index])) { index += 1 }
    guard index < typed.count - 1 else { return nil }
    let pointer = plain(typed[index])
    let last = pointer == "last" ? options.count : nil
    guard let number = ordinals[pointer] ?? Int(pointer) ?? last, number >= 1 else { return nil }
    var after = Array(typed[(index + 1)...])
    let marked = typed[index].last.map { ",.:-)".contains($0) } == true
    while let first = after.first, plain(first) == "one" || plain(first).isEmpty {
      after.removeFirst()
    }
    let rest = after.joined(separator: " ")
      .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
    let small: Set<String> = [
      "a", "an", "the", "for", "to", "of", "one", "please", "ta", "thanks", "that", "my", "it",
      "go", "do", "have",
    ]
    let own = AnswerReading.plainWords(rest).filter { !small.contains($0) }
    let optionWords = options.map { Set(AnswerReading.plainWords($0)).subtracting(small) }
    // The words after the number may name another option whole ("3 a short walk" when the
    // walk is 1): the words are what the person read, and win over a mistyped number.
    let named = optionWords.indices.filter {
      !own.isEmpty && own.allSatisfy(optionWords[$0].contains)
    }
    guard named.count == 1 || number <= options.count else { return nil }
    let position = named.count == 1 ? named[0] : number - 1
    // "2 laps of the garden" is an amount, not the second option: the words after a pick
    // share a word with the option, follow a mark ("3. but shorter"), or go on from it.
    let goesOn: Set<String> = ["but", "only", "just", "and", "with", "then", "maybe", "or"]
    // "1 to the gate and back", "2 in the morning": a place or a time after the number goes on
    // from the option too, but "2 to 3 times" is an amount.
    let leadsOn: Set<String> = [
      "to", "round", "around", "up", "down", "along", "at", "in", "on", "till", "until", "past",
    ]
    let saysWhereOrWhen =
      after.count > 1 && leadsOn.contains(plain(after[0])) && Int(plain(after[1])) == nil
    guard
      marked || own.contains(where: optionWords[position].contains)
        || own.first.map(goesOn.contains) == true || saysWhereOrWhen
    else { return nil }
    return (position, own.allSatisfy(optionWords[position].contains) ? nil : rest)
  }

  private static func plain(_ word: String) -> String {
    word.lowercased().filter { $0.isLetter || $0.isNumber }
  }
}
