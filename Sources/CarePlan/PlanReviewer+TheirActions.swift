import Dialogue
import Foundation

/// What a professional agreed to do, as a review leaves it: a goal's own actions, and those
/// about no one goal, each done, still to do, or taken off.
extension PlanReviewer {
  /// The questions that ask whether each of the professional's actions was done, by number:
  /// `their_action_1` is about the first (`Background.GoalField.theirAction(1)`).
  static let theirActionQuestion = "their_action_"

  /// What the person said about one of the professional's actions: done, open (still to do)
  /// or drop, and any words they said with it ("yes, first session on the 20th").
  struct TheirActionOutcome: Hashable {
    var choice: String
    var words: String?
  }

  /// What the person said about each of the professional's actions, by goal round, then by
  /// the action's number from 1.
  static func theirActionOutcomes(
    in state: ConversationState, script: Script
  ) -> [Int: [Int: TheirActionOutcome]] {
    var outcomes: [Int: [Int: TheirActionOutcome]] = [:]
    for (key, answer) in state.answers where key.question.hasPrefix(theirActionQuestion) {
      guard let number = Int(key.question.dropFirst(theirActionQuestion.count)),
        case .choice(let id) = answer.value
      else { continue }
      outcomes[key.round, default: [:]][number] = TheirActionOutcome(
        choice: id,
        words: id == "done"
          ? SaidWithAnAnswer.words(answer.words)
          : SaidWithAnAnswer.note(of: answer, question: script.question(key.question)))
    }
    return outcomes
  }

  /// The professional's actions as they stand after the review: one said to be done stays,
  /// marked done with what the person said about it, one to drop goes (the earlier version
  /// keeps it), and every other one, asked about or not, is still to do. The numbers are
  /// those of the actions still to do, as the review asked them.
  static func settle(_ goal: inout Plan.Goal, outcomes: [Int: TheirActionOutcome]) {
    guard !outcomes.isEmpty else { return }
    var kept: [Plan.Action] = []
    var number = 0
    for action in goal.professionalActions {
      guard action.done != true else {
        kept.append(action)
        continue
      }
      number += 1
      switch outcomes[number] {
      case let outcome? where outcome.choice == "done":
        var done = action
        done.done = true
        done.doneWords = outcome.words
        kept.append(done)
      case let outcome? where outcome.choice == "drop":
        continue
      case let outcome?:
        // Still to do, with what was said about it ("not yet - Jo will ring on Monday").
        var open = action
        if let words = outcome.words { open.note = words }
        kept.append(open)
      default:
        kept.append(action)
      }
    }
    goal.actions = goal.ownSteps + kept
  }

  /// The question that asks whether each of the professional's other actions was done, one
  /// round each, in the order of `otherActionsToReview`.
  static let otherActionQuestion = "other_action"

  /// What the professional agreed to do beyond the goals, as the review left it: done (with
  /// the words said), still to do (with the words said as its note), or taken off, as for a
  /// goal's own; one not asked about stays as it was.
  func reviewOtherActions(of plan: inout Plan, previous: Plan, state: ConversationState) {
    let asked = Self.otherActionsToReview(in: previous)
    guard !asked.isEmpty, var actions = plan.otherActions else { return }
    let question = builder.script.question(Self.otherActionQuestion)
    var dropped: [Plan.Action] = []
    for (key, answer) in state.answers where key.question == Self.otherActionQuestion {
      guard asked.indices.contains(key.round), case .choice(let id) = answer.value,
        let index = actions.firstIndex(of: asked[key.round])
      else { continue }
      switch id {
      case "done":
        actions[index].done = true
        // The words after whichever way of saying done opened the line ("she rang, bloods ok").
        actions[index].doneWords =
          SaidWithAnAnswer.note(of: answer, question: question)
          ?? SaidWithAnAnswer.words(answer.words)
      case "drop":
        dropped.append(asked[key.round])
      default:
        if let words = SaidWithAnAnswer.note(of: answer, question: question) {
          actions[index].note = words
        }
      }
    }
    actions.removeAll { dropped.contains($0) }
    plan.otherActions = actions.isEmpty ? nil : actions
  }
}
