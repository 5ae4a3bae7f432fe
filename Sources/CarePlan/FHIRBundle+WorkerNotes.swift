import Foundation

/// A support worker's part in the FHIR export.
///
/// The worker is not a resource of the bundle (CareCoach knows no more than that a worker was
/// there), so they are named in words: a Reference with only a `display`, and an Annotation's
/// `authorString`.
extension FHIRBundle {
  /// Who a worker's note is by, and who helped prepare a plan typed with a worker.
  static let workerName = "support worker"

  /// Said as the CarePlan's contributor when the worker typed the answers with the person:
  /// by name and role when they said who they are ("Dev (support worker)").
  static func workerReference(_ plan: Plan) -> FHIRJSON {
    .object([("display", .string(plan.preparedBy.map(PlanBuilder.workerNamed) ?? workerName))])
  }

  /// Whether a worker typed this version's answers: an agreement says who recorded it, and
  /// any other version was typed in the mode it was made in.
  static func typedByWorker(_ plan: Plan) -> Bool {
    guard let agreement = plan.agreement else { return plan.preparedWithWorker }
    return agreement.recordedBy == "worker"
  }

  /// The worker's notes in the plan as Annotations by the worker. The person's copy has only
  /// the shared ones already; on the worker's copy a private note says so in its text, so a
  /// receiving system never shows it as the person's own.
  static func workerAnnotations(_ notes: [Plan.Note]) -> [FHIRJSON] {
    notes.map { note in
      let text = note.shared ? note.text : "\(privateNote) \(note.text)"
      return .object([
        ("authorString", .string(workerName)),
        ("time", .string(PlanJSON.timestamp(note.at))),
        ("text", .string(PlanMarkdown.escape(text))),
      ])
    }
  }

  /// Put before a private note's words on the worker's copy.
  static let privateNote = "Private note, not on the person's copy:"
}
