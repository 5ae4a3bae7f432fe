import Foundation

// MARK: A yes in part, and "I said yes"

extension Turn {
  /// "mostly yes" to "Is that still right?": a yes, with "mostly" kept as the person's words.
  /// Only where words in place of yes or no would otherwise go somewhere else (`content_to`):
  /// there a shade of yes must never become something new in the plan, such as a new thing
  /// that gets in the way. Elsewhere ("Is your step right?") it stays unclear and is asked
  /// again, since "sort of" there means something is still wrong.
  mutating func takeYesInPart(_ line: String, question: Question, place: Agenda.Place) -> Bool {
    guard question.kind == .yesNo, question.contentTo != nil,
      AnswerReading.saysPartlyYes(line)
    else { return false }
    accept(.yesNo(true), words: line, place: place)
    return true
  }

  /// "what? i said yes its still right": a complaint that a yes or no was read wrong. It is
  /// never kept as an answer. At a yes/no question it is that question's answer; otherwise it
  /// puts right the yes or no just given, as a change would, so what followed from the wrong
  /// reading is set aside (kept, not lost) and the conversation goes on from there.
  mutating func takeYesOrNoSaidBefore(_ line: String) -> Bool {
    guard state.listDraft.isEmpty, let reply = AnswerReading.yesOrNoSaidBefore(line) else {
      return false
    }
    if let key = state.current, let place = engine.agenda.place(of: key),
      place.item.question?.kind == .yesNo
    {
      accept(.yesNo(reply), words: line, place: place)
      return true
    }
    guard let last = state.answerOrder.last, let answer = state.answers[last],
      script.question(last.question)?.kind == .yesNo, let place = engine.agenda.place(of: last)
    else {
      // Nothing to put right: the words are not an answer to this question either.
      outputs.append(.notice(Phrases.saidBeforeNothingToPutRight))
      askCurrent()
      return true
    }
    if case .yesNo(reply) = answer.value {
      outputs.append(.say(Phrases.alreadyDownAs(reply)))
      askCurrent()
      return true
    }
    outputs.append(.say(Phrases.putRightAs(reply)))
    // The words first typed are kept when they were a yes in part ("mostly yes").
    let words = AnswerReading.saysPartlyYes(answer.words) ? answer.words : line
    state.answers.removeValue(forKey: last)
    state.answerOrder.removeAll { $0 == last }
    state.mode = .changing(last, was: answer)
    accept(.yesNo(reply), words: words, place: place)
    return true
  }
}

extension Phrases {
  static func putRightAs(_ reply: Bool) -> String {
    "Sorry, I got that wrong. I've put it down as \(reply ? "yes" : "no")."
  }

  static func alreadyDownAs(_ reply: Bool) -> String {
    "Yes, I have that down as \(reply ? "yes" : "no")."
  }

  static let saidBeforeNothingToPutRight =
    "Sorry, I got that wrong. Nothing has been written down from it."
}
