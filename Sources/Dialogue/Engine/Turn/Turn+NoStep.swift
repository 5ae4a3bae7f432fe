// MARK: A read-back with no step to read

extension Turn {
  /// The key of the step's "what" when a read-back question has none to read ("nah", "skip"),
  /// nil when there is a step or the question reads none back.
  func stepLeftOut(_ question: Question, place: Agenda.Place) -> AnswerKey? {
    guard let id = question.readBack[.what] else { return nil }
    let key = context(for: place).key(for: id)
    guard let answer = state.answers[key], !answer.value.isGiven else { return nil }
    return key
  }

  /// With no step, there is nothing to read back and nothing to call right: the person is told
  /// plainly there is none and offered to add one. Returns whether that was asked instead.
  mutating func offerToAddAStep(_ question: Question, place: Agenda.Place) -> Bool {
    guard stepLeftOut(question, place: place) != nil else { return false }
    outputs.append(
      .ask(
        Prompt(
          key: place.key, text: Phrases.noStepYet(for: engine.audience), kind: .yesNo,
          choices: [], hint: Phrases.noStepYetHint)))
    return true
  }

  /// The reply to "You have not picked a step yet. Would you like to add one?": yes asks for
  /// the step again (the earlier "nah" is kept aside, not lost); no leaves the step out, and
  /// the conversation goes on; a step typed here is the step, and its parts are asked before
  /// it is read back. Returns whether the line was used up.
  mutating func answerNoStepOffer(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard let key = stepLeftOut(question, place: place) else { return false }
    if takeCorrectedStep(line, question: question, place: place) { return true }
    switch AnswerReading.yesNoContent(line, doings: StepSentence.doingWords) {
    case (true?, nil):
      state.setAside[key] = state.answers.removeValue(forKey: key)
      state.answerOrder.removeAll { $0 == key }
      advance()
      return true
    case (false?, nil):
      outputs.append(.say(Phrases.noStepLeftOut(for: engine.audience)))
      accept(.skipped(.skipped), words: line, place: place, reflecting: false)
      return true
    default:
      return false
    }
  }
}
