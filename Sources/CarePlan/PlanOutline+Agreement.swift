import Dialogue
import Foundation

/// What the outline says about a plan agreed with a professional: who agreed it and when, the
/// professional's own actions, what was agreed for each goal, and the answers the person was
/// given. Every format shows these, since all three read the outline. The next review is not
/// here: it is in the plan's own check-in section, as in a draft and a reviewed version, so
/// the three versions read the same way and show one next review.
extension PlanOutline {
  /// "Agreed with Sam Patel, practice nurse, on Monday 14 December 2026.", first under the
  /// title, with who recorded it when a worker typed it in afterwards; empty for a draft.
  var agreementLines: [Item] {
    guard let agreement = plan.agreement else {
      // Reviewed since it was agreed: it says when it last was, so the professional's actions
      // still in it have their date.
      guard let last = plan.earlierAgreements?.last else { return [] }
      let said = PlanOutline.agreedWith(last)
      return [Item("Last " + said.prefix(1).lowercased() + said.dropFirst() + " Changed since.")]
    }
    // An agreement stopped part way has agreed nothing yet: it says who it is being made with.
    guard plan.status == .complete else {
      return [Item("Being agreed with \(agreement.with.nameAndRole). Not agreed yet.")]
    }
    return [Item(PlanOutline.agreedWith(agreement))]
  }

  /// The day to look at the whole plan again: the one agreed, for a plan agreed with a
  /// professional, else the plan's own. Every version shows it in one place, under one heading.
  var nextReview: String? {
    guard plan.status == .complete, let agreed = plan.agreement?.reviewDate else {
      return plan.reviewDate
    }
    return agreed
  }

  static func agreedWith(_ agreement: Plan.Agreement) -> String {
    let with = agreement.with
    var words = "Agreed with \(with.name)"
    if let role = with.role { words += ", \(role)" }
    if let organisation = with.organisation { words += " (\(organisation))" }
    // "Sam Patel, practice nurse, on ...", but "Dr Khan on ...": the comma closes the role.
    words += (with.role == nil ? " on " : ", on ") + Display.day(of: agreement.agreedAt) + "."
    // Who recorded it: the preparation's own line says who prepared the plan.
    if agreement.recordedBy == "worker" {
      words +=
        agreement.atTheAppointment == true
        ? " Recorded with \(with.name) at the appointment."
        : " Written down afterwards by a support worker."
    }
    return words
  }

  /// The label of the person's own step. Something the professional will do has no label:
  /// it is said whole as theirs, "Sam Patel, practice nurse, will refer you to podiatry"
  /// (`AddressedWords`), while the record keeps the words as typed.
  static let nextStepLabel = "My next step"

  /// What the professional will do, in the person's own voice as the plan speaks ("Jo Adams,
  /// practice nurse, will refer me to rehab"); one a review was told is done is labelled so,
  /// with what the person said about it.
  ///
  /// A plan a worker typed speaks of the person, so there it is "will refer them to rehab".
  static func theirAction(_ action: Plan.Action, ofThePerson: Bool = false) -> Item {
    var said = AddressedWords.sentence(
      action.what, by: action.by ?? "", voice: ofThePerson ? .ofThePerson : .mine)
    // The day it is due by, read from "by next week" when it was agreed, said in words.
    if let due = action.due { said += ", by " + PlanOutline.day(due) }
    guard action.done == true else {
      // Still to do, with what was said about it at a review.
      return Item(
        said + (action.note.map { ". " + PlanOutline.outcome("still to do", said: $0) } ?? ""))
    }
    // The person's words start a sentence of their own after the action.
    let words = action.doneWords.map { ". " + $0.prefix(1).uppercased() + $0.dropFirst() }
    return Item(said + (words ?? ""), label: "Done")
  }

  /// What was agreed for a goal, said in words beside it, with what was said with it ("not
  /// agreed now: we'll look again in March"); nil for a draft plan.
  func agreementNote(for goal: Plan.Goal) -> String? {
    let outcome: String
    switch plan.agreement?.outcome(of: goal.id) {
    case .agreed?: outcome = "agreed"
    case .agreedWithChanges?: outcome = "agreed with changes"
    case .notNow?: outcome = "not agreed now"
    case nil: return nil
    }
    guard let note = plan.agreement?.note(of: goal.id) else { return outcome }
    return PlanOutline.outcome(outcome, said: note)
  }
}

extension PlanOutline {
  /// How sure the person is, as the plan says it: words picked in the easier way first, with
  /// the number they stand for, and what was said after the number beside it ("7 out of 10,
  /// unless it's cold").
  static func howSure(_ goal: Plan.Goal, _ confidence: Int) -> String {
    let score = "\(confidence) out of 10"
    let said = goal.confidenceWords.map { "\($0) (\(score))" } ?? score
    return said + (goal.confidenceNote.map { ", " + $0 } ?? "")
  }

  /// What might get in the way, with what was said when a review heard it still holds ("the
  /// cold (still so, but only mornings)").
  static func inTheWay(_ goal: Plan.Goal) -> String {
    let barriers = goal.barriers.joined(separator: "; ")
    return barriers + (goal.barriersNote.map { " (still so, " + $0 + ")" } ?? "")
  }
}
