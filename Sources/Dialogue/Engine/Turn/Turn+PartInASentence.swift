import Foundation

// MARK: A part of the step said in a whole sentence

extension Turn {
  /// At a question for one part of the step, the words around the part are set aside and the
  /// part kept: "make it 10 minutes not 5" is 10 minutes, "after lunch still" and "after lunch,
  /// like i said" are after lunch; "same" or "same as before" keeps the part as it was (the
  /// place the step had), never "at the same". All the words typed stay with the answer.
  /// Returns whether the line was used up.
  mutating func takePartInASentence(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard question.kind == .text, let stepPart = stepPart(of: question) else { return false }
    let part = Turn.partSaid(in: line)
    // "same, she is on rehab tuesdays": the part as it was, the words after it its note.
    let note = AnswerNote.afterSame(line)
    if Turn.sameWords.contains(AnswerReading.plainWords(part).joined(separator: " "))
      || note != nil
    {
      guard let before = partBefore(question, place: place) else { return false }
      outputs.append(.say(Phrases.keptAsItWas(Turn.shorten(before), for: engine.audience)))
      if let note { outputs.append(.say(Phrases.notedWithIt(Turn.shorten(note)))) }
      accept(.text(before), words: line, place: place)
      return true
    }
    // "10 minutes, the nurse says 10": the part is the answer, the words after it a comment,
    // kept with the whole line as the answer's note (`AnswerNote`). What the person will do
    // is never cut so: "walk with Bess, stopping at the bench" is one doing.
    guard stepPart.part != .what else { return false }
    let (kept, comment) = Turn.partAndComment(part)
    guard kept != Whitespace.trimmed(line), !AnswerReading.plainWords(kept).isEmpty else {
      return false
    }
    if let comment { outputs.append(.say(Phrases.notedWithIt(Turn.shorten(comment)))) }
    accept(.text(kept), words: line, place: place)
    return true
  }

  /// "10 minutes, the nurse says 10" is the part ("10 minutes") and a comment on it ("the
  /// nurse says 10"): the first sentence or clause up to a comma reads as a part of a step,
  /// and what follows names no part. A line whose words after the comma are a part too
  /// ("after lunch, every day") stays whole, as does a line that is one clause.
  static func partAndComment(_ part: String) -> (part: String, comment: String?) {
    guard let cut = part.firstIndex(where: { ",.;".contains($0) }) else { return (part, nil) }
    let head = Whitespace.trimmed(String(part[..<cut]))
    let rest = Whitespace.trimmed(String(part[part.index(after: cut)...]))
      .trimmingCharacters(in: CharacterSet(charactersIn: " ,;.-"))
    guard !head.isEmpty, !rest.isEmpty, !AnswerReading.stepPartKinds(head).isEmpty,
      AnswerReading.stepPartKinds(rest).isEmpty
    else { return (part, nil) }
    return (head, rest)
  }

  /// What the part was before this answer: the answer out for change, else the step the plan
  /// had (at a review), or nil when there was none.
  func partBefore(_ question: Question, place: Agenda.Place) -> String? {
    if let changing = state.changing, changing.key == place.key,
      case .text(let text) = changing.answer.value, !text.isEmpty
    {
      return text
    }
    guard let list = script.sections[place.sectionIndex].repeating?.over,
      let before = engine.background.value("previous_\(question.id)", of: list, at: place.round),
      !Whitespace.isBlank(before)
    else { return nil }
    return before
  }

  /// Words that keep a part as it was.
  static let sameWords: Set<String> = [
    "same", "the same", "same as before", "same as last time", "same again", "same place",
    "the same place", "as before", "as it was", "no change", "unchanged", "keep it the same",
  ]

  /// Words before the part that only say it again ("i said", "still") or say what it should
  /// be ("make it"), and words after it that say the same ("still", "like i said").
  static let partLeadIns: [[String]] = [
    ["like", "i", "said"], ["as", "i", "said"], ["i", "just", "said"], ["i", "said"], ["still"],
    ["make", "it"],
    ["it", "should", "be"], ["should", "be"], ["change", "it", "to"],
  ]
  static let partTails: [[String]] = [
    ["like", "i", "said"], ["as", "i", "said"], ["like", "before"], ["still"], ["then"],
  ]

  /// The part said in a sentence, without the words around it; "10 minutes not 5" and "10
  /// minutes instead of 5" keep only the new part.
  static func partSaid(in line: String) -> String {
    var words = Whitespace.trimmed(line).split(whereSeparator: \.isWhitespace).map(String.init)
    func plain(_ slice: ArraySlice<String>) -> [String] {
      slice.flatMap(AnswerReading.plainWords)
    }
    var trimmed = true
    while trimmed, words.count > 1 {
      trimmed = false
      for lead in partLeadIns where words.count > lead.count {
        if plain(words.prefix(lead.count)) == lead {
          words.removeFirst(lead.count)
          trimmed = true
          break
        }
      }
      for tail in partTails where words.count > tail.count {
        if plain(words.suffix(tail.count)) == tail {
          words.removeLast(tail.count)
          trimmed = true
          break
        }
      }
    }
    // "10 minutes not 5": a short taking back of the old part at the end.
    let plainWords = words.map { AnswerReading.plainWords($0).joined(separator: " ") }
    if let cut = plainWords.indices.dropFirst().last(where: { index in
      plainWords[index] == "not"
        || (plainWords[index] == "instead" && plainWords.indices.contains(index + 1)
          && plainWords[index + 1] == "of")
    }), words.count - cut <= 4,
      // "every day if its not raining": a "not" that says no part ("raining") is not a part
      // taken back, and the clause stays whole.
      Turn.takesBackAPart(words[(cut + 1)...].joined(separator: " "))
        || !plainWords[max(0, cut - 3)..<cut].contains(where: Turn.clauseOpenings.contains)
    {
      words.removeLast(words.count - cut)
    }
    let joined = words.joined(separator: " ")
    return joined.trimmingCharacters(in: CharacterSet(charactersIn: " ,;.-"))
  }

  /// Words that open a condition ("if its not raining"): a "not" soon after one is part of
  /// the condition, unless what follows it is a part of a step.
  static let clauseOpenings: Set<String> = ["if", "unless", "when", "whenever", "while", "as"]

  /// Whether the words after a "not" ("5", "after lunch", "of 5") name a part of a step, so
  /// the "not" takes back an old part rather than saying a condition ("not raining").
  static func takesBackAPart(_ words: String) -> Bool {
    let plain = AnswerReading.plainWords(words).filter { $0 != "of" }
    return plain.contains { $0.contains(where: \.isNumber) }
      || !AnswerReading.stepPartKinds(plain.joined(separator: " ")).isEmpty
  }
}
