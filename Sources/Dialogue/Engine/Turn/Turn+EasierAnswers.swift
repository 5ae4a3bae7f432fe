import Foundation

// MARK: Questions and answers the easier way

extension Turn {
  /// A one-word answer to an open question (a name aside, which is one word by nature).
  mutating func noteShortAnswer(_ value: AnswerValue, words: String, question: Question?) {
    guard let question, question.kind == .text, question.plan != .preferredName,
      case .text = value, AnswerReading.plainWords(words).count == 1
    else { return }
    noteSign(.shortAnswers)
  }

  /// The words the easier way puts a question in: the plainer wording with one example; for
  /// a scale with words, the scale in words first. Nil when it has nothing easier to say.
  func easierWording(_ question: Question, place: Agenda.Place) -> String? {
    guard state.easier.isOn else { return nil }
    if question.kind == .scale, !question.inWords.isEmpty {
      let words = Phrases.scaleInWords(question.inWords.map(\.text))
      if engine.audience == .facilitator {
        let asked = render(question.facilitatorText ?? question.text, place: place)
        return asked + "\n" + Phrases.askInWords(words)
      }
      return render(question.text, place: place) + "\n" + words
    }
    guard let plainly = question.plainly(for: engine.audience) else { return nil }
    var lines = [render(plainly, place: place)]
    // A date's hint gives examples of its own: one example line, never two.
    if let example = question.example, question.kind != .date {
      lines.append(Phrases.forExample(example))
    }
    if engine.audience == .facilitator {
      let template = question.facilitatorText ?? question.text
      return render(template, place: place) + "\n" + Phrases.plainerForWorker(lines)
    }
    return lines.joined(separator: "\n")
  }

  /// The hint under a question the easier way: a scale in words says the number is fine too.
  func easierHint(_ question: Question) -> String? {
    guard state.easier.isOn, question.kind == .scale, !question.inWords.isEmpty else {
      return Phrases.hint(for: question)
    }
    return Phrases.scaleInWordsHint(question.scaleRange)
  }

  /// In the easier way, a scale answered with its words ("a bit sure") or by position ("the
  /// middle one"): kept as the words and the point they stand for. Returns whether it was.
  mutating func takeScaleInWords(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard state.easier.isOn, question.kind == .scale, !question.inWords.isEmpty else {
      return false
    }
    let options = question.inWords
    var picked: ScaleWord?
    var byPosition = false
    if let positions = PositionalChoice.positions(line, count: options.count, numbers: false),
      positions.count == 1
    {
      picked = options[positions[0]]
      byPosition = true
    } else {
      // The offered words somewhere in the line ("i told u a bit"), when only one of the
      // offers is there: "not very sure" has two, and is read as a number would be.
      // Each offer is known by the words only it has: "bit" of "a bit sure", not "sure".
      let said = Set(Self.meaningfulWords(line))
      let offered = options.map { Set(Self.meaningfulWords($0.text)).subtracting(["a"]) }
      let shared = offered.dropFirst().reduce(offered.first ?? []) { $0.intersection($1) }
      let found = options.indices.filter { index in
        let own = offered[index].subtracting(shared)
        return !own.isEmpty && said.isSuperset(of: own)
      }.map { options[$0] }
      picked = found.count == 1 ? found[0] : nil
    }
    guard let picked else { return false }
    // Kept as said in a sentence ("a bit sure"), whatever the capital of the offered words.
    let said = picked.text.prefix(1).lowercased() + picked.text.dropFirst()
    // A position ("the middle one") is said back as the words it picked.
    if byPosition { outputs.append(.say(Phrases.pickedWords(said))) }
    accept(.number(Double(picked.point)), words: line, place: place, inWords: said)
    return true
  }

  static func meaningfulWords(_ text: String) -> [String] {
    AnswerReading.plainWords(text).filter {
      !AnswerInterpreter.scaleFiller.contains($0) || $0 == "so"
    }
  }

  // MARK: Choices from the person's own areas of life

  /// In the easier way, small steps from the areas of life the person's answers named (the
  /// goal's first), one for each area, at most three. None when the question has none.
  func easyChoices(_ question: Question, place: Agenda.Place) -> [String] {
    guard state.easier.isOn, !question.easyChoices.isEmpty else { return [] }
    let answers = context(for: place)
    var areas: [String] = []
    let goal = answers.answer(of: "goal_text")?.concepts.sorted() ?? []
    for concept in goal + state.orderedAnswers.flatMap({ $0.answer.concepts.sorted() })
    where !areas.contains(concept) {
      areas.append(concept)
    }
    let steps = areas.compactMap { area in
      question.easyChoices.first { $0.concept == area }?.steps.first
    }
    return Array(steps.prefix(3))
  }

  /// One of the choices, picked by number or position ("the first one"). Returns whether it
  /// was; any other words are the person's own step.
  mutating func takeEasyChoice(_ line: String, question: Question, place: Agenda.Place) -> Bool {
    let choices = easyChoices(question, place: place)
    guard !choices.isEmpty else { return false }
    if let picked = PositionalChoice.positions(line, count: choices.count), picked.count == 1 {
      accept(.text(choices[picked[0]]), words: line, place: place)
      return true
    }
    // "3 a short walk": the option's words, and the person's own words after them, never the
    // number.
    guard let (position, rest) = PositionalChoice.leadingPick(line, options: choices) else {
      return false
    }
    // "3 keep mine" adds no words of their own to the idea picked.
    let own = rest.flatMap { Turn.saysKeepMine($0) ? nil : $0 }
    let step = own.map { "\(choices[position]), \($0)" } ?? choices[position]
    // Said back, so a number typed by mistake is seen at once.
    outputs.append(.say(Phrases.pickedWords(step)))
    accept(.text(step), words: line, place: place)
    return true
  }

  // MARK: A step made concrete

  /// In the easier way, a step that says what but not when or how often ("walk to the corner
  /// shop and back") is offered in the script's concrete versions, each with the person's own
  /// words first, and keeping their own words as it is as the last choice. Nothing is set for
  /// them: only their choice is kept.
  mutating func offerStepVersions(_ text: String, words: String, place: Agenda.Place) -> Bool {
    guard state.easier.isOn, let question = place.item.question, !question.versions.isEmpty,
      Self.saysOnlyWhat(text), let step = StepSentence.tidy(text)
    else { return false }
    let answers = context(for: place)
    let targets = Set(question.versions.flatMap { $0.answers.map(\.question) })
    guard targets.allSatisfy({ answers.answer(of: $0) == nil }) else { return false }
    let options = question.versions.prefix(3).map { version in
      ([step] + version.answers.map(\.words)).joined(separator: ", ")
    }
    confirm(.stepVersions(place.key, step: text, words: words, options: options))
    return true
  }

  /// Whether a step has no number and no word for a time or how often in it.
  static func saysOnlyWhat(_ text: String) -> Bool {
    // "tuesdy and thursdy nite" says how often as Maureen types it: each word is read as the
    // word meant, and a day in any spelling counts.
    // "mon and fri": a short form that is also a word counts beside another day.
    let words = AnswerReading.plainWords(text).map(AnswerReading.meantWord)
    let days = words.filter {
      AnswerReading.weekday($0) != nil || AnswerReading.shortWeekdays[$0] != nil
    }
    return !words.contains { word in
      word.contains(where: \.isNumber) || Phrases.timeWords.contains(word)
        || AnswerReading.weekday(word) != nil
        || (AnswerReading.shortWeekdays[word] != nil && days.count > 1)
    }
  }

  /// The reply to the versions: one of them by number, position or words keeps the step in
  /// the person's words and the when and how often they picked; the last choice, or a plain
  /// yes or no, keeps their own words alone. A command or a question about the question is
  /// read as such; any other words are their step, said again, kept as they are.
  mutating func chooseStepVersion(
    _ line: String, raw: String, step: String, words: String, options: [String],
    place: Agenda.Place
  ) {
    guard let question = place.item.question else { return process(line, raw: raw) }
    let all = options + [Phrases.keepOwnWords(for: engine.audience)]
    var picked = PositionalChoice.positions(line, count: all.count)
    if picked == nil {
      let said = AnswerInterpreter.normalise(line)
      picked = all.firstIndex { AnswerInterpreter.normalise($0) == said }.map { [$0] }
    }
    if picked == nil, AnswerReading.yesNo(line) != nil { picked = [options.count] }
    var amended = step
    if picked == nil, let (position, rest) = PositionalChoice.leadingPick(line, options: all) {
      // "2 but only round the block": that version, with the person's words added to the step.
      picked = [position]
      // "3 keep mine": the words only say again to keep their own words, and add nothing.
      if let rest, !Turn.saysKeepMine(rest) { amended = "\(step), \(rest)" }
    }
    guard let picked, picked.count == 1 else {
      if Command.parse(line) != nil || engine.acts.read(line, previousAnswer: nil).act != .answer {
        return process(line, raw: raw)
      }
      // "but only round the block", "shorter": a change to their own step, which keeps its
      // words, with the new ones added.
      if Turn.amendsAStep(line) {
        let kept = "\(step), \(Whitespace.trimmed(line))"
        outputs.append(.say(Phrases.stepAmended(Whitespace.trimmed(line), for: engine.audience)))
        return accept(.text(kept), words: "\(words)\n\(line)", place: place)
      }
      let reading = AnswerInterpreter(question: question, today: today).read(line)
      guard case .value(.text(let own)) = reading else { return process(line, raw: raw) }
      return accept(.text(own), words: line, place: place)
    }
    if picked[0] < options.count, picked[0] < question.versions.count {
      let answers = context(for: place)
      for (target, versionWords) in question.versions[picked[0]].answers {
        let key = answers.key(for: target)
        state.answers[key] = Answer(
          value: .text(versionWords), words: line, concepts: [], at: at)
        state.answerOrder.removeAll { $0 == key }
        state.answerOrder.append(key)
      }
    }
    if amended != step {
      outputs.append(
        .say(
          Phrases.stepAmended(
            String(amended.dropFirst(step.count + 2)), for: engine.audience)))
    }
    accept(.text(amended), words: amended == step ? words : "\(words)\n\(line)", place: place)
  }

  /// "keep mine", "my own", "mine please": words that only ask to keep the person's own
  /// words, so they are never added to the step.
  static func saysKeepMine(_ words: String) -> Bool {
    let said = AnswerReading.plainWords(words).map(AnswerReading.meantWord)
    let keep: Set<String> = [
      "keep", "mine", "my", "own", "words", "wording", "please", "pls", "plz", "ta", "just",
      "it", "as", "is", "the", "one", "that", "thats", "fine", "ill", "i'll", "stick", "with",
      "use",
    ]
    let saysMine = said.contains("mine") || said.contains("own")
    return !said.isEmpty && saysMine && said.allSatisfy(keep.contains)
  }

  /// Words that change a step rather than name a new one: "but only round the block",
  /// "shorter", "just to the gate".
  static func amendsAStep(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line)
    guard let first = words.first else { return false }
    let changers: Set<String> = [
      "but", "only", "just", "shorter", "longer", "less", "more", "smaller", "bigger", "slower",
      "faster", "easier", "harder", "not", "without", "with", "except", "maybe", "slowly",
      "gently", "half", "bit", "little",
    ]
    return changers.contains(first)
      || (words.count <= 3 && words.contains(where: changers.contains))
  }
}
