// MARK: A person's words made ready to sit inside a goal the tool offers

/// The words of an earlier answer as they read inside a goal the tool suggests after "dunno"
/// ("Get help with {{one_thing}}"). The person's key words stay; what only made sense as
/// something typed goes: filler at either end ("i spose", "maybe"), an "and" that opened a
/// second sentence, everyday spellings ("walkin", "an", "feelin"), and "me" for "my" ("me
/// knees"), since the tool writes the sentence. The answer itself is never changed.
enum SuggestionWords {
  /// The words, or nil when nothing is left that says anything. Sentences and list items
  /// ("me knees. an its quiet in the house") are each tidied and joined with "and".
  static func tidy(_ words: String) -> String? {
    let items = AnswerReading.listItems(words).compactMap(tidyItem)
    var kept: [String] = []
    for item in items where !kept.contains(where: { $0.lowercased() == item.lowercased() }) {
      kept.append(item)
    }
    guard !kept.isEmpty else { return nil }
    return Template.join(kept)
  }

  /// One item: filler off both ends, then each word spelt as usual.
  static func tidyItem(_ item: String) -> String? {
    guard let trimmed = StepSentence.tidy(item) else { return nil }
    var tokens = trimmed.split(whereSeparator: \.isWhitespace).map(String.init)
    func plain(_ token: String) -> String { AnswerReading.plainWords(token).joined() }
    tokens = FillerWords.trimmed(
      tokens, leading: FillerWords.phrases(at: .itemStart),
      trailing: FillerWords.phrases(at: .itemEnd), keepingOne: false)
    // A closing mark left before filler that went: "my knees," of "my knees, i spose".
    if var last = tokens.popLast() {
      while let mark = last.last, StepSentence.isClosing(mark) { last.removeLast() }
      if !last.isEmpty { tokens.append(last) }
    }
    guard !tokens.isEmpty else { return nil }
    var spelt: [String] = []
    for (index, token) in tokens.enumerated() {
      let word = plain(token)
      let before = index == 0 ? nil : plain(tokens[index - 1])
      let after = index + 1 < tokens.count ? plain(tokens[index + 1]) : nil
      if word == "me", token.allSatisfy(\.isLetter), let after, !notThings.contains(after),
        before == nil || beforeMy.contains(before!)
      {
        spelt.append(token.first == "M" ? "My" : "my")
      } else if let meant = everydaySpellings[word], token.allSatisfy(\.isLetter) {
        spelt.append(meant)
      } else {
        spelt.append(token)
      }
    }
    let joined = AnswerReading.partWordsSpeltRight(spelt.joined(separator: " "))
    return StepSentence.lowered(joined)
  }

  /// Everyday spellings of words that are neither day nor time words, as a sentence the tool
  /// writes spells them.
  static let everydaySpellings: [String: String] = [
    "an": "and", "n": "and", "walkin": "walking", "seein": "seeing", "feelin": "feeling",
    "freinds": "friends", "frends": "friends", "goin": "going", "gettin": "getting",
    "doin": "doing", "tabblets": "tablets", "nees": "knees", "kness": "knees",
    "wot": "what", "wat": "what", "rememberin": "remembering", "summat": "something",
    "sumthin": "something", "wiv": "with", "bein": "being",
    "sleepin": "sleeping",
    "cookin": "cooking", "swimmin": "swimming", "dancin": "dancing", "shoppin": "shopping",
  ]

  /// Words after which "me" is the person, not "my": "help me up", "me and jean".
  static let notThings: Set<String> = [
    "and", "an", "to", "too", "up", "out", "down", "off", "on", "in", "a", "the", "feel",
    "feeling", "go", "get", "be", "do", "have", "if", "when", "so", "or", "that", "with",
    "now", "again", "more", "back", "about", "for", "self", "myself",
  ]

  /// Words before which "me" opens a thing of the person's: "with me knees", "and me tablets".
  static let beforeMy: Set<String> = [
    "with", "wiv", "and", "an", "about", "for", "of", "to", "in", "on", "at", "round",
  ]
}
