import Foundation

/// An action step said back as one sentence written from its parts: "I will rest for an hour at
/// about 3pm at home, every Thursday, starting Thursday 10 December."
///
/// Each part is the person's own words with trailing punctuation and filler taken off. A part
/// that is empty, skipped or a non-answer ("wat", "dunno") is left out, not glued in.
public enum StepSentence {
  /// The sentence, or nil when there is no real action to say.
  static func compose(_ parts: [ReadBackPart: AnswerValue], today: Day) -> String? {
    func text(_ part: ReadBackPart) -> String? {
      guard case .text(let words)? = parts[part] else { return nil }
      // "thursdy nite" reads "Thursday night" in a sentence the tool writes.
      return tidy(words).map(lowered).map(AnswerReading.partWordsSpeltRight)
        .map(AnswerReading.coupleSaidInFull)
    }
    guard let what = text(.what) else { return nil }
    var sentence: String
    if let thing = chosenThing(what) {
      // "water insted of sweet drink": the person's words as they are, with no doing put in
      // front of them that they did not say.
      sentence = thing.prefix(1).uppercased() + thing.dropFirst()
    } else if let doing = action(what) {
      sentence = "I will " + doing
    } else {
      return nil
    }
    if let howMuch = text(.howMuch) { sentence += " " + forHowLong(howMuch) }
    if let when = text(.when) { sentence += " " + atTime(when) }
    if let place = text(.where) { sentence += " " + atPlace(place) }
    if let howOften = text(.howOften) { sentence += ", " + howOften }
    if case .date(let day)? = parts[.start] {
      sentence +=
        ", starting " + (day.year == today.year ? Display.dayInYear(day) : Display.day(day))
    }
    return sentence + "."
  }

  /// Whether the words name something to do, not only a thing: "walk to the shop" and "a
  /// short walk" do; "a stick" and "my knees" do not, and the person is asked for a doing.
  static func namesAnAction(_ words: String) -> Bool {
    tidy(words).flatMap { chosenThing($0) ?? action($0) } != nil
  }

  /// A step that is a thing to have rather than a doing ("water insted of sweet drink in the
  /// morning", "fruit instead of biscuits"), as typed; nil for anything else. "Water the
  /// plants" is a doing: a thing word followed by "the" or "my" is the doing word it can be.
  static func chosenThing(_ what: String) -> String? {
    let words = AnswerReading.plainWords(what)
    guard words.count > 1, thingsToHave.contains(words[0]), !thingOpenings.contains(words[1])
    else { return nil }
    return what
  }

  /// A part's first word without the capital it had only for starting the answer: "After
  /// breakfast" reads "after breakfast" mid-sentence, but "I", "NHS", "Tesco" and "Mary's"
  /// keep theirs.
  public static func lowered(_ part: String) -> String {
    guard let first = part.split(separator: " ").first.map(String.init),
      first.count > 1, first.first?.isUppercase == true,
      first.dropFirst().allSatisfy({ !$0.isUppercase })
    else { return part }
    let plain = AnswerReading.plainWords(first).joined()
    guard everydayOpenings.contains(plain) || doingWords.contains(plain) else { return part }
    return first.prefix(1).lowercased() + part.dropFirst()
  }

  /// Whole answers that say nothing about the step: a question about the question, a shrug.
  static let nonAnswers: Set<String> = [
    "wat", "what", "wot", "wut", "huh", "eh", "hmm", "hm", "um", "erm", "dunno", "dont know",
    "idk", "no idea", "not sure", "nothing", "none", "na", "n a", "whatever", "anything", "k",
    "ok", "okay", "yes", "no", "yeah", "nope", "pass", "skip", "what do you mean",
    "wat do u mean", "what do u mean", "i dont know", "i dunno", "not a clue", "no clue", "dk",
  ]

  /// The part's words with trailing punctuation and filler taken off; nil for a non-answer.
  static func tidy(_ words: String) -> String? {
    let plain = AnswerReading.plainWords(words)
    guard !plain.isEmpty, !nonAnswers.contains(plain.joined(separator: " ")) else { return nil }
    var tokens = words.split(whereSeparator: \.isWhitespace).map(String.init)
    var trimming = true
    while trimming, !tokens.isEmpty {
      trimming = false
      let tail = tokens.last!.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
      if tail.isEmpty {
        tokens.removeLast()
        trimming = true
        continue
      }
      tokens[tokens.count - 1] = String(tokens.last!.reversed().drop { isClosing($0) }.reversed())
      // Filler at the end ("please", "I think", "lol") is not part of the step.
      let before = tokens.count
      tokens = FillerWords.trimmed(
        tokens, trailing: FillerWords.phrases(at: .stepEnd), keepingOne: true)
      trimming = tokens.count != before
    }
    let result = tokens.joined(separator: " ")
    return result.isEmpty ? nil : result
  }

  static func isClosing(_ character: Character) -> Bool { ".,;:!?".contains(character) }

  /// What the person will do, as it follows "I will", or nil when it names no doing. "I'll
  /// walk", "to walk" and "maybe walk" lose their openings; a thing that is a doing in itself
  /// ("a short walk", "gentle knee exercises", "walking") reads after "try".
  static func action(_ what: String) -> String? {
    var words = what.split(separator: " ").map(String.init)
    func plain(_ range: Range<Int>) -> [String] {
      words[range].map { AnswerReading.plainWords($0).joined() }
    }
    let openings: [[String]] = [
      ["i", "will"], ["ill"], ["i", "am", "going", "to"], ["im", "going", "to"],
      ["going", "to"], ["i", "want", "to"], ["i", "could"], ["i", "can"], ["i", "might"],
      // "i did say walk to the gate": a step said again after it was missed.
      ["i", "did", "say"], ["i", "said"], ["like", "i", "said"], ["i", "told", "you"],
      ["i", "told", "u"], ["to"], ["i"],
    ]
    words = FillerWords.trimmed(
      words, leading: FillerWords.phrases(at: .stepStart) + openings, trailing: [],
      keepingOne: true)
    guard var first = words.first else { return nil }
    // "Rest" becomes "rest", but "I", "NHS" and "Tai" in "Tai chi" keep their capitals only
    // when more than the first letter is upper case.
    if first.count > 1, first.dropFirst().allSatisfy({ !$0.isUppercase }) {
      first = first.prefix(1).lowercased() + first.dropFirst()
    }
    words[0] = first
    let all = plain(0..<words.count)
    let head = all[0]
    let names = { all.contains(where: doingThings.contains) }
    if doingWords.contains(head) { return words.joined(separator: " ") }
    // "5 minutes" says how much, not what: there is no doing in it. "five minutes of
    // stretches" names one: "I will do five minutes of stretches".
    if head.first?.isNumber == true || AnswerReading.units[head] != nil {
      return names() ? "do " + words.joined(separator: " ") : nil
    }
    // "a short walk" or "walking" names a doing as a thing: "I will try a short walk".
    if (head.count > 4 && head.hasSuffix("ing")) || names() {
      return "try " + words.joined(separator: " ")
    }
    // "no screens after ten", "less sugar": an amount of a thing is a doing with "have".
    if haveOpenings.contains(head), words.count > 1 {
      return "have " + words.joined(separator: " ")
    }
    // "a stick", "my knees", or one word that is no doing: nothing to do is named.
    if thingOpenings.contains(head) || words.count == 1 { return nil }
    return words.joined(separator: " ")
  }

  /// Units of time: "ten minutes" reads "for ten minutes".
  static let durations: Set<String> = [
    "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "hour's", "seconds",
  ]

  static func forHowLong(_ part: String) -> String {
    let words = AnswerReading.plainWords(part)
    guard let first = words.first, let last = words.last, durations.contains(last),
      !["for", "about", "around", "up", "at", "half"].contains(first)
    else { return part }
    return "for " + part
  }

  /// Words that start a time of day ("3pm", "about 3pm", "noon"): such a time reads "at 3pm".
  static let timeWords: Set<String> = ["about", "around", "roughly", "noon", "midday", "midnight"]

  /// A time with "at" before it when it is a clock time ("3pm", "about 3pm"); other times
  /// ("after breakfast", "in the morning") stay as they are.
  static func atTime(_ part: String) -> String {
    let words = AnswerReading.plainWords(part)
    let first = words.first ?? ""
    if words.count == 1, let phrase = timeOfDay[first] { return phrase }
    if AnswerReading.weekdays[first] != nil { return "on " + part }
    return first.first?.isNumber == true || timeWords.contains(first) ? "at " + part : part
  }

  /// A place with "at" before it unless it starts with a word such as "in" or "round": "home"
  /// reads "at home", but "in the park" stays as it is.
  static func atPlace(_ part: String) -> String {
    let words = AnswerReading.plainWords(part)
    let first = words.first ?? ""
    if prepositions.contains(first) { return part }
    // "living room" reads "in the living room", "our road" reads "on our road".
    if words.count <= 2, let last = words.last, rooms.contains(last),
      !["my", "our", "the"].contains(first)
    {
      return "in the " + part
    }
    if let last = words.last, streets.contains(last) { return "on " + part }
    // "shop" reads "at the shop", but "home", "church" and "Tesco" need no "the".
    if words.count == 1, part.first?.isLowercase == true, !placesWithoutThe.contains(first),
      !prepositions.contains(first)
    {
      return "at the " + part
    }
    return "at " + part
  }

  static let rooms: Set<String> = [
    "room", "kitchen", "garden", "park", "lounge", "bedroom", "bathroom", "yard", "gym",
    "hall", "conservatory",
  ]
  static let streets: Set<String> = ["road", "street", "lane", "avenue", "close", "estate"]

  static let prepositions: Set<String> = [
    "at", "in", "on", "by", "near", "round", "around", "outside", "inside", "to", "from", "up",
    "down", "over", "under", "behind", "along", "with", "through", "across", "into", "within",
    "between", "wherever", "anywhere", "somewhere", "everywhere", "there", "here", "indoors",
    "outdoors", "upstairs", "downstairs", "out",
  ]
}

extension Display {
  /// "Thursday 10 December": a day in the current year, without the year.
  static func dayInYear(_ day: Day) -> String {
    "\(weekdayNames[day.weekday - 1]) \(day.day) \(monthNames[day.month - 1])"
  }
}
