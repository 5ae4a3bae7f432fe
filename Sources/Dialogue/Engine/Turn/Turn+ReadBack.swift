import Foundation

// MARK: A step read back as one sentence, and answers with content where yes or no was asked

extension Turn {
  /// `{{read_back}}` for a question that reads a step back: the step as one sentence.
  func readBackValues(_ question: Question, place: Agenda.Place) -> [String: TemplateValue] {
    guard !question.readBack.isEmpty else { return [:] }
    let answers = context(for: place)
    var parts: [ReadBackPart: AnswerValue] = [:]
    for (part, id) in question.readBack {
      if let answer = answers.answer(of: id), answer.value.isGiven {
        parts[part] = answer.value
      } else if case .text(let earlier)? = answers.backgroundValue(of: "previous_" + id) {
        // A part not answered here, in a step changed part by part, is the one already had.
        parts[part] = Day(iso: earlier).map(AnswerValue.date) ?? .text(earlier)
      }
    }
    return StepSentence.compose(parts, today: today).map { ["read_back": .text($0)] } ?? [:]
  }

  /// Before a step is read back, a "what" that names no action ("wat", "dunno") is put aside
  /// (kept, not lost) and asked again, so the person is helped to name one rather than praised
  /// for a plan with nothing in it. Returns whether that question is now being asked instead.
  mutating func askForAnAction(_ question: Question, place: Agenda.Place) -> Bool {
    guard let id = question.readBack[.what] else { return false }
    let key = context(for: place).key(for: id)
    guard let answer = state.answers[key], case .text(let words) = answer.value,
      StepSentence.tidy(words) == nil
    else { return false }
    state.setAside[key] = state.answers.removeValue(forKey: key)
    state.answerOrder.removeAll { $0 == key }
    outputs.append(.notice(Phrases.nameAnAction))
    advance()
    return true
  }

  /// At a read-back, "No, it should say: rest for an hour at 3pm every Thursday" is the step
  /// as the person wants it: it replaces what they will do, and the other parts it now says
  /// (how much, when, where, how often) are set aside, kept but no longer read back.
  mutating func takeCorrectedStep(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard let whatID = question.readBack[.what], let words = Turn.correction(in: line) else {
      return false
    }
    let answers = context(for: place)
    for (part, id) in question.readBack where part != .what && part != .start {
      let key = answers.key(for: id)
      if let old = state.answers.removeValue(forKey: key) {
        state.setAside[key] = old
        state.answers[key] = Answer(value: .skipped(.skipped), words: "", concepts: [], at: at)
      }
    }
    let key = answers.key(for: whatID)
    state.answers[key] = Answer(
      value: .text(words), words: line, concepts: engine.concepts.analyse(words).conceptIDs, at: at)
    state.answerOrder.removeAll { $0 == key }
    state.answerOrder.append(key)
    outputs.append(.notice(Phrases.stepChanged))
    askCurrent()
    return true
  }

  /// The new words of a correction ("no, it should say: ...", "it should be ...", "make it
  /// ..."), or nil when the line is no correction with words of its own.
  static func correction(in line: String) -> String? {
    let lowered = line.lowercased()
    let markers = [
      "it should say", "should say", "it should be", "should be", "make it", "change it to",
      "i meant", "i mean", "it's meant to be", "its meant to be", "it is",
    ]
    for marker in markers {
      guard let range = lowered.range(of: marker) else { continue }
      let before = AnswerReading.plainWords(String(lowered[..<range.lowerBound]))
      guard
        before.allSatisfy({
          ["no", "nope", "not", "quite", "sorry", "actually", "oh"].contains($0)
        })
      else { continue }
      let offset = lowered.distance(from: lowered.startIndex, to: range.upperBound)
      let rest = String(line.dropFirst(offset)).trimmingCharacters(
        in: .whitespaces.union(CharacterSet(charactersIn: ":,-\"'")))
      guard AnswerReading.plainWords(rest).count >= 2, let tidy = StepSentence.tidy(rest) else {
        return nil
      }
      return tidy
    }
    return nil
  }

  /// To a yes/no question that names where content answers go (`content_to`), an answer in
  /// words ("gentle knee exercises" to "Would you like some ideas?") is the person's own: it
  /// is kept as the answer to that question, and this one is answered no.
  mutating func takeContentAnswer(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard let target = question.contentTo, AnswerReading.yesNo(line) == nil,
      !line.contains("?"), AnswerReading.plainWords(line).count >= 2,
      let words = StepSentence.tidy(line)
    else { return false }
    let key = context(for: place).key(for: target)
    state.answers[key] = Answer(
      value: .text(words), words: line, concepts: engine.concepts.analyse(words).conceptIDs, at: at)
    state.answerOrder.removeAll { $0 == key }
    state.answerOrder.append(key)
    let label = script.question(target)?.label ?? target
    outputs.append(.say(Phrases.ownIdeaKept(words, as: label)))
    accept(.yesNo(false), words: line, place: place)
    return true
  }
}
