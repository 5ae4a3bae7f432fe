import Foundation

// MARK: "change what she'll do to: ..." at a read-back

extension Turn {
  /// "no thats a mess. change what she'll do to: walk to the end of the road and back with
  /// Imran", "how often should be every day except fridays": at a read-back, a line that names
  /// a part of the step and gives its new words changes that part to them, says so, and reads
  /// the step back again. Without this the words were dropped and the parts menu asked.
  mutating func takeNamedPartChange(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard !question.readBack.isEmpty,
      let (part, words) = Turn.namedPartChange(in: line),
      let id = question.readBack[part], let target = script.question(id),
      case .value(let value) = AnswerInterpreter(question: target, today: today).read(words),
      value.isGiven
    else { return false }
    let key = context(for: place).key(for: id)
    let answer = Answer(
      value: value, words: words, concepts: engine.concepts.analyse(words).conceptIDs, at: at)
    state.answers[key] = answer
    state.answerOrder.removeAll { $0 == key }
    state.answerOrder.append(key)
    let shown = Display.templateValue(answer, question: target).map { value in
      switch value {
      case .text(let text): AnswerReading.partWordsSpeltRight(text)
      case .list(let items): Template.join(items)
      }
    }
    outputs.append(.notice(Phrases.partCorrected(target.label, to: shown ?? words)))
    askCurrent()
    return true
  }

  /// The same, tried before commands: "change the step to ..." would otherwise open the step
  /// to be typed again and drop the words given.
  mutating func takeNamedPartChangeAtReadBack(_ line: String) -> Bool {
    guard let key = state.current, let place = engine.agenda.place(of: key),
      let question = place.item.question, question.kind == .yesNo, !question.readBack.isEmpty
    else { return false }
    return takeNamedPartChange(line, question: question, place: place)
  }

  /// The ways people name each part of a step, in plain words.
  static let partNames: [(part: ReadBackPart, words: [String])] =
    ([

      (.what, "what she'll do"), (.what, "what she will do"), (.what, "what he'll do"),
      (.what, "what he will do"), (.what, "what they'll do"), (.what, "what they will do"),
      (.what, "what I'll do"), (.what, "what I will do"), (.what, "what you'll do"),
      (.what, "what you will do"), (.what, "what to do"), (.what, "the step"),
      (.what, "my step"), (.what, "her step"), (.what, "his step"), (.what, "their step"),
      (.what, "the activity"), (.howMuch, "how much"), (.howMuch, "how long"),
      (.howMuch, "how many"), (.howMuch, "the amount"), (.howOften, "how often"),
      (.when, "what time"), (.when, "the time of day"), (.when, "the time"), (.when, "when"),
      (.where, "where"), (.where, "the place"), (.start, "the day they start"),
      (.start, "the day she starts"), (.start, "the day he starts"),
      (.start, "the day I start"), (.start, "the start date"), (.start, "the start day"),
      (.start, "start date"), (.start, "start day"), (.start, "the start"),
    ] as [(ReadBackPart, String)]).map { ($0.0, AnswerReading.plainWords($0.1)) }
    .sorted { $0.words.count > $1.words.count }

  /// The part a line names and its new words, as typed: "change X to: Y", "change X to Y",
  /// "X should be Y". Nil when the line names no part, or gives no words for it.
  static func namedPartChange(in line: String) -> (part: ReadBackPart, words: String)? {
    let tokens = line.split(whereSeparator: \.isWhitespace).map(String.init)
    let plain = tokens.map { AnswerReading.plainWords($0).joined() }
    func part(at index: Int) -> (part: ReadBackPart, end: Int)? {
      for name in partNames
      where index + name.words.count <= plain.count
        && Array(plain[index..<(index + name.words.count)]) == name.words
      {
        return (name.part, index + name.words.count)
      }
      return nil
    }
    func words(from index: Int) -> String? {
      guard index < tokens.count else { return nil }
      let rest = tokens[index...].joined(separator: " ")
        .trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ":,-\"'")))
      return AnswerReading.plainWords(rest).isEmpty ? nil : rest
    }
    for index in plain.indices {
      // "change X to Y"
      if plain[index] == "change", let named = part(at: index + 1), named.end < plain.count,
        plain[named.end] == "to", let new = words(from: named.end + 1)
      {
        return (named.part, new)
      }
      // "X should be Y", at the start of the line or of a sentence.
      let opensSentence = index == 0 || tokens[index - 1].last.map { ".!,;:".contains($0) } == true
      if opensSentence, let named = part(at: index) {
        for joining in [["should", "be"], ["needs", "to", "be"], ["ought", "to", "be"]]
        where named.end + joining.count <= plain.count
          && Array(plain[named.end..<(named.end + joining.count)]) == joining
        {
          if let new = words(from: named.end + joining.count) { return (named.part, new) }
        }
      }
    }
    return nil
  }
}
