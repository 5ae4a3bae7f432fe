// MARK: Several things given where one is asked for

extension Turn {
  /// "my inhaler and my sugars" to a question that asks for just one thing (the plan's
  /// `oneThing`): the things are shown and the person picks one, or keeps them together.
  /// Nothing is kept until they say. Returns whether it was asked.
  mutating func offerOneOfSeveral(_ text: String, words: String, place: Agenda.Place) -> Bool {
    guard place.item.question?.plan == .oneThing else { return false }
    let items = Self.severalThings(in: text)
    guard (2...4).contains(items.count) else { return false }
    confirm(.oneOfSeveral(place.key, items: items, words: words))
    return true
  }

  /// The reply to "Which one matters most?": a number, a position, or the thing's own words
  /// keep that one, and the others are said to be still worth raising; "both", "all" or
  /// "keep them together" keeps the line as typed. Anything else is read afresh.
  mutating func chooseOneOfSeveral(
    _ line: String, raw: String, items: [String], words: String, place: Agenda.Place
  ) {
    let together = items.count
    var picked = PositionalChoice.positions(line, count: items.count + 1)
    if picked == nil {
      let said = AnswerInterpreter.normalise(line)
      let matching = items.indices.filter {
        let item = AnswerInterpreter.normalise(items[$0])
        return !said.isEmpty && (item == said || item.contains(said) || said.contains(item))
      }
      if matching.count == 1 { picked = matching }
    }
    let keepsThemAll =
      picked == [together] || picked == Array(0..<items.count)
      || Self.keepTogetherWords.contains(AnswerInterpreter.normalise(line))
      || Self.saysTheyAreOne(line)
    if keepsThemAll {
      outputs.append(.notice(Phrases.listKeptWhole))
      accept(.text(AnswerReading.wholeItem(words)), words: words, place: place)
      return
    }
    guard let picked, picked.count == 1, picked[0] < items.count else {
      process(line, raw: raw)
      return
    }
    let left = items.indices.filter { $0 != picked[0] }.map { items[$0] }
    outputs.append(.say(Phrases.listLeftOut(Turn.shortened(left), for: engine.audience)))
    accept(.text(items[picked[0]]), words: words, place: place)
  }

  /// The things in an answer: the list reader's items, or, where it found one, two short
  /// things joined by "and" ("my inhaler and my sugars"). A longer clause on either side
  /// ("my ankles swell up and I'm out of breath") is one thing, told in full.
  static func severalThings(in text: String) -> [String] {
    let items = AnswerReading.listSplit(text).items
    guard items.count == 1 else { return items }
    let words = text.split(whereSeparator: \.isWhitespace)
    let joins = words.indices.filter { ["and", "&", "plus"].contains(words[$0].lowercased()) }
    guard joins.count == 1, let join = joins.first else { return items }
    let sides = [words[..<join], words[(join + 1)...]]
    guard sides.allSatisfy({ (1...Self.shortThingWords).contains($0.count) }) else { return items }
    return sides.map { $0.joined(separator: " ") }
  }

  /// The most words a thing joined by "and" may have and still be read as one of two.
  static let shortThingWords = 4

  /// "its the same thing", "theyre all one": a reply made only of words that say the things
  /// are one, not a new answer. It was kept as the one thing, word for word.
  static func saysTheyAreOne(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line).map { $0.lowercased() }
    let saying: Set<String> = ["same", "together", "both", "one", "all"]
    let around: Set<String> = [
      "its", "it's", "it", "is", "the", "thing", "things", "they", "theyre", "they're", "are",
      "really", "just", "kind", "of", "sort", "a", "all", "same", "together", "both", "one",
      "go", "them", "keep", "its", "well", "oh", "no", "yes", "yeah", "i", "mean", "meant",
    ]
    return !words.isEmpty && words.contains(where: saying.contains)
      && words.allSatisfy(around.contains)
  }

  /// Replies that keep every thing given, as one.
  static let keepTogetherWords: Set<String> = [
    "both", "all", "all of them", "both of them", "keep both", "keep them both", "keep them all",
    "keep all", "keep them together", "together", "both together", "all together", "the lot",
    "both please", "all please", "they go together", "its all one thing", "same thing",
  ]
}
