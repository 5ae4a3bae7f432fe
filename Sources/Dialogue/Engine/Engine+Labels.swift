// MARK: Answers named in plain words

extension Engine {
  /// An answer's question as a person reads it: its label with a capital, and which goal or
  /// round it belongs to ("How much (2)"). A question the script no longer has is named by its
  /// id with spaces for underscores, so its answer can still be shown.
  public func plainLabel(for key: AnswerKey) -> String {
    let base =
      script.question(key.question)?.label
      ?? key.question.replacingOccurrences(of: "_", with: " ")
    let label = base + (key.round > 0 ? " (\(key.round + 1))" : "")
    return label.prefix(1).uppercased() + label.dropFirst()
  }

  /// What an answer said, in the person's words when there are any, else as it was read
  /// ("don't know" recorded after too many tries has no words of its own).
  public func plainAnswer(_ answer: Answer, for key: AnswerKey) -> String {
    if !Whitespace.isBlank(answer.words) { return answer.words }
    return Display.text(of: answer.value, question: script.question(key.question))
  }

  /// Whether an answer set aside is worth showing as the person's own: the yes or no to a
  /// step read back ("Is that right?" "no") was about words since changed, and says nothing
  /// of theirs; every other answer, from a question gone from the script too, is kept in view.
  public func keepsAside(_ key: AnswerKey) -> Bool {
    guard let question = script.question(key.question) else { return true }
    return question.readBack.isEmpty
  }
}
