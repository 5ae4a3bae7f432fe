// MARK: Reading a run of part phrases

/// The part phrases at the end of a step's words, read from the end back: for each place a
/// run could start, the phrases that take every word from there to the end, or none.
struct PhraseRun {
  /// One phrase found: which part, its words (`start..<end`), and how many pieces at its
  /// front only open it ("for" of "for 5 mins", "from" of "from tomorrow").
  struct Found: Equatable {
    var part: ReadBackPart
    var start: Int
    var end: Int
    var dropped: Int
  }

  let phrases: StepPartPhrases
  let words: [String]
  let pieces: [StepPartPhrases.Piece]
  let pieceOf: [Int]
  /// Where pieces start: a phrase starts and ends only there.
  let starts: Set<Int>
  let today: Day

  /// For each start, the phrases from there to the end, each the longest that leaves a run
  /// after it; an "and" between two phrases is passed over.
  func runs() -> [Int: [Found]] {
    var best: [Int: [Found]] = [words.count: []]
    for start in starts.sorted(by: >) where start < words.count {
      let matches = self.matches(at: start).filter {
        starts.contains($0.end) && best[$0.end] != nil
      }
      if let longest = matches.max(by: { $0.end < $1.end }) {
        best[start] = [longest] + best[longest.end]!
      } else if words[start] == "and", let rest = best[start + 1], !rest.isEmpty,
        starts.contains(start + 1)
      {
        best[start] = rest
      }
    }
    best[words.count] = nil
    return best
  }

  func matches(at start: Int) -> [Found] {
    amounts(at: start) + times(at: start) + places(at: start) + often(at: start)
      + startDays(at: start)
  }

  /// Where each phrase of a list that matches at `start` ends.
  func ends(_ list: [[String]], at start: Int) -> [Int] {
    list.compactMap { phrase in
      start + phrase.count <= words.count && Array(words[start..<start + phrase.count]) == phrase
        ? start + phrase.count : nil
    }
  }

  func isNumber(_ index: Int) -> Bool {
    index < words.count && words[index].first?.isNumber == true
  }

  /// The pieces an opening of `count` words takes up, when it ends where a piece ends.
  func pieces(from start: Int, count: Int) -> Int {
    let end = start + count
    guard count > 0, starts.contains(end), end <= words.count else { return 0 }
    return (end < words.count ? pieceOf[end] : pieces.count) - pieceOf[start]
  }

  /// "for 5 mins", "10 minutes", "3 laps", "half an hour": "for" is dropped from the words kept.
  func amounts(at start: Int) -> [Found] {
    var found: [Found] = []
    for opened in [start] + ends(phrases.amountOpenings, at: start) {
      var quantities = ends(phrases.amounts, at: opened)
      if isNumber(opened) { quantities.append(opened + 1) }
      for quantity in quantities {
        for end in ends(phrases.units, at: quantity) {
          let dropped = words[start] == "for" ? pieces(from: start, count: 1) : 0
          found.append(Found(part: .howMuch, start: start, end: end, dropped: dropped))
        }
      }
    }
    return found
  }

  /// After an opening, an owner word or none: "after lunch", "after me dinner", "in the morning".
  func owned(_ index: Int) -> [Int] {
    index < words.count && phrases.owners.contains(words[index]) ? [index, index + 1] : [index]
  }

  /// "after lunch", "in the morning", "at 3pm", "first thing".
  func times(at start: Int) -> [Found] {
    var ends = self.ends(phrases.timePhrases, at: start)
    for opened in self.ends(phrases.timeOpenings, at: start) {
      for after in owned(opened) { ends += self.ends(phrases.times, at: after) }
    }
    for opened in [start] + self.ends(phrases.timeOpenings, at: start)
    where isNumber(opened) && opened + 1 < words.count
      && ["am", "pm", "oclock"].contains(words[opened + 1])
    {
      ends.append(opened + 2)
    }
    return ends.map { Found(part: .when, start: start, end: $0, dropped: 0) }
  }

  /// "in the hallway", "at home", "round the park"; a place with a capital ("at Home Farm")
  /// is part of a name.
  func places(at start: Int) -> [Found] {
    var found: [Found] = []
    for opened in ends(phrases.placeOpenings, at: start) {
      for after in owned(opened) where after < words.count {
        let typed = pieces[pieceOf[after]].typed
        guard typed.first?.isUppercase != true else { continue }
        for end in ends(phrases.places, at: after) {
          found.append(Found(part: .where, start: start, end: end, dropped: 0))
        }
      }
    }
    return found
  }

  /// "every day", "on sundays", "twice a week", "every day except friday".
  func often(at start: Int) -> [Found] {
    var ends = self.ends(phrases.often, at: start)
    ends += weekdays(at: start)
    var counted = self.ends(phrases.counts, at: start)
    if isNumber(start), start + 1 < words.count, words[start + 1] == "times" {
      counted.append(start + 2)
    }
    for count in counted { ends += self.ends(phrases.periods, at: count) }
    // "every day except friday", "daily but not sundays".
    var withExceptions: [Int] = []
    for end in ends {
      for opened in self.ends(phrases.exceptions, at: end) {
        if let last = dayList(at: opened, anyDay: true) { withExceptions.append(last) }
      }
    }
    return (ends + withExceptions).map { Found(part: .howOften, start: start, end: $0, dropped: 0) }
  }

  /// Days that come round: "every sunday", "on sundays", "mondays and thursdays". "On sunday"
  /// may be the day to start, so it is left to be asked.
  func weekdays(at start: Int) -> [Int] {
    var ends: [Int] = []
    for opened in [start] + self.ends(phrases.dayOpenings, at: start) {
      let every = opened > start && words[start] != "on"
      guard let end = dayList(at: opened, anyDay: every) else { continue }
      ends.append(end)
    }
    return ends
  }

  /// Where a list of weekdays ("friday", "mondays and thursdays") ends; each must be plural
  /// unless `anyDay`, or the list names two days or more ("tuesdy and thursdy"), which can
  /// only be days that come round. Short forms that are also words ("mon", "fri", "sat")
  /// count only in such a list. "weekends" counts as days. A time of day said straight after
  /// the days ("tuesdy and thursdy nite") belongs with them.
  func dayList(at start: Int, anyDay: Bool) -> Int? {
    var index = start
    var end: Int?
    var count = 0
    var needsAList = false
    while index < words.count {
      let word = words[index]
      let weekend = ["weekend", "weekends"].contains(word)
      let full = AnswerReading.weekday(word)
      let short = AnswerReading.shortWeekdays[word]
      guard weekend || full != nil || short != nil else { break }
      if short != nil && full == nil { needsAList = true }
      if !weekend && !anyDay && full?.plural != true { needsAList = true }
      count += 1
      index += 1
      end = index
      if index + 1 < words.count, words[index] == "and" {
        index += 1
      } else if index < words.count,
        AnswerReading.weekday(words[index]) != nil
          || AnswerReading.shortWeekdays[words[index]] != nil
      {
        continue  // "mon, tues and thurs": the comma is not a word
      } else {
        break
      }
    }
    guard var last = end, !needsAList || count > 1 else { return nil }
    if count > 1, let time = ends(phrases.times, at: last).max() { last = time }
    return last
  }

  /// "from tomorrow", "starting monday": the date words alone are kept.
  func startDays(at start: Int) -> [Found] {
    var found: [Found] = []
    for opened in ends(phrases.startOpenings, at: start) where opened < words.count {
      for end in (opened + 1...words.count).reversed() where starts.contains(end) {
        let said = words[opened..<end].joined(separator: " ")
        guard AnswerReading.stepPartKinds(said) == [.day],
          AnswerReading.date(said, today: today) != nil
        else { continue }
        found.append(
          Found(
            part: .start, start: start, end: end,
            dropped: pieces(from: start, count: opened - start)))
        break
      }
    }
    return found
  }
}
