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
      response += [("author", workerReference), ("source", patientReference)]
    } else {
      response.append(("author", patientReference))
    }
    let items = answerItems(state: state, engine: engine)
    if !items.isEmpty { response.append(("item", .array(items))) }
    entries.append((responseURL, .object(response)))

    let professional = professionalEntries(plan)
    entries += professional?.entries ?? []

    var goalReferences: [FHIRJSON] = []
    var activities: [FHIRJSON] = []
    var steps: [String] = []
    for goal in plan.goals {
      let goalURL = url(plan, "Goal/\(goal.id)")
      let goalReference: FHIRJSON = .object([("reference", .string(goalURL))])
      goalReferences.append(goalReference)
      var notes = goalNotes(goal)
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
          action.by == nil ? self.description(action) : AddressedWords.turned(action.what)
        let status = activityStatus(of: action, in: goal)
        // The narrative lists what is planned now; a step stopped or cancelled is history.
        if goal.status == .active && action.done != true {
          steps.append(
            action.by.map { AddressedWords.sentence(action.what, by: $0, inMyVoice: true) }
              ?? description)
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
        steps.append(AddressedWords.sentence(action.what, by: action.by ?? "", inMyVoice: true))
      }
      let detail: [(String, FHIRJSON)] = [
        ("status", .string(action.done == true ? "completed" : "not-started")),
        (
          "performer",
          .array([
            performer(of: action, patient: patientReference, professional: professional?.reference)
          ])
        ),
        ("description", .string(AddressedWords.turned(action.what))),
      ]
      activities.append(.object([("detail", .object(detail))]))
    }

    let carePlanURL = url(plan, "CarePlan")
    let planNotes = carePlanNotes(plan)
    let (status, intent) = statusAndIntent(plan)
    var carePlan: [(String, FHIRJSON)] = [
      ("resourceType", "CarePlan"), ("id", .string(id(of: carePlanURL))),
      ("text", narrative(["My plan"] + planNotes + steps)),
      ("status", .string(status)), ("intent", .string(intent)), ("title", "My plan"),
      ("subject", patientReference), ("period", period(plan)),
      ("created", .string(PlanJSON.timestamp(plan.createdAt))),
      ("author", patientReference),
    ]
    let contributors =
      (plan.preparedWithWorker || plan.agreement?.recordedBy == "worker" ? [workerReference] : [])
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

  /// The Questionnaire the answers follow: the script, by id and version. CareCoach publishes
  /// no Questionnaire at a web address, so the canonical is a URN naming the script, with its
  /// version after `|` as canonical references allow.
  static func questionnaire(_ script: Script) -> String {
    "urn:carecoach:questionnaire:\(script.id)|\(script.version)"
  }

  /// Every given answer, in the order the script asks its questions.
  ///
  /// Each item's `linkId` is the question's id and its `text` the question as it was put to
  /// the person. A repeating group of sections (such as up to three goals) is an R4 repeating
  /// group: one `group` item per round, each with the same `linkId` (the group's id) and the
  /// round's answers nested inside, in order. R4 repeats a group by repeating the item, not by
  /// numbering its questions, so the questions inside keep their plain ids; and answered items
  /// side by side may not share a linkId (qrs-2), so the rounds cannot be flat repeated items. Should a group's
  /// id also be a question's id, the group's linkId gets "-group" added, as linkIds must be
  /// unique within a Questionnaire.
  ///
  /// A question with nothing to record has no item: one skipped, said "don't know" to, or a
  /// list left empty. R4 has no answer value for "chose not to say", and an item that holds
  /// neither answers nor items says nothing; a round with no answers has no group either.
  static func answerItems(state: ConversationState, engine: Engine) -> [FHIRJSON] {
    let script = engine.script
    let questionIDs = Set(script.questions.map(\.id))
    func item(_ key: AnswerKey, _ question: Question) -> FHIRJSON? {
      guard let answer = state.answers[key] else { return nil }
      let values = answerValues(answer.value, question: question)
      if values.isEmpty { return nil }
      let text = engine.questionText(for: key, in: state) ?? question.label
      return .object([
        ("linkId", .string(question.id)), ("text", .string(text)),
        ("answer", .array(values.map { .object([$0]) })),
      ])
    }
    var items: [FHIRJSON] = []
    let sections = script.sections
    var index = 0
    while index < sections.count {
      guard let group = sections[index].repeating?.group else {
        for question in sections[index].items.compactMap(\.question) {
          if let found = item(AnswerKey(question.id), question) { items.append(found) }
        }
        index += 1
        continue
      }
      // The sections of one group stand together; their rounds are asked one after another.
      var end = index
      while end < sections.count, sections[end].repeating?.group == group { end += 1 }
      let questions = sections[index..<end].flatMap { $0.items.compactMap(\.question) }
      let ids = Set(questions.map(\.id))
      let rounds = Set(state.answers.keys.filter { ids.contains($0.question) }.map(\.round))
      let linkID = questionIDs.contains(group) ? group + "-group" : group
      for round in rounds.sorted() {
        let answers = questions.compactMap { item(AnswerKey($0.id, round: round), $0) }
        if answers.isEmpty { continue }
        items.append(
          .object([
            ("linkId", .string(linkID)), ("text", .string(sections[index].title)),
            ("item", .array(answers)),
          ]))
      }
      index = end
    }
    return items
  }

  /// One `value[x]` per answer: a list gives one string per item, several choices one coding
  /// each.
  static func answerValues(_ value: AnswerValue, question: Question) -> [(String, FHIRJSON)] {
    func coding(_ id: String) -> (String, FHIRJSON) {
      let text = question.choices.first { $0.id == id }?.text ?? id
      return ("valueCoding", .object([("code", .string(id)), ("display", .string(text))]))
    }
    switch value {
    case .text(let text): return text.isEmpty ? [] : [("valueString", .string(text))]
    case .yesNo(let yes): return [("valueBoolean", .bool(yes))]
    case .choice(let id): return [coding(id)]
    case .choices(let ids): return ids.map(coding)
    case .number(let number):
      if number.rounded() == number, abs(number) < 2_147_483_648 {
        return [("valueInteger", .int(Int(number)))]
      }
      return [("valueDecimal", .decimal(number))]
    case .date(let day): return [("valueDate", .string(day.iso))]
    case .list(let items): return items.filter { !$0.isEmpty }.map { ("valueString", .string($0)) }
    case .skipped: return []
    }
  }

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
  static func goalNotes(_ goal: Plan.Goal) -> [String] {
    var notes: [String] = []
    if let measure = goal.measure { notes.append("I will know it has worked when: \(measure)") }
    if let confidence = goal.confidence {
      // Asked in words the easier way: the words the person picked come first, as in the plan.
      notes.append("How sure I am: " + PlanOutline.howSure(goal, confidence))
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
    if let review = goal.reviewDate { notes.append("Check in: \(PlanOutline.day(review))") }
    for progress in goal.progress {
      let words = [progress.rating.map { "\($0) out of 10" }, progress.text].compactMap { $0 }
      if !words.isEmpty {
        notes.append(
          "How it went by \(Display.day(of: progress.at)): \(words.joined(separator: ": "))")
      }
    }
    return notes
  }

  /// What the CarePlan has no element for: that it is unfinished, and when the whole plan is
  /// to be looked at again.
  static func carePlanNotes(_ plan: Plan) -> [String] {
    var notes: [String] = []
    if plan.status == .inProgress { notes.append("Not finished yet: \(PlanOutline.notFinished)") }
    if let agreement = plan.agreement {
      notes.append(PlanOutline.agreedWith(agreement))
    } else if let last = plan.earlierAgreements?.last {
      let said = PlanOutline.agreedWith(last)
      notes.append(
        "Last " + said.prefix(1).lowercased() + said.dropFirst()
          + " Reviewed by the person since.")
    }
    if let review = plan.reviewDate {
      // The plan's period has no end: its next review is said here, as a day to look again.
      notes.append("Next review of this plan: \(PlanOutline.day(review))")
    }
    return notes
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

  static func url(_ plan: Plan, _ name: String) -> String {
    "urn:uuid:" + NameUUID.make(plan.planId + "/" + name)
  }

  /// The resource id is the UUID itself, so fullUrl and id never disagree.
  static func id(of url: String) -> String { String(url.dropFirst("urn:uuid:".count)) }
}

/// A JSON value that keeps its keys in the order written, so FHIR resources read with
/// `resourceType` first and the output is stable.
indirect enum FHIRJSON: ExpressibleByStringLiteral {
  case string(String)
  case bool(Bool)
  case int(Int)
  case decimal(Double)
  case array([FHIRJSON])
  case object([(String, FHIRJSON)])

  init(stringLiteral value: String) { self = .string(value) }

  func serialized(indent: Int = 0) -> String {
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch self {
    case .string(let text): return FHIRJSON.quote(text)
    case .bool(let value): return value ? "true" : "false"
    case .int(let value): return String(value)
    case .decimal(let value): return "\(value)"
    case .array(let values):
      if values.isEmpty { return "[]" }
      let inner = values.map { pad + $0.serialized(indent: indent + 1) }
      return "[\n" + inner.joined(separator: ",\n") + "\n" + close + "]"
    case .object(let pairs):
      if pairs.isEmpty { return "{}" }
      let inner = pairs.map {
        pad + FHIRJSON.quote($0.0) + ": " + $0.1.serialized(indent: indent + 1)
      }
      return "{\n" + inner.joined(separator: ",\n") + "\n" + close + "}"
    }
  }

  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
          result += String(format: "\\u%04x", scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
