import Foundation

/// What changed from one version of a plan to the next, in plain sentences.
///
/// It compares what a person would notice (goals and their status, steps, confidence, how it
/// went, the agenda, questions, what matters and the check-in date), not the JSON: timestamps
/// and ids change with every version and mean nothing to the person.
public enum PlanChanges {
  public static func lines(from old: Plan, to new: Plan) -> [String] {
    var lines = agreementLines(from: old, to: new)
    let oldGoals = Dictionary(old.goals.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for goal in new.goals {
      guard let before = oldGoals[goal.id] else {
        lines.append("New goal: \(goal.text)")
        if let step = goal.ownStep { lines.append("  Step: \(stepText(step))") }
        if let confidence = goal.confidence {
          lines.append("  How sure: \(confidence) out of 10")
        }
        continue
      }
      var goalLines: [String] = []
      for progress in goal.progress.dropFirst(before.progress.count) {
        let words = [progress.rating.map { "\($0) out of 10" }, progress.text].compactMap { $0 }
        if !words.isEmpty { goalLines.append("How it went: " + words.joined(separator: ": ")) }
      }
      if goal.status != before.status {
        goalLines.append("Now: \(statusWords(goal.status)) (was \(statusWords(before.status)))")
      }
      if goal.text != before.text {
        goalLines.append("Goal reworded: \(before.text) -> \(goal.text)")
      }
      if goal.ownSteps != before.ownSteps {
        let was = before.ownStep.map(stepText) ?? "none"
        let now = goal.ownStep.map(stepText) ?? "none"
        goalLines.append("Step: \(was) -> \(now)")
      }
      if goal.confidence != before.confidence {
        goalLines.append(
          "How sure: \(score(before.confidence)) -> \(score(goal.confidence))")
      }
      if goal.support != before.support {
        goalLines.append("Who will help: \(listed(goal.support))")
      }
      if !goalLines.isEmpty {
        lines.append("Goal: \(goal.text)")
        lines += goalLines.map { "  " + $0 }
      }
    }
    let oldTopics = old.priorities.sorted { $0.rank < $1.rank }.map(\.text)
    let newTopics = new.priorities.sorted { $0.rank < $1.rank }.map(\.text)
    if oldTopics != newTopics {
      lines.append("What I want to talk about: \(listed(newTopics)) (was: \(listed(oldTopics)))")
    }
    let oldOne = old.priorities.first(where: \.oneThing)?.text
    let newOne = new.priorities.first(where: \.oneThing)?.text
    if oldOne != newOne, let newOne {
      lines.append("The one thing: \(newOne)")
    }
    let oldQuestions = old.informationNeeds.map(\.question)
    let newQuestions = new.informationNeeds.map(\.question)
    for question in newQuestions where !oldQuestions.contains(question) {
      lines.append("New question: \(question)")
    }
    for question in oldQuestions where !newQuestions.contains(question) {
      lines.append("Question no longer on the list: \(question)")
    }
    let oldMatters = old.whatMatters.map(\.text)
    for matter in new.whatMatters.map(\.text) where !oldMatters.contains(matter) {
      lines.append("Also matters to me now: \(matter)")
    }
    if new.reviewDate != old.reviewDate {
      lines.append(
        "Check in: \(new.reviewDate.map(PlanOutline.day) ?? "no date")"
          + " (was \(old.reviewDate.map(PlanOutline.day) ?? "no date"))")
    }
    for flag in new.safety.dropFirst(old.safety.count) where flag.withdrawn == nil {
      lines.append("Urgent help was shown: \(flag.signposting)")
    }
    if lines.isEmpty { lines.append("Nothing changed.") }
    return lines
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
