// MARK: Whether an answer fits the part of the step it was given to

extension Turn {
  /// The part of a step a question asks for, and the read-back question that names it.
  func stepPart(of question: Question) -> (part: ReadBackPart, readBack: Question)? {
    for other in script.questions where !other.readBack.isEmpty {
      if let part = other.readBack.first(where: { $0.value == question.id })?.key {
        return (part, other)
      }
    }
    return nil
  }

  /// What each part takes, and the kinds that show words were meant for another part. A
  /// part not here (what, where, how often, the start day, which is read as a date) takes
  /// any words. Words fit when they name a kind the part takes, or no kind that belongs
  /// elsewhere: "every meal" is a fine answer to what time of day.
  static let partRules: [ReadBackPart: (takes: Set<StepPartWords>, not: Set<StepPartWords>)] = [
    .howMuch: ([.amount], [.day, .days, .period, .often, .timeOfDay, .place]),
    .when: ([.timeOfDay], [.day, .period]),
    // "at the park" is where, not how often.
    .howOften: ([.often, .days], [.place]),
  ]

  static func fits(_ kinds: Set<StepPartWords>, _ part: ReadBackPart) -> Bool {
    guard let rule = partRules[part] else { return true }
    return !kinds.isDisjoint(with: rule.takes) || kinds.isDisjoint(with: rule.not)
  }

  /// The one check of whether an answer fits the step part it was given to. "dunno every day"
  /// at how much is a don't know with a guess that is not an amount; "a cupla weeks" there is
  /// how long, not how much; "thursdy" at what time of day is the day to start. Words that
  /// belong to another part go there when it has no answer yet, and the person is told;
  /// otherwise the question is put again plainly, with an example. Words that name no kind at
  /// all fit anywhere. Returns whether the line was used up.
  mutating func placeStepAnswer(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard question.kind == .text, let (part, readBack) = stepPart(of: question),
      Turn.partRules[part] != nil
    else { return false }
    if takeRepeatedPart(line, part: part, question: question, readBack: readBack, place: place) {
      return true
    }
    if let guess = AnswerReading.afterDontKnow(line) {
      // The guess is taken only when it names what this part takes.
      let kinds = AnswerReading.stepPartKinds(guess)
      guard let rule = Turn.partRules[part], !kinds.isDisjoint(with: rule.takes) else {
        noteSign(.dontKnow)
        outputs.append(.say(Phrases.dontKnow))
        accept(.skipped(.dontKnow), words: line, place: place)
        return true
      }
      accept(.text(guess), words: line, place: place)
      return true
    }
    let kinds = AnswerReading.stepPartKinds(line)
    guard !kinds.isEmpty, !Turn.fits(kinds, part) else { return false }
    let elsewhere = Set(kinds.compactMap(\.part)).filter { $0 != part }
    // "thursdy nite" at how long is the day to start and the time of day: each empty part
    // it names takes it, in the order the script asks them, and each is said in a line.
    let order = script.questions.map(\.id)
    let targets = elsewhere.compactMap { readBack.readBack[$0] }
      .sorted { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }
    // Each part keeps only its own words ("thursdy" to start, "nite" for when), so no part
    // says again what another says; all the words typed stay with each answer.
    let shared = AnswerReading.wordsByPart(line)
    var moved = false
    for id in targets {
      let part = readBack.readBack.first { $0.value == id }?.key
      let own = part.flatMap { shared?[$0] } ?? line
      if moveAnswer(own, words: line, to: id, place: place) { moved = true }
    }
    if moved {
      putQuestionAnotherWay()
      return true
    }
    outputs.append(
      .notice(
        kinds.contains(.period)
          ? Phrases.soundsLikeHowLong(question.label)
          : Phrases.doesNotFitPart(question.label)))
    putQuestionAnotherWay()
    return true
  }

  /// Keeps words given to the wrong part as the answer to the part they belong to, when that
  /// part has no answer yet (or was skipped) and can read them; `words` is the whole line
  /// typed, kept with the answer. Returns whether they were kept there.
  mutating func moveAnswer(_ line: String, words: String, to id: String, place: Agenda.Place)
    -> Bool
  {
    let key = context(for: place).key(for: id)
    guard state.answers[key]?.value.isGiven != true, let target = script.question(id),
      let targetPlace = engine.agenda.place(of: key),
      // The easier way leaves out optional parts (where): words that name one still go there.
      engine.agenda.isActive(targetPlace, in: state) || (target.optional && state.easier.isOn),
      case .value(let value) = AnswerInterpreter(question: target, today: today).read(line),
      value.isGiven
    else { return false }
    state.answers[key] = Answer(
      value: value, words: words, concepts: engine.concepts.analyse(line).conceptIDs, at: at)
    state.answerOrder.removeAll { $0 == key }
    state.answerOrder.append(key)
    let shown = Display.templateValue(state.answers[key]!, question: target).map { value in
      switch value {
      case .text(let text): AnswerReading.partWordsSpeltRight(text)
      case .list(let items): Template.join(items)
      }
    }
    outputs.append(.say(Phrases.contentKept(shown ?? line, as: target.label, for: engine.audience)))
    return true
  }
}

extension Turn {
  /// "evry day i said", "i told u evry day": the person says again an answer already given.
  /// The words are taken for the part they belong to; when that is another part, already
  /// answered, the person is told it is kept, and the part asked now is not asked again (it is
  /// left as skipped), so no part is asked a third time. Returns whether the line was used up.
  mutating func takeRepeatedPart(
    _ line: String, part: ReadBackPart, question: Question, readBack: Question,
    place: Agenda.Place
  ) -> Bool {
    guard let said = Turn.saidAgain(line) else { return false }
    let kinds = AnswerReading.stepPartKinds(said)
    if kinds.isEmpty || Turn.fits(kinds, part) {
      accept(.text(said), words: line, place: place)
      return true
    }
    let owners = Set(kinds.compactMap(\.part)).filter { $0 != part }
    guard owners.count == 1, let owner = owners.first, let id = readBack.readBack[owner],
      let target = script.question(id)
    else { return false }
    let key = context(for: place).key(for: id)
    if let kept = state.answers[key], kept.value.isGiven {
      let shown = Display.templateValue(kept, question: target).map { value in
        switch value {
        case .text(let text): AnswerReading.partWordsSpeltRight(text)
        case .list(let items): Template.join(items)
        }
      }
      outputs.append(.say(Phrases.alreadyTold(target.label, shown ?? said)))
    } else if !moveAnswer(said, words: line, to: id, place: place) {
      return false
    }
    accept(.skipped(.skipped), words: line, place: place)
    return true
  }

  /// The answer in a line that says it again ("evry day i said", "i told u evry day", "like i
  /// said, mornings"), or nil when the line does not say so.
  static func saidAgain(_ line: String) -> String? {
    let typed = line.split(whereSeparator: \.isWhitespace).map(String.init)
    let plain = typed.map { AnswerReading.plainWords($0).joined() }
    let markers: [[String]] = [
      ["like", "i", "said"], ["as", "i", "said"], ["i", "already", "said"], ["i", "just", "said"],
      ["i", "said"],
      ["i", "told", "u"], ["i", "told", "you"], ["i", "told", "ya"], ["told", "u"],
      ["told", "you"], ["i", "already", "told", "you"], ["i", "already", "told", "u"],
    ]
    for marker in markers.sorted(by: { $0.count > $1.count }) where plain.count > marker.count {
      var rest: ArraySlice<String>
      if Array(plain.prefix(marker.count)) == marker {
        rest = typed.dropFirst(marker.count)
      } else if Array(plain.suffix(marker.count)) == marker {
        rest = typed.dropLast(marker.count)
      } else {
        continue
      }
      while let first = rest.first,
        ["its", "it", "was", "is"].contains(
          AnswerReading.plainWords(first).joined())
      {
        rest = rest.dropFirst()
      }
      let words = rest.joined(separator: " ")
        .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
      return words.isEmpty ? nil : words
    }
    return nil
  }

  /// The pieces of a read-back correction, each naming one part: "tuesdays and 20 mins" is
  /// two. Words that name one part however they are joined ("twice a week and at weekends")
  /// stay whole.
  static func partPieces(_ words: String) -> [String] {
    let whole = Set(AnswerReading.stepPartKinds(words).compactMap(\.part))
    guard whole.count > 1 else { return [words] }
    var pieces: [String] = []
    var current: [String] = []
    for piece in words.split(whereSeparator: \.isWhitespace).map(String.init) {
      let plain = AnswerReading.plainWords(piece)
      if plain == ["and"] || plain == ["&"] || piece.hasSuffix(",") {
        if !plain.isEmpty, plain != ["and"] { current.append(String(piece.dropLast())) }
        if !current.isEmpty { pieces.append(current.joined(separator: " ")) }
        current = []
      } else {
        current.append(piece)
      }
    }
    if !current.isEmpty { pieces.append(current.joined(separator: " ")) }
    return pieces.map(Turn.withoutPartOpening)
  }

  /// A piece's words without an opening that says what the part should be ("its 20 mins").
  static func withoutPartOpening(_ piece: String) -> String {
    var typed = piece.split(whereSeparator: \.isWhitespace).map(String.init)
    for opening in partCorrectionOpenings where typed.count > opening.count {
      if typed.prefix(opening.count).flatMap(AnswerReading.plainWords) == opening {
        typed.removeFirst(opening.count)
        break
      }
    }
    return typed.joined(separator: " ")
  }

  /// Openings that say what a part should be ("its thursdays", "should be mornings").
  static let partCorrectionOpenings: [[String]] = [
    ["it", "should", "be"], ["should", "be"], ["it", "is"], ["its"], ["it", "was"], ["make", "it"],
    ["it", "needs", "to", "be"], ["i", "meant"], ["i", "mean"],
  ]

  /// At a read-back, "no its thursdys for bingo" puts one part right: the words name the kind
  /// of one part (here how often), so they become that part, every word kept, and the step is
  /// read back again. Returns whether the line was used up.
  mutating func takeCorrectedPart(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard !question.readBack.isEmpty, !line.contains("?") else { return false }
    let (reply, content) = AnswerReading.yesNoContent(line, doings: StepSentence.doingWords)
    guard reply == false, let content else { return false }
    var typed = content.split(whereSeparator: \.isWhitespace).map(String.init)
    for opening in Turn.partCorrectionOpenings where typed.count > opening.count {
      if typed.prefix(opening.count).flatMap(AnswerReading.plainWords) == opening {
        typed.removeFirst(opening.count)
        break
      }
    }
    let words = typed.joined(separator: " ")
      .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
    // "no, it says every day twice" says what is wrong, not what it should be: the words must
    // open with the part itself ("thursdys ...") or follow "its" or "should be".
    let opened = typed.count < content.split(whereSeparator: \.isWhitespace).count
    // "20 mins, every tuesday" opens with a number, whose kind its next word gives.
    let opening = AnswerReading.plainWords(words).prefix(2)
    let firstWords =
      opening.first?.first?.isNumber == true ? Array(opening) : Array(opening.prefix(1))
    guard opened || !AnswerReading.stepPartKinds(firstWords.joined(separator: " ")).isEmpty
    else { return false }
    let pieces = Turn.partPieces(words)
    var changes: [(id: String, target: Question, value: AnswerValue, words: String)] = []
    for piece in pieces {
      let parts = Set(AnswerReading.stepPartKinds(piece).compactMap(\.part))
      guard parts.count == 1, let part = parts.first, let id = question.readBack[part],
        !changes.contains(where: { $0.id == id }), let target = script.question(id),
        case .value(let value) = AnswerInterpreter(question: target, today: today).read(piece),
        value.isGiven
      else { return false }
      changes.append((id, target, value, piece))
    }
    guard !changes.isEmpty else { return false }
    var said: [String] = []
    for change in changes {
      let key = context(for: place).key(for: change.id)
      let answer = Answer(
        value: change.value, words: line,
        concepts: engine.concepts.analyse(change.words).conceptIDs, at: at)
      state.answers[key] = answer
      state.answerOrder.removeAll { $0 == key }
      state.answerOrder.append(key)
      let shown = Display.templateValue(answer, question: change.target).map { value in
        switch value {
        case .text(let text): AnswerReading.partWordsSpeltRight(text)
        case .list(let items): Template.join(items)
        }
      }
      said.append(Phrases.partCorrected(change.target.label, to: shown ?? change.words))
    }
    outputs.append(.notice(said.joined(separator: "\n")))
    askCurrent()
    return true
  }
}
