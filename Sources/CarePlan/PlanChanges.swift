import Foundation

/// What changed from one version of a plan to the next, in plain sentences.
///
/// It compares what a person would notice (goals and their status, steps, confidence, how it
/// went, the agenda, questions, what matters and the check-in date), not the JSON: timestamps
/// and ids change with every version and mean nothing to the person.
public enum PlanChanges {
  public static func lines(from old: Plan, to new: Plan) -> [String] {
    var lines = agreementLines(from: old, to: new)
    // A worker's plan says its headings of the person, as the plan itself does; the check-in
    // days are labelled as the plan labels them, so the changes read as the versions do.
    let outline = PlanOutline(plan: new)
    let oldOutline = PlanOutline(plan: old)
    let oldGoals = Dictionary(old.goals.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for goal in new.goals {
      guard let before = oldGoals[goal.id] else {
        lines.append("New goal: \(goal.text)")
        if let step = goal.ownStep { lines.append("  Step: \(stepText(step))") }
        lines += newActionLines(of: goal, before: nil, in: new).map { "  " + $0 }
        if let confidence = goal.confidence {
          lines.append("  How sure: \(confidence) out of 10")
        }
        if let day = goal.reviewDate {
          lines.append("  \(outline.checkInLabel(day)): \(PlanOutline.day(day))")
        }
        continue
      }
      var goalLines = newActionLines(of: goal, before: before, in: new)
      for progress in goal.progress.dropFirst(before.progress.count) {
        if let said = PlanOutline.howItWent(progress) { goalLines.append("How it went: " + said) }
      }
      if goal.status != before.status {
        goalLines.append(
          changed("Now", statusWords(goal.status), was: statusWords(before.status)))
      }
      if goal.text != before.text {
        goalLines.append(changed("Goal", goal.text, was: before.text))
      }
      if goal.measure != before.measure {
        goalLines.append(
          changed(
            outline.voiced("I will know it has worked when"), goal.measure ?? "none",
            was: before.measure))
      }
      if goal.ownSteps != before.ownSteps {
        goalLines.append(
          changed(
            "Step", goal.ownStep.map(stepText) ?? "none",
            was: before.ownStep.map(stepText) ?? "none"))
      }
      let doneBefore = before.professionalActions.filter { $0.done == true }.map(\.what)
      for action in goal.professionalActions
      where action.done == true && !doneBefore.contains(action.what) {
        goalLines.append(
          "Done: " + PlanOutline.theirAction(action, ofThePerson: new.preparedWithWorker).text)
      }
      if goal.confidence != before.confidence {
        goalLines.append(
          changed("How sure", score(goal.confidence), was: score(before.confidence)))
      }
      if goal.barriers != before.barriers {
        goalLines.append(
          changed("What might get in the way", listed(goal.barriers), was: listed(before.barriers)))
      }
      if goal.solutions != before.solutions {
        goalLines.append(
          changed("What could help", listed(goal.solutions), was: listed(before.solutions)))
      }
      if goal.support != before.support {
        goalLines.append(
          changed("Who will help", listed(goal.support), was: listed(before.support)))
      }
      if goal.reviewDate != before.reviewDate {
        goalLines.append(
          changed(
            goal.reviewDate.map(outline.checkInLabel) ?? "Check in",
            goal.reviewDate.map(PlanOutline.day) ?? "no date",
            was: before.reviewDate.map(PlanOutline.day)))
      }
      // One heading a goal: what was agreed for it, then all that changed in it.
      let outcome = agreedOutcome(of: goal, from: old, to: new)
      if !goalLines.isEmpty || outcome != nil {
        lines.append("Goal: \(goal.text)" + (outcome.map { " (\($0))" } ?? ""))
        lines += goalLines.map { "  " + $0 }
      }
    }
    let oldTopics = old.priorities.sorted { $0.rank < $1.rank }.map(\.text)
    let newTopics = new.priorities.sorted { $0.rank < $1.rank }.map(\.text)
    if oldTopics != newTopics {
      lines.append(
        changed(
          outline.voiced("What I want to talk about"), listed(newTopics), was: listed(oldTopics)
        ))
    }
    let oldOne = old.priorities.first(where: \.oneThing)?.text
    let newOne = new.priorities.first(where: \.oneThing)?.text
    if oldOne != newOne, let newOne {
      lines.append(changed("The one thing", newOne, was: oldOne))
    }
    lines += conditionLines(from: old, to: new)
    lines += questionLines(from: old, to: new)
    let oldMatters = old.whatMatters.map(\.text)
    for matter in new.whatMatters.map(\.text) where !oldMatters.contains(matter) {
      lines.append(outline.voiced("Also matters to me now") + ": \(matter)")
    }
    for news in (new.careNews ?? []).dropFirst(old.careNews?.count ?? 0) {
      lines.append(outline.voiced("News about my care") + ": \(news.text)")
    }
    // The next review as each version shows it: an agreed one's own day, under the heading
    // every version uses.
    if outline.nextReview != oldOutline.nextReview {
      lines.append(
        changed(
          outline.voiced(PlanOutline.checkInHeading),
          outline.nextReview.map(PlanOutline.day) ?? "no date",
          was: oldOutline.nextReview.map(PlanOutline.day)))
    }
    for flag in new.safety.dropFirst(old.safety.count) where flag.withdrawn == nil {
      lines.append("Urgent help was shown: \(flag.signposting)")
    }
    if lines.isEmpty { lines.append("Nothing changed.") }
    return lines
  }

  /// Each question asked, answered or taken off since the last version.
  static func questionLines(from old: Plan, to new: Plan) -> [String] {
    var lines: [String] = []
    let before = Dictionary(
      old.informationNeeds.map { ($0.question, $0) }, uniquingKeysWith: { a, _ in a })
    for need in new.informationNeeds {
      guard let was = before[need.question] else {
        lines.append("New question: \(need.question)")
        continue
      }
      if need.answer == nil, need.stillOpen != was.stillOpen {
        // Kept open at an appointment, with what was said about it: the list shows it beside
        // the question, so a change in it is a change to the plan.
        let now = PlanOutline.stillOpen(need).map { " " + $0 } ?? ""
        let before = PlanOutline.stillOpen(was).map { " (was: " + $0 + ")" } ?? ""
        lines.append("Question still open: " + ended(need.question) + now + before)
      }
      if let answer = need.answer, was.answer != answer {
        // The question ends before its answer starts: as typed, with a "?" when the words
        // ask one, or else a full stop ("what my results mean" is not a question).
        let question = ended(need.question)
        lines.append("Question answered: \(question) Answer: \(answer) (was not answered)")
      }
    }
    let kept = Set(new.informationNeeds.map(\.question))
    for need in old.informationNeeds where !kept.contains(need.question) {
      lines.append("Question taken off the list: \(need.question) (was on the list)")
    }
    return lines
  }

  /// The conditions, and what the person calls them in their own words, when either changed.
  static func conditionLines(from old: Plan, to new: Plan) -> [String] {
    var lines: [String] = []
    let outline = PlanOutline(plan: new)
    if old.conditions != new.conditions {
      lines.append(
        changed(
          outline.voiced("My health conditions"), listed(new.conditions),
          was: listed(old.conditions)))
    }
    let oldWords = old.conditionWords ?? []
    let newWords = new.conditionWords ?? []
    if oldWords != newWords {
      lines.append(
        changed(
          new.preparedWithWorker ? "In their words" : "In my words", listed(newWords),
          was: listed(oldWords)))
    }
    return lines
  }

  /// A question ended before what follows it: as typed, with a "?" when the words ask one,
  /// or else a full stop ("what my results mean" is not a question).
  static func ended(_ question: String) -> String {
    question.last.map { ".?!".contains($0) } == true
      ? question : question + (asks(question) ? "?" : ".")
  }

  /// Words asking something: a word such as "can", "will" or "is" among the first three
  /// ("how long will it last", "can I drive"), where "what my results mean" has none.
  static func asks(_ words: String) -> Bool {
    let asking: Set<String> = [
      "can", "could", "will", "would", "should", "shall", "do", "does", "did", "is", "are",
      "was", "were", "am", "have", "has", "may", "might", "must", "what's", "how's", "who's",
    ]
    return words.lowercased().split(whereSeparator: \.isWhitespace).prefix(3).contains {
      asking.contains(String($0).trimmingCharacters(in: .punctuationCharacters))
    }
  }

  /// "How sure: 9 out of 10 (was 6 out of 10)": every changed part says what it was, and a
  /// part that had nothing before says so rather than naming a value that never was.
  static func changed(_ label: String, _ now: String, was: String?) -> String {
    "\(label): \(now) (was \(was ?? "not set"))"
  }

  static func stepText(_ action: Plan.Action) -> String {
    PlanReviewer.stepSentence(action)
  }

  static func score(_ value: Int?) -> String {
    value.map { "\($0) out of 10" } ?? "not given"
  }

  static func listed(_ items: [String]) -> String {
    items.isEmpty ? "none" : items.joined(separator: "; ")
  }

  static func statusWords(_ status: Plan.Goal.Status) -> String {
    switch status {
    case .active: return "in progress"
    case .achieved: return "done"
    case .dropped: return "dropped for now"
    case .changed: return "changed to a new goal"
    }
  }
}
