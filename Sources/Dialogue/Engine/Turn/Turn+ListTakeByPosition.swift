// MARK: "take off number 2" or "take off the home visit" inside a list

extension Turn {
  /// "take out just the first 2", "remove the last one", "delete 1 and 3", "take off the home
  /// visit one": inside a list, the items at those places, or the items the words name, are
  /// taken off, said back, and what is left is shown. Without this the words were kept as one
  /// more item, and nothing was taken off.
  mutating func takeListItemsOffByPlace(_ line: String) -> Bool {
    let draft = state.listDraft
    guard !draft.isEmpty,
      let places = Turn.placesTakenOff(line, count: draft.count)
        ?? Turn.itemsNamedToTakeOff(line, from: draft)
    else { return false }
    let gone = places.map { draft[$0] }
    state.listBeforeTakingOff = ListDraft(items: draft, words: state.listWords)
    state.listDraft = draft.indices.filter { !places.contains($0) }.map { draft[$0] }
    // A line typed stays while any item it gave is still on the list: the words are the
    // person's, and only the items they named go.
    let left = Set(state.listDraft)
    state.listWords.removeAll { typed in
      let items = AnswerReading.listItems(typed)
      return !items.isEmpty && items.allSatisfy { !left.contains($0) }
    }
    let shown = gone.map { "'\(Turn.shorten($0))'" }.joined(separator: " and ")
    outputs.append(.notice(Phrases.listItemsRemoved(shown)))
    if state.listDraft.isEmpty { outputs.append(.notice(Phrases.listNowEmpty)) }
    askCurrent()
    return true
  }

  /// Openings that take items off by where they sit, after "please", "can you" and the like.
  static let takingOffByPlace: [[String]] = [
    "take out", "take off", "take away", "take", "remove", "get rid of", "delete", "cross off",
    "cross out", "scrap", "drop", "rub out",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words after the places that change nothing: "take the first 2 off my list please".
  static let placeTails: [[String]] = [
    "off the list", "off my list", "out of the list", "out of my list", "from the list",
    "from my list", "off", "out", "please", "pls", "ta", "thanks", "thank you", "for me",
  ].map { $0.split(separator: " ").map(String.init) }

  /// The places (from 0) a line takes off a list of `count` items, read as a choice by
  /// position is read ("the first 2", "number 2", "the last one", "1 and 3"); nil when the line
  /// does not open by taking off, or the words after are not places on the list ("take my
  /// tablets", "remove the stitches", "delete 5" of three).
  static func placesTakenOff(_ line: String, count: Int) -> [Int]? {
    guard let (verb, rest, _) = wordsTakenOff(line) else { return nil }
    // A place needs a pointing word: "take 2" alone may be an amount, not the second item.
    let pointing: Set<String> = [
      "first", "second", "third", "fourth", "fifth", "last", "number", "no", "1st", "2nd", "3rd",
      "4th", "5th", "and", "top", "bottom",
    ]
    guard !rest.isEmpty, verb != ["take"] || rest.contains(where: pointing.contains),
      rest.contains(where: { pointing.contains($0) || Int($0) != nil })
    else { return nil }
    guard let places = PositionalChoice.positions(rest.joined(separator: " "), count: count),
      !places.isEmpty
    else { return nil }
    return places
  }
}

extension Turn {
  /// Words that open a line asking to take something off a list, before the taking off.
  static let takingOffLeads: Set<String> = [
    "actually", "sorry", "oh", "um", "erm", "ok", "okay", "please", "can", "you", "could",
    "just", "i", "want", "to", "would", "like", "id", "wanna", "need", "and", "u", "cud", "no",
  ]

  /// A line that opens by taking off: the verb, the words after it with tails such as "off
  /// the list" and "please" set aside, and whether such a tail said "off" or "out" (so "take
  /// the home visit off" takes off, where "take my tablets" is an item).
  static func wordsTakenOff(_ line: String) -> (verb: [String], rest: [String], off: Bool)? {
    guard line.utf8.count <= 200 else { return nil }
    let plain = AnswerReading.plainWords(line)
    guard let (verb, end) = opening(of: plain, after: takingOffLeads, among: takingOffByPlace)
    else { return nil }
    var rest = Array(plain[end...])
    var off = false
    var trimmed = true
    while trimmed {
      trimmed = false
      for tail in placeTails
      where rest.count > tail.count && Array(rest.suffix(tail.count)) == tail {
        rest.removeLast(tail.count)
        off = off || tail.contains("off") || tail.contains("out") || tail.contains("from")
        trimmed = true
      }
    }
    // "just", "only": the person stresses which; they do not change it.
    rest.removeAll { $0 == "just" || $0 == "only" }
    // "take off will me knees get beter its there twice": the reason after is not the item.
    let why = rest.indices.dropFirst().first { index in
      reasonOpeners.contains(rest[index])
        || (index + 1 < rest.count && reasonPairs.contains([rest[index], rest[index + 1]]))
    }
    if let why { rest = Array(rest[..<why]) }
    return (verb, rest, off)
  }

  /// Words that open the reason a thing is taken off, after its words: "its there twice",
  /// "because i asked already".
  /// Two words that open the reason: "it told me alredy", "i asked already".
  static let reasonPairs: Set<[String]> = [
    ["it", "told"], ["it", "said"], ["it", "says"], ["i", "asked"], ["told", "me"],
    ["i", "know"], ["i", "no"],
  ]
  static let reasonOpeners: Set<String> = [
    "already", "alredy", "allready",
    "its", "it's", "because", "cos", "coz", "thats", "that's",
  ]

  /// The items a line takes off by their own words: "take off will it get better", "remove
  /// the one about the home visit". Each word named must be in the item, and the words must
  /// pick out one item; nil when they name none or several, or name them only in
  /// passing ("take my tablets", with no "off", is something to do, not a removal).
  static func itemsNamedToTakeOff(_ line: String, from draft: [String]) -> [Int]? {
    guard let (verb, rest, off) = wordsTakenOff(line), verb != ["take"] || off else {
      return nil
    }
    // Pointing words, and the small words of a question ("wat is dialysis" names the item
    // "what is dialysis" by its last word).
    let pointers: Set<String> = [
      "the", "my", "one", "bit", "about", "question", "thing", "item", "that", "says", "a",
      "what", "wat", "wot", "is", "are", "how", "why", "when", "where", "which", "do", "does",
      "can", "i", "it", "an",
    ]
    let named = rest.filter { !pointers.contains($0) }
    guard !named.isEmpty else { return nil }
    let found = draft.indices.filter { index in
      let words = Set(AnswerReading.plainWords(draft[index]))
      return named.allSatisfy(words.contains)
    }
    return found.count == 1 ? found : nil
  }
}

extension Turn {
  /// "take off what are my options" where the list has no such item: taken off the plan if
  /// the words name one question on it, and otherwise said so, with the list shown, rather
  /// than the words kept as one more item. Only the plainest openings count
  /// ("take off", "take out", "cross off"): "remove the stitches" may be a thing to ask.
  mutating func saysTheItemIsNotOnTheList(_ line: String) -> Bool {
    guard let (verb, rest, _) = Turn.wordsTakenOff(line),
      [["take", "off"], ["take", "out"], ["cross", "off"], ["cross", "out"]].contains(verb),
      !rest.isEmpty
    else { return false }
    // A question on the plan from elsewhere (a stock question she picked) is taken off there.
    if takeItemOffThePlan(line) { return true }
    outputs.append(.notice(Phrases.notOnTheList(rest.joined(separator: " "))))
    askCurrent()
    return true
  }
}

extension Phrases {
  static func notOnTheList(_ words: String) -> String {
    "I can't find '\(words)' on this list, so nothing has been taken off."
  }

  static let listNowEmpty = "There is nothing on the list now."
}
