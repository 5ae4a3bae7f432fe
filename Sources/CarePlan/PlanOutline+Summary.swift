import Dialogue
import Foundation

// MARK: What a clinician reads first

extension PlanOutline {
  /// How many questions the summary lists; the rest are in the full list below it.
  static let summaryQuestions = 3

  /// The heading of the summary at the top of the plan.
  static let summaryHeading = "My plan in short"

  /// The plan in a few lines, read in half a minute before the appointment: whether urgent
  /// help was shown, the one thing, each goal with its next step and what a professional
  /// agreed to do for it, and the first questions in the order the person asked them.
  /// It comes first in every format, so on paper it is on page 1; the full plan follows.
  /// Empty when there is none of these, so a plan with little in it does not say it twice.
  ///
  /// A line that the plan was agreed with a professional, when it has been, belongs first.
  var summary: [Item] {
    var items: [Item] = []
    if !urgentHelp.isEmpty { items.append(Item(PlanOutline.safetyShown, label: "Urgent help")) }
    for priority in plan.priorities where priority.oneThing {
      items.append(Item(priority.text, label: "The one thing"))
    }
    // Numbered as the detail below numbers them, so "Goal 3" is "My goal 3" there.
    for (index, goal) in plan.goals.enumerated() where goal.status == .active {
      let label = plan.goals.count > 1 ? "Goal \(index + 1)" : "Goal"
      var text = goal.text
      // "Not agreed now" shows here too: a clinician reading only page 1 must not take the
      // goal as agreed with the rest.
      if let note = agreementNote(for: goal), plan.agreement?.outcome(of: goal.id) == .notNow {
        text += " (" + note + ")"
      }
      if let step = goal.ownStep {
        // A note that ends its own sentence ("(Not agreed now. In March.)") needs no stop.
        text +=
          (text.hasSuffix(".)") ? " " : ". ") + PlanOutline.nextStep + ": "
          + PlanOutline.stepInShort(step)
      }
      items.append(Item(text, label: label))
      // What the professional agreed to do for it: a clinician reads it first, too.
      for action in goal.professionalActionsToDo {
        items.append(PlanOutline.theirAction(action, ofThePerson: plan.preparedWithWorker))
      }
    }
    // What the professional agreed to do beyond the goals.
    for action in (plan.otherActions ?? []) where action.done != true {
      items.append(PlanOutline.theirAction(action, ofThePerson: plan.preparedWithWorker))
    }
    let questions = plan.informationNeeds.filter { $0.answer == nil }
    for question in questions.prefix(PlanOutline.summaryQuestions) {
      items.append(
        Item(
          question.question, label: "To ask",
          note: PlanOutline.stillOpen(question)))
    }
    if questions.count > PlanOutline.summaryQuestions {
      let more = questions.count - PlanOutline.summaryQuestions
      items.append(Item(PlanOutline.moreQuestions(more)))
    }
    return items
  }

  /// A step in one line: what, how much, how often and when, as the person said them, each
  /// part once ("check my sugar before breakfast" needs no "before breakfast" after it).
  /// The step's parts in one line, each without the capital it had only for starting an answer
  /// ("walk to the corner, most days, morning"), as the step is read back in the conversation.
  static func stepInShort(_ step: Plan.Action) -> String {
    var said = [AnswerReading.partWordsSpeltRight(step.what)]
    for part in [step.howMuch, step.howOften, step.when].compactMap({ $0 }) {
      // Written from the parts, so "nite" and "thursdy" read "night" and "Thursday".
      let spelt = AnswerReading.partWordsSpeltRight(part)
      let words = spelt.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
      if words.isEmpty || said.contains(where: { $0.lowercased().contains(words) }) { continue }
      said.append(StepSentence.lowered(spelt))
    }
    return said.joined(separator: ", ")
  }

  static let nextStep = "Next step"

  /// Said in the summary when the safety net showed urgent-help numbers.
  static let safetyShown =
    "the numbers were shown during this conversation. They are in the box below."

  static func moreQuestions(_ count: Int) -> String {
    count == 1 ? "And 1 more question below." : "And \(count) more questions below."
  }

  /// The version and the day it was made, under the title of every version, so a printed
  /// copy can be told from a newer one.
  var versionLine: Item {
    let day = Display.day(of: plan.updatedAt)
    guard plan.version > 1 else { return Item("Version 1, prepared on \(day).") }
    if let agreement = plan.agreement {
      return Item(
        "Version \(plan.version), agreed with \(agreement.with.name) on "
          + "\(Display.day(of: agreement.agreedAt)). First prepared on "
          + "\(Display.day(of: plan.createdAt)).")
    }
    return Item(
      "Version \(plan.version), updated at a review on \(day). First prepared on "
        + "\(Display.day(of: plan.createdAt)).")
  }
}

// MARK: Questions, grouped

extension PlanOutline {
  /// The lexicon concept of questions about tests and results.
  static let testsArea = "tests-and-results"
  /// The lexicon concept of questions about medicines.
  static let medicinesArea = "medicines"

  /// One group of questions, under its own heading.
  struct QuestionGroup {
    var heading: String
    var questions: [Plan.InformationNeed]
  }

  /// The questions in groups a clinician can take in turn: results and tests, medicines, and
  /// the rest, each in the person's order; a question about both a result and a medicine is
  /// with the medicines, as it asks about a treatment. One group is just "My questions".
  var questionGroups: [QuestionGroup] {
    var results: [Plan.InformationNeed] = []
    var medicines: [Plan.InformationNeed] = []
    var other: [Plan.InformationNeed] = []
    for need in plan.informationNeeds where need.answer == nil {
      if need.domains.contains(PlanOutline.medicinesArea) {
        medicines.append(need)
      } else if need.domains.contains(PlanOutline.testsArea) {
        results.append(need)
      } else {
        other.append(need)
      }
    }
    let groups = [
      QuestionGroup(heading: "My questions about results and tests", questions: results),
      QuestionGroup(heading: "My questions about medicines", questions: medicines),
      QuestionGroup(heading: "My other questions", questions: other),
    ].filter { !$0.questions.isEmpty }
    guard groups.count > 1 else {
      return groups.map { QuestionGroup(heading: "My questions", questions: $0.questions) }
    }
    return groups
  }
}
