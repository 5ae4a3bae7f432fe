import Foundation

/// Reads one line as an answer to one question, by the question's kind.
///
/// It only interprets; it never decides what happens next. A nil value means "could not read
/// it", with a detail for the reprompt; it never guesses.
struct AnswerInterpreter {
  enum Reading: Equatable {
    case value(AnswerValue)
    case unreadable(detail: String?)
    /// Words about the scale that no point on it fits exactly, such as "not very sure" or
    /// "fairly sure" when the points are "not at all sure", "somewhat sure" and "very sure".
    /// The person has answered, so the kind reply is to ask which point is nearest, not to
    /// guess a number for them and not to treat it as "don't know".
    case nearScale
    /// A point on the scale read from everyday words ("a bit", "in the middle"), or picked by
    /// where it sits among the labels ("the middle one"): said back to the person to check.
    case guessedPoint(Int)
  }

  let question: Question
  let today: Day
  /// Reads yes and no with the lexicon's own words too ("spose so", "no ta").
  var acts = DialogueActReader(words: .empty)

  func read(_ line: String) -> Reading {
    switch question.kind {
    case .text:
      // "Jean. Im 66 and live on my own", "its maureen, im 71": the name is the first
      // sentence, up to a comma; the whole line is kept as typed beside it.
      if question.plan == .goalSupport, let nobody = Self.noHelper(in: line) {
        return .value(.text(nobody))
      }
      let said =
        question.plan == .preferredName ? Self.firstClause(line, stripping: question.strip) : line
      let base = AnswerInterpreter.stripping(question.strip, from: said)
      let again = AnswerInterpreter.stripping(AnswerInterpreter.saidAlready, from: base)
      // Only words saying it again are taken off; otherwise the answer stays exactly as typed.
      let kept = AnswerReading.plainWords(again) == AnswerReading.plainWords(base) ? base : again
      if kept.isEmpty { return .unreadable(detail: nil) }
      return .value(.text(question.plan == .preferredName ? Self.nameAsWritten(kept) : kept))
    case .yesNo:
      return acts.yesNo(line).map { .value(.yesNo($0)) } ?? .unreadable(detail: nil)
    case .choice:
      return choice(for: line).map { .value(.choice($0)) } ?? .unreadable(detail: nil)
    case .multi:
      return readMulti(line)
    case .scale:
      return readScale(line)
    case .number:
      return readNumber(line)
    case .date:
      return readDate(line)
    case .list:
      let items = AnswerReading.listItems(line)
      return items.isEmpty ? .unreadable(detail: nil) : .value(.list(items))
    }
  }

  /// A name typed all in small letters ("maureen", "mary-jane") is written as a name is, each
  /// part with a capital. A name with any capital ("McDonald", "de Souza") is the person's own
  /// way of writing it, and is kept exactly as typed.
  static func nameAsWritten(_ name: String) -> String {
    guard !name.contains(where: \.isUppercase) else { return name }
    var written = ""
    var startsAPart = true
    for character in name {
      written += startsAPart ? character.uppercased() : String(character)
      startsAPart = character == " " || character == "-"
    }
    return written
  }

  /// "nah", "nobody really, I can do this myself": to who will help, no one, said as the
  /// plan says it ("nobody really"; a bare "nah" is "no one"). The line is kept as typed beside
  /// the answer, remark and all. Nil when the line names a helper.
  static func noHelper(in line: String) -> String? {
    let said = AnswerReading.plainWords(firstClause(line)).joined(separator: " ")
    if justNo.contains(said) { return "no one" }
    return nobody.contains(said) ? said : nil
  }

  static let justNo: Set<String> = [
    "no", "nah", "nope", "not really", "no not really", "nah not really",
  ]

  static let nobody: Set<String> = [
    "no one", "noone", "nobody", "no body", "none", "nobody really", "no one really",
    "not anyone", "nobody yet", "no one yet", "nobody at the moment", "no one at the moment",
  ]

  /// The first sentence of `line`, up to a comma.
  static func firstClause(_ line: String, stripping phrases: [String] = []) -> String {
    let sentence = AnswerReading.firstSentence(line)
    // "Hi, I am Dev": a piece that is all greeting is passed over.
    let pieces = sentence.split(separator: ",", omittingEmptySubsequences: true).map(String.init)
    return pieces.first { !stripping(phrases, from: $0).isEmpty } ?? sentence
  }

  /// Words compared without case, surrounding punctuation or doubled spaces.
  static func normalise(_ text: String) -> String {
    let lowered = text.lowercased()
    let kept = lowered.unicodeScalars.map {
      CharacterSet.alphanumerics.contains($0) || $0 == "'" ? Character($0) : " "
    }
    return String(kept).split(separator: " ").joined(separator: " ")
  }

  /// A choice by its number, its words, a synonym, or a near spelling of one of those.
  /// `opening`: a line with the words of several choices is the one it opens with; a line
  /// that may pick several (`readMulti`) is read piece by piece instead.
  func choice(for line: String, opening: Bool = true) -> String? {
    let text = AnswerInterpreter.normalise(line)
    guard !text.isEmpty else { return nil }
    if let index = Self.choiceNumber(in: line, count: question.choices.count) {
      return question.choices[index - 1].id
    }
    if let marked = ChoiceOpening.markedNumber(line, count: question.choices.count) {
      return question.choices[marked.index - 1].id
    }
    func names(_ choice: Choice) -> [String] {
      ([choice.text, choice.id.replacingOccurrences(of: "-", with: " ")] + choice.synonyms)
        .map(AnswerInterpreter.normalise)
    }
    if let exact = question.choices.first(where: { names($0).contains(text) }) {
      return exact.id
    }
    // "the last one", "the second": by where it sits in the numbered list shown.
    if let picked = PositionalChoice.positions(line, count: question.choices.count),
      picked.count == 1
    {
      return question.choices[picked[0]].id
    }
    // "agreed but make it 10 minutes": the choice that builds on it, with the change.
    if opening, let changed = ChoiceOpening.withAChange(line, among: question.choices) {
      return changed.id
    }
    let padded = " \(text) "
    let containing = question.choices.filter { choice in
      names(choice).contains { !$0.isEmpty && padded.contains(" \($0) ") }
    }
    if containing.count == 1 { return containing[0].id }
    // Words of two choices: the one said first, when the line opens with one ("not agreed
    // now, we'll look again"); the words after it are kept with the answer as typed.
    if containing.count > 1 {
      guard opening, let first = ChoiceOpening.read(line, among: question.choices)?.id else {
        return nil
      }
      // "agree but we changed it": the words after qualify the opening choice into another.
      return ChoiceOpening.qualified(line, opening: first, among: containing)?.id ?? first
    }
    let near = question.choices.filter { choice in
      names(choice).contains { name in
        let limit = max(1, name.count / 5)
        return Suggestion.editDistance(text, name, limit: limit) <= limit
      }
    }
    return near.count == 1 ? near[0].id : nil
  }

  /// The number of a choice when the line is one ("2", "number two", "the 3rd"): a whole
  /// number from 1 to `count` in at most three words. It comes before any choice's words.
  static func choiceNumber(in line: String, count: Int) -> Int? {
    // Only a number and words that take no part ("number 2", "2 please"): "2 tablets" is not.
    let words = AnswerReading.plainWords(line).filter { !PositionalChoice.filler.contains($0) }
    guard count > 0, words.count <= 1,
      let number = AnswerReading.number(line), number == number.rounded(),
      let index = Int(exactly: number), (1...count).contains(index)
    else { return nil }
    return index
  }

  /// Ways of choosing none of the choices; "none" is an answer, not a failure to read one.
  static let noneOfThem: Set<String> = [
    "none", "none of them", "none of these", "none of those", "nothing", "no", "neither",
  ]

  /// Hedges and thanks around a pick that do not change it ("1 and 3 i think", "2 ta").
  static let hedges = [
    "i think", "i guess", "i suppose", "think", "maybe", "probably", "please", "pls", "ta",
    "thanks", "thank you", "cheers", "i reckon", "reckon", "now", "i spose", "spose",
    "i spose so", "spose so", "i suppose so", "suppose", "i guess so", "guess so",
    // Asking for them: "can i have 1 and 3", "id like the first two".
    "can i have", "could i have", "can i get", "i'll have", "ill have", "i'll take", "ill take",
    "i want", "i'd like", "id like", "i would like", "give me", "gimme",
  ]

  func readMulti(_ typed: String) -> Reading {
    let stripped = AnswerInterpreter.stripping(Self.hedges, from: typed)
    let line = stripped.isEmpty ? typed : stripped
    if AnswerInterpreter.noneOfThem.contains(AnswerInterpreter.normalise(line)) {
      return .value(.choices([]))
    }
    // One choice's own words first, as they may hold "and" ("the pros and cons").
    if let id = choice(for: line, opening: false),
      PositionalChoice.positions(line, count: question.choices.count) == nil
    {
      return .value(.choices([id]))
    }
    // "all three", "both", "the first two", "1 to 3", "not the second".
    if let picked = PositionalChoice.positions(line, count: question.choices.count) {
      return .value(.choices(picked.map { question.choices[$0].id }))
    }
    // "1 an 2", "1 n 3", "1 & 2": numbers joined by everyday ways of saying "and".
    if let numbers = Self.numberedPicks(line, count: question.choices.count) {
      return .value(.choices(numbers.map { question.choices[$0 - 1].id }))
    }
    var pieces = AnswerInterpreter.choicePieces(line)
    // "1 3 4" and "1,3" are lists of numbers too.
    pieces = pieces.flatMap { piece -> [String] in
      let parts = piece.split(whereSeparator: { $0 == " " || $0 == "," })
      return parts.count > 1 && parts.allSatisfy({ Int($0) != nil })
        ? parts.map(String.init) : [piece]
    }
    var chosen: [String] = []
    for piece in pieces {
      guard let id = choice(for: piece) else { return .unreadable(detail: piece) }
      if !chosen.contains(id) { chosen.append(id) }
    }
    if chosen.isEmpty { return .unreadable(detail: nil) }
    let order = question.choices.map(\.id)
    return .value(.choices(chosen.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }))
  }

  /// The choice numbers of a line that is only numbers and words joining them ("1 an 2", "1
  /// n 3", "2 plus 3"), in order and each once; nil when any other word is there, or a
  /// number is not a choice.
  static func numberedPicks(_ line: String, count: Int) -> [Int]? {
    let joining: Set<String> = ["and", "an", "n", "nd", "plus", "also", "both"]
    let words = AnswerReading.plainWords(line).filter { !joining.contains($0) }
    guard words.count > 1 else { return nil }
    var picks: [Int] = []
    for word in words {
      guard let number = Int(word), (1...max(count, 1)).contains(number) else { return nil }
      if !picks.contains(number) { picks.append(number) }
    }
    return picks.sorted()
  }

  /// "in 2 weeks", "in a cupla weeks": words that say when, given where a point on a scale
  /// was asked. A number with a time after it, or a day with no number at all, is a time;
  /// "7, most days" is still a 7.
  static func saysATime(_ line: String, today: Day) -> Bool {
    let words = AnswerReading.plainWords(line).map(AnswerReading.meantWord)
    let units: Set<String> = [
      "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year",
      "years",
    ]
    for (index, word) in words.enumerated().dropLast() where units.contains(words[index + 1]) {
      if word.first?.isNumber == true || ["couple", "few"].contains(word)
        || AnswerReading.number(word) != nil
      {
        return true
      }
    }
    return AnswerReading.number(line) == nil && AnswerReading.date(line, today: today) != nil
  }

  /// A point on the scale, read in this order (docs/writing-scripts.md, "Scale labels"):
  ///
  /// 1. a number in range: "7", "about 6", "7 out of 10";
  /// 2. the words of a label, unless a negation before them in the same clause turns them
  ///    round: "very sure" is 10, but "not very sure" is not; "not at all sure" is 0, because
  ///    the negation is the label's own. Labels that overlap ("sure", "very sure") count the
  ///    longest. Two labels for different points ("very sure, well somewhat") are not read;
  /// 3. a label's own words without the words all labels share: "somewhat" is 5, "very" 10;
  /// 4. any other answer that uses the labels' shared words ("not sure", "unsure", "quite
  ///    sure", "not that sure") is `nearScale`: the engine asks which point is nearest.
  func readScale(_ line: String) -> Reading {
    // "the middle one", just after being offered 0, 5 or 10, is 5, not the "one" in it;
    // "the first two" or "all three" choose no single point.
    let points = question.scaleLabels.keys.sorted()
    if let picked = PositionalChoice.positions(line, count: max(points.count, 1), numbers: false) {
      guard picked.count == 1, !points.isEmpty else { return .unreadable(detail: nil) }
      return .guessedPoint(points[picked[0]])
    }
    if let value = AnswerReading.number(line), value == value.rounded(),
      question.scaleRange.contains(Int(value))
    {
      return .value(.number(value))
    }
    let words = AnswerReading.plainWords(line)
    let labels = question.scaleLabels.map {
      (point: $0.key, words: AnswerReading.plainWords($0.value))
    }
    .filter { !$0.words.isEmpty }
    .sorted { ($0.words.count, $1.point) > ($1.words.count, $0.point) }
    var covered = [Bool](repeating: false, count: words.count)
    var found: Set<Int> = []
    for label in labels {
      for start in AnswerInterpreter.occurrences(of: label.words, in: words)
      where !covered[start..<(start + label.words.count)].contains(true) {
        for index in start..<(start + label.words.count) { covered[index] = true }
        let ownNegation = Negation.degreeNegators.contains(label.words[0])
        if ownNegation || !AnswerInterpreter.negated(before: start, in: words) {
          found.insert(label.point)
        }
      }
    }
    if found.count == 1 { return .value(.number(Double(found.first!))) }
    if found.count > 1 { return .nearScale }
    // What every label says ("sure"), so "somewhat" alone can stand for "somewhat sure".
    let shared = labels.dropFirst().reduce(Set(labels.first?.words ?? [])) {
      $0.intersection($1.words)
    }
    if let point = ScaleWords.point(line, range: question.scaleRange) {
      return .guessedPoint(point)
    }
    guard !shared.isEmpty else { return .unreadable(detail: nil) }
    let meaningful = words.filter { !AnswerInterpreter.scaleFiller.contains($0) }
    let own = labels.filter { label in
      let distinct = label.words.filter { !shared.contains($0) }
      return !distinct.isEmpty && distinct == meaningful
    }
    if own.count == 1 { return .guessedPoint(own[0].point) }
    let mentionsScale = words.contains { word in
      shared.contains(word) || shared.contains { word == "un" + $0 }
    }
    return mentionsScale ? .nearScale : .unreadable(detail: nil)
  }

  /// The pieces of a multi-choice answer: split on commas, semicolons, new lines and "and",
  /// since each piece is then matched against the choices, not kept as words.
  static func choicePieces(_ line: String) -> [String] {
    line.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: "&", with: ",")
      .split { $0 == "," || $0 == ";" || $0 == "\n" }
      .map { $0.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) }
      .filter { !$0.isEmpty }
  }

  /// Words that start a new clause, out of reach of a negation before them.
  static let clauseBreaks: Set<String> = ["but", "though", "although", "yet", "however"]
  /// Words around a scale answer that do not change it: "I'm somewhat", "I'd say very".
  static let scaleFiller: Set<String> = [
    "i", "im", "am", "id", "say", "would", "feel", "its", "it", "is", "um", "erm", "er", "well",
    "maybe", "probably", "about", "around", "so", "ok", "okay", "oh", "hmm", "think", "guess",
  ]

  /// Whether a negation of a degree (`Negation.degreeNegators`) comes before the word at
  /// `start` in its clause.
  static func negated(before start: Int, in words: [String]) -> Bool {
    var index = start - 1
    while index >= 0, !clauseBreaks.contains(words[index]) {
      if Negation.degreeNegators.contains(words[index]) { return true }
      index -= 1
    }
    return false
  }

  /// Where `phrase` starts in `words`, word by word.
  static func occurrences(of phrase: [String], in words: [String]) -> [Int] {
    guard !phrase.isEmpty, words.count >= phrase.count else { return [] }
    return (0...(words.count - phrase.count)).filter {
      Array(words[$0..<($0 + phrase.count)]) == phrase
    }
  }

  /// The answer without the words a question's `strip` list takes off its start and end
  /// ("my name is", "please"), compared without case or apostrophes; the rest keeps the
  /// person's own capitals and spelling. Punctuation left at either end goes too.
  /// Words that only say the answer was given before ("i said every day", "like i said, ten
  /// minutes"): the answer is what follows them. The line is kept as typed beside it.
  static let saidAlready = [
    "i said", "like i said", "as i said", "i just said", "i already said", "i told you",
    "i told u", "like i told you", "like i told u",
  ]

  static func stripping(_ phrases: [String], from line: String) -> String {
    let trimSet = CharacterSet.whitespaces.union(.punctuationCharacters).subtracting(["'"])
    guard !phrases.isEmpty else { return line }
    let wanted = phrases.map(AnswerReading.plainWords).filter { !$0.isEmpty }
      .sorted { $0.count > $1.count }
    var tokens = line.split(whereSeparator: \.isWhitespace).map(String.init)
    // Each token's plain words, so a phrase is cut only at the person's own spaces.
    func plain(_ slice: ArraySlice<String>) -> [String] { slice.flatMap(AnswerReading.plainWords) }
    var changed = true
    while changed && !tokens.isEmpty {
      changed = false
      for phrase in wanted {
        if let count = (1...tokens.count).first(where: { plain(tokens.prefix($0)) == phrase }) {
          tokens.removeFirst(count)
          changed = true
          break
        }
        if let count = (1...tokens.count).first(where: { plain(tokens.suffix($0)) == phrase }) {
          tokens.removeLast(count)
          changed = true
          break
        }
      }
    }
    return tokens.joined(separator: " ").trimmingCharacters(in: trimSet)
  }

  func readNumber(_ line: String) -> Reading {
    guard let value = AnswerReading.number(line) else { return .unreadable(detail: nil) }
    let validation = question.validation
    if let low = validation.minimum, value < low {
      return .unreadable(
        detail: "That is less than \(Display.number(low)), the smallest I can take here.")
    }
    if let high = validation.maximum, value > high {
      return .unreadable(
        detail: "That is more than \(Display.number(high)), the largest I can take here.")
    }
    return .value(.number(value))
  }

  func readDate(_ line: String) -> Reading {
    guard let day = AnswerReading.date(line, today: today) else { return .unreadable(detail: nil) }
    if question.validation.futureDate && day < today {
      return .unreadable(detail: "That day has already gone. Please give a day from today on.")
    }
    return .value(.date(day))
  }
}

extension AnswerInterpreter {
  /// Whether the whole answer is one of a question's `decline` answers ("no thanks"), compared
  /// without case, punctuation or apostrophes, and allowing "sorry", "thanks" and the like.
  static func declines(_ line: String, in answers: [String]) -> Bool {
    guard !answers.isEmpty else { return false }
    func core(_ text: String) -> ArraySlice<String> {
      var words = AnswerReading.plainWords(text)[...]
      while let first = words.first, AnswerReading.skipFiller.contains(first), words.count > 1 {
        words = words.dropFirst()
      }
      while let last = words.last, AnswerReading.skipFiller.contains(last), words.count > 1 {
        words = words.dropLast()
      }
      return words
    }
    let said = core(line)
    return answers.contains { core($0) == said }
  }
}
