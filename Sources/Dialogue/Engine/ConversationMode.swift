extension ConversationState {
  /// What the next line is read as. One value, so two modes can never hold at once.
  ///
  /// A restart question or a safety notice interrupts whatever was going on, and the person
  /// can go back to it ("no" to starting again, "carry on" after a notice): those modes carry
  /// the mode they interrupted in `then`, and it comes back when they end. Only the outermost
  /// mode is in force; the ones inside it wait.
  indirect enum Mode: Hashable, Sendable {
    /// Going through the agenda: the line answers the current question.
    case asking
    /// As `asking`, with an earlier answer taken out to be given again: it is shown with the
    /// question, and `back` puts it back as it was.
    case changing(AnswerKey, was: Answer)
    /// For one line after a list question closed itself because it was full: the person was
    /// told to say done and may have, and that "done" is not the next question's answer.
    case listJustClosed(then: Mode)
    /// "Start again from the beginning?" waits for yes or no; no goes back to `then`.
    case confirmingRestart(then: Mode)
    /// A safety notice was shown and "carry on, or stop?" waits for a reply; carrying on goes
    /// back to `then`.
    case choosingAfterSafety(then: Mode)
    /// Words that could be a crisis or an everyday thing asked a check question first ("Just
    /// to check: ...?"): yes shows the notice, anything else reads the line that raised it
    /// as the answer to `then`'s question.
    case checkingSafety(SafetyCheck, then: Mode)
    /// An answer read by a guess ("a bit sure" as 3 out of 10, a list cut where the person may
    /// not have meant) waits for the person to say it is right; anything else goes back to
    /// `then` and is read afresh.
    case confirmingReading(PendingReading, then: Mode)
    /// In the easier way, after a glossary word was explained: "Can you tell me in your own
    /// words what HbA1c shows?" waits for a reply. It checks the explaining, never the person:
    /// any reply is thanked, and "dunno" gets the explanation again in other words.
    case checkingUnderstanding(term: String, then: Mode)
    /// Every question is done.
    case finished

    /// The answer out for change, in this mode or in the one it interrupted.
    var answerBeingChanged: (key: AnswerKey, answer: Answer)? {
      switch self {
      case .changing(let key, let was):
        return (key, was)
      case .listJustClosed(let then), .confirmingRestart(let then),
        .choosingAfterSafety(let then), .checkingSafety(_, let then),
        .confirmingReading(_, let then), .checkingUnderstanding(_, let then):
        return then.answerBeingChanged
      case .asking, .finished:
        return nil
      }
    }
  }
}
