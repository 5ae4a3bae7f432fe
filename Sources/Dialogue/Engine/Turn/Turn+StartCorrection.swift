import Foundation

// MARK: The day to start, put right at a read-back

extension Turn {
  /// At a read-back, a line that puts right only the day to start: "no start tuesdy not
  /// monday", "start on the tuesdy tho", or, once the step already says how often without a
  /// day ("evry day"), a day name alone ("no its tuesdays"). Only the start changes; what the
  /// person will do and the other parts stay. A day name alone is the one in the week of the
  /// start already had ("tuesdy", when the start was Monday 14 December, is Tuesday 15), so a
  /// start put off to next week stays there. Returns whether the line was used up.
  mutating func takeCorrectedStart(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard let id = question.readBack[.start], let target = script.question(id),
      !line.contains("?")
    else { return false }
    let (reply, content) = AnswerReading.yesNoContent(line, doings: StepSentence.doingWords)
    guard reply != true, let content else { return false }
    let answers = context(for: place)
    let key = answers.key(for: id)
    var words = AnswerReading.plainWords(content).map(AnswerReading.meantWord)
    let namesStart = Turn.dropStartOpening(&words)
    guard namesStart || reply == false else { return false }
    words.removeAll { Turn.startFiller.contains($0) }
    // "tuesdy not monday": the day after "not" is the one it is not.
    if let not = words.firstIndex(of: "not") { words.removeSubrange(not...) }
    guard !words.isEmpty else { return false }
    let phrase = words.joined(separator: " ")
    let kinds = AnswerReading.stepPartKinds(phrase)
    guard !kinds.isEmpty, kinds.isSubset(of: [.day, .days]) else { return false }
    if !namesStart {
      // A day name alone is the start only where how often already says it without a day.
      guard let oftenID = question.readBack[.howOften],
        let often = state.answers[answers.key(for: oftenID)], case .text(let said) = often.value,
        AnswerReading.stepPartKinds(said).contains(.often)
      else { return false }
    }
    let old: Day? = {
      if case .date(let day)? = state.answers[key]?.value { return day }
      return nil
    }()
    guard let day = Turn.startDay(words, old: old, today: today, question: target) else {
      return false
    }
    // The day already had is not "changed": the person is told it is kept as it is.
    if day == old {
      outputs.append(.notice(Phrases.alreadyTold(target.label, Display.day(day))))
      askCurrent()
      return true
    }
    let answer = Answer(value: .date(day), words: line, concepts: [], at: at)
    state.answers[key] = answer
    state.answerOrder.removeAll { $0 == key }
    state.answerOrder.append(key)
    outputs.append(.notice(Phrases.partCorrected(target.label, to: Display.day(day))))
    askCurrent()
    return true
  }

  /// At a read-back, a line that says again a part the step already has ("i told u evry day")
  /// is answered with that part as kept, and the step is asked about again; a line that names
  /// a part but could not be read as a change to it opens the parts to change, rather than
  /// asking for yes or no again. Returns whether the line was used up.
  mutating func answerPartSaidAtReadBack(
    _ line: String, question: Question, place: Agenda.Place
  ) -> Bool {
    guard !question.readBack.isEmpty, !line.contains("?"),
      stepLeftOut(question, place: place) == nil
    else { return false }
    let answers = context(for: place)
    if let said = Turn.saidAgain(line) {
      let spelt = AnswerReading.partWordsSpeltRight(said).lowercased()
      for part in Set(AnswerReading.stepPartKinds(said).compactMap(\.part)) {
        guard let id = question.readBack[part], let target = script.question(id),
          case .text(let kept)? = state.answers[answers.key(for: id)]?.value,
          AnswerReading.partWordsSpeltRight(kept).lowercased() == spelt
        else { continue }
        outputs.append(.notice(Phrases.alreadyTold(target.label, spelt)))
        askCurrent()
        return true
      }
    }
    let (reply, content) = AnswerReading.yesNoContent(line, doings: StepSentence.doingWords)
    guard reply != true, let content, !AnswerReading.stepPartKinds(content).isEmpty else {
      return false
    }
    // After a plain "no", the parts to change are what the person expects; only words with
    // neither yes nor no are told why the parts come next.
    if reply == nil { outputs.append(.notice(Phrases.whichPartToChange)) }
    accept(.yesNo(false), words: line, place: place)
    return true
  }

  /// Words around a day to start that say nothing about which day.
  static let startFiller: Set<String> = [
    "tho", "though", "instead", "please", "its", "it", "is", "the", "on", "a", "should", "be",
    "then", "day", "date", "from", "ta", "thanks", "that", "thats", "wrong", "rong", "i",
    "meant", "mean", "ment",
  ]

  /// Takes "start", "starting" or "the start" off the front of the words, and says whether it
  /// was there.
  static func dropStartOpening(_ words: inout [String]) -> Bool {
    var index = 0
    if words.first == "the" { index = 1 }
    guard index < words.count, ["start", "starting", "starts", "begin"].contains(words[index])
    else { return false }
    words.removeFirst(index + 1)
    return true
  }

  /// The day some start words name: a day name alone falls in the week of the start already
  /// had, when that is still to come; anything else is read as the start question reads it.
  static func startDay(_ words: [String], old: Day?, today: Day, question: Question) -> Day? {
    let named = words.compactMap { AnswerReading.weekday($0)?.day }
    let others = words.filter { AnswerReading.weekday($0) == nil }
    if named.count == 1, others.isEmpty, let weekday = named.first {
      if let old, old > today {
        let monday = old.adding(days: -((old.weekday + 5) % 7))
        let inThatWeek = AnswerReading.coming(weekday, from: monday, strictlyAfter: false)
        if inThatWeek > today { return inThatWeek }
      }
      return AnswerReading.coming(weekday, from: today, strictlyAfter: true)
    }
    let phrase = words.joined(separator: " ")
    guard
      case .value(.date(let day)) = AnswerInterpreter(question: question, today: today)
        .read(phrase)
    else { return nil }
    return day
  }
}

extension Turn {
  /// "nex week" as the day to start a step done on a named day ("thursdy nite", "tuesdays") is
  /// that day next week, not next week's Monday: a walk on Thursday nights that "starts" on a
  /// Monday would start on a day it is not done. With several days named, the first of them
  /// in that week. Any other answer, or a step on no named day, is kept as read.
  func startOnTheStepDay(
    _ value: AnswerValue, line: String, question: Question, place: Agenda.Place
  ) -> AnswerValue {
    guard case .date(let monday) = value, question.kind == .date,
      let (part, readBack) = stepPart(of: question), part == .start
    else { return value }
    let words = AnswerReading.plainWords(line).map(AnswerReading.meantWord)
    guard let next = words.firstIndex(of: "next"), next + 1 < words.count,
      words[next + 1] == "week", !words.contains(where: { AnswerReading.weekday($0) != nil })
    else { return value }
    let answers = context(for: place)
    var days: Set<Int> = []
    for part in [ReadBackPart.when, .howOften] {
      guard let id = readBack.readBack[part],
        case .text(let text)? = state.answers[answers.key(for: id)]?.value
      else { continue }
      days.formUnion(AnswerReading.plainWords(text).compactMap { AnswerReading.weekday($0)?.day })
    }
    let starts = days.map { AnswerReading.coming($0, from: monday, strictlyAfter: false) }
    return starts.min().map(AnswerValue.date) ?? value
  }
}
