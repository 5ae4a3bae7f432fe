import Foundation

// MARK: A part picked to put right that was not among the parts picked to change

extension Turn {
  /// At a read-back, a part picked to put right that was not picked to change at first ("the
  /// time is wrong too", when only how much was changed) is added to the parts picked, as if
  /// the person had changed that answer: the part is asked, then the step is read back again.
  ///
  /// The parts picked are the latest earlier answer in the same round to a question of several
  /// choices that offers a choice with the same id as the one picked now. False when there is
  /// none, or the part would still not be asked, so the choice is kept as an ordinary answer.
  mutating func addToPartsPicked(
    _ choice: String, reaching target: String, from place: Agenda.Place
  ) -> Bool {
    let targetKey = context(for: place).key(for: target)
    guard let targetPlace = engine.agenda.place(of: targetKey) else { return false }
    for key in state.answerOrder.reversed() where key.round == place.key.round {
      guard let question = script.question(key.question), question.kind == .multi,
        question.choices.contains(where: { $0.id == choice }),
        let answer = state.answers[key], case .choices(let picked) = answer.value,
        !picked.contains(choice), let partsPlace = engine.agenda.place(of: key)
      else { continue }
      let order = question.choices.map(\.id)
      let now = (picked + [choice]).sorted {
        (order.firstIndex(of: $0) ?? order.count) < (order.firstIndex(of: $1) ?? order.count)
      }
      var trying = state
      trying.answers[key] = Answer(
        value: .choices(now), words: answer.words, concepts: answer.concepts, at: at)
      guard engine.agenda.isActive(targetPlace, in: trying) else { return false }
      state.mode = .changing(key, was: answer)
      state.answers.removeValue(forKey: key)
      state.answerOrder.removeAll { $0 == key }
      state.moveCurrent(to: nil)
      // The words typed are kept with the parts as first picked.
      accept(.choices(now), words: answer.words, place: partsPlace, reflecting: false)
      return true
    }
    return false
  }
}
