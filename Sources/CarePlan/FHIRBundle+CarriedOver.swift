import Dialogue
import Foundation

// MARK: What a reviewed plan keeps from before, in its QuestionnaireResponse

extension FHIRBundle {
  /// The linkId of the group that holds what the plan kept from an earlier conversation.
  static let carriedOverLinkID = "carried-over"

  /// A review asks only what may have changed, so its answers alone would leave out what
  /// matters, good and hard days, care that helps or is hard, and who helps, though the plan
  /// still holds them. Each part the plan holds that this conversation did not give is one
  /// item of a `carried-over` group, in the person's words; a first plan, whose answers are
  /// all this conversation's, has no such group (nor, for now, an agreement's).
  static func carriedOverItems(_ plan: Plan, engine: Engine) -> [FHIRJSON] {
    let script = engine.script
    let asked = Set(script.questions.map(\.id))
    let fields = Set(script.questions.compactMap(\.plan))
    // Only a review carries a plan on from an earlier conversation.
    guard fields.contains(.goalDecision) else { return [] }
    func fromBefore(_ statements: [Plan.Statement]) -> [String] {
      statements.filter { statement in
        !statement.from.contains { source in
          asked.contains(String(source.split(separator: "#").first ?? ""))
        }
      }.map(\.text)
    }
    let parts: [(PlanField, String, [String])] = [
      (.conditions, "My health conditions", fields.contains(.conditions) ? [] : plan.conditions),
      (.whatMatters, "What matters to me", fromBefore(plan.whatMatters)),
      (.goodDay, "A good day", fromBefore(plan.life.goodDay)),
      (.hardDay, "On harder days", fromBefore(plan.life.hardDay)),
      (.helpfulCare, "Care that helps", fromBefore(plan.life.careThatHelps)),
      (.burdensomeCare, "Care that is hard", fromBefore(plan.life.careThatIsHard)),
      (
        .supportNetwork, "Who helps me",
        fields.contains(.supportNetwork) ? [] : plan.person.support
      ),
    ]
    let items: [FHIRJSON] = parts.compactMap { field, text, words in
      let values = words.filter { !$0.isEmpty }
      guard !values.isEmpty else { return nil }
      return .object([
        ("linkId", .string("\(carriedOverLinkID).\(field.rawValue)")), ("text", .string(text)),
        ("answer", .array(values.map { .object([("valueString", .string($0))]) })),
      ])
    }
    guard !items.isEmpty else { return [] }
    return [
      .object([
        ("linkId", .string(carriedOverLinkID)),
        ("text", .string("Kept from the plan before")), ("item", .array(items)),
      ])
    ]
  }
}
