extension ConversationState {
  /// What the next line is read as, by name ("asking", "confirmingRestart", ...): the outermost
  /// mode only. For checks outside the engine that a conversation never sticks in one mode;
  /// nothing decides anything by this name.
  public var modeName: String {
    switch mode {
    case .asking: "asking"
    case .changing: "changing"
    case .listJustClosed: "listJustClosed"
    case .confirmingRestart: "confirmingRestart"
    case .choosingAfterSafety: "choosingAfterSafety"
    case .checkingSafety: "checkingSafety"
    case .confirmingReading: "confirmingReading"
    case .checkingUnderstanding: "checkingUnderstanding"
    case .finished: "finished"
    }
  }

  /// The question whose answer is taken out to be given again, if one is: that answer is kept
  /// in the mode until a new one is given or `back` puts it back, so it is not lost.
  public var answerOutForChange: AnswerKey? { changing?.key }
}
