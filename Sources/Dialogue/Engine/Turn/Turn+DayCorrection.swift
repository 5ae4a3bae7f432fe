import Foundation

// MARK: A day put right at a read-back, wherever the step holds one

extension Turn {
  /// At a read-back, a line that names the right day ("no its tuesdays", "no tuesdy nite not
  /// thursdy") puts that day wherever the step holds one: in when ("thursdy nite" becomes
  /// "tuesday nite"), in how often ("thursdays" becomes "tuesdays") and in the day to start,
  /// moved to that day in the same week. Every other word of each part stays as typed, and
  /// each change is said back. A line whose day every part already holds is told so. False
  /// when no part but the start names a day, or the line says more than a day, so the other
  /// readings of a correction are tried. Returns whether the line was used up.
  mutating func takeCorrectedDay(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard !question.readBack.isEmpty, !line.contains("?"),
      stepLeftOut(question, place: place) == nil
    else { return false }
    let (reply, content) = AnswerReading.yesNoContent(line, doings: StepSentence.doingWords)
    guard reply != true, let content else { return false }
    guard let (newDay, oldDay) = Turn.daysNamed(in: content) else {
      return takeCorrectedDays(content, line: line, question: question, place: place)
    }
    let answers = context(for: place)
    // The parts in words that hold a day: only those holding the old day, when one is named.
    var holding: [(id: String, target: Question, text: String)] = []
    var partWords: Set<String> = []
    for part in [ReadBackPart.when, .howOften] {
      guard let id = question.readBack[part], let target = script.question(id),
        case .text(let text)? = state.answers[answers.key(for: id)]?.value
      else { continue }
      let days = AnswerReading.plainWords(text).compactMap { AnswerReading.weekday($0)?.day }
      guard !days.isEmpty, oldDay.map({ days.contains($0) }) ?? true || days.contains(newDay)
      else {
        continue
      }
      holding.append((id, target, text))
      partWords.formUnion(AnswerReading.plainWords(text).map(AnswerReading.meantWord))
    }
    guard !holding.isEmpty,
      Turn.saysOnlyADay(content, besides: partWords)
    else { return false }
    // "no its tuesdays" to a step on "mondy and thursdy nite": one new day for two, so the
    // person is asked which it takes the place of, rather than both being changed.
    // "no its tuesdays" to a step on Tuesday and Thursday names one of its days: the part is
    // kept to that day alone, below, as every day in it becomes that day.
    if oldDay == nil, let key = state.current,
      let days = holding.lazy.map({ Turn.daysInOrder($0.text) }).first(where: { $0.count > 1 }),
      !days.contains(newDay)
    {
      confirm(.dayToReplace(key, newDay: newDay, days: days, words: line))
      return true
    }
    putDayRight(newDay, for: oldDay, line: line, question: question, place: place)
    return true
  }

  /// Whether the words name a day in the plural ("tuesdays"), so a part kept to that day alone
  /// says it the same way.
  static func namesDayInPlural(_ content: String) -> Bool {
    AnswerReading.plainWords(content).contains { AnswerReading.weekday($0)?.plural == true }
  }

  /// Puts `newDay` in place of `oldDay` (or of every day, when nil) in the parts of the step
  /// that hold it, moves the day to start to match, says each change back and reads the step
  /// back again.
  mutating func putDayRight(
    _ newDay: Int, for oldDay: Int?, line: String, question: Question, place: Agenda.Place
  ) {
    let answers = context(for: place)
    var said: [String] = []
    var firstHolding: (target: Question, text: String)?
    for part in [ReadBackPart.when, .howOften] {
      guard let id = question.readBack[part], let target = script.question(id),
        case .text(let text)? = state.answers[answers.key(for: id)]?.value,
        !Turn.daysInOrder(text).isEmpty
      else { continue }
      if firstHolding == nil { firstHolding = (target, text) }
      guard let replaced = Turn.replacingDays(in: text, with: newDay, only: oldDay) else {
        continue
      }
      var changed = Turn.collapsingRepeatedDays(replaced)
      // "no its tuesdays" to "tuesday and thursday": the day alone, said as she said it.
      if Turn.namesDayInPlural(line), AnswerReading.plainWords(changed).count == 1,
        let plural = Turn.replacingDays(in: changed, with: newDay, plural: true)
      {
        changed = plural
      }
      guard changed != text else { continue }
      setPart(id, to: .text(changed), line: line, place: place)
      // "no its tuesdays" to a step on Tuesday and Thursday: the part now holds that day
      // alone, which is said plainly, so nobody reads "Tuesday and Tuesday".
      let onlyOne = Turn.daysInOrder(text).count > 1 && Turn.daysInOrder(changed).count == 1
      said.append(
        onlyOne
          ? Phrases.thatDayOnly(AnswerReading.weekdayNames[newDay - 1])
          : Phrases.partCorrected(target.label, to: AnswerReading.partWordsSpeltRight(changed)))
    }
    // The day to start moves to the named day in the same week, when it is another day, and
    // it was the day put right (or every day was).
    if let id = question.readBack[.start], let target = script.question(id),
      case .date(let start)? = state.answers[answers.key(for: id)]?.value,
      start.weekday != newDay, oldDay == nil || oldDay == start.weekday,
      let moved = Turn.startDay(
        [AnswerReading.weekdayNames[newDay - 1].lowercased()], old: start, today: today,
        question: target)
    {
      setPart(id, to: .date(moved), line: line, place: place)
      said.append(Phrases.partCorrected(target.label, to: Display.day(moved)))
    }
    if said.isEmpty, let first = firstHolding {
      // Every part already says that day: the person is told so, and asked again.
      said.append(
        Phrases.alreadyTold(first.target.label, AnswerReading.partWordsSpeltRight(first.text)))
    }
    outputs.append(.notice(said.joined(separator: "\n")))
    askCurrent()
  }

  /// "no tuesdy and thursdy nite" to a step on "mondy and thursdy nite": several days said
  /// as the right ones are the new words of the part that holds days, said back; the day to
  /// start moves to the first of them in the same week when it is none of them. False when the
  /// words say more than days, or no part holds a day.
  ///
  /// "its tuesdy and thursdy not mondy wensdy": the days after "not" are the old ones, and only
  /// those before it are the new.
  mutating func takeCorrectedDays(
    _ said: String, line: String, question: Question, place: Agenda.Place
  ) -> Bool {
    let content = Turn.beforeTheDaysSaidWrong(said) ?? said
    let named = Turn.daysInOrder(content)
    guard named.count > 1, !AnswerReading.plainWords(content).contains("not") else {
      return false
    }
    let answers = context(for: place)
    for part in [ReadBackPart.howOften, .when] {
      guard let id = question.readBack[part], let target = script.question(id),
        case .text(let text)? = state.answers[answers.key(for: id)]?.value,
        !Turn.daysInOrder(text).isEmpty,
        Turn.saysOnlyADay(
          content, besides: Set(AnswerReading.plainWords(text).map(AnswerReading.meantWord))),
        let words = StepSentence.tidy(Turn.withoutCorrectionOpening(content))
      else { continue }
      var said: [String] = []
      if Set(Turn.daysInOrder(text)) == Set(named) {
        said.append(Phrases.alreadyTold(target.label, AnswerReading.partWordsSpeltRight(text)))
      } else {
        // "no thats wrong. tuesdy and thursdy" to "nite after tea on mondy and wensdy": only
        // the days change, and "nite after tea" stays.
        let corrected = Turn.replacingDays(in: text, with: words) ?? words
        setPart(id, to: .text(corrected), line: line, place: place)
        said.append(
          Phrases.partCorrected(target.label, to: AnswerReading.partWordsSpeltRight(corrected)))
      }
      if let startID = question.readBack[.start], let startQuestion = script.question(startID),
        case .date(let start)? = state.answers[answers.key(for: startID)]?.value,
        !named.contains(start.weekday),
        let moved = Turn.startDay(
          [AnswerReading.weekdayNames[named[0] - 1].lowercased()], old: start, today: today,
          question: startQuestion)
      {
        setPart(startID, to: .date(moved), line: line, place: place)
        said.append(Phrases.partCorrected(startQuestion.label, to: Display.day(moved)))
      }
      outputs.append(.notice(said.joined(separator: "\n")))
      askCurrent()
      return true
    }
    return false
  }

  /// The words before "not" when only days follow it ("tuesdy and thursdy not mondy
  /// wensdy"); nil when there is no such "not".
  static func beforeTheDaysSaidWrong(_ content: String) -> String? {
    let tokens = content.split(whereSeparator: \.isWhitespace).map(String.init)
    let plain = tokens.map { AnswerReading.meantWord(AnswerReading.plainWords($0).joined()) }
    guard let not = plain.firstIndex(of: "not"), not > 0, not + 1 < plain.count else { return nil }
    let joiners: Set<String> = ["and", "n", "&", "or", ""]
    let after = plain[(not + 1)...]
    guard after.allSatisfy({ AnswerReading.weekday($0) != nil || joiners.contains($0) }),
      after.contains(where: { AnswerReading.weekday($0) != nil })
    else { return nil }
    return tokens[..<not].joined(separator: " ")
      .trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",;")))
  }

  /// "no its tuesdy and thursdy" to "On which day will you start?", just after the step's days
  /// were said back: the days are put right where the step holds them, and the day to start
  /// is asked again. It was taken as the day to start, and the wrong days stayed.
  mutating func takeDaysCorrectedAtTheStart(
    _ line: String, question: Question, place: Agenda.Place
  ) -> Bool {
    guard question.kind == .date, let (part, readBack) = stepPart(of: question), part == .start
    else { return false }
    let (reply, content) = AnswerReading.yesNoContent(line, doings: StepSentence.doingWords)
    guard reply == false, let content else { return false }
    return takeCorrectedDays(content, line: line, question: readBack, place: place)
  }

  /// `text` with its run of days ("mondy and wensdy") put in place of by `days`, every other
  /// word kept as typed. Nil when the text's days are not one run joined by "and" or commas
  /// ("mondy nite and wensdy morning"), the new words say more than days, or the text holds
  /// nothing but the days: then the new words stand alone.
  static func replacingDays(in text: String, with days: String) -> String? {
    let tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
    let plain = tokens.map { AnswerReading.meantWord(AnswerReading.plainWords($0).joined()) }
    let isDay = plain.map { AnswerReading.weekday($0) != nil }
    guard let first = isDay.firstIndex(of: true), let last = isDay.lastIndex(of: true) else {
      return nil
    }
    let joiners: Set<String> = ["and", "n", "&", "or", ""]
    guard (first...last).allSatisfy({ isDay[$0] || joiners.contains(plain[$0]) }) else {
      return nil
    }
    // New words with more than days in them ("tuesdy and thursdy nite") say the whole part.
    let newWords = AnswerReading.plainWords(days).map(AnswerReading.meantWord)
    guard newWords.allSatisfy({ AnswerReading.weekday($0) != nil || joiners.contains($0) }) else {
      return nil
    }
    // A comma typed on the last day ("mondy and wensdy, after tea") stays after the new ones.
    let trailing =
      tokens[last].last.map { ",;".contains($0) } == true ? String(tokens[last].last!) : ""
    let kept = tokens[..<first] + [days + trailing] + tokens[(last + 1)...]
    guard kept.count > 1 else { return nil }
    return kept.joined(separator: " ")
  }

  /// The words with a correction's opening taken off ("its", "it should be"), as typed.
  static func withoutCorrectionOpening(_ content: String) -> String {
    var tokens = content.split(whereSeparator: \.isWhitespace).map(String.init)
    let openings: Set<String> = [
      "its", "it", "is", "should", "be", "i", "meant", "mean", "no", "nah", "nope", "thats",
      "that", "wrong", "rong", "sorry", "soz", "oh", "wait", "hang", "on", "actually", "oops",
      "whoops", "hold",
    ]
    while tokens.count > 1, openings.contains(AnswerReading.plainWords(tokens[0]).joined()) {
      tokens.removeFirst()
    }
    return tokens.joined(separator: " ")
  }

  /// The reply to "Which day does Tuesday take the place of?": a day by number, position or
  /// name, or "both" for every day. Anything else leaves the step as it was and is read afresh.
  mutating func chooseDayToReplace(
    _ line: String, raw: String, newDay: Int, days: [Int], words: String
  ) {
    guard let key = state.current, let place = engine.agenda.place(of: key),
      let question = place.item.question
    else { return process(line, raw: raw) }
    let said = AnswerReading.plainWords(line).map(AnswerReading.meantWord)
    let named = said.compactMap { AnswerReading.weekday($0)?.day }.filter(days.contains)
    let every: Set<String> = ["both", "all", "them", "each", "every"]
    var old: Int??
    if !every.isDisjoint(with: said) {
      old = .some(nil)
    } else if Set(named).count == 1 {
      old = named[0]
    } else if let picked = PositionalChoice.positions(line, count: days.count + 1),
      picked.count == 1
    {
      old = picked[0] < days.count ? days[picked[0]] : .some(nil)
    }
    guard let old else { return process(line, raw: raw) }
    putDayRight(newDay, for: old, line: words, question: question, place: place)
  }

  /// The different days a part names, in the order typed.
  static func daysInOrder(_ text: String) -> [Int] {
    var days: [Int] = []
    for word in AnswerReading.plainWords(text) {
      if let day = AnswerReading.weekday(word)?.day, !days.contains(day) { days.append(day) }
    }
    return days
  }

  /// Keeps a new value for one part of the step, with the whole line typed beside it.
  mutating func setPart(_ id: String, to value: AnswerValue, line: String, place: Agenda.Place) {
    let key = context(for: place).key(for: id)
    state.answers[key] = Answer(value: value, words: line, concepts: [], at: at)
    state.answerOrder.removeAll { $0 == key }
    state.answerOrder.append(key)
  }

  /// The day a correction names as right, and the one it names as wrong ("tuesdy nite not
  /// thursdy": Tuesday, not Thursday), as Foundation numbers weekdays; nil when it names no
  /// day, or two right days.
  static func daysNamed(in content: String) -> (new: Int, old: Int?)? {
    let words = AnswerReading.plainWords(content)
    let not = words.firstIndex(of: "not") ?? words.endIndex
    let right = Set(words[..<not].compactMap { AnswerReading.weekday($0)?.day })
    let wrong = Set(words[not...].compactMap { AnswerReading.weekday($0)?.day })
    guard right.count == 1, let new = right.first, wrong.count <= 1, wrong.first != new else {
      return nil
    }
    return (new, wrong.first)
  }

  /// Whether the words say only a day: day names, words that say it is wrong or right ("its",
  /// "not", "should be"), and words the parts holding a day already have ("nite" of "thursdy
  /// nite"). "no its tuesdays and 20 mins" says more, and is read part by part instead.
  static func saysOnlyADay(_ content: String, besides partWords: Set<String>) -> Bool {
    AnswerReading.plainWords(content).map(AnswerReading.meantWord).allSatisfy { word in
      AnswerReading.weekday(word) != nil || partWords.contains(word)
        || dayCorrectionFiller.contains(word)
    }
  }

  /// Words around a day put right that say nothing about the step.
  static let dayCorrectionFiller: Set<String> = [
    "no", "nah", "nope", "not", "its", "it", "is", "was", "should", "be", "the", "on", "a",
    "i", "meant", "mean", "ment", "said", "sorry", "soz", "oh", "tho", "though", "instead",
    "please", "ta", "thanks", "every", "evry", "wrong", "rong", "day", "thats", "that",
    // What joins two days ("tuesdy and thursdy") said to a part now on one day.
    "and", "an", "n",
    // "no wait its tuesdy": second thoughts, said before the day.
    "wait", "hang", "actually", "oops", "whoops", "hold",
  ]

  /// The words of a part with each day name in them changed to `weekday`, a plural kept
  /// plural ("thursdays" becomes "tuesdays"), every other word as typed; nil when it names no
  /// day. With `old`, only that day is changed.
  static func replacingDays(
    in text: String, with weekday: Int, only old: Int? = nil, plural: Bool = false
  ) -> String? {
    let name = AnswerReading.weekdayNames[weekday - 1].lowercased()
    var changed = false
    let pieces = text.split(separator: " ", omittingEmptySubsequences: false).map { piece in
      let typed = String(piece)
      guard let start = typed.firstIndex(where: \.isLetter),
        let end = typed.lastIndex(where: \.isLetter)
      else { return typed }
      let core = String(typed[start...end])
      guard let found = AnswerReading.weekday(core.lowercased()),
        old.map({ $0 == found.day }) ?? true
      else { return typed }
      changed = true
      let written = found.plural || plural ? name + "s" : name
      let cased = core.first?.isUppercase == true ? written.capitalized : written
      return String(typed[..<start]) + cased + String(typed[typed.index(after: end)...])
    }
    return changed ? pieces.joined(separator: " ") : nil
  }

  /// A part whose days became one day ("tuesday and tuesday nite") with the repeats and the
  /// "and" or comma between them taken off ("tuesday nite"); every other word as typed.
  static func collapsingRepeatedDays(_ text: String) -> String {
    let joins: Set<String> = ["and", "an", "&", "n", "or", "+"]
    var kept: [String] = []
    var lastDay: Int?
    var pendingJoins: [String] = []
    for piece in text.split(separator: " ").map(String.init) {
      let plain = AnswerReading.plainWords(piece).joined()
      if let day = AnswerReading.weekday(plain)?.day {
        if day == lastDay, let last = kept.last {
          // The repeat goes, with what joined it; a comma after it stays on the day kept.
          pendingJoins = []
          let comma = piece.hasSuffix(",") ? "," : ""
          kept[kept.count - 1] = (last.hasSuffix(",") ? String(last.dropLast()) : last) + comma
          continue
        }
        lastDay = day
      } else if joins.contains(plain) || (plain.isEmpty && piece == "&") {
        pendingJoins.append(piece)
        continue
      } else {
        lastDay = nil
      }
      kept += pendingJoins
      pendingJoins = []
      kept.append(piece)
    }
    kept += pendingJoins
    return kept.joined(separator: " ")
  }
}
