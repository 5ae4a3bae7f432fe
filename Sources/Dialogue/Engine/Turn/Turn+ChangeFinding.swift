import Foundation

// MARK: Finding the answer a `change ...` means

extension Turn {
  /// What the words after "change" point to among the answers given.
  enum AnswerSearch: Equatable {
    /// The question's id or label, said exactly: no doubt which.
    case named(AnswerKey)
    /// The best match by words, clearly ahead of the rest: opened, and said which.
    case best(AnswerKey)
    /// Several answers match as well as each other: the person picks one by number.
    case unsure([AnswerKey])
    case nothing
  }

  /// The most answers offered when the words fit several equally.
  static let mostCandidates = 4

  /// Finds which earlier answer the person means. In order:
  ///
  /// 1. the question's id or label, exactly, once filler words are set aside on both sides
  ///    ("change my goal" is the label "goal", not "another goal");
  /// 2. the words they use against each question's label, its wording as it was shown (with
  ///    the earlier answers it names, such as an agreed action), and the answer itself, near
  ///    spellings counting too ("the scales downstairs one" is the action about the scales,
  ///    not "the one thing"). Where scores tie, an answer in the person's words beats a yes/no
  ///    (a read-back such as "Is that right?" is rarely what someone means to change); a tie
  ///    that is left is not guessed.
  func searchAnswers(matching typed: String, among allKeys: [AnswerKey]) -> AnswerSearch {
    let (target, keys) = narrowedToGoal(typed, among: allKeys)
    // A question named by its label that has an answer given comes before one skipped ("my
    // step" is the step, not the smaller step left out).
    let given = keys.filter { state.answers[$0]?.value.isGiven == true }
    for key in given.reversed() + keys.reversed() {
      guard let question = script.question(key.question) else { continue }
      if Turn.names(target, question) { return .named(key) }
    }
    let wanted = Turn.targetWords(target)
    guard !wanted.isEmpty else { return .nothing }
    var scored: [(key: AnswerKey, score: Int, ownWords: Bool, order: Int)] = []
    for (order, key) in keys.enumerated() {
      guard let question = script.question(key.question), let answer = state.answers[key] else {
        continue
      }
      let place = engine.agenda.place(of: key)
      let shown = place.map { render(question.text, place: $0, whole: true) } ?? ""
      let said = Display.text(of: answer.value, question: question)
      let haystack = Set(
        AnswerInterpreter.normalise(
          [question.label, question.id, shown, answer.words, said].joined(separator: " ")
        ).split(separator: " ").map(String.init))
      let labelWords = Set(
        AnswerInterpreter.normalise(question.label).split(separator: " ").map(String.init))
      var score = 0
      for word in wanted {
        if haystack.contains(word) {
          score += 2
        } else if haystack.contains(where: { Turn.nearlySame(word, $0) }) {
          score += 1
        }
        if labelWords.contains(word) { score += 1 }
      }
      guard score > 0 else { continue }
      // A skipped answer is not words of the person's own to change.
      scored.append((key, score, question.kind != .yesNo && answer.value.isGiven, order))
    }
    let ranked = scored.sorted {
      ($0.score, $0.ownWords ? 1 : 0, $0.order) > ($1.score, $1.ownWords ? 1 : 0, $1.order)
    }
    guard let top = ranked.first else { return .nothing }
    let level = ranked.filter { $0.score == top.score && $0.ownWords == top.ownWords }
    if level.count > 1 {
      // Listed in the order they were asked, as the person met them.
      return .unsure(level.prefix(Self.mostCandidates).sorted { $0.order < $1.order }.map(\.key))
    }
    return .best(top.key)
  }

  /// "my step for goal 3", "the second goal's step": the goal's number picks the round of the
  /// repeating part that holds the step, and the words left say which answer in it. Answers
  /// outside that part stay among the keys. A number past the rounds is the latest round, as
  /// a changed goal comes after the rest in the plan. Unchanged when no goal is numbered.
  func narrowedToGoal(_ target: String, among keys: [AnswerKey])
    -> (target: String, keys: [AnswerKey])
  {
    guard let (number, rest) = Turn.goalNumber(in: target) ?? goalNamed(in: target, among: keys)
    else { return (target, keys) }
    let goalGroups = Set(
      script.sections.filter { section in
        section.items.contains { $0.question?.plan == .actionWhat }
      }.compactMap(\.repeating?.group))
    func inAGoal(_ key: AnswerKey) -> Bool {
      script.section(holding: key.question)?.repeating.map { goalGroups.contains($0.group) }
        ?? false
    }
    guard let latest = keys.filter(inAGoal).map(\.round).max() else { return (target, keys) }
    let round = min(number - 1, latest)
    let left = rest.filter { !Turn.changeFiller.contains(Substring($0)) }
    return (
      left.isEmpty ? "goal" : rest.joined(separator: " "),
      keys.filter { !inAGoal($0) || $0.round == round }
    )
  }

  /// "how he'll know on the feet goal": the goal whose own words hold the word before "goal"
  /// ("feet"), when just one does, as its number, and the other words. It opened the first
  /// goal's answer, whatever the goal was called.
  func goalNamed(in target: String, among keys: [AnswerKey]) -> (Int, [String])? {
    let words = AnswerInterpreter.normalise(target).split(separator: " ").map(String.init)
    let pointers: Set<String> = [
      "the", "my", "his", "her", "their", "your", "on", "for", "of", "a",
    ]
    guard let goalText = script.questions.first(where: { $0.plan == .goalText }) else {
      return nil
    }
    // "the feet goal"; or "for the feet", "for the walking" at the end of the line.
    let at: Int
    if let goal = words.firstIndex(of: "goal"), goal > 0, !pointers.contains(words[goal - 1]) {
      at = goal
    } else if words.count >= 3, ["for", "on", "about"].contains(words[words.count - 3]),
      pointers.contains(words[words.count - 2]), !pointers.contains(words[words.count - 1])
    {
      at = words.count
    } else {
      return nil
    }
    let named = words[at - 1]
    let rounds = keys.filter { $0.question == goalText.id }.filter { key in
      guard case .text(let text)? = state.answers[key]?.value else { return false }
      return AnswerReading.plainWords(text).contains { Turn.nearlySame(named, $0) || named == $0 }
    }.map(\.round)
    guard Set(rounds).count == 1, let round = rounds.first else { return nil }
    // The goal's words, and "for the" before them, say which goal, not which answer.
    let first = at == words.count ? at - 3 : at - 1
    let rest = words.enumerated().filter { $0.offset < first || $0.offset > at }.map(\.element)
    return (round + 1, rest)
  }

  /// The goal's number in "step for goal 3", "second goal", and the other words.
  static func goalNumber(in target: String) -> (Int, [String])? {
    let words = AnswerInterpreter.normalise(target).split(separator: " ").map(String.init)
    let numbers = [
      "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "one": 1, "two": 2, "three": 3, "four": 4,
      "five": 5, "six": 6, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
      "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
    ]
    for (index, word) in words.enumerated() where word == "goal" || word == "goals" {
      var at: Int?
      if index + 1 < words.count, numbers[words[index + 1]] != nil {
        at = index + 1
      } else if index > 0, numbers[words[index - 1]] != nil {
        at = index - 1
      }
      guard let at, let number = numbers[words[at]] else { continue }
      let rest = words.enumerated().filter { $0.offset != at && $0.offset != index }
      return (number, rest.map(\.element))
    }
    return nil
  }

  /// The words after "change" that can say which answer: filler set aside, and a closing
  /// "one" ("the scales downstairs one") too, which only points. Words after a comma or a
  /// dash are what the person has to say about it ("..., its not needed"), not its name.
  static func targetWords(_ target: String) -> [String] {
    let named = target.split(whereSeparator: { ",;".contains($0) }).first.map(String.init) ?? ""
    var words = AnswerInterpreter.normalise(named).split(separator: " ")
      .filter { !changeFiller.contains($0) }.map(String.init)
    if words.count > 1, ["one", "ones", "thing"].contains(words.last) { words.removeLast() }
    return words
  }

  /// Two words a slip of the keyboard apart ("scals", "dowstairs"), or one the other with an
  /// ending ("downstair", "scale"), for words long enough to tell apart.
  static func nearlySame(_ typed: String, _ word: String) -> Bool {
    guard typed.count >= 4, word.count >= 4 else { return false }
    if typed.hasPrefix(word) || word.hasPrefix(typed) {
      return abs(typed.count - word.count) <= 2
    }
    let limit = typed.count >= 7 ? 2 : 1
    return Suggestion.editDistance(typed, word, limit: limit) <= limit
  }

  /// Opens the answer the words name; unsure, lists the likely ones by number to pick from.
  /// Returns false when the words match no answer.
  mutating func openAnswer(matching target: String, among keys: [AnswerKey]) -> Bool {
    switch searchAnswers(matching: target, among: keys) {
    case .named(let key):
      beginChange(key, answer: state.answers[key]!)
    case .best(let key):
      if let label = script.question(key.question)?.label {
        // A worker is told "who is with them", not "who is with you".
        let spoken = engine.audience == .facilitator ? SpokenOf.person(label) : label
        outputs.append(.say(Phrases.changingAnswer(spoken)))
      }
      beginChange(key, answer: state.answers[key]!)
    case .unsure(let keys):
      guard let current = state.current else { return false }
      confirm(.answerToChange(current, candidates: keys))
    case .nothing:
      return false
    }
    return true
  }

  /// The choices offered when it is not clear which answer to change: each by its label and
  /// what it says now.
  func changeCandidates(_ keys: [AnswerKey]) -> [String] {
    keys.map { key in
      guard let question = script.question(key.question), let answer = state.answers[key] else {
        return key.question
      }
      let said = Turn.shorten(Display.text(of: answer.value, question: question), to: 60)
      return "\(question.label): \(said)"
    }
  }

  /// The reply to "Which answer do you want to change?": a number or the words of one opens
  /// it; "none", "neither" or "keep it" goes back to the question; anything else is read afresh, and
  /// nothing is opened or replaced by it.
  mutating func chooseAnswerToChange(_ line: String, raw: String, candidates: [AnswerKey]) {
    // "take off will me knees get beter": a question on the plan, taken off by its words
    // wherever it is (one typed at a menu is in none of the answers offered); none is opened.
    if Turn.wordsTakenOff(line) != nil, takeItemOffThePlan(line) { return }
    let options = changeCandidates(candidates)
    let count = options.count + 1
    var picked = PositionalChoice.positions(line, count: count).flatMap { $0.count == 1 ? $0 : nil }
    if picked == nil, let number = AnswerInterpreter.choiceNumber(in: line, count: count) {
      picked = [number - 1]
    }
    if picked == nil, case .best(let key) = searchAnswers(matching: line, among: candidates),
      let index = candidates.firstIndex(of: key)
    {
      picked = [index]
    }
    if let index = picked?.first, index < candidates.count {
      let key = candidates[index]
      beginChange(key, answer: state.answers[key]!)
      return
    }
    // "keep it as it is", said to which one to change, changes none of them.
    let none =
      AnswerInterpreter.noneOfThem.contains(AnswerInterpreter.normalise(line))
      || engine.acts.keepsTheAnswer(line)
    if picked?.first == candidates.count || none {
      outputs.append(.say(Phrases.nothingOpened))
      askCurrent()
      return
    }
    process(line, raw: raw)
  }
}
