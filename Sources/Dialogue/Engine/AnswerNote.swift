import Foundation

/// What a person said beyond the pick that answered a question, kept as the answer's note.
public enum AnswerNote {
  /// The words a person said after the number, yes or no, or choice that answered a question
  /// ("7, unless it's cold", "not yet - Jo will ring me on Monday", "yes, but only
  /// mornings"): kept as the answer's note, so the plan says them beside the pick rather than
  /// losing them. Nil when the line was the pick alone, or only said it politely ("yes
  /// please", "7 I think").
  public static func note(of answer: Answer, question: Question?) -> String? {
    // Words picked in the easier way stand for the number: they are its words, not a note.
    guard answer.inWords == nil else { return nil }
    let words: String?
    switch answer.value {
    // "partly, she did it 3 days": how it went in part, said whole, is the note; its numbers
    // are the detail, not the point.
    case .number where question?.plan == .progressRating && ScaleWords.opensPartly(answer.words):
      words = joined([answer.words])
    case .number: words = afterNumber(answer.words)
    // "mostly yes" keeps "mostly": the shade of the yes is the person's own words.
    // "no change" says no and nothing more: "change" alone is no note ("Not yet. Change.").
    case .yesNo(false)
    where [["no", "change"], ["no", "changes"]].contains(AnswerReading.plainWords(answer.words)):
      words = nil
    case .yesNo: words = afterYesOrNo(answer.words) ?? AnswerReading.partlyYesWords(answer.words)
    // "half - rehab referal done, inhaler check not yet": a choice said as done in part keeps
    // the whole line, the "half" with the rest, since "still to do" alone would lose it.
    case .choice where saysPartly(answer.words): words = joined([answer.words])
    case .choice(let id):
      let count = question?.choices.count ?? 0
      if let marked = ChoiceOpening.markedNumber(answer.words, count: count),
        question?.choices[marked.index - 1].id == id
      {
        words = marked.rest
      } else if let opening = ChoiceOpening.read(answer.words, among: question?.choices ?? []) {
        words = opening.id == id ? opening.rest : nil
      } else {
        words = afterYesOrNo(answer.words)
      }
    // "same, she is on the rehab class on tuesdays": the part kept, and the words with it.
    // "1 but only to the gate to start": a goal picked from ideas by number keeps the words
    // after the number, when the goal is not the words typed.
    case .text(let text):
      // A part of a step ("10 minutes, the nurse says 10") is never a goal picked by number.
      words =
        afterSame(answer.words)
        ?? (Self.isStepPart(question)
          ? afterPart(answer.words, kept: text, question: question)
          : afterPickedNumber(answer.words, picked: text))
    default: words = nil
    }
    // Beside a part of a step, a number is news ("after his dinner, about 1" is a time), where
    // beside a number picked it is only the range said around it.
    if case .text = answer.value, Self.isStepPart(question) {
      return words.flatMap(meaningfulBesideAPart)
    }
    return words.flatMap(meaningful)
  }

  /// Words beside a part of a step, unless they only say it politely ("please", "i think").
  static func meaningfulBesideAPart(_ words: String) -> String? {
    let plain = words.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" })
      .map { $0.lowercased() }
    return plain.allSatisfy(emptyWords.contains) ? nil : words
  }

  /// Words that say a thing was done in part, at the start of a line.
  static let partlyOpenings: [[String]] = [
    "half", "partly", "part done", "in part", "some of it", "some done", "bits of it",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Whether the line opens by saying the thing was done in part ("half - ...", "partly").
  public static func saysPartly(_ typed: String) -> Bool {
    let plain = AnswerReading.plainWords(typed)
    return partlyOpenings.contains {
      plain.count >= $0.count && Array(plain.prefix($0.count)) == $0
    }
  }

  /// Openings that keep what is there, longest first.
  static let sameOpenings: [String] = [
    "the same as last time", "the same as before", "same as last time", "same as before",
    "same again", "the same", "as before", "same",
  ]

  /// Whether the line opens with words that keep what is there ("same", "same, monday phone
  /// call", "the same as before"): never "sameness" or "same-day".
  public static func opensWithSame(_ typed: String) -> Bool {
    let lower = typed.trimmingCharacters(in: .whitespaces).lowercased()
    return sameOpenings.contains { opening in
      guard lower.hasPrefix(opening) else { return false }
      guard let next = lower.dropFirst(opening.count).first else { return true }
      return !(next.isLetter || next.isNumber || next == "-")
    }
  }

  /// The words after an opening that keeps what is there ("monday phone call" of "same,
  /// monday phone call"); nil when there are none, or the line does not open so.
  public static func afterSame(_ typed: String) -> String? {
    // "same answer", "same as last time": the whole line keeps, and says nothing more.
    guard opensWithSame(typed), !AnswerReading.keepsTheEarlierAnswer(typed) else { return nil }
    let trimmed = typed.trimmingCharacters(in: .whitespaces)
    let lower = trimmed.lowercased()
    guard let opening = sameOpenings.first(where: { lower.hasPrefix($0) }) else { return nil }
    return joined(
      String(trimmed.dropFirst(opening.count)).split(whereSeparator: \.isWhitespace).map(
        String.init))
  }

  /// The words after the first number in the line, and after "out of 10" with it.
  /// The words after a number that opens the line, when the answer kept (`picked`) is not
  /// what was typed: an idea picked by its number. Nil for an answer typed in full.
  static func afterPickedNumber(_ typed: String, picked: String) -> String? {
    let tokens = typed.split(whereSeparator: \.isWhitespace).map(String.init)
    guard let first = tokens.first, first.allSatisfy(\.isNumber),
      AnswerReading.plainWords(picked) != AnswerReading.plainWords(typed)
    else { return nil }
    // "3 keep mine" says only to keep their own words: nothing to note.
    // "1 but only to the gate to start" keeps "only to the gate to start", as said back.
    return afterNumber(typed).map(Turn.withoutLeadingBut).flatMap {
      Turn.saysKeepMine($0) ? nil : $0
    }
  }

  static func afterNumber(_ typed: String) -> String? {
    let tokens = typed.split(whereSeparator: \.isWhitespace).map(String.init)
    guard let index = tokens.firstIndex(where: isNumber) else { return nil }
    var rest = Array(tokens[(index + 1)...])
    let plain = rest.map(plainWord)
    if plain.count >= 3, plain[0] == "out", plain[1] == "of", isNumber(plain[2]) {
      rest.removeFirst(3)
    }
    return joined(rest)
  }

  /// "10 minutes, the nurse says 10" kept as "10 minutes" for how much: the comment after
  /// the part, at a question for one part of a step. Nil elsewhere, or when the part was
  /// the whole line.
  static func afterPart(_ typed: String, kept: String, question: Question?) -> String? {
    guard isStepPart(question) else { return nil }
    let (part, comment) = Turn.partAndComment(Turn.partSaid(in: typed))
    guard let comment, part == kept else { return nil }
    return comment
  }

  /// Whether the question asks for one part of a step: how much, when, where or how often.
  static func isStepPart(_ question: Question?) -> Bool {
    let parts: Set<PlanField> = [.actionHowMuch, .actionWhen, .actionWhere, .actionHowOften]
    return question?.plan.map(parts.contains) ?? false
  }

  /// The words after a yes or no, or one of the ways people say them.
  static func afterYesOrNo(_ typed: String) -> String? {
    if let kept = afterSame(typed) { return kept }
    let trimmed = typed.trimmingCharacters(in: .whitespacesAndNewlines)
    let lower = trimmed.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    for opening in yesOrNoOpenings where lower.hasPrefix(opening) {
      if let next = lower.dropFirst(opening.count).first, next.isLetter || next.isNumber {
        continue
      }
      return joined(
        String(trimmed.dropFirst(opening.count)).split(whereSeparator: \.isWhitespace).map(
          String.init))
    }
    return nil
  }

  /// Longest first, so "yes it is" goes whole before "yes".
  static let yesOrNoOpenings: [String] = [
    "yes it is", "yes that's right", "yes thats right", "no it isn't", "no it's not",
    "not really", "not yet", "i think so", "i guess so", "i suppose so", "i spose so",
    "think so", "spose so", "yes", "yeah", "yep", "yup", "aye", "no", "nope", "nah",
  ]

  /// A token that is a number: "7", "7,", "7/10", "7.5", "seven".
  static func isNumber(_ token: String) -> Bool {
    let word = plainWord(token)
    if numberWords.contains(word) { return true }
    let digits = word.split(separator: "/").first.map(String.init) ?? word
    return !digits.isEmpty && Double(digits) != nil
  }

  static let numberWords: Set<String> = [
    "zero", "nought", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten",
  ]

  /// A token in lower case without the punctuation around it.
  static func plainWord(_ token: String) -> String {
    token.lowercased().trimmingCharacters(
      in: CharacterSet.punctuationCharacters.subtracting(["/", "."]).union(.whitespaces)
    )
    .trimmingCharacters(in: CharacterSet(charactersIn: "."))
  }

  /// The tokens as one line, trimmed of the comma or dash that joined them to the pick.
  static func joined(_ tokens: [String]) -> String? {
    let joiners = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)
      .union(CharacterSet(charactersIn: "-\u{2013}\u{2014}")).subtracting(["'", "?", "!"])
    var words = tokens.joined(separator: " ").trimmingCharacters(in: joiners)
    // A closing full stop belongs to the sentence the note was part of.
    while words.hasSuffix(".") { words.removeLast() }
    return words.isEmpty ? nil : words
  }

  /// The note, unless every word of it only hedges or thanks ("I think", "please").
  static func meaningful(_ words: String) -> String? {
    let plain = words.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" })
      .map { $0.lowercased() }
    // "6 or seven", "7 to 8": a range said around the number, not a note.
    let empty = plain.allSatisfy {
      emptyWords.contains($0) || numberWords.contains($0) || ["to", "and"].contains($0)
        || $0.allSatisfy(\.isNumber)
    }
    return empty ? nil : words
  }

  /// Words that say nothing beside a pick.
  static let emptyWords: Set<String> = [
    "please", "thanks", "thank", "you", "ta", "cheers", "i", "think", "guess", "suppose",
    "reckon", "maybe", "probably", "ok", "okay", "sure", "so", "really", "definitely", "out",
    "of", "10", "ten", "please", "that's", "thats", "it", "is", "right", "correct", "fine",
    "i'd", "id", "say", "about", "or", "so", "x", "xx", "lol", "then", "today", "now", "is",
  ]
}
