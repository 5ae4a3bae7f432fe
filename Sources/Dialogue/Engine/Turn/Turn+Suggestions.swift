// MARK: Answers offered from what the person already said, after "don't know"

extension Turn {
  /// "Dunno" to a question with `suggest:` (the goal): two or three answers written from what
  /// the person said before, in their words, with leaving it out as the last choice. Returns
  /// false when nothing they said fits any suggestion, so "don't know" is kept as usual.
  mutating func offerSuggestions(_ question: Question, place: Agenda.Place) -> Bool {
    let options = suggestions(for: question, place: place)
    guard !options.isEmpty else { return false }
    confirm(.suggestions(place.key, options: options))
    return true
  }

  /// Each suggestion whose every answer was given and says something, with those answers'
  /// words made ready to sit in a goal (`SuggestionWords`: "me knees i spose" is "my knees");
  /// at most three, none twice. A list answer gives its items not already in an earlier
  /// suggestion: "me knees, the tablets, feelin low" after "Get help with my knees" offers
  /// "the tablets and feeling low".
  func suggestions(for question: Question, place: Agenda.Place) -> [String] {
    let answers = context(for: place)
    var options: [String] = []
    for template in question.suggestions {
      var values: [String: TemplateValue] = [:]
      for (name, _) in template.references {
        guard let words = suggestionWords(answers.answer(of: name)?.value, after: options)
        else { break }
        values[name] = .text(words)
      }
      guard values.count == Set(template.references.map(\.name)).count else { continue }
      let option = render(template, place: place, extra: values)
      if !options.contains(option) { options.append(option) }
    }
    return Array(options.prefix(3))
  }

  /// An answer's words for a suggestion, or nil when it says nothing new.
  func suggestionWords(_ value: AnswerValue?, after options: [String]) -> String? {
    switch value {
    case .text(let words)?:
      return SuggestionWords.tidy(words)
    case .list(let items)?:
      let said = options.map { " " + AnswerReading.plainWords($0).joined(separator: " ") + " " }
      let fresh = items.compactMap { SuggestionWords.tidy($0) }.filter { item in
        let words = " " + AnswerReading.plainWords(item).joined(separator: " ") + " "
        return !said.contains { $0.contains(words) }
      }
      // Two things at most, and one when either has an "and" of its own: a goal of three
      // things joined with semicolons does not read as one goal.
      guard let first = fresh.first else { return nil }
      guard fresh.count > 1, !fresh.prefix(2).contains(where: { $0.contains(" and ") }) else {
        return first
      }
      return first + " and " + fresh[1]
    default:
      return nil
    }
  }

  /// The reply to the suggestions: one of them by number, position or words, or by number with
  /// words of the person's own after it (kept with the goal's words); the last choice,
  /// "skip" or "none" leaves the question out (for the goal, its step goes with it); anything
  /// else is read afresh, so the person's own words are their answer.
  mutating func chooseSuggestion(
    _ line: String, raw: String, options: [String], place: Agenda.Place
  ) {
    let all = options + [Phrases.leaveItOut]
    // "The middle one" points at the middle suggestion: leaving it out is not one of them.
    var picked =
      PositionalChoice.positions(line, count: all.count)
      ?? PositionalChoice.positions(line, count: options.count)
    if picked == nil {
      let said = AnswerInterpreter.normalise(line)
      picked = all.firstIndex { AnswerInterpreter.normalise($0) == said }.map { [$0] }
    }
    let leaving =
      picked == [options.count] || picked == [] || AnswerReading.skipReason(line) != nil
      || ["none", "neither", "no", "nope", "none of them", "leave it"].contains(
        AnswerInterpreter.normalise(line))
    if leaving {
      outputs.append(.say(Phrases.leftOut))
      let reason = AnswerReading.skipReason(line) ?? .skipped
      accept(.skipped(reason), words: line, place: place)
    } else if let picked, picked.count == 1 {
      outputs.append(.say(Phrases.suggestionChosen(options[picked[0]])))
      accept(.text(options[picked[0]]), words: line, place: place)
    } else if let (position, rest) = PositionalChoice.leadingPick(line, options: options) {
      // "1 but only to the gate to start": the goal picked, as offered; the person's own
      // words after the number are kept as its note (the plan shows them beside it) and said
      // back, never glued into the goal. The number only points, and is never kept.
      outputs.append(.say(Phrases.suggestionChosen(options[position])))
      if let note = rest.map(Turn.withoutLeadingBut).flatMap(AnswerNote.meaningful),
        !Turn.saysKeepMine(note)
      {
        outputs.append(.say(Phrases.wordsKeptWithTheGoal(note)))
      }
      accept(.text(options[position]), words: line, place: place)
    } else if picked != nil || engine.acts.yesNo(line) == true {
      // "Yes" or "both" picks no one goal: the list stays, and the person is asked which.
      outputs.append(.notice(Phrases.pickOneSuggestion(count: options.count)))
      confirm(.suggestions(place.key, options: options))
    } else {
      process(line, raw: raw)
    }
  }
}

extension Turn {
  /// "only to the gate to start" of "but only to the gate to start": the words said back on
  /// their own, without the "but" that tied them to the number.
  static func withoutLeadingBut(_ words: String) -> String {
    let tokens = words.split(whereSeparator: \.isWhitespace)
    guard let first = tokens.first, ["but", "an", "and"].contains(first.lowercased()),
      tokens.count > 1
    else { return words }
    return tokens.dropFirst().joined(separator: " ")
  }
}
