// MARK: Parts of a step said in the step itself

extension Turn {
  /// A part of a step found in the step's own words, ready to be kept as that part's answer.
  struct PartFromTheStep {
    var key: AnswerKey
    var answer: Answer
    /// How the part is named when it is said back: "how long", "when".
    var name: String
    var shown: String
    /// The parts picked to change, with this part added ("walk for 10 minutes" when only
    /// what was picked changes how much too), when it had to be added to be asked at all.
    var picked: (key: AnswerKey, answer: Answer)?
  }

  /// The parts a step's own words say ("walk up and down the hallway for 5 mins after lunch":
  /// how long and when), for a question whose `fills_parts` lets them be taken, and what the
  /// person will do without them. Nil when the words hold no clear part, or a part they hold
  /// cannot be taken here (its question is not asked, or cannot read the words): then the
  /// step is kept whole and each part asked as usual.
  func partsInTheStep(_ text: String, words: String, question: Question, place: Agenda.Place)
    -> (what: String, parts: [PartFromTheStep])?
  {
    guard !question.fillsParts.isEmpty,
      let readBack = script.questions.first(where: { $0.readBack[.what] == question.id }),
      let found = engine.acts.words.stepParts.find(
        in: text, today: today, spell: { engine.acts.words.normalised([$0]) },
        namesADoing: StepSentence.namesAnAction)
    else { return nil }
    let answers = context(for: place)
    // The parts' questions apply only once the step is there to do.
    var trying = state
    trying.answers[place.key] = Answer(value: .text(found.what), words: words, concepts: [], at: at)
    var parts: [PartFromTheStep] = []
    for part in ReadBackPart.allCases {
      guard let said = found.parts[part] else { continue }
      guard let id = readBack.readBack[part], question.fillsParts.contains(id),
        let target = script.question(id)
      else { return nil }
      let key = answers.key(for: id)
      guard let targetPlace = engine.agenda.place(of: key) else { return nil }
      var picked: (key: AnswerKey, answer: Answer)?
      if !engine.agenda.isActive(targetPlace, in: trying) {
        guard let added = partAddedToPicks(part, place: place) else { return nil }
        trying.answers[added.0] = added.1
        guard engine.agenda.isActive(targetPlace, in: trying) else { return nil }
        picked = added
      }
      guard case .value(let value) = AnswerInterpreter(question: target, today: today).read(said),
        value.isGiven
      else { return nil }
      let answer = Answer(
        value: value, words: words, concepts: engine.concepts.analyse(said).conceptIDs, at: at)
      let shown: String
      if case .date(let day) = value {
        shown = day.year == today.year ? Display.dayInYear(day) : Display.day(day)
      } else {
        shown = AnswerReading.partWordsSpeltRight(said)
      }
      parts.append(
        PartFromTheStep(
          key: key, answer: answer, name: Turn.name(of: part, said), shown: shown,
          picked: picked))
    }
    return parts.isEmpty ? nil : (found.what, parts)
  }

  /// The latest answer in this round to a question of several choices that offers this part
  /// as a choice not picked ("Which parts change?"), with the part added; nil when there is none.
  func partAddedToPicks(_ part: ReadBackPart, place: Agenda.Place) -> (AnswerKey, Answer)? {
    for key in state.answerOrder.reversed() where key.round == place.key.round {
      guard let question = script.question(key.question), question.kind == .multi,
        question.choices.contains(where: { $0.id == part.rawValue }),
        let answer = state.answers[key], case .choices(let picked) = answer.value
      else { continue }
      guard !picked.contains(part.rawValue) else { return nil }
      let order = question.choices.map(\.id)
      let now = (picked + [part.rawValue]).sorted {
        (order.firstIndex(of: $0) ?? order.count) < (order.firstIndex(of: $1) ?? order.count)
      }
      return (
        key, Answer(value: .choices(now), words: answer.words, concepts: answer.concepts, at: at)
      )
    }
    return nil
  }

  /// A part as it is named when said back: an amount of time is "how long".
  static func name(of part: ReadBackPart, _ said: String) -> String {
    switch part {
    case .what: "what"
    case .howMuch:
      AnswerReading.plainWords(said).contains { StepSentence.durations.contains($0) }
        ? "how long" : "how much"
    case .when: "when"
    case .where: "where"
    case .howOften: "how often"
    case .start: "the day to start"
    }
  }

  /// Keeps the parts taken from the step as their questions' answers, so they are not asked,
  /// and says them back once, in one line. An answer a part had before is set aside, kept.
  mutating func keepPartsFromTheStep(_ parts: [PartFromTheStep]) {
    guard !parts.isEmpty else { return }
    var said: [String] = []
    for part in parts {
      if let picked = part.picked { state.answers[picked.key] = picked.answer }
      var shown = Turn.shorten(part.shown, to: 60)
      if let old = state.answers[part.key], old.value.isGiven, old.value != part.answer.value {
        // "swim ten lengths" after "twenty minutes": the old part is kept, and said.
        state.setAside[part.key] = old
        switch old.value {
        case .text(let words): shown += ", was " + Turn.shorten(words, to: 60)
        case .date(let day): shown += ", was " + Display.day(day)
        default: break
        }
      }
      said.append("\(part.name) (\(shown))")
      state.answers[part.key] = part.answer
      state.answerOrder.removeAll { $0 == part.key }
      state.answerOrder.append(part.key)
    }
    outputs.append(.say(Phrases.partsFromTheStep(said, for: engine.audience)))
  }
}
