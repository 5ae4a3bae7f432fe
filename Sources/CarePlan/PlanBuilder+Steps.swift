import Dialogue
import Foundation

// MARK: The step, and the step a smaller one replaced

extension PlanBuilder.GoalParts {
  /// The step that stands, and the steps it replaced with the parts said for them.
  ///
  /// The step's words that come last in the script stand, as they always have. Any earlier
  /// words from another question are a step that was replaced (a smaller step): it is kept
  /// whole for the record, and never shown as the plan. A smaller step says its own size in
  /// its words ("do my knee exercises for 5 minutes"), so the first step's how much belongs to
  /// the first step, and stands for the new one only when given again after it. When, where,
  /// how often and the day to start carry over, as the smaller step is read back with them.
  static func steps(
    _ mine: [PlanBuilder.Entry], builder: PlanBuilder
  ) -> (current: [Plan.Action], earlier: [Plan.Action]) {
    let words = mine.filter { $0.field == .actionWhat }
    guard let current = words.last else { return ([], []) }
    func last(_ field: PlanField) -> PlanBuilder.Entry? { mine.last { $0.field == field } }
    let replaced = words.dropLast().filter { $0.source != current.source }
    // How much, for the step that stands: given after its words when a step was replaced.
    let howMuch = last(.actionHowMuch).flatMap {
      replaced.isEmpty || $0.given > current.given ? $0.text : nil
    }
    let when = last(.actionWhen)?.text
    let place = last(.actionWhere)?.text
    let howOften = last(.actionHowOften)?.text
    let start = last(.actionStartDate).flatMap(builder.isoDay)
    var step = Plan.Action(
      what: current.text, howMuch: howMuch, when: when, where: place, howOften: howOften,
      startDate: start)
    // "10 minutes, the nurse says 10": words the conversation noted beside a part that stands
    // are shown with the step ("Also said about it"), as an agreement's are; they were lost.
    let standing = [
      current, howMuch == nil ? nil : last(.actionHowMuch), last(.actionWhen),
      last(.actionWhere), last(.actionHowOften), last(.actionStartDate),
    ]
    let notes = standing.compactMap { $0 }.compactMap(noteBeyond)
    if !notes.isEmpty { step.note = notes.joined(separator: "; ") }
    // How much, as it was for the replaced step: said before the step that replaced it.
    let earlierHowMuch = last(.actionHowMuch).flatMap { $0.given < current.given ? $0.text : nil }
    let earlier = replaced.map { old in
      Plan.Action(
        what: old.text, howMuch: earlierHowMuch, when: when, where: place, howOften: howOften,
        startDate: start)
    }
    return ([step], earlier)
  }

  /// The note kept with an answer, unless it is already inside the words kept: "same time"
  /// at how much is not "same, time", and "2 but only the morning one" keeps its words in
  /// the step. Such a note says nothing more, and is not repeated beside it.
  static func noteBeyond(_ entry: PlanBuilder.Entry) -> String? {
    guard let note = entry.note, !note.isEmpty,
      !entry.text.lowercased().contains(note.lowercased())
    else { return nil }
    return note
  }
}
