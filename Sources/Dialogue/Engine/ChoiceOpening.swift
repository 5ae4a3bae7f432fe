import Foundation

/// A choice said first, with more words after it: "Not agreed now, we'll look again in
/// March", "agreed with changes - smaller steps".
///
/// Such a line holds the words of more than one choice ("agreed" is in both), so the choice is
/// the one the line opens with: the longest of the choices' names its words start with. The
/// words after it are the person's reason, kept beside the choice rather than lost.
public enum ChoiceOpening {
  /// The choice the line opens with, and the words after its name (nil when there are none).
  public static func read(_ line: String, among choices: [Choice]) -> (
    id: String, rest: String?
  )? {
    let tokens = line.split(whereSeparator: \.isWhitespace).map(String.init)
    let words = tokens.map { AnswerReading.plainWords($0) }
    var best: (id: String, length: Int, tokens: Int)?
    for choice in choices {
      let names =
        [choice.text, choice.id.replacingOccurrences(of: "-", with: " ")]
        + choice.synonyms + [choice.facilitatorText].compactMap { $0 }
      for name in names {
        let wanted = AnswerReading.plainWords(name)
        guard !wanted.isEmpty, let used = tokensOpening(words, with: wanted) else { continue }
        if wanted.count > best?.length ?? 0 { best = (choice.id, wanted.count, used) }
      }
    }
    guard let best else { return nil }
    let trim = CharacterSet.whitespaces.union(.punctuationCharacters).subtracting(["'"])
    let rest = tokens.dropFirst(best.tokens).joined(separator: " ").trimmingCharacters(in: trim)
    return (best.id, AnswerReading.plainWords(rest).isEmpty ? nil : rest)
  }

  /// How many of the line's tokens hold exactly `name`'s words at its start, or nil.
  static func tokensOpening(_ words: [[String]], with name: [String]) -> Int? {
    var said: [String] = []
    for (index, tokenWords) in words.enumerated() {
      said += tokenWords
      if said == name { return index + 1 }
      if said.count >= name.count || Array(name.prefix(said.count)) != said { return nil }
    }
    return nil
  }

  /// "agree but we changed it", "yes, with changes": a line that opens with one choice and goes
  /// on with the words of another that is the first with a qualification ("agreed, with some
  /// changes" is "agreed" and more). The qualified choice is what was meant, unless its words
  /// are denied ("agreed, no changes").
  public static func qualified(_ line: String, opening: String, among choices: [Choice])
    -> Choice?
  {
    guard let first = choices.first(where: { $0.id == opening }) else { return nil }
    func names(_ choice: Choice) -> [[String]] {
      ([choice.text, choice.id.replacingOccurrences(of: "-", with: " ")] + choice.synonyms
        + [choice.facilitatorText].compactMap { $0 }).map(AnswerReading.plainWords)
        .filter { !$0.isEmpty }
    }
    let openingNames = names(first)
    let said = AnswerReading.plainWords(line)
    let denials: Set<String> = ["no", "not", "without", "any", "nothing"]
    return choices.first { choice in
      guard choice.id != opening else { return false }
      let own = names(choice)
      // It builds on the opening choice: one of its names starts with one of the opening's.
      let builds = own.contains { name in
        openingNames.contains { name.count > $0.count && Array(name.prefix($0.count)) == $0 }
      }
      guard builds else { return false }
      // Its own words are said, and not denied just before.
      return own.contains { name in
        guard !openingNames.contains(name) else { return false }
        return AnswerInterpreter.occurrences(of: name, in: said).contains { start in
          !said[max(0, start - 2)..<start].contains { denials.contains($0) }
        }
      }
    }
  }

  /// Words that open a change said with a choice: "agreed but make it 10 minutes".
  static let changeOpenings: Set<String> = ["but", "except", "only", "although", "though"]

  /// "agreed but make it 10 minutes not 5", "yes, but she walks on fridays": a choice said
  /// with a change after "but" is the choice that builds on it ("agreed, with some changes"),
  /// when there is one and the words after name no other choice ("yes but not now" is left
  /// to the other readings). The words after "but" are the change.
  public static func withAChange(_ line: String, among choices: [Choice]) -> (
    id: String, change: String
  )? {
    guard let (opening, rest) = read(line, among: choices), let rest,
      let first = rest.split(whereSeparator: \.isWhitespace).first,
      changeOpenings.contains(AnswerReading.plainWords(String(first)).joined()),
      let base = choices.first(where: { $0.id == opening })
    else { return nil }
    let change = rest.split(whereSeparator: \.isWhitespace).dropFirst().joined(separator: " ")
      .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
    guard AnswerReading.plainWords(change).count >= 2 else { return nil }
    let openingNames = names(base)
    let builders = choices.filter { choice in
      choice.id != opening
        && names(choice).contains { name in
          openingNames.contains { name.count > $0.count && Array(name.prefix($0.count)) == $0 }
        }
    }
    guard builders.count == 1 else { return nil }
    let said = AnswerReading.plainWords(change)
    let others = choices.filter { $0.id != opening && $0.id != builders[0].id }
    let namesAnother = others.contains { other in
      names(other).contains { !AnswerInterpreter.occurrences(of: $0, in: said).isEmpty }
    }
    return namesAnother ? nil : (builders[0].id, change)
  }

  /// A choice's names as plain words: its text, id, synonyms and the worker's wording.
  static func names(_ choice: Choice) -> [[String]] {
    ([choice.text, choice.id.replacingOccurrences(of: "-", with: " ")] + choice.synonyms
      + [choice.facilitatorText].compactMap { $0 }).map(AnswerReading.plainWords)
      .filter { !$0.isEmpty }
  }
}

extension ChoiceOpening {
  /// Marks that set a choice's number off from the words after it: "2 - me", "2: me", "2. me".
  static let marks = CharacterSet(charactersIn: "-\u{2013}\u{2014}:.,)")

  /// "2 - me, I'm her support worker": a choice picked by its number, marked off from words of
  /// the person's own that follow. The number picks the choice, whatever those words share
  /// with another choice ("me" is a word of "just me"), and the words are kept beside it as
  /// typed. Without a mark ("2 tablets") the number may be an amount, so it is not read here.
  public static func markedNumber(_ line: String, count: Int) -> (index: Int, rest: String)? {
    var tokens = line.split(whereSeparator: \.isWhitespace).map(String.init)
    guard tokens.count >= 2, count > 0 else { return nil }
    var first = tokens.removeFirst()
    var marked = false
    while let last = first.unicodeScalars.last, marks.contains(last) {
      first.removeLast()
      marked = true
    }
    if !marked, let next = tokens.first, next.unicodeScalars.allSatisfy(marks.contains) {
      tokens.removeFirst()
      marked = true
    }
    guard marked, let index = Int(first), (1...count).contains(index) else { return nil }
    let rest = tokens.joined(separator: " ").trimmingCharacters(
      in: .whitespaces.union(.punctuationCharacters).subtracting(["'", "?", "!"]))
    guard !AnswerReading.plainWords(rest).isEmpty else { return nil }
    return (index, rest)
  }
}
