extension ActWords {
  static let sectionKeys = [
    "spellings", "fillers", "clarify", "correct", "change", "keep", "dont-know", "skip",
    "rather-not-say", "yes", "no", "end-list", "step-parts",
  ]
  static let clarifyKeys = ["whole", "openings", "about-me", "why"]
  static let correctKeys = ["leads", "openings", "after-lead"]
  static let changeKeys = ["phrases", "go-back", "pointers"]

  /// Reads the lexicon's `acts:` section; problems go to the value's reader, with file, line
  /// and column, like every other part of the file.
  static func read(_ value: YAMLValue) -> ActWords {
    var words = ActWords()
    guard let map = value.mapping("the acts section", allowed: sectionKeys) else { return words }
    if let spellings = map["spellings"]?.entries("a mapping of spellings") {
      for entry in spellings {
        guard let meant = entry.value.nonEmptyString("the word meant") else { continue }
        let from = ActWords.words(of: entry.key).map(\.word)
        let to = ActWords.words(of: meant).map(\.word)
        if from.count != 1 || to.isEmpty {
          entry.value.report("a spelling must be one word, put right as one or more words")
          continue
        }
        words.spellings[from[0]] = to
      }
    }
    words.fillers = Set(phrases(map["fillers"], what: "a filler word", into: words).map(\.[0]))
    if let clarify = map["clarify"]?.mapping("the clarify acts", allowed: clarifyKeys) {
      words.clarifyWhole = Set(phrases(clarify["whole"], what: "a whole line", into: words))
      words.clarifyOpenings = phrases(clarify["openings"], what: "an opening", into: words)
      words.aboutMe = Set(phrases(clarify["about-me"], what: "a word", into: words).joined())
      words.clarifyWhy = Set(phrases(clarify["why"], what: "a whole line", into: words))
    }
    if let correct = map["correct"]?.mapping("the correct acts", allowed: correctKeys) {
      words.correctLeads = Set(phrases(correct["leads"], what: "a word", into: words).joined())
      words.correctOpenings = phrases(correct["openings"], what: "an opening", into: words)
      words.correctAfterLead = phrases(correct["after-lead"], what: "an opening", into: words)
    }
    if let change = map["change"]?.mapping("the change acts", allowed: changeKeys) {
      words.changePhrases = phrases(change["phrases"], what: "a phrase", into: words)
      words.goBackPhrases = phrases(change["go-back"], what: "a phrase", into: words)
      words.changePointers = phrases(change["pointers"], what: "a pointer", into: words)
    }
    words.keep = Set(phrases(map["keep"], what: "a whole line", into: words))
    words.endList = Set(phrases(map["end-list"], what: "a whole line", into: words))
    for (key, reason) in [
      ("dont-know", SkipReason.dontKnow), ("skip", .skipped), ("rather-not-say", .ratherNotSay),
    ] {
      words.skips[reason] = Set(phrases(map[key], what: "a whole line", into: words))
    }
    words.yes = phrases(map["yes"], what: "an opening", into: words)
    words.no = phrases(map["no"], what: "an opening", into: words)
    if let value = map["step-parts"],
      let parts = value.mapping(
        "the step-parts lists", allowed: StepPartPhrases.keys.map(\.key) + ["owners"])
    {
      words.stepParts = readStepParts(parts, at: value, into: words)
    }
    return words
  }

  /// Reads `step-parts:`: the phrases that say a part of a step inside the step's own words.
  /// Each list must be there and hold at least one phrase, or no part is looked for.
  static func readStepParts(_ map: YAMLMapping, at value: YAMLValue, into words: ActWords)
    -> StepPartPhrases
  {
    var parts = StepPartPhrases()
    var missing: [String] = []
    for (key, path) in StepPartPhrases.keys {
      let found = phrases(map[key], what: "a phrase", into: words)
      if found.isEmpty, key != "time-phrases" { missing.append(key) }
      parts[keyPath: path] = found
    }
    parts.owners = Set(phrases(map["owners"], what: "a word", into: words).joined())
    if !missing.isEmpty {
      value.report(
        "step-parts needs each of its lists, with at least one phrase; missing: "
          + missing.joined(separator: ", "))
      return StepPartPhrases()
    }
    return parts
  }

  /// The phrases of one list, as compared, each checked to hold at least one word; the same
  /// phrase twice is a warning.
  private static func phrases(_ value: YAMLValue?, what: String, into words: ActWords)
    -> [[String]]
  {
    guard let value, let items = value.list("a list of \(what)s") else { return [] }
    var seen: Set<[String]> = []
    var result: [[String]] = []
    for item in items {
      guard let text = item.nonEmptyString(what) else { continue }
      let phrase = words.normalised(ActWords.words(of: text).map(\.word))
      if phrase.isEmpty {
        item.report("'\(text)' has no words to match")
      } else if !seen.insert(phrase).inserted {
        item.warn("'\(text)' is listed twice")
      } else {
        result.append(phrase)
      }
    }
    return result
  }
}
