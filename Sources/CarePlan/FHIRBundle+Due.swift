extension FHIRBundle {
  /// ", by Monday 14 December 2026": the day a professional's action is due by, said in the
  /// narrative as the other formats say it; empty when none was said.
  static func dueWords(_ action: Plan.Action) -> String {
    action.due.map { ", by " + PlanOutline.day($0) } ?? ""
  }
}
