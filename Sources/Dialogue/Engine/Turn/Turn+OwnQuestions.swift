// MARK: "change my questions": the person's own list of questions

extension Turn {
  /// Words that, set apart from filler, only say "my questions" ("change my questions", "change
  /// me qs", "change the questions i want to ask").
  static let ownQuestionWords: Set<String> = [
    "question", "questions", "qs", "q", "ques", "own", "list", "want", "ask", "asking", "wanted",
    "to", "i", "the", "my", "me",
  ]

  /// "change my questions": the questions the person typed in their own words are opened,
  /// shown with "keep it as it is", not the three stock questions picked from a menu (which
  /// the word "questions" in their label would otherwise win). Several lists of their own are
  /// offered by number; none, and the list the easier way left out is asked now. Returns
  /// false when the words say more than "my questions", or there is nothing of theirs.
  mutating func openOwnQuestions(_ target: String) -> Bool {
    let words = AnswerInterpreter.normalise(target).split(separator: " ").map(String.init)
    guard words.contains(where: { ["question", "questions", "qs", "ques"].contains($0) }),
      words.allSatisfy(Turn.ownQuestionWords.contains)
    else { return false }
    let own = state.orderedAnswers.map(\.key).filter { key in
      guard let question = script.question(key.question) else { return false }
      // "nothing" to a list of questions is an empty list: no questions of hers to open.
      guard question.kind == .list, question.plan == .informationNeeds,
        case .list(let items) = state.answers[key]?.value
      else { return false }
      return !items.isEmpty
    }
    if own.count == 1, let key = own.first, let answer = state.answers[key] {
      if let label = script.question(key.question)?.label {
        let spoken = engine.audience == .facilitator ? SpokenOf.person(label) : label
        outputs.append(.say(Phrases.changingAnswer(spoken)))
      }
      beginChange(key, answer: answer)
      return true
    }
    if own.count > 1, let current = state.current {
      confirm(.answerToChange(current, candidates: own))
      return true
    }
    // Nothing typed yet: the last list of questions, if the easier way left it out, is asked.
    let leftOut = script.sections.flatMap(\.items).compactMap(\.question).last { question in
      question.optional && question.kind == .list && question.plan == .informationNeeds
    }
    guard let leftOut else { return false }
    return askLeftOutQuestion(named: leftOut.id)
  }
}
