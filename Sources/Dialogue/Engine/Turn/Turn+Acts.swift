import Foundation

// MARK: What the line is doing

extension Engine {
  /// Reads what each line is doing before its content is read, with the lexicon's act words.
  var acts: DialogueActReader { DialogueActReader(words: concepts.lexicon.acts) }
}

extension Turn {
  /// Reads the line's act and, unless it is an answer, does what the act asks. Returns whether
  /// the line was used up. Skips are left to the question, which knows what they mean for it
  /// (a list's "done", a text question's own "no thanks"). A line that asks about the question
  /// and then answers it ("what do you mean? the whole road") leaves `line` as the answer alone.
  mutating func handleAct(_ line: inout String) -> Bool {
    // A choice's own words ("change it", "keep") are that choice.
    guard !namesAChoice(line) else { return false }
    if state.changing != nil, keepAnswerBeingChanged(line) { return true }
    let asked = state.current.flatMap { engine.agenda.place(of: $0)?.item.question?.text.source }
    let reading = engine.acts.read(line, previousAnswer: wordsJustGiven, question: asked)
    switch reading.act {
    case .clarify where reading.asksWhy:
      sayWhyItIsAsked()
      return true
    case .clarify:
      guard !asksAboutAKnownWord(line) else { return false }
      noteSign(.asksWhatItMeans)
      putQuestionAnotherWay()
      return true
    case .correct:
      guard let words = reading.content else { return openLatestAnswerToPutRight() }
      return correctLatestAnswer(with: words)
    case .change:
      return changeFromAnywhere(reading.content ?? "")
    case .answer:
      if let rest = reading.content { line = rest }
      return false
    case .dontKnow, .skip, .ratherNotSay:
      return false
    }
  }

  /// Whether "what is a ...?" asks about a word rather than the question: one the glossary
  /// explains, or any word at a question that collects things to ask, where it is an item.
  func asksAboutAKnownWord(_ line: String) -> Bool {
    guard let asked = engine.glossary.question(in: line) else { return false }
    let collecting = state.current.flatMap { script.question($0.question) }?.plan
    return !asked.entries.isEmpty || collecting == .informationNeeds
  }

  /// What the person typed last as an answer: the list item just added, else the latest answer.
  var wordsJustGiven: String? {
    if !state.listDraft.isEmpty { return state.listWords.last }
    return state.answerOrder.last.flatMap { state.answers[$0]?.words }
  }

  // MARK: Asking about the question

  /// "Why do you need that?": the question's reason (its own, or the general one), that it
  /// may be skipped, and the question again. Nothing is stored and no try is counted.
  mutating func sayWhyItIsAsked() {
    let question = state.current.flatMap { engine.agenda.place(of: $0)?.item.question }
    let forWorker = engine.audience == .facilitator
    let reason =
      forWorker
      ? (question?.facilitatorWhy ?? Phrases.whyAskedForWorker)
      : (question?.why ?? Phrases.whyAsked)
    let skip = forWorker ? Phrases.maySkipForWorker : Phrases.maySkip
    outputs.append(.say(reason + " " + skip))
    askAgain()
  }

  /// "What do you mean?": the question again in plainer words, with an example and its
  /// choices. Nothing is stored and no try is counted.
  mutating func putQuestionAnotherWay() {
    guard let key = state.current, let place = engine.agenda.place(of: key),
      let question = place.item.question
    else {
      askAgain()
      return
    }
    var lines: [String] = []
    // A worker is asked in the worker's words, about the client, never as "you".
    let forWorker = engine.audience == .facilitator
    let help = (forWorker ? question.facilitatorHelp : nil) ?? question.help
    let plainly = question.plainly(for: engine.audience)
    if let easier = easierWording(question, place: place), question.readBack.isEmpty {
      // The easier way already put the plainer words: asked again, its help says it otherwise.
      if let help, help.hasPrefix("For example"), let plainly, question.kind != .date,
        let example = question.example, help != Phrases.forExample(example)
      {
        // Help that is a longer example ("every day, or three times a week") stands in for
        // the short one already shown, so the question is never put again word for word.
        lines.append(render(plainly, place: place))
        lines.append(help)
      } else {
        lines.append(easier)
        // Help that is only the same example again is left out: the easier words gave one.
        if let help, !help.hasPrefix("For example") {
          lines.append(help)
        }
      }
    } else {
      if let plainly {
        lines.append(render(plainly, place: place))
      } else {
        lines.append(Phrases.askingAgain)
        let asked = (forWorker ? question.facilitatorText : nil) ?? question.text
        lines.append(render(asked, place: place))
      }
      if let example = question.example { lines.append(Phrases.forExample(example)) }
      if plainly == nil, let help { lines.append(help) }
    }
    // "wat do u mean small thing" at a step offered with ideas to pick: the ideas are shown
    // again, as when the question was first put, so the choices are never lost.
    let easy = easyChoices(question, place: place)
    if !easy.isEmpty { lines.append(Phrases.orPickOne(for: engine.audience)) }
    outputs.append(
      .ask(
        Prompt(
          key: key, text: lines.joined(separator: "\n"), kind: question.kind,
          choices: easy.isEmpty ? question.choices.map(\.text) : easy,
          hint: easy.isEmpty ? easierHint(question) : Phrases.stepVersionsHint)))
  }
}
