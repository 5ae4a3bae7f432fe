// MARK: A change said with the choice that leads to it

extension Turn {
  /// "agreed but make it 10 minutes not 5": the choice read is the one that builds on
  /// "agreed" (`ChoiceOpening.withAChange`), and the change said with it is put in, not
  /// lost. When the question's words go to the parts picked next (`content_to` a multi
  /// question whose choices are parts of the step), and the change clearly names one part
  /// ("10 minutes" is how much), that part is picked and its new words kept as the answer to
  /// the question that asks it, as if both had been asked; the step is then read back whole
  /// as usual. A change that names no part, or several, leaves the parts to be asked.
  mutating func takeChangeSaidWithTheChoice(
    _ id: String, line: String, question: Question, place: Agenda.Place
  ) {
    guard let target = question.contentTo, let parts = script.question(target),
      parts.kind == .multi,
      let said = ChoiceOpening.withAChange(line, among: question.choices), said.id == id
    else { return }
    let group = script.section(holding: question.id)?.repeating?.group
    let newWords = Turn.partSaid(in: said.change)
    let named = Set(AnswerReading.stepPartKinds(newWords).compactMap(\.part))
    guard named.count == 1, let part = named.first,
      parts.choices.contains(where: { $0.id == part.rawValue }),
      let asking = script.questions.lazy.compactMap({ $0.readBack[part] })
        .first(where: { script.section(holding: $0)?.repeating?.group == group })
    else { return }
    let partsKey = contentKey(for: target, from: question.id, place: place)
    let askingKey = context(for: place).key(for: asking)
    var trial = state
    trial.answers[place.key] = Answer(value: .choice(id), words: line, concepts: [], at: at)
    trial.answers[partsKey] = Answer(
      value: .choices([part.rawValue]), words: line, concepts: [], at: at)
    guard state.answers[partsKey] == nil, state.answers[askingKey] == nil,
      let askingPlace = engine.agenda.place(of: askingKey),
      engine.agenda.isActive(askingPlace, in: trial)
    else { return }
    for (key, value) in [
      (partsKey, AnswerValue.choices([part.rawValue])), (askingKey, .text(newWords)),
    ] {
      state.answers[key] = Answer(
        value: value, words: line, concepts: engine.concepts.analyse(newWords).conceptIDs, at: at)
      state.answerOrder.removeAll { $0 == key }
      state.answerOrder.append(key)
    }
    outputs.append(
      .say(
        Phrases.contentKept(
          newWords, as: script.question(asking)?.label ?? asking, for: engine.audience)))
  }
}
