import Foundation

// MARK: Words taken out of a step, and a part named by where it sits in the read-back

extension Turn {
  /// At a read-back, "take out did say" takes those words out of the step, wherever in it
  /// they stand, and says so; another correction in the same line ("no tuesdy and thursdy
  /// nite. and take out did say") is read as well, as if typed on its own. False when the line
  /// asks to take nothing out, or the words are not in the step and the rest of the line puts
  /// nothing right, so the other readings of a correction are tried.
  mutating func takeOutWords(_ line: String, question: Question, place: Agenda.Place) -> Bool {
    guard !question.readBack.isEmpty, !line.contains("?"),
      stepLeftOut(question, place: place) == nil,
      let (gone, rest) = Turn.takeOutRequest(in: line)
    else { return false }
    let answers = context(for: place)
    var found: (id: String, text: String)?
    for part in ReadBackPart.allCases {
      guard let id = question.readBack[part],
        case .text(let text)? = state.answers[answers.key(for: id)]?.value,
        let without = Turn.removing(gone, from: text)
      else { continue }
      found = (id, without)
      break
    }
    let restSaysSomething =
      AnswerReading.plainWords(rest).contains { !Turn.dayCorrectionFiller.contains($0) }
    guard found != nil || restSaysSomething else { return false }
    if let found {
      setPart(found.id, to: .text(found.text), line: line, place: place)
      outputs.append(.notice(Phrases.wordsTakenOut(gone)))
    } else {
      outputs.append(.notice(Phrases.wordsNotInStep(gone)))
    }
    guard restSaysSomething,
      takeCorrectedDay(rest, question: question, place: place)
        || takeCorrectedStart(rest, question: question, place: place)
        || takeCorrectedPart(rest, question: question, place: place)
    else {
      // "no tuesdy and thursdy nite" when the step says just that: told so, not lost.
      let named = Turn.daysInOrder(rest)
      for part in [ReadBackPart.when, .howOften] where !named.isEmpty {
        guard let id = question.readBack[part], let target = script.question(id),
          case .text(let text)? = state.answers[answers.key(for: id)]?.value,
          Set(Turn.daysInOrder(text)) == Set(named)
        else { continue }
        outputs.append(
          .notice(Phrases.alreadyTold(target.label, AnswerReading.partWordsSpeltRight(text))))
        break
      }
      askCurrent()
      return true
    }
    return true
  }

  /// The words a line asks to take out of the step ("take out did say", "and remove the word
  /// slowly"), and the rest of the line with that request cut away; nil when it asks none.
  static func takeOutRequest(in line: String) -> (words: String, rest: String)? {
    let lowered = line.lowercased()
    let openings = ["take out", "take off", "leave out", "get rid of", "cross out", "remove"]
    for opening in openings {
      guard let range = lowered.range(of: opening),
        range.lowerBound == lowered.startIndex
          || !lowered[lowered.index(before: range.lowerBound)].isLetter
      else { continue }
      let tail = lowered[range.upperBound...]
      let end = tail.firstIndex(where: { ".;!".contains($0) }) ?? tail.endIndex
      var asked = AnswerReading.plainWords(String(tail[..<end]))
      let around: Set<String> = ["the", "word", "words", "bit", "part", "that", "says", "where"]
      while let first = asked.first, around.contains(first) { asked.removeFirst() }
      while let last = asked.last, around.contains(last) { asked.removeLast() }
      guard !asked.isEmpty, asked.count <= 6 else { return nil }
      var before = AnswerReading.plainWords(String(lowered[..<range.lowerBound]))
      if before.last == "and" || before.last == "an" { before.removeLast() }
      let after = end < tail.endIndex ? String(tail[tail.index(after: end)...]) : ""
      let rest = (before + AnswerReading.plainWords(after)).joined(separator: " ")
      return (asked.joined(separator: " "), rest)
    }
    return nil
  }

  /// `text` with the words `gone` taken out where they stand together, every other word as
  /// typed; nil when they are not there, or nothing would be left.
  static func removing(_ gone: String, from text: String) -> String? {
    let wanted = gone.split(separator: " ").map(String.init)
    let tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
    let plain = tokens.map { AnswerReading.plainWords($0).joined() }
    guard wanted.count < tokens.count else { return nil }
    for start in 0...(tokens.count - wanted.count)
    where Array(plain[start..<start + wanted.count]) == wanted {
      var kept = tokens
      kept.removeSubrange(start..<start + wanted.count)
      // "i did say walk ..." less "did say" leaves no "i" alone in front of the doing.
      if start == 1, plain[0] == "i", kept.count > 1 { kept.removeFirst() }
      // "walk to the gate, keep mine" less "keep mine": no comma is left hanging at the end.
      return StepPartPhrases.trimmedEnd(kept.joined(separator: " "))
    }
    return nil
  }

  /// "nearly, the first bit is rong": the first part of the step read back (what the person
  /// will do) is opened to change, as picking it from the parts would. False for any line
  /// that does not name the first bit as wrong.
  mutating func openFirstBit(_ line: String, question: Question, place: Agenda.Place) -> Bool {
    guard !question.readBack.isEmpty, let id = question.readBack[.what],
      stepLeftOut(question, place: place) == nil
    else { return false }
    let words = AnswerReading.plainWords(line).map(AnswerReading.meantWord)
    let first: Set<String> = ["first", "1st", "start", "beginning", "front"]
    let bit: Set<String> = ["bit", "part", "half", "bits", "parts", "of"]
    let wrong: Set<String> = ["wrong", "rong", "wrang", "not", "change", "fix", "isnt", "aint"]
    guard let at = words.firstIndex(where: first.contains), at + 1 < words.count,
      bit.contains(words[at + 1]),
      !wrong.isDisjoint(with: words[(at + 2)...])
        || ["no", "nearly", "nah", "almost", "not"].contains(words[0])
    else { return false }
    return openToChange(id, from: place)
  }
}
