import Dialogue
import Foundation

/// The plan and the answers behind it as a FHIR R4 (4.0.1) Bundle of type `collection`, for a
/// clinical system that speaks FHIR.
///
/// The bundle holds a Patient placeholder, a QuestionnaireResponse with every given answer, a
/// Goal per goal and one CarePlan. The plan was written by the person, so the CarePlan is a
/// `draft` `proposal` authored by the Patient until a clinician agrees it; the Patient also
/// expressed each Goal and performs each step. An agreed plan adds the professional (see
/// `FHIRBundle+Agreement.swift`).
///
/// Each entry's fullUrl is a `urn:uuid:` derived from the plan id and the resource's name (a
/// version 5 UUID), so the same plan always exports the same bundle, byte for byte: a
/// receiving system can tell a re-sent plan from a new one, and tests can compare exports.
///
/// Goal and CarePlan carry a short generated narrative, so a system that shows only narrative
/// still shows the person's goal and steps.
///
/// The answers behind the plan are in `FHIRBundle+Answers.swift`, the status codes in
/// `FHIRBundle+Statuses.swift`, notes and narrative in `FHIRBundle+Notes.swift`.
public enum FHIRBundle {
  public static func make(plan: Plan, state: ConversationState, engine: Engine) -> String {
    build(plan: plan, state: state, engine: engine).serialized() + "\n"
  }

  static func build(plan: Plan, state: ConversationState, engine: Engine) -> FHIRJSON {
    let patientURL = url(plan, "Patient")
    let patientReference: FHIRJSON = .object([("reference", .string(patientURL))])
    var entries: [(String, FHIRJSON)] = []

    // Patient: `active` always, so it is never an empty resource; a name and an identifier
    // only when the person or their worker gave them.
    var patient: [(String, FHIRJSON)] = [
      ("resourceType", "Patient"), ("id", .string(id(of: patientURL))),
      ("meta", meta(profile: ukCorePatient)),
    ]
    if let ref = plan.person.clientRef, !ref.isEmpty {
      patient.append(("identifier", .array([clientIdentifier(ref)])))
    }
    patient.append(("active", .bool(true)))
    if let name = plan.person.preferredName, !name.isEmpty {
      patient.append(("name", .array([.object([("text", .string(name))])])))
    }
    entries.append((patientURL, .object(patient)))

    let responseURL = url(plan, "QuestionnaireResponse")
    var response: [(String, FHIRJSON)] = [
      ("resourceType", "QuestionnaireResponse"), ("id", .string(id(of: responseURL))),
      ("meta", meta(profile: ukCoreQuestionnaireResponse)),
      ("questionnaire", .string(questionnaire(engine.script))),
      ("status", .string(state.finished ? "completed" : "in-progress")),
      ("subject", patientReference), ("authored", .string(PlanJSON.timestamp(plan.updatedAt))),
    ]
    // Whoever typed the answers wrote them down: a worker in facilitator mode is the author,
    // and the person, whose answers they are, is the source (R4 allows a Patient there).
    if typedByWorker(plan) {
      response += [("author", workerReference(plan)), ("source", patientReference)]
    } else {
      response.append(("author", patientReference))
    }
    let items =
      answerItems(state: state, engine: engine) + carriedOverItems(plan, engine: engine)
    if !items.isEmpty { response.append(("item", .array(items))) }
    entries.append((responseURL, .object(response)))

    let professional = professionalEntries(plan)
    entries += professional?.entries ?? []

    // A professional's action in the narrative: in the person's voice, or of them in a plan
    // a worker typed.
    let voice: AddressedWords.Voice = plan.preparedWithWorker ? .ofThePerson : .mine
    var goalReferences: [FHIRJSON] = []
    var activities: [FHIRJSON] = []
    var steps: [String] = []
    for goal in plan.goals {
      let goalURL = url(plan, "Goal/\(goal.id)")
      let goalReference: FHIRJSON = .object([("reference", .string(goalURL))])
      goalReferences.append(goalReference)
      var notes = goalNotes(goal, in: plan)
      // A goal gone through and not agreed now is still the person's, but not yet taken on
      // with the professional: R4's "proposed", with the reason in words.
      let notAgreedNow =
        goal.status == .active && plan.agreement?.outcome(of: goal.id) == .notNow
      if notAgreedNow { notes.append(FHIRBundle.notAgreedNowNote) }
      var resource: [(String, FHIRJSON)] = [
        ("resourceType", "Goal"), ("id", .string(id(of: goalURL))),
        ("text", narrative([goal.text] + notes)),
        ("lifecycleStatus", .string(notAgreedNow ? "proposed" : lifecycleStatus(goal.status))),
        ("description", .object([("text", .string(goal.text))])),
        ("subject", patientReference),
      ]
      if let start = goal.actions.compactMap(\.startDate).first {
        resource.append(("startDate", .string(start)))
      }
      resource.append(("expressedBy", patientReference))
      if !notes.isEmpty { resource.append(("note", annotations(notes))) }
      entries.append((goalURL, .object(resource)))

      // Rule cpl-3: each activity carries a detail and no reference.
      for action in goal.actions {
        // A professional's action reads as theirs, said to the person; the record keeps the
        // words as typed.
        let description =
          action.by == nil
          ? self.description(action) : AddressedWords.turned(action.what) + Self.dueWords(action)
        let status = activityStatus(of: action, in: goal)
        // The narrative lists what is planned now; a step stopped or cancelled is history.
        if goal.status == .active && action.done != true {
          steps.append(
            action.by.map {
              AddressedWords.sentence(action.what, by: $0, voice: voice) + Self.dueWords(action)
            } ?? description)
        }
        var detail: [(String, FHIRJSON)] = [
          ("goal", .array([goalReference])), ("status", .string(status)),
        ]
        if let words = action.doneWords, action.done == true {
          detail.append(("statusReason", .object([("text", .string("Done: \(words)"))])))
        } else if let reason = activityStatusReason(goal.status) {
          detail.append(("statusReason", .object([("text", .string(reason))])))
        }
        if let schedule = schedule(action) { detail.append(("scheduledString", .string(schedule))) }
        detail.append(
          (
            "performer",
            .array([
              performer(
                of: action, patient: patientReference, professional: professional?.reference)
            ])
          ))
        detail.append(("description", .string(description)))
        // What was said about an action still to do is a note on it, in the person's words.
        let progress: [(String, FHIRJSON)] =
          action.done == true
          ? []
          : action.note.map { [("progress", .array([.object([("text", .string($0))])]))] } ?? []
        activities.append(.object(progress + [("detail", .object(detail))]))
      }
    }
    // What the professional agreed to do beyond the goals: activities of theirs with no goal.
    for action in plan.otherActions ?? [] {
      if action.done != true {
        steps.append(
          AddressedWords.sentence(action.what, by: action.by ?? "", voice: voice)
            + Self.dueWords(action))
      }
      let detail: [(String, FHIRJSON)] = [
        ("status", .string(action.done == true ? "completed" : "not-started")),
        (
          "performer",
          .array([
            performer(of: action, patient: patientReference, professional: professional?.reference)
          ])
        ),
        ("description", .string(AddressedWords.turned(action.what) + Self.dueWords(action))),
      ]
      activities.append(.object([("detail", .object(detail))]))
    }

    let carePlanURL = url(plan, "CarePlan")
    let planNotes = carePlanNotes(plan)
    let (status, intent) = statusAndIntent(plan)
    // A plan a worker typed is about the person, as its other formats say.
    let title = plan.preparedWithWorker ? PlanOutline(plan: plan).title : "My plan"
    var carePlan: [(String, FHIRJSON)] = [
      ("resourceType", "CarePlan"), ("id", .string(id(of: carePlanURL))),
      ("text", narrative([title] + planNotes + steps)),
      ("status", .string(status)), ("intent", .string(intent)), ("title", .string(title)),
      ("subject", patientReference), ("period", period(plan)),
      ("created", .string(PlanJSON.timestamp(plan.createdAt))),
      ("author", patientReference),
    ]
    let contributors =
      (plan.preparedWithWorker || plan.agreement?.recordedBy == "worker"
        ? [workerReference(plan)] : [])
      + [professional?.reference].compactMap { $0 }
    if !contributors.isEmpty { carePlan.append(("contributor", .array(contributors))) }
    if !goalReferences.isEmpty { carePlan.append(("goal", .array(goalReferences))) }
    if !activities.isEmpty { carePlan.append(("activity", .array(activities))) }
    let carePlanAnnotations = annotationList(planNotes) + workerAnnotations(plan.notes)
    if !carePlanAnnotations.isEmpty { carePlan.append(("note", .array(carePlanAnnotations))) }
    entries.append((carePlanURL, .object(carePlan)))

    return .object([
      ("resourceType", "Bundle"), ("id", .string(id(of: url(plan, "Bundle")))),
      ("type", "collection"), ("timestamp", .string(PlanJSON.timestamp(plan.updatedAt))),
      (
        "entry",
        .array(entries.map { .object([("fullUrl", .string($0.0)), ("resource", $0.1)]) })
      ),
    ])
  }

  /// The worker's client reference. It is the organisation's own pseudonymous reference, and
  /// CareCoach does not know the organisation's identifier system (its URI), so the identifier
  /// has no `system`: inventing one would tell a receiving system that every CareCoach "C-17"
  /// is the same person, across every service that uses it. `type.text` says what the value is
  /// instead, which is all a reader can rely on, and `use` is `secondary`: it identifies the
  /// person only within the organisation that gave it.
  static func clientIdentifier(_ ref: String) -> FHIRJSON {
    .object([
      ("use", "secondary"),
      ("type", .object([("text", "Client reference (the organisation's own)")])),
      ("value", .string(ref)),
    ])
  }

  static func url(_ plan: Plan, _ name: String) -> String {
    "urn:uuid:" + NameUUID.make(plan.planId + "/" + name)
  }

  /// The resource id is the UUID itself, so fullUrl and id never disagree.
  static func id(of url: String) -> String { String(url.dropFirst("urn:uuid:".count)) }
}
