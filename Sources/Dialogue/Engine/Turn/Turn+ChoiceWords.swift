import Foundation

// MARK: Words after a choice that answer the question it leads to

extension Turn {
  /// To a choice with `content_to`, the words after the pick ("yes - it's my average sugar
  /// over 3 months") are the answer to the question the choice leads to, when that question
  /// applies to the choice made: kept there, said back, and not asked for again.
  mutating func keepWordsAfterTheChoice(
    _ id: String, line: String, question: Question, place: Agenda.Place
  ) {
    let picked = Answer(value: .choice(id), words: line, concepts: [], at: at)
    guard let target = question.contentTo,
      let words = AnswerNote.note(of: picked, question: question)
    else { return }
    let key = contentKey(for: target, from: question.id, place: place)
    var trial = state
    trial.answers[place.key] = picked
    guard state.answers[key] == nil, let targetPlace = engine.agenda.place(of: key),
      engine.agenda.isActive(targetPlace, in: trial), let targetQuestion = script.question(target),
      targetQuestion.kind == .text
    else { return }
    state.answers[key] = Answer(
      value: .text(words), words: line, concepts: engine.concepts.analyse(words).conceptIDs,
      at: at)
    state.answerOrder.removeAll { $0 == key }
    state.answerOrder.append(key)
    outputs.append(.say(Phrases.contentKept(words, as: targetQuestion.label, for: engine.audience)))
  }
}
