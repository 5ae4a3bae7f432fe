import Dialogue
import Foundation

// MARK: Where each goal and step stands, in FHIR's status codes

extension FHIRBundle {
  static let notAgreedNowNote = "Not agreed at the appointment: it stays in the plan for later."

  /// A changed goal has been replaced by a new active one (it is in the bundle too), so the
  /// old one is no longer pursued: cancelled, like a dropped one.
  static func lifecycleStatus(_ status: Plan.Goal.Status) -> String {
    switch status {
    case .active: return "active"
    case .achieved: return "completed"
    case .dropped, .changed: return "cancelled"
    }
  }

  /// An activity's status, read as R4's CarePlan.activity.detail.status defines them.
  ///
  /// A step of a goal still in progress has not started as far as the plan knows; the step of
  /// a goal that is done is completed. A goal is changed only at a review, once the person has
  /// been doing its step: the step is ended before it was completed and replaced by the new
  /// goal's, which is R4's `stopped`, not `cancelled` (withdrawn before it began). A goal the
  /// person set aside is `cancelled`: nothing says it was ever begun. A step replaced within
  /// one conversation (a smaller step, or one changed at an agreement) was never the plan, so
  /// it is not an activity at all; the plan's record keeps it (`earlierSteps`).
  ///
  /// What a review learned counts too: an action said to be done at a review is completed,
  /// and the person's step for an active goal they have said how it went with (its
  /// `progress`) is under way, `in-progress`. A professional's action still to do has not
  /// started as far as the plan knows.
  static func activityStatus(of action: Plan.Action, in goal: Plan.Goal) -> String {
    if action.done == true { return "completed" }
    guard goal.status == .active, !goal.progress.isEmpty, action.by == nil else {
      return activityStatus(goal.status)
    }
    return "in-progress"
  }

  static func activityStatus(_ status: Plan.Goal.Status) -> String {
    switch status {
    case .active: return "not-started"
    case .achieved: return "completed"
    case .changed: return "stopped"
    case .dropped: return "cancelled"
    }
  }

  /// Why an activity is no longer planned, in words (R4's statusReason); nil while it is.
  static func activityStatusReason(_ status: Plan.Goal.Status) -> String? {
    switch status {
    case .active, .achieved: return nil
    case .changed: return "Replaced by a newer goal and step"
    case .dropped: return "Set aside by the person"
    }
  }
}
