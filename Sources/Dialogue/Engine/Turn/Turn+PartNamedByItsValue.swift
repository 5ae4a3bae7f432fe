// MARK: A part of the step picked by its new value

extension Turn {
  /// "make it 10 minutes not 5" to "Which parts change?": no choice is named, but the new
  /// words clearly say one part ("10 minutes" is how much). That part is picked and its new
  /// words kept as the answer to the question that asks it, and both are said back, as when
  /// the change came with "agreed but ...". A line that names no part, or several, or that
  /// reads as choices, is left to the usual reading. Returns whether the line was taken.
  mutating func takePartNamedByItsValue(
    _ line: String, question: Question, place: Agenda.Place
  ) -> Bool {
    guard question.kind == .multi, !namesAChoice(line),
      case .unreadable = AnswerInterpreter(question: question, today: today, acts: engine.acts)
        .read(line)
    else { return false }
    let group = script.section(holding: question.id)?.repeating?.group
    let newWords = Turn.partSaid(in: line)
    let named = Set(AnswerReading.stepPartKinds(newWords).compactMap(\.part))
    guard named.count == 1, let part = named.first,
      question.choices.contains(where: { $0.id == part.rawValue }),
      let asking = script.questions.lazy.compactMap({ $0.readBack[part] })
        .first(where: { script.section(holding: $0)?.repeating?.group == group })
    else { return false }
    let askingKey = context(for: place).key(for: asking)
    var trial = state
    trial.answers[place.key] = Answer(
      value: .choices([part.rawValue]), words: line, concepts: [], at: at)
    guard state.answers[askingKey] == nil, let askingPlace = engine.agenda.place(of: askingKey),
      engine.agenda.isActive(askingPlace, in: trial)
    else { return false }
    state.answers[askingKey] = Answer(
      value: .text(newWords), words: line,
      concepts: engine.concepts.analyse(newWords).conceptIDs, at: at)
    state.answerOrder.removeAll { $0 == askingKey }
    state.answerOrder.append(askingKey)
    outputs.append(
      .say(
        Phrases.contentKept(
          newWords, as: script.question(asking)?.label ?? asking, for: engine.audience)))
    accept(.choices([part.rawValue]), words: line, place: place)
    return true
  }
}
