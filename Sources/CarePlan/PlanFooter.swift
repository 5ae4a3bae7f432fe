import Dialogue

/// The words at the foot of every plan: where to get help quickly.
///
/// The help comes from the safety file's services (its `plan-footer`), as the notices' numbers
/// do, so a service outside England that changes a number there changes it on every plan too.
public struct PlanFooter: Hashable, Sendable {
  /// Sentences such as "If a life is at risk now, call 999."
  public var help: [String]

  public init(help: [String]) { self.help = help }

  /// The `say` sentence of each service the safety file names for the foot of a plan.
  public init(safety: SafetyRules) { self.init(help: safety.footerServices.map(\.say)) }

  /// The help sentences. What the plan is ("prepared by me, not medical advice") is said under
  /// its title, on the first page, so it is not said twice; a safety file that names no
  /// services for the foot still leaves it there.
  public var text: String { text(for: nil) }

  /// The help sentences under `plan`; with none, what the plan is, in the words its title's
  /// preface uses (who prepared it).
  func text(for plan: Plan?) -> String {
    guard help.isEmpty else { return help.joined(separator: " ") }
    return plan.map(PlanOutline.disclaimer(for:)) ?? PlanOutline.disclaimer
  }
}
