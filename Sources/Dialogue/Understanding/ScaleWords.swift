/// Everyday words for how much, placed on a scale: "a bit" is low, "in the middle" is half
/// way, "very" is the top.
///
/// These are guesses at what the person means, so the engine says the number back and asks
/// before keeping it ("So that's about 5 out of 10, somewhere in the middle. Is that right?").
/// A scale's own labels ("very sure") are read without asking (`AnswerInterpreter.readScale`).
public enum ScaleWords {
  /// Where on the scale each phrase sits, from 0 (the bottom) to 1 (the top). Phrases are
  /// compared as plain words after the scale's shared words ("sure") and filler are taken off.
  static let places: [String: Double] = [
    "not at all": 0, "not in the slightest": 0, "no chance": 0, "none": 0, "zero": 0,
    "not really": 0.2, "hardly": 0.2, "barely": 0.2, "not much": 0.2, "not very": 0.3,
    "not that": 0.3, "not too": 0.3, "not so": 0.3, "a bit": 0.3, "a little": 0.3,
    "a little bit": 0.3, "slightly": 0.3, "little": 0.3, "bit": 0.3, "a tad": 0.3,
    "kind of": 0.4, "kinda": 0.4, "sort of": 0.4, "sorta": 0.4, "middle": 0.5,
    "in the middle": 0.5, "the middle": 0.5, "somewhere in the middle": 0.5, "halfway": 0.5,
    "half way": 0.5, "half and half": 0.5, "50 50": 0.5, "fifty fifty": 0.5, "so so": 0.5,
    "average": 0.5, "medium": 0.5, "in between": 0.5,
    "somewhat": 0.5, "fairly": 0.7, "quite": 0.7, "pretty": 0.7, "reasonably": 0.7,
    "mostly": 0.7, "rather": 0.7, "very": 1, "really": 1, "totally": 1, "completely": 1,
    "definitely": 1, "extremely": 1, "100": 1, "absolutely": 1, "dead": 1, "super": 1,
    "very very": 1,
  ]

  /// Words around the phrase that do not change it ("I'm a bit sure", "about in the middle").
  static let filler: Set<String> = [
    "i", "im", "am", "id", "say", "would", "feel", "its", "it", "is", "um", "erm", "er",
    "maybe", "probably", "about", "around", "so", "oh", "hmm", "think", "guess", "i'd",
    "percent", "sure", "confident", "certain", "of", "can", "do",
    // "a bit i spose": the hedges people type, in their spellings.
    "suppose", "spose", "spoze", "reckon", "recon", "yeah", "yes",
  ]

  /// Words that may come before "depends" in a hedge ("well it all depends").
  static let hedgeOpeners: Set<String> = [
    "well", "um", "erm", "er", "hmm", "oh", "it", "that", "all", "i", "suppose", "guess", "think",
    "really", "just", "dunno", "its", "thats", "well",
  ]
  static let dependsWords: Set<String> = ["depends", "depending", "dpends", "depnds", "depend"]

  /// "depends on my knees reely": how sure is neither low nor high, it changes. Such an answer
  /// is a hedge, read as the middle of the scale and said back, with the words kept.
  public static func isHedge(_ text: String) -> Bool {
    let words = AnswerReading.plainWords(text).drop { hedgeOpeners.contains($0) }
    guard let first = words.first else { return false }
    return dependsWords.contains(first)
  }

  /// The point on `range` the words stand for, rounded to a whole number; nil when the words
  /// are not one of the phrases.
  public static func point(_ text: String, range: ClosedRange<Int>) -> Int? {
    if let point = wholePoint(text, range: range) { return point }
    // "not very, the girls always bring custard creams": the words before a comma say how
    // much, and the rest is a remark kept as typed.
    guard let comma = text.firstIndex(where: { ",;".contains($0) }) else { return nil }
    return wholePoint(String(text[..<comma]), range: range)
  }

  static func wholePoint(_ text: String, range: ClosedRange<Int>) -> Int? {
    var words = AnswerReading.plainWords(text)
    guard words.count <= 8 else { return nil }
    let joined = words.joined(separator: " ")
    if let place = places[joined] { return at(place, range) }
    words = words.filter { !filler.contains($0) || $0 == "so" && words.count > 1 }
    // "so so" keeps both its words; a lone "so" is filler.
    if words == ["so"] { return nil }
    guard !words.isEmpty, let place = places[words.joined(separator: " ")] else { return nil }
    return at(place, range)
  }

  static func at(_ place: Double, _ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int((Double(range.upperBound - range.lowerBound) * place).rounded())
  }
}
