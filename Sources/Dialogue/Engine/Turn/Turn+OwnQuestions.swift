// MARK: "change my questions": the person's own list of questions

extension Turn {
  /// Words that, set apart from filler, only say "my questions" ("change my questions", "change
  /// me qs", "change the questions i want to ask").
  static let ownQuestionWords: Set<String> = [
    "question", "questions", "qs", "q", "ques", "own", "list", "want", "ask", "asking", "wanted",
    "to", "i", "the", "my", "me",
  ]

  /// "change my questions": the questions on the person's plan are opened, not whatever the
  /// word "questions" in a label would win. One list of their own is opened at once, shown
  /// with "keep it as it is". When the plan's questions come from more than one answer (their
  /// own list and the stock questions they picked), they are offered by number, each with what
  /// it holds: opening only their own list would leave a picked question out of sight, and
  /// "take off 1" would then take off a different question from the one the plan shows first.
  /// None at all, and the list the easier way left out is asked now. Returns false when the
  /// words say more than "my questions", or there is nothing to open.
  mutating func openOwnQuestions(_ target: String) -> Bool {
    let words = AnswerInterpreter.normalise(target).split(separator: " ").map(String.init)
    guard words.contains(where: { ["question", "questions", "qs", "ques"].contains($0) }),
      words.allSatisfy(Turn.ownQuestionWords.contains)
    else { return false }
    // In the script's order, so the same list has the same number each time it is offered:
    // the order answers were given in changes once one of them is changed.
    let order = script.sections.flatMap(\.items).map(\.id)
    let candidates = answersHoldingQuestions.sorted { a, b in
      let (first, second) = (
        order.firstIndex(of: a.question) ?? 0, order.firstIndex(of: b.question) ?? 0
      )
      return first == second ? a.round < b.round : first < second
    }
    if candidates.count == 1, let key = candidates.first, let answer = state.answers[key] {
      if let label = script.question(key.question)?.label {
        let spoken = engine.audience == .facilitator ? SpokenOf.person(label) : label
        outputs.append(.say(Phrases.changingAnswer(spoken)))
      }
      beginChange(key, answer: answer)
      return true
    }
    if candidates.count > 1, let current = state.current {
      confirm(.answerToChange(current, candidates: candidates))
      return true
    }
    // Nothing typed yet: the last list of questions, if the easier way left it out, is asked.
    guard let leftOut = leftOutQuestionList else { return false }
    return askLeftOutQuestion(named: leftOut.id)
  }

  /// Answers that put questions on the plan: lists the person typed, and the stock questions
  /// they picked. "nothing" to a list of questions is an empty list, and picking none is no
  /// pick: neither holds a question to open.
  var answersHoldingQuestions: Set<AnswerKey> {
    Set(
      state.answers.compactMap { key, answer in
        guard let question = script.question(key.question), question.plan == .informationNeeds
        else { return nil }
        switch answer.value {
        case .list(let items) where !items.isEmpty: return key
        case .choices(let ids) where !ids.isEmpty: return key
        default: return nil
        }
      })
  }

  /// The last list of questions the easier way leaves out, if the script has one.
  var leftOutQuestionList: Question? {
    script.sections.flatMap(\.items).compactMap(\.question).last { question in
      question.optional && question.kind == .list && question.plan == .informationNeeds
    }
  }
}

extension Turn {
  /// The question over answers to choose from: when each holds questions for the plan, the
  /// person asked for "my questions" and is told where they are, not that their words fit
  /// more than one answer.
  func whichToChange(_ candidates: [AnswerKey]) -> String {
    let holding = answersHoldingQuestions
    guard candidates.allSatisfy(holding.contains) else { return Phrases.whichAnswerToChange }
    return Phrases.whichQuestionsToChange(places: candidates.count, for: engine.audience)
  }
}

extension Phrases {
  static func whichQuestionsToChange(places: Int, for audience: Audience) -> String {
    let whose = audience == .facilitator ? "Their" : "Your"
    let count = places == 2 ? "two" : places == 3 ? "three" : "\(places)"
    return "\(whose) questions are in \(count) places. Which do you want to change?"
  }
}
