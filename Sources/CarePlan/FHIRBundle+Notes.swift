import Dialogue
import Foundation

// MARK: What FHIR has no element for, as notes, descriptions and narrative

extension FHIRBundle {
  /// When the plan applies: from the day it was agreed, or else the day this version was
  /// prepared. It has no end: the next review is a day to look at the plan again, not the day
  /// it stops, so it is said in a note (`carePlanNotes`) and never as `period.end`.
  static func period(_ plan: Plan) -> FHIRJSON {
    let agreedAt = plan.status == .complete ? plan.agreement?.agreedAt : nil
    let start = Day(agreedAt ?? plan.updatedAt, in: TimeZone(identifier: "Europe/London")!).iso
    return .object([("start", .string(start))])
  }

  /// What the Goal resource has no element for, kept as notes in the person's words.
  ///
  /// The check-in is a note, not `target.dueDate`: R4's due date is when the goal should be
  /// met, and a check-in is only when the person will look at how it is going (Brief Action
  /// Planning's follow-up), often weeks before the goal itself is reached.
  ///
  /// The labels are the plan's own, so a plan a worker typed says them of the person.
  static func goalNotes(_ goal: Plan.Goal, in plan: Plan) -> [String] {
    let outline = PlanOutline(plan: plan)
    var notes: [String] = []
    if let measure = goal.measure {
      notes.append(outline.voiced("I will know it has worked when") + ": \(measure)")
    }
    if let confidence = goal.confidence {
      // Asked in words the easier way: the words the person picked come first, as in the plan.
      notes.append(outline.voiced("How sure I am") + ": " + PlanOutline.howSure(goal, confidence))
    }
    if !goal.barriers.isEmpty {
      notes.append("What might get in the way: " + PlanOutline.inTheWay(goal))
    }
    if !goal.solutions.isEmpty {
      notes.append("What will help: \(goal.solutions.joined(separator: "; "))")
    }
    if let helpers = PlanOutline.whoWillHelp(goal.support) {
      notes.append("Who will help: \(helpers)")
    }
    if let review = goal.reviewDate {
      notes.append(outline.checkInLabel(review) + ": " + PlanOutline.day(review))
    }
    for progress in goal.progress {
      if let said = PlanOutline.howItWent(progress) {
        notes.append("How it went by \(Display.day(of: progress.at)): \(said)")
      }
    }
    return notes
  }

  /// What the CarePlan has no element for: that it is unfinished, and when the whole plan is
  /// to be looked at again.
  static func carePlanNotes(_ plan: Plan) -> [String] {
    var notes: [String] = []
    if plan.status == .inProgress {
      let said =
        plan.preparedWithWorker ? PlanOutline.notFinishedWithWorker : PlanOutline.notFinished
      notes.append("Not finished yet: \(said)")
    }
    if let agreement = plan.agreement {
      notes.append(PlanOutline.agreedWith(agreement))
    } else if let last = plan.earlierAgreements?.last {
      let said = PlanOutline.agreedWith(last)
      notes.append(
        "Last " + said.prefix(1).lowercased() + said.dropFirst()
          + (plan.preparedWithWorker ? " Reviewed since." : " Reviewed by the person since."))
    }
    if let review = plan.reviewDate {
      // The plan's period has no end: its next review is said here, as a day to look again.
      notes.append("Next review of this plan: \(PlanOutline.day(review))")
    }
    return notes + conditionNotes(plan) + questionNotes(plan)
  }

  /// The conditions, and what the person calls them, as the plan lists them: a version made
  /// at a review or an agreement has no answers of the first conversation to carry them.
  static func conditionNotes(_ plan: Plan) -> [String] {
    let outline = PlanOutline(plan: plan)
    var notes: [String] = []
    if !plan.conditions.isEmpty {
      notes.append(
        outline.voiced("My health conditions") + ": " + plan.conditions.joined(separator: "; "))
    }
    if let words = plan.conditionWords, !words.isEmpty {
      let label = plan.preparedWithWorker ? "In their words" : "In my words"
      notes.append(label + ": " + words.joined(separator: "; "))
    }
    return notes
  }

  /// Each question still to ask, with what was said when it was kept open at an appointment
  /// ("Not yet. The nurse will ring her Monday."), and each answer given, as the plan shows
  /// them.
  static func questionNotes(_ plan: Plan) -> [String] {
    plan.informationNeeds.map { need in
      if let answer = need.answer {
        return "Question answered: \(PlanChanges.ended(need.question)) Answer: \(answer)"
      }
      let open = PlanOutline.stillOpen(need).map { " (" + $0 + ")" } ?? ""
      return "Question to ask: " + need.question + open
    }
  }

  /// Notes as Annotations. Annotation.text is Markdown, so the person's words are escaped as
  /// the Markdown export escapes them, and show as typed.
  static func annotations(_ notes: [String]) -> FHIRJSON {
    .array(annotationList(notes))
  }

  static func annotationList(_ notes: [String]) -> [FHIRJSON] {
    notes.map { .object([("text", .string(PlanMarkdown.escape($0)))]) }
  }

  /// The step as the person said it, with how much and where: what is done. Those are not
  /// times, so they stay out of `scheduledString` (R4 would want a Location resource for
  /// "where", and there is no place to point to, only the person's words).
  static func description(_ action: Plan.Action) -> String {
    var parts = [action.what]
    if let howMuch = action.howMuch { parts.append("How much: \(howMuch)") }
    if let place = action.where { parts.append("Where: \(place)") }
    return parts.joined(separator: ". ")
  }

  /// When, how often and from when, as the words the person gave.
  static func schedule(_ action: Plan.Action) -> String? {
    var parts: [String] = []
    if let when = action.when { parts.append("When: \(when)") }
    if let howOften = action.howOften { parts.append("How often: \(howOften)") }
    if let start = action.startDate { parts.append("Starting: \(PlanOutline.day(start))") }
    return parts.isEmpty ? nil : parts.joined(separator: ". ")
  }

  /// A minimal generated narrative: the lines as paragraphs, escaped as XHTML.
  static func narrative(_ lines: [String]) -> FHIRJSON {
    let body = lines.map { "<p>\(PlanHTML.escape($0))</p>" }.joined()
    return .object([
      ("status", "generated"),
      ("div", .string("<div xmlns=\"http://www.w3.org/1999/xhtml\">\(body)</div>")),
    ])
  }
}
