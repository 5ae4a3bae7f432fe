import Foundation

/// How plainly a line states a crisis, which decides what is shown first.
public enum SafetyTier: String, Hashable, Sendable {
  /// A clear statement of an emergency or crisis: the notice is shown at once.
  case clear
  /// Words that could be a crisis or an everyday thing (an overdose word without taking, a
  /// symptom in a past or everyday frame): the category's check question is asked first.
  case check
}

/// A category found in one line, with the person's words that set it off.
public struct SafetyMatch: Hashable, Sendable {
  public var category: SafetyCategory
  public var matched: [String]
  /// Where `matched` is in the line, in characters.
  public var span: Range<Int>
  /// Whether every place the category was found is denied by a "not" of its own ("I'm not
  /// suicidal", "I would never hurt myself"): the numbers are still shown, in gentler words.
  public var denied: Bool
  public var tier: SafetyTier
  /// Whether the scored reader found it, not a pattern or concept: always a check question.
  public var byReader: Bool

  public init(
    category: SafetyCategory, matched: [String], span: Range<Int>, denied: Bool = false,
    tier: SafetyTier = .clear, byReader: Bool = false
  ) {
    self.category = category
    self.matched = matched
    self.span = span
    self.denied = denied
    self.tier = tier
    self.byReader = byReader
  }
}

/// Watches every line for the situations in Prompts/safety.yaml.
///
/// Every category's patterns are compiled once into one trie over word stems, group ids and
/// gaps, and a line is walked once, word by word, keeping the trie nodes still alive; so the
/// cost of a line depends on the line, not on how many patterns there are. Unlike a script's
/// rules, a safety pattern may match anywhere in the line, and a `*` stands for a short gap of
/// one to `maximumGap` words, so "tight * chest" finds "a tight band round my chest" without
/// joining words from far apart. Literal words forgive typos in the same way as the lexicon
/// ("sucidal", "overdoes").
///
/// Everyday phrases ("this weather is killing me", "the chest freezer broke") are found first
/// with their own trie, and their words are taken out of the line before the categories are
/// looked for: so an idiom never sets off an alarm, while a real sign in the same line still
/// does. A pattern may still name an idiom's words itself ("{chest} is killing me"), when the
/// words before the idiom make it a sign; then it matches only if it takes in the whole idiom,
/// so "I wish I was dead tired" is not "wish I was dead".
///
/// Words of three or four letters are too short for the typo allowance, since a slip there
/// usually makes another real word. Within a pattern of several words, though, one such word
/// may miss a letter ("kil myself", "hart attack") when every other word of the pattern is
/// exactly as written; and the file's sound-alikes are read as one another ("want too die").
///
/// Each category's `patterns` are clear statements, which show the notice at once; its
/// `askFirst` patterns are words that could be everyday ones, which ask the check question
/// first. The words around a match can change its tier (`Frames`): "years ago", "I worry
/// about", "now and then" turn a clear statement into a check question, and let ask-first
/// words go (see `framedTier`). Ask-first words still standing after their frames become a
/// clear statement with the category's `clearWith` words in the line ("it won't stop", "on
/// purpose"), or with a second ask-first sign of the same category apart from the first.
///
/// Under the patterns lies the concept net: each category's core concepts (a breath, the chest,
/// a collapse, the end of life), each one word family in the spellings people type. Patterns
/// fitted to one set of wordings missed about one line in five of the next set; what those
/// wordings share is the concept. A concept standing after its frames asks the check question
/// where no pattern was found, and is clear with the category's `clearWith` words, like
/// ask-first words; it never makes a second ask-first sign. The check tier is broad and the
/// notice tier stays precise: a check question on an everyday line costs one short "no".
///
/// Negation is deliberately ignored: "I'm not suicidal, but..." still gets the numbers,
/// because a missed crisis costs far more than an unneeded phone number. Only the wording is
/// gentler, and only when the "not" denies the crisis words themselves.
public final class SafetyNet: Sendable {
  public let rules: SafetyRules
  /// The scored reader under the patterns and concepts, which only ever asks a check question
  /// (see `readerMatches`); nil runs the patterns alone.
  public let reader: SafetyReader?
  /// The most words one `*` may stand for.
  static let maximumGap = 4
  /// Categories whose notice stands even when a "not" denies the words: "I'm not suicidal,
  /// but..." still gets the numbers. For the rest, a denial asks the check question first.
  static let noticeEvenDenied: Set<String> = [
    "suicidal-thoughts", "self-harm-overdose", "harm-to-others", "abuse-unsafe-home",
  ]

  /// The compiled patterns, built at the first line checked: start-up only needs the rules
  /// read and checked, and the first prompt is shown before anyone has typed.
  private let compiled: OnDemand<Compiled>
  private let cache = CorrectionCache()

  /// Every pattern and group compiled, and the words they use for typo correction.
  private struct Compiled: Sendable {
    let categories: PhraseAutomaton
    let everyday: PhraseAutomaton
    let groups: GroupTrie
    let fuzzy: FuzzyIndex
    let knownStems: Set<String>
    /// For each category, the kinds of frame that leave its words as they are.
    let ignoredFrames: [Set<Frames.Kind>]
    /// For each sound-alike, the stems of the words it is read as.
    let soundAlikes: [String: [String]]
    /// A word of three or four letters to the stems of the patterns' own words of four or five
    /// letters it is with one letter left out ("kil" to "kill").
    let missingLetter: [String: [String]]

    init(rules: SafetyRules) {
      var words: Set<String> = []
      var patterns: [(Int, String)] = []
      var concepts: [(Int, String)] = []
      for (index, category) in rules.categories.enumerated() {
        // By fours: a clear statement, words that ask first, words that make those clear, and
        // the category's core concepts. A category with no check question has nothing to ask
        // about a concept.
        let owner = index * Owner.kinds
        patterns += category.patterns.map { (owner + Owner.clear, $0) }
        patterns += category.askFirst.map { (owner + Owner.askFirst, $0) }
        patterns += category.clearWith.map { (owner + Owner.clearWith, $0) }
        if category.check != nil {
          concepts += category.concepts.map { (owner + Owner.concept, $0) }
        }
      }
      var categories = PhraseAutomaton(patterns: patterns, words: &words)
      // The concepts' own misspellings ("chesst", "colapsed") are matched as written, but are
      // neither known words nor words to correct to: a known word is never read as a typo, and
      // "crushing pain in my chesst" must still be read as the clear pattern's "chest".
      var conceptWords: Set<String> = []
      categories.add(concepts, words: &conceptWords)
      self.categories = categories
      self.missingLetter = Self.missingLetterIndex(words, ordinary: rules.ordinaryWords)
      self.ignoredFrames = rules.categories.map {
        Set($0.ignoredFrames.compactMap(Frames.Kind.init(rawValue:)))
      }
      self.everyday = PhraseAutomaton(
        patterns: rules.everyday.map { (0, $0) }, words: &words)
      self.groups = GroupTrie(groups: rules.groups, words: &words)
      self.knownStems = Set(words.map(Stemmer.stem))
      self.fuzzy = FuzzyIndex(words: words, ordinaryWords: rules.ordinaryWords)
      var alikes: [String: [String]] = [:]
      for set in rules.soundAlikes {
        for word in set {
          for other in set where other != word {
            let stem = Stemmer.stem(other)
            if alikes[word]?.contains(stem) != true { alikes[word, default: []].append(stem) }
          }
        }
      }
      self.soundAlikes = alikes
    }

    /// Each form of each pattern word of four or five letters, filed under every string left
    /// by deleting one of its letters but the first. Only a missing letter counts: a changed
    /// or an added one turns "dig" into "die" and "diet" into "die". The index is small, so a
    /// short word never builds the spelling table for this.
    static func missingLetterIndex(_ words: Set<String>, ordinary: Set<String>) -> [String:
      [String]]
    {
      var index: [String: [String]] = [:]
      for word in words where word.utf8.allSatisfy({ (0x61...0x7A).contains($0) }) {
        let stem = Stemmer.stem(word)
        for form in FuzzyIndex.inflections(of: word) where (4...5).contains(form.utf8.count) {
          let letters = Array(form)
          for dropped in 1..<letters.count {
            var short = letters
            short.remove(at: dropped)
            let key = String(short)
            guard !ordinary.contains(key), index[key]?.contains(stem) != true else { continue }
            index[key, default: []].append(stem)
          }
        }
      }
      return index
    }
  }

  /// What a compiled pattern says, by its owner number: a category's index times `kinds`
  /// plus one of these.
  enum Owner {
    static let kinds = 4
    /// A clear statement: the notice at once.
    static let clear = 0
    /// Words that could be everyday ones: the check question first.
    static let askFirst = 1
    /// Words that make ask-first words and concepts in the line a clear statement.
    static let clearWith = 2
    /// A core concept of the category: the check question first.
    static let concept = 3
  }

  public static let empty = SafetyNet(rules: .empty)

  public init(rules: SafetyRules, reader: SafetyReader? = nil) {
    self.rules = rules
    self.reader = reader
    self.compiled = OnDemand { Compiled(rules: rules) }
  }

  /// Compiles the patterns and builds the spelling index now, instead of at the first line.
  public func prepare() {
    compiled.value.fuzzy.prepare()
  }

  /// For each category, the kinds of frame that leave its words as they are.
  var compiledIgnoredFrames: [Set<Frames.Kind>] { compiled.value.ignoredFrames }

  /// Whether the patterns have been compiled yet.
  var isCompiled: Bool { compiled.isMade }

  /// Forgets the spelling corrections worked out for the words of the lines checked so far:
  /// they are the person's own words. The compiled patterns hold only the rules and stay.
  public func forgetWhatWasTyped() { cache.removeAll() }

  /// How many typed words have their corrections remembered.
  var wordsRemembered: Int { cache.count }

  public var isEmpty: Bool { rules.categories.isEmpty }

  /// The pattern with each `{group}` replaced by a space: its literal words only.
  static func withoutGroups(_ pattern: String) -> String {
    var result = ""
    var rest = Substring(pattern)
    while let open = rest.firstIndex(of: "{"),
      let close = rest[open...].firstIndex(of: "}")
    {
      result += rest[..<open]
      result += " "
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  /// Whether two of the ranges do not overlap.
  static func apart(_ ranges: [Range<Int>]) -> Bool {
    guard let first = ranges.min(by: { $0.upperBound < $1.upperBound }) else { return false }
    return ranges.contains { $0.lowerBound >= first.upperBound }
  }

  /// The categories the text sets off, most serious first, then in file order.
  public func check(_ text: String) -> [SafetyMatch] {
    guard !isEmpty else { return [] }
    let tokens = Tokenizer.tokens(of: text)
    guard !tokens.isEmpty else { return [] }
    let found = patternMatches(text, tokens: tokens)
    return found + readerMatches(text, tokens: tokens, besides: found)
  }

  /// The categories the patterns and concepts find, most serious first, then in file order.
  func patternMatches(_ text: String, tokens: [Token]) -> [SafetyMatch] {
    let compiled = self.compiled.value
    let (categories, everyday, groups) = (compiled.categories, compiled.everyday, compiled.groups)
    var readings = tokens.map { token -> [Reading] in
      var exact = [Reading(token.stem, .exact)]
      for stem in compiled.soundAlikes[token.word] ?? [] where stem != token.stem {
        exact.append(Reading(stem, .exact))
      }
      if compiled.knownStems.contains(token.stem) { return exact }
      let typos = cache.value(for: token.word) { compiled.fuzzy.corrections(of: $0) }
      let short = typos.isEmpty ? compiled.missingLetter[token.word] ?? [] : []
      return exact + typos.map { Reading($0, .typo) } + short.map { Reading($0, .missingLetter) }
    }
    var idioms: [Range<Int>] = []
    // A short word missing a letter never makes an idiom: that could hide a sign.
    let plain = readings.map { $0.filter { $0.kind != .missingLetter } }
    for (_, range, _) in everyday.run(readings: plain, spans: groups.spans(plain)) {
      idioms.append(range)
    }
    // An idiom's words are read only as they are written, and only by a pattern's own words.
    for index in Set(idioms.flatMap { $0 }) {
      readings[index] = [Reading(tokens[index].stem, .idiom)]
    }
    var found: [Int: [Range<Int>]] = [:]
    for (owner, range, usedIdiom) in categories.run(
      readings: readings, spans: groups.spans(readings))
    {
      // Taking in the whole idiom and more: the idiom alone ("keep fit") is not "keeps fitting".
      if usedIdiom,
        idioms.contains(where: { idiom in
          idiom.overlaps(range)
            && !(range.lowerBound <= idiom.lowerBound && idiom.upperBound <= range.upperBound
              && range.count > idiom.count)
        })
      {
        continue
      }
      found[owner, default: []].append(range)
    }
    guard !found.isEmpty else { return [] }
    let characters = Array(text)
    let frames = Frames.find(in: tokens)
    let clauses = Self.frameClauses(of: tokens)
    // Each place read in its frame: kept as it is, asked about first, or let go. A category
    // with no check question (a question for the appointment) has nothing to ask first, and is
    // not framed.
    // Keyed by category index times two: even for a clear statement, odd for a check question.
    var framed: [Int: [Range<Int>]] = [:]
    var madeClear: Set<Int> = []
    // Concepts still standing after their frames, by category index.
    var concepts: [Int: [Range<Int>]] = [:]
    for (owner, ranges) in found {
      let (index, kind) = owner.quotientAndRemainder(dividingBy: Owner.kinds)
      if kind == Owner.clearWith {
        madeClear.insert(index)
        continue
      }
      let category = rules.categories[index]
      guard category.check != nil else {
        framed[index * 2 + (kind == Owner.clear ? 0 : 1), default: []].append(contentsOf: ranges)
        continue
      }
      let ignored = compiled.ignoredFrames[index]
      for range in ranges {
        guard
          let tier = Self.framedTier(
            kind == Owner.clear ? .clear : .check, range: range, frames: frames,
            clauses: clauses, ignoring: ignored)
        else { continue }
        if kind == Owner.concept {
          concepts[index, default: []].append(range)
        } else {
          framed[index * 2 + (tier == .clear ? 0 : 1), default: []].append(range)
        }
      }
    }
    // Words that ask first, still standing after their frames, with words that say the sign
    // is going on now ("it won't stop"): a clear statement.
    // So do two signs of one category that do not overlap ("I've given the dog away and paid
    // for my funeral"): each could be everyday, both together are not.
    for (key, ranges) in framed where key % 2 == 1 && Self.apart(ranges) {
      madeClear.insert(key / 2)
    }
    for index in madeClear where framed[index * 2] == nil {
      if let asked = framed.removeValue(forKey: index * 2 + 1) { framed[index * 2] = asked }
    }
    // A concept asks first where no pattern of its category was found. With the category's
    // words of a sign going on now, more than the concept's own words ("confused" is not
    // both, "is slurring" is), it is clear like ask-first words. Beside another category's emergency notice a
    // concept asks nothing: "he collapsed and isn't breathing" is answered by that notice,
    // and a second category there would only add a flag to the plan. Beside an urgent one it
    // still counts: "a sudden headache and my face feels weird" needs 999, not only 111.
    let noticeShown = framed.keys.contains { key in
      key % 2 == 0 && rules.categories[key / 2].level == .emergency
    }
    for (index, ranges) in concepts
    where framed[index * 2] == nil && framed[index * 2 + 1] == nil {
      let now = found[index * Owner.kinds + Owner.clearWith] ?? []
      let isClear = now.contains { sign in
        !ranges.contains { $0.lowerBound <= sign.lowerBound && sign.upperBound <= $0.upperBound }
      }
      guard isClear || !noticeShown else { continue }
      framed[index * 2 + (isClear ? 0 : 1)] = ranges
    }
    // A category found both ways is a clear statement, and its clear words are the ones shown.
    let byCategory = Dictionary(grouping: framed.keys) { $0 / 2 }
    return byCategory.keys.sorted().map { index in
      let clear = framed[index * 2] ?? []
      let ranges = clear.isEmpty ? framed[index * 2 + 1] ?? [] : clear
      let range = ranges.min { $0.count < $1.count }!
      let lower = tokens[range.lowerBound].span.lowerBound
      let upper = max(lower, tokens[range.upperBound - 1].span.upperBound)
      let clamped = min(lower, characters.count)..<min(upper, characters.count)
      let denied = ranges.allSatisfy { Self.isDenied($0, in: tokens) }
      // "I'm not having a stroke": a body's emergency denied in so many words is asked about
      // first. Thoughts of dying, harm and an unsafe home keep their notice (see above).
      let askFirst =
        clear.isEmpty || (denied && !Self.noticeEvenDenied.contains(rules.categories[index].id))
      return SafetyMatch(
        category: rules.categories[index], matched: [String(characters[clamped])],
        span: clamped, denied: denied, tier: askFirst ? .check : .clear)
    }.sorted { $0.category.level < $1.category.level }
  }
}
