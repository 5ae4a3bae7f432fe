/// Decides what comes next, in the manner of a form-filling interpreter: the first item whose
/// answer is still missing and whose conditions hold.
///
/// Nothing is stored about "where we are"; the position is derived from the answers each time.
/// That is what makes back, change and resume plain edits to the answers.
struct Agenda {
  let script: Script
  /// Decides how many rounds a group that repeats over a background list has.
  var background: Background = .empty

  /// An item in a particular round of its section.
  struct Place {
    var sectionIndex: Int
    var round: Int
    var item: Item
    var key: AnswerKey { AnswerKey(item.id, round: round) }
    var section: AnswerKey { AnswerKey("section:\(sectionIndex)", round: round) }
  }

  /// The next item to say or ask, nil when the conversation is complete.
  func next(in state: ConversationState) -> Place? {
    if let focus = state.focus, let place = place(of: focus), isActive(place, in: state) {
      return place
    }
    for place in places(in: state) {
      let key = place.key
      switch place.item {
      case .question: if state.answers[key] == nil { return place }
      case .statement: if !state.said.contains(key) { return place }
      }
    }
    return nil
  }

  /// Every item whose conditions hold now, in order, round by round.
  func places(in state: ConversationState) -> [Place] {
    var result: [Place] = []
    let sections = script.sections
    var index = 0
    while index < sections.count {
      // A repeating group is the run of sections that share its id.
      var end = index + 1
      if let group = sections[index].repeating?.group {
        while end < sections.count, sections[end].repeating?.group == group { end += 1 }
      }
      let unit = index..<end
      index = end
      let repeating = sections[unit.lowerBound].repeating
      for round in 0..<rounds(of: repeating) {
        if round > 0 {
          let previous = AnswerContext(
            script: script, state: state, round: round - 1, groupID: repeating?.group,
            background: background)
          if let condition = repeating?.condition, !condition.evaluate(in: previous) { break }
          // A later round starts only once the earlier one is complete.
          let earlierDone = result.filter {
            unit.contains($0.sectionIndex) && $0.round == round - 1
          }
          .allSatisfy { isDone($0, in: state) }
          if !earlierDone { break }
        }
        let context = AnswerContext(
          script: script, state: state, round: round, groupID: repeating?.group,
          background: background)
        for sectionIndex in unit {
          let section = sections[sectionIndex]
          if let condition = section.condition, !condition.evaluate(in: context) { continue }
          for item in section.items {
            if let condition = item.condition, !condition.evaluate(in: context) { continue }
            // The easier way leaves out optional questions not answered yet, and those it
            // passed stay out after it is switched off.
            let key = AnswerKey(item.id, round: round)
            if let question = item.question, question.optional, state.answers[key] == nil,
              state.easier.isOn || state.easier.leftOut.contains(key),
              !state.easier.askedFor.contains(key)
            {
              continue
            }
            result.append(Place(sectionIndex: sectionIndex, round: round, item: item))
          }
        }
      }
    }
    return result
  }

  /// The sections that progress counts ("Part 3 of 9"), by index: a group repeating over a
  /// list that is empty here (no questions left from last time, nothing else agreed) shows
  /// nothing, so it is not a part.
  var shownSections: [Int] {
    script.sections.indices.filter { rounds(of: script.sections[$0].repeating) > 0 }
  }

  /// A group over a background list runs once per item (none when the list is empty); any
  /// other group up to its `max`.
  func rounds(of repeating: Repeat?) -> Int {
    guard let repeating else { return 1 }
    guard let list = repeating.over else { return repeating.max }
    return min(repeating.max, background.count(of: list))
  }

  func isDone(_ place: Place, in state: ConversationState) -> Bool {
    switch place.item {
    case .question: return state.answers[place.key] != nil
    case .statement: return state.said.contains(place.key)
    }
  }

  /// Whether an answer's question would be asked given the answers in `state`.
  func isActive(_ place: Place, in state: ConversationState) -> Bool {
    places(in: state).contains { $0.key == place.key }
  }

  func place(of key: AnswerKey) -> Place? {
    for (sectionIndex, section) in script.sections.enumerated() {
      if let item = section.items.first(where: { $0.id == key.question }) {
        return Place(sectionIndex: sectionIndex, round: key.round, item: item)
      }
    }
    return nil
  }
}

/// What conditions and templates see: the answers, resolved for one round of one section.
///
/// Inside a repeating group a question id means this round's answer; elsewhere it means the
/// latest round that has an answer, so a later section can read "the last goal".
///
/// In a group that repeats over a background list, a name that is no question's id is the
/// field of this round's item (`previous_barriers`), so a review can ask about what the plan
/// already holds only when it holds it.
struct AnswerContext: ConditionContext {
  let script: Script
  let state: ConversationState
  let round: Int
  let groupID: String?
  var background: Background = .empty

  func key(for question: String) -> AnswerKey {
    guard let section = script.section(holding: question), let group = section.repeating?.group
    else {
      return AnswerKey(question)
    }
    if group == groupID { return AnswerKey(question, round: round) }
    let rounds = state.answers.keys.filter { $0.question == question }.map(\.round)
    return AnswerKey(question, round: rounds.max() ?? 0)
  }

  func answer(of question: String) -> Answer? { state.answers[key(for: question)] }

  func value(of question: String) -> AnswerValue? {
    answer(of: question)?.value ?? backgroundValue(of: question)
  }

  /// The field of this round's background item, or else the single value of that name, as
  /// text; nil when empty or neither.
  func backgroundValue(of name: String) -> AnswerValue? {
    guard script.question(name) == nil else { return nil }
    if let list = script.sections.first(where: { $0.repeating?.group == groupID })?.repeating?
      .over,
      let text = background.value(name, of: list, at: round), !text.isEmpty
    {
      return .text(text)
    }
    guard let text = background.names[name], !text.isEmpty else { return nil }
    return .text(text)
  }

  func concepts(of question: String) -> Set<String> { answer(of: question)?.concepts ?? [] }

  /// The day of the latest activity, so `today` in a condition follows the injected clock.
  var today: Day? { state.today }

  var roundNumber: Int { round + 1 }
}
