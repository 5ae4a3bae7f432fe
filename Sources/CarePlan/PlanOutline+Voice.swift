import Foundation

/// The plan's headings and labels as a worker's plan says them.
///
/// A plan the person made alone speaks as them ("What matters to me"). A plan a support worker
/// typed with them holds the worker's words about the person ("she wants to go to the mosque"),
/// so first-person headings over them read as if the worker were the one they are about. Such
/// a plan's headings name no one's voice ("Health conditions", "Next step"), or name the person
/// ("What matters to Mrs Begum"), in every format, since all of them read the outline.
extension PlanOutline {
  /// `heading` as this plan says it: unchanged in the person's own plan.
  func voiced(_ heading: String) -> String {
    guard plan.preparedWithWorker else { return heading }
    if heading == "What matters to me" { return "What matters to \(personNamed)" }
    // "My goal 2" is "Goal 2".
    if heading.hasPrefix("My goal") { return "Goal" + heading.dropFirst("My goal".count) }
    return Self.workerWording[heading] ?? heading
  }

  /// The person as a heading names them: their name when the plan has one.
  var personNamed: String {
    plan.person.preferredName.flatMap { $0.isEmpty ? nil : $0 } ?? "them"
  }

  /// Each first-person heading or label, as a worker's plan says it.
  static let workerWording: [String: String] = [
    summaryHeading: "The plan in short",
    "If I need help quickly": "If help is needed quickly",
    "My health conditions": "Health conditions",
    "Who helps me": "Who helps",
    "What I want to talk about": "What to talk about",
    "My questions about results and tests": "Questions about results and tests",
    "My questions about medicines": "Questions about medicines",
    "My other questions": "Other questions",
    "My questions": "Questions",
    "Answers I was given": "Answers given",
    "News about my care": "News about care",
    "When I will check in": "When to check in",
    "I will know it has worked when": "It will have worked when",
    nextStepLabel: "Next step",
    "How sure I am": "How sure",
    alsoSaidHeading: "Other things said (kept, but not in the plan)",
    "Also matters to me now": "Also matters now",
    "My plan": "The plan",
  ]
}
