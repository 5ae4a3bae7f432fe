import Foundation

// MARK: No question asked for ever

extension Turn {
  /// The most tries at one question before it is left as "don't know". The third failed try
  /// offers the ways out (skip, don't know, rather not say, a simpler wording); after the
  /// fourth the conversation moves on, so no question comes back for ever. A line the safety
  /// net took is never a try: it is answered before the question sees it.
  static let mostTries = 4

  /// After the last try, records "don't know", says so, and moves on. Returns whether it did.
  mutating func moveOnAfterTooManyTries(place: Agenda.Place, attempt: Int) -> Bool {
    guard attempt >= Turn.mostTries else { return false }
    outputs.append(.say(Phrases.movingOnAfterTries(for: engine.audience)))
    accept(.skipped(.dontKnow), words: "", place: place)
    return true
  }

  /// When a change took an answer out (skipped now, given before), the old words are said
  /// back, so nothing goes without the person hearing it.
  mutating func sayWhenAnAnswerWasTakenOut(
    was old: Answer, now value: AnswerValue, question: Question?
  ) {
    guard old.value.isGiven, !value.isGiven else { return }
    outputs.append(
      .notice(
        Phrases.answerTakenOut(
          Turn.shorten(Display.text(of: old.value, question: question)), for: engine.audience)))
  }
}
