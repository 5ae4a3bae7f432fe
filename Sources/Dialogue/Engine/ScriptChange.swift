/// Carrying a conversation over to a newer version of its script.
///
/// A session can outlive the script it started with: Prompts/ is edited between two sittings.
/// Replaying the old events against the new script would read the person's lines as answers to
/// whatever questions the new script happens to ask, so instead the old script rebuilds the
/// state and this step moves the answers across, question by question.
extension Engine {
  /// The state `state`, built by `old`, as this engine's script sees it.
  ///
  /// - An answer is kept when this script still has a question with the same id and the same
  ///   kind (the answer's form depends on the kind), in a round the section still runs.
  /// - Any other answer is set aside, never dropped: a question that left the script, or changed
  ///   kind, may still matter to the person or the worker.
  /// - Nothing is being asked any more: the next `.start` asks this script's first question
  ///   with no answer, so new questions are asked and kept answers are not asked again.
  /// - Statements before that question count as said, so a new or renamed one is not said
  ///   out of place.
  ///
  /// The result depends only on its inputs, so replaying the same events with the same
  /// script switches rebuilds the same state.
  public func migrate(_ state: ConversationState, from old: Script) -> ConversationState {
    var next = state
    for key in state.answerOrder where state.answers[key] != nil {
      if !keeps(key, from: old) {
        next.setAside[key] = next.answers.removeValue(forKey: key)
      }
    }
    // Keys not in answerOrder (none expected) go the same way, in a stable order.
    for key in next.answers.keys.sorted(by: { $0.description < $1.description })
    where !keeps(key, from: old) {
      next.setAside[key] = next.answers.removeValue(forKey: key)
    }
    next.answerOrder = state.answerOrder.filter { next.answers[$0] != nil }
    next.said = state.said.filter { script.section(holding: $0.question) != nil }
    // A statement of this script that comes before the first question still to answer is
    // part of what the person has been through: new, or renamed (one menu of ideas where
    // there were several), it is not said out of place when they carry on.
    for place in agenda.places(in: next) {
      if case .question = place.item, next.answers[place.key] == nil { break }
      if case .statement = place.item { next.said.insert(place.key) }
    }
    // Leaving the current question keeps a list's items typed so far with the other
    // unfinished lists; those whose question is no longer a list are set aside.
    next.moveCurrent(to: nil)
    for (key, draft) in next.unfinishedLists.sorted(by: { $0.key < $1.key })
    where script.question(key.question)?.kind != .list || !keeps(key, from: old) {
      next.unfinishedLists[key] = nil
      if next.setAside[key] == nil {
        next.setAside[key] = Answer(
          value: .list(draft.items), words: draft.words.joined(separator: "\n"), concepts: [],
          at: state.lastActivity ?? .distantPast)
      }
    }
    // An answer being changed goes back in its place, or is set aside with the others.
    if let changing = state.changing, next.answers[changing.key] == nil {
      if keeps(changing.key, from: old) {
        next.answers[changing.key] = changing.answer
        next.answerOrder.append(changing.key)
      } else {
        next.setAside[changing.key] = changing.answer
      }
    }
    next.focus = nil
    next.failures = 0
    // Whatever waited for a reply (a restart question, "carry on, or stop?") is dropped with
    // the answer being changed; a finished conversation stays finished.
    next.mode = state.finished ? .finished : .asking
    next.announced = nil
    return next
  }

  /// Whether the answer at `key` means the same under this script as under `old`.
  func keeps(_ key: AnswerKey, from old: Script) -> Bool {
    guard let before = old.question(key.question), let after = script.question(key.question),
      before.kind == after.kind,
      let section = script.section(holding: key.question)
    else { return false }
    return key.round < (section.repeating?.max ?? 1)
  }
}
