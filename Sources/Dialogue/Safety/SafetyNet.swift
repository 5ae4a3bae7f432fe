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

  public init(
    category: SafetyCategory, matched: [String], span: Range<Int>, denied: Bool = false,
    tier: SafetyTier = .clear
  ) {
    self.category = category
    self.matched = matched
    self.span = span
    self.denied = denied
    self.tier = tier
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
/// Negation is deliberately ignored: "I'm not suicidal, but..." still gets the numbers,
/// because a missed crisis costs far more than an unneeded phone number. Only the wording is
/// gentler, and only when the "not" denies the crisis words themselves.
public final class SafetyNet: Sendable {
  public let rules: SafetyRules
  /// The most words one `*` may stand for.
  static let maximumGap = 4

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
      self.categories = PhraseAutomaton(
        patterns: rules.categories.enumerated().flatMap { index, category in
          // By threes: a clear statement, words that ask first, words that make those clear.
          category.patterns.map { (index * 3, $0) } + category.askFirst.map { (index * 3 + 1, $0) }
            + category.clearWith.map { (index * 3 + 2, $0) }
        }, words: &words)
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

  public static let empty = SafetyNet(rules: .empty)

  public init(rules: SafetyRules) {
    self.rules = rules
    self.compiled = OnDemand { Compiled(rules: rules) }
  }

  /// Compiles the patterns and builds the spelling index now, instead of at the first line.
  public func prepare() {
    compiled.value.fuzzy.prepare()
  }

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
    for (category, range, usedIdiom) in categories.run(
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
      found[category, default: []].append(range)
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
    for (owner, ranges) in found {
      let index = owner / 3
      if owner % 3 == 2 {
        madeClear.insert(index)
        continue
      }
      let category = rules.categories[index]
      guard category.check != nil else {
        framed[index * 2 + owner % 3, default: []].append(contentsOf: ranges)
        continue
      }
      let ignored = compiled.ignoredFrames[index]
      for range in ranges {
        guard
          let tier = Self.framedTier(
            owner % 3 == 0 ? .clear : .check, range: range, frames: frames, clauses: clauses,
            ignoring: ignored)
        else { continue }
        framed[index * 2 + (tier == .clear ? 0 : 1), default: []].append(range)
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
    // A category found both ways is a clear statement, and its clear words are the ones shown.
    let byCategory = Dictionary(grouping: framed.keys) { $0 / 2 }
    return byCategory.keys.sorted().map { index in
      let clear = framed[index * 2] ?? []
      let ranges = clear.isEmpty ? framed[index * 2 + 1] ?? [] : clear
      let range = ranges.min { $0.count < $1.count }!
      let lower = tokens[range.lowerBound].span.lowerBound
      let upper = max(lower, tokens[range.upperBound - 1].span.upperBound)
      let clamped = min(lower, characters.count)..<min(upper, characters.count)
      return SafetyMatch(
        category: rules.categories[index], matched: [String(characters[clamped])],
        span: clamped, denied: ranges.allSatisfy { Self.isDenied($0, in: tokens) },
        tier: clear.isEmpty ? .check : .clear)
    }.sorted { $0.category.level < $1.category.level }
  }
}
