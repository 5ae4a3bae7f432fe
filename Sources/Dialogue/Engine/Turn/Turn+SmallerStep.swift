// MARK: A smaller step said as a change to the step already given

extension Turn {
  /// Asked for an easier step, "shorter", "make it shorter" or "less" changes the step the
  /// person already gave rather than naming a new one: the amount they said is made less
  /// ("walk to the end of the road, for less than 10 minutes"), or with no amount said, the
  /// words are added to it. Any other words are a new step of the person's own. The step as
  /// it is now is said back, and the conversation goes on. Returns whether the line was used
  /// up.
  mutating func amendEarlierStep(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard question.kind == .text, question.plan == .actionWhat,
      let (what, howMuch) = earlierStep(before: question, place: place)
    else { return false }
    guard Turn.asksForLess(line) else { return false }
    let typed = Whitespace.trimmed(line)
    let step =
      howMuch.map { "\(what), for less than \(Turn.withoutFor($0))" } ?? "\(what), \(typed)"
    outputs.append(.say(Phrases.pickedWords(step)))
    accept(.text(step), words: line, place: place)
    return true
  }

  /// Asked for an easier step, "no, it is already small - keep it as it is" keeps the step the
  /// person gave, with every part of it: it is not a new step in words. The line is kept with
  /// the skipped answer, and the step is said back. Returns whether the line was used up.
  mutating func keepEarlierStep(_ line: String, question: Question, place: Agenda.Place) -> Bool {
    guard question.kind == .text, question.plan == .actionWhat,
      let (what, _) = earlierStep(before: question, place: place), Turn.keepsTheStepWhole(line)
    else { return false }
    outputs.append(.say(Phrases.stepKeptAsItIs(what)))
    accept(.skipped(.skipped), words: line, place: place)
    return true
  }

  /// Whether a line to "could you make it smaller?" says no, or keeps the step: "no", "no, it
  /// is already small", "keep it as it is". A no with a step after it ("no, just to the
  /// gate") is a new step, not a keep.
  static func keepsTheStepWhole(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line)
    // "keep it as it is", "leave it": a short line that only keeps.
    if words.count <= 6, keepsInOneClause(line) { return true }
    guard let first = words.first, AnswerReading.strongNo.contains(first) else { return false }
    let rest = Array(words.dropFirst())
    let keeping: [[String]] = [
      ["already"], ["small", "enough"], ["big", "enough"], ["easy", "enough"], ["fine"],
      ["thanks"], ["thank", "you"], ["ok"], ["okay"],
    ]
    return rest.isEmpty || keepsTheStep(line) || AnswerReading.containsPhrase(keeping, in: rest)
  }

  /// The step given before this question, for the same plan field, and its amount, if any.
  func earlierStep(before question: Question, place: Agenda.Place)
    -> (what: String, howMuch: String?)?
  {
    let answers = context(for: place)
    let earlier = script.questions.prefix { $0.id != question.id }
    func text(of field: PlanField) -> String? {
      for other in earlier.reversed() where other.plan == field {
        if case .text(let words)? = answers.answer(of: other.id)?.value,
          let tidy = StepSentence.tidy(words)
        {
          return tidy
        }
      }
      return nil
    }
    guard let what = text(of: .actionWhat) else { return nil }
    return (what, text(of: .actionHowMuch))
  }

  /// Whether the line only asks for less of the step: "shorter", "make it shorter", "a bit
  /// less please".
  static func asksForLess(_ line: String) -> Bool {
    let filler: Set<String> = [
      "make", "it", "a", "bit", "abit", "little", "lot", "please", "pls", "plz", "just", "bit",
      "lil", "way", "much", "can", "we", "do", "go",
    ]
    let less: Set<String> = ["shorter", "less", "fewer", "smaller", "shorta", "lesser"]
    let words = AnswerReading.plainWords(line).filter { !filler.contains($0) }
    return !words.isEmpty && words.allSatisfy(less.contains)
  }

  /// An amount without the "for" it may open with: "for 10 minutes" is "10 minutes".
  static func withoutFor(_ amount: String) -> String {
    let words = amount.split(whereSeparator: \.isWhitespace)
    guard words.count > 1, words.first?.lowercased() == "for" else { return amount }
    return words.dropFirst().joined(separator: " ")
  }
}
