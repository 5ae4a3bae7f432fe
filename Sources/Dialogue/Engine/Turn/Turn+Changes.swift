import Foundation

// MARK: Changing an earlier answer from anywhere in a line

extension Turn {
  /// "Can I go back to the bit about my feet?": opens the earlier answer the words name, as
  /// `change` does. When they name none, a line that only asks to change something is shown
  /// which answers can be changed; any other line is left to be read as an answer ("I want to
  /// change my diet" is what someone would like to do).
  mutating func changeFromAnywhere(_ target: String) -> Bool {
    if askLeftOutQuestion(named: target) { return true }
    let answered = state.orderedAnswers.map(\.key)
    if openAnswer(matching: target, among: answered) { return true }
    if let key = findAnswer(byConceptsIn: target, among: answered) {
      beginChange(key, answer: state.answers[key]!)
      return true
    }
    guard Turn.namesNothingInParticular(target) else { return false }
    change("")
    return true
  }

  /// Whether the words after "can I change" say nothing about which answer ("something", "an
  /// answer", nothing at all).
  static func namesNothingInParticular(_ target: String) -> Bool {
    let vague: Set<String> = [
      "something", "an", "answer", "my", "a", "thing", "please", "it", "that", "i", "said",
      "what", "one", "of", "answers", "the", "something", "bit",
    ]
    return ActWords.words(of: target).allSatisfy { vague.contains($0.word) }
  }

  /// The answer whose words name the same thing as the target ("my feet" and "sore feet", "me
  /// foot"), by the lexicon's concepts; the latest when several do.
  func findAnswer(byConceptsIn target: String, among keys: [AnswerKey]) -> AnswerKey? {
    let wanted = engine.concepts.analyse(target).conceptIDs
    guard !wanted.isEmpty else { return nil }
    return keys.last { key in
      guard let answer = state.answers[key] else { return false }
      return !answer.concepts.isDisjoint(with: wanted)
    }
  }

  /// While an answer is out for change, "keep", "done", "nothing" and the like put it back as
  /// it was and say so. A list opened for change starts from its old items: once one is added
  /// or taken off, "done" (or "keep") finishes the list as it now stands.
  mutating func keepAnswerBeingChanged(_ line: String) -> Bool {
    guard let changing = state.changing, state.listUnchangedSinceOpened,
      line.isEmpty || engine.acts.keepsTheAnswer(line)
    else { return false }
    let question = script.question(changing.key.question)
    let shown = Turn.shorten(Display.text(of: changing.answer.value, question: question))
    state.answers[changing.key] = changing.answer
    state.answerOrder.append(changing.key)
    state.mode = .asking
    state.focus = nil
    outputs.append(.say(Phrases.keptAsItWas(shown, for: engine.audience)))
    state.moveCurrent(to: nil)
    advance()
    return true
  }
}
