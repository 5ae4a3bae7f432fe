/// Words written to the person ("It shows if your heart is under strain"), said about them
/// instead ("It shows if their heart is under strain").
///
/// In facilitator mode a support worker reads the screen and the person is beside them: a
/// glossary explanation that says "your heart" speaks to the worker about the worker's own
/// heart. The glossary is written once, to the person, so the worker's wording is made from it
/// here rather than kept twice by hand.
///
/// "They" takes the same verb as "you" ("you are", "they are"), so only the pronouns change:
/// "your" is "their", "yours" "theirs", "yourself" "themselves", and "you" is "they" where it
/// does something and "them" where something is done to it ("tell you", "for you").
public enum SpokenOf {
  /// `text` said about the person rather than to them.
  public static func person(_ text: String) -> String {
    var result = ""
    var word = ""
    var previous = ""
    let characters = Array(text)
    var index = 0

    func flush(next: Int) {
      guard !word.isEmpty else { return }
      let lower = word.lowercased()
      var said = word
      switch lower {
      case "your": said = "their"
      case "yours": said = "theirs"
      case "yourself": said = "themselves"
      case "you're": said = "they're"
      case "you've": said = "they've"
      case "you'll": said = "they'll"
      case "you'd": said = "they'd"
      case "you":
        said = isObject(after: previous, before: nextWord(characters, from: next)) ? "them" : "they"
      default: break
      }
      if said != word, word.first?.isUppercase == true {
        said = said.prefix(1).uppercased() + said.dropFirst()
      }
      result += said
      previous = lower
      word = ""
    }

    while index < characters.count {
      let character = characters[index]
      if character.isLetter || (character == "'" && !word.isEmpty) {
        word.append(character)
      } else {
        flush(next: index)
        result.append(character)
        if ".!?".contains(character) { previous = "" }
      }
      index += 1
    }
    flush(next: index)
    return result
  }

  /// Whether "you" between these words has something done to it ("tell you what", "for
  /// you."), rather than doing something ("you may feel", "you take").
  static func isObject(after previous: String, before next: String?) -> Bool {
    if objectBefore.contains(previous) { return true }
    guard let next else { return true }
    return objectAfter.contains(next)
  }

  /// Words after which "you" is done to: verbs that take a person, and prepositions.
  static let objectBefore: Set<String> = [
    "tell", "tells", "told", "for", "to", "make", "makes", "made", "between", "with", "help",
    "helps", "give", "gives", "show", "shows", "ask", "asks", "let", "lets", "about", "of",
    "from", "keep", "keeps", "see", "sees", "call", "calls", "send", "sends", "check", "checks",
    "answer", "support", "supports", "by", "at", "on", "near", "around", "treat", "treats",
    "remind", "reminds", "bother", "bothers", "affect", "affects", "teach", "teaches",
  ]

  /// Words that, straight after "you", show it is done to rather than doing.
  static let objectAfter: Set<String> = ["and", "or", "what", "more", "how", "about", "if"]

  /// The next word in `characters` from `index`, lower-cased; nil at a sentence's end.
  static func nextWord(_ characters: [Character], from index: Int) -> String? {
    var cursor = index
    while cursor < characters.count, !characters[cursor].isLetter {
      if ".!?;:,".contains(characters[cursor]) { return nil }
      cursor += 1
    }
    var word = ""
    while cursor < characters.count, characters[cursor].isLetter || characters[cursor] == "'" {
      word.append(characters[cursor])
      cursor += 1
    }
    return word.isEmpty ? nil : word.lowercased()
  }
}
