import Dialogue
import Foundation

/// The plan and the answers behind it as a FHIR R4 (4.0.1) Bundle of type `collection`, for a
/// clinical system that speaks FHIR.
///
/// The bundle holds a Patient placeholder, a QuestionnaireResponse with every given answer, a
/// Goal per goal and one CarePlan. The plan was written by the person, so the CarePlan is a
/// `draft` `proposal` authored by the Patient until a clinician agrees it.
///
/// Each entry's fullUrl is a `urn:uuid:` derived from the plan id and the resource's name, so
/// the same plan always exports the same bundle, byte for byte: a receiving system can tell a
/// re-sent plan from a new one, and tests can compare exports.
///
/// QuestionnaireResponse items use the answer key as `linkId`: the question id in the first
/// round, and `id#2`, `id#3` for later rounds of a repeating section (the same keys the plan's
/// `from` lists use), so every item has its own linkId and each one traces back to a plan item.
public enum FHIRBundle {
  public static func make(plan: Plan, state: ConversationState, script: Script) -> String {
    build(plan: plan, state: state, script: script).serialized() + "\n"
  }

  static func build(plan: Plan, state: ConversationState, script: Script) -> FHIRJSON {
    let patientURL = url(plan, "Patient")
    let patientReference: FHIRJSON = .object([("reference", .string(patientURL))])
    var entries: [(String, FHIRJSON)] = []

    // Patient: `active` always, so it is never an empty resource; a name and an identifier
    // only when the person or their worker gave them.
    var patient: [(String, FHIRJSON)] = [
      ("resourceType", "Patient"), ("id", .string(id(of: patientURL))),
    ]
    if let ref = plan.person.clientRef, !ref.isEmpty {
      patient.append(("identifier", .array([.object([("value", .string(ref))])])))
    }
    patient.append(("active", .bool(true)))
    if let name = plan.person.preferredName, !name.isEmpty {
      patient.append(("name", .array([.object([("text", .string(name))])])))
    }
    entries.append((patientURL, .object(patient)))

    let responseURL = url(plan, "QuestionnaireResponse")
    var response: [(String, FHIRJSON)] = [
      ("resourceType", "QuestionnaireResponse"), ("id", .string(id(of: responseURL))),
      ("status", .string(state.finished ? "completed" : "in-progress")),
      ("subject", patientReference), ("authored", .string(PlanJSON.timestamp(plan.updatedAt))),
      ("author", patientReference),
    ]
    let items = answerItems(state: state, script: script)
    if !items.isEmpty { response.append(("item", .array(items))) }
    entries.append((responseURL, .object(response)))

    var goalReferences: [FHIRJSON] = []
    var activities: [FHIRJSON] = []
    for goal in plan.goals {
      let goalURL = url(plan, "Goal/\(goal.id)")
      let goalReference: FHIRJSON = .object([("reference", .string(goalURL))])
      goalReferences.append(goalReference)
      var resource: [(String, FHIRJSON)] = [
        ("resourceType", "Goal"), ("id", .string(id(of: goalURL))),
        ("lifecycleStatus", .string(lifecycleStatus(goal.status))),
        ("description", .object([("text", .string(goal.text))])),
        ("subject", patientReference),
      ]
      if let start = goal.actions.compactMap(\.startDate).first {
        resource.append(("startDate", .string(start)))
      }
      resource.append(("expressedBy", patientReference))
      let notes = goalNotes(goal)
      if !notes.isEmpty {
        resource.append(
          ("note", .array(notes.map { .object([("text", .string($0))]) })))
      }
      entries.append((goalURL, .object(resource)))

      // Rule cpl-3: each activity carries a detail and no reference.
      for action in goal.actions {
        var detail: [(String, FHIRJSON)] = [
          ("goal", .array([goalReference])), ("status", .string(activityStatus(goal.status))),
        ]
        if let schedule = schedule(action) { detail.append(("scheduledString", .string(schedule))) }
        detail.append(("performer", .array([patientReference])))
        detail.append(("description", .string(action.what)))
        activities.append(.object([("detail", .object(detail))]))
      }
    }

    let carePlanURL = url(plan, "CarePlan")
    var carePlan: [(String, FHIRJSON)] = [
      ("resourceType", "CarePlan"), ("id", .string(id(of: carePlanURL))),
      ("status", "draft"), ("intent", "proposal"), ("title", "My plan"),
      ("subject", patientReference), ("created", .string(PlanJSON.timestamp(plan.createdAt))),
      ("author", patientReference),
    ]
    if !goalReferences.isEmpty { carePlan.append(("goal", .array(goalReferences))) }
    if !activities.isEmpty { carePlan.append(("activity", .array(activities))) }
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

  /// Every given answer, in script order round by round, as the conversation holds it now.
  /// Skipped answers are left out: FHIR has no answer for "rather not say".
  static func answerItems(state: ConversationState, script: Script) -> [FHIRJSON] {
    var items: [FHIRJSON] = []
    let rounds = Set(state.answers.keys.map(\.round)).sorted()
    for round in rounds {
      for question in script.questions {
        let key = AnswerKey(question.id, round: round)
        guard let answer = state.answers[key] else { continue }
        let values = answerValues(answer.value, question: question)
        if values.isEmpty { continue }
        items.append(
          .object([
            ("linkId", .string(key.description)), ("text", .string(question.label)),
            ("answer", .array(values.map { .object([$0]) })),
          ]))
      }
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

  /// A changed goal has been replaced by a new active one (it is in the bundle too), so the
  /// old one is no longer pursued: cancelled, like a dropped one.
  static func lifecycleStatus(_ status: Plan.Goal.Status) -> String {
    switch status {
    case .active: return "active"
    case .achieved: return "completed"
    case .dropped, .changed: return "cancelled"
    }
  }

  /// A step of a goal still in progress has not started as far as the plan knows; the step of
  /// a goal that is done is completed, and of one set aside, cancelled.
  static func activityStatus(_ status: Plan.Goal.Status) -> String {
    switch status {
    case .active: return "not-started"
    case .achieved: return "completed"
    case .dropped, .changed: return "cancelled"
    }
  }

  /// What the Goal resource has no element for, kept as notes in the person's words.
  static func goalNotes(_ goal: Plan.Goal) -> [String] {
    var notes: [String] = []
    if let measure = goal.measure { notes.append("I will know it has worked when: \(measure)") }
    if let confidence = goal.confidence { notes.append("How sure I am: \(confidence) out of 10") }
    if !goal.barriers.isEmpty {
      notes.append("What might get in the way: \(goal.barriers.joined(separator: "; "))")
    }
    if !goal.solutions.isEmpty {
      notes.append("What will help: \(goal.solutions.joined(separator: "; "))")
    }
    if !goal.support.isEmpty {
      notes.append("Who will help: \(goal.support.joined(separator: "; "))")
    }
    for progress in goal.progress {
      let words = [progress.rating.map { "\($0) out of 10" }, progress.text].compactMap { $0 }
      if !words.isEmpty {
        notes.append(
          "How it went by \(Display.day(of: progress.at)): \(words.joined(separator: ": "))")
      }
    }
    return notes
  }

  /// When, where, how much and how often, as the words the person gave.
  static func schedule(_ action: Plan.Action) -> String? {
    var parts: [String] = []
    if let howMuch = action.howMuch { parts.append("How much: \(howMuch)") }
    if let when = action.when { parts.append("When: \(when)") }
    if let place = action.where { parts.append("Where: \(place)") }
    if let howOften = action.howOften { parts.append("How often: \(howOften)") }
    if let start = action.startDate { parts.append("Starting: \(PlanOutline.day(start))") }
    return parts.isEmpty ? nil : parts.joined(separator: ". ")
  }

  static func url(_ plan: Plan, _ name: String) -> String {
    "urn:uuid:" + StableUUID.make(plan.planId + "/" + name)
  }

  /// The resource id is the UUID itself, so fullUrl and id never disagree.
  static func id(of url: String) -> String { String(url.dropFirst("urn:uuid:".count)) }
}

/// A UUID computed from a name, the same on every machine and every run.
///
/// Two 64-bit FNV-1a hashes of the name's UTF-8 (different starting values) give 128 bits; the
/// version nibble says 8 (custom, RFC 9562) and the variant bits say RFC, so it is a well-formed
/// UUID that makes no claim to be random.
enum StableUUID {
  static func make(_ name: String) -> String {
    let bytes = Array(name.utf8)
    func fnv(_ seed: UInt64) -> UInt64 {
      var hash = seed
      for byte in bytes {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
      }
      return hash
    }
    let high = fnv(0xCBF2_9CE4_8422_2325)
    let low = fnv(0x8422_2325_CBF2_9CE4 ^ UInt64(bytes.count))
    var octets: [UInt8] = []
    for value in [high, low] {
      for shift in stride(from: 56, through: 0, by: -8) {
        octets.append(UInt8((value >> UInt64(shift)) & 0xFF))
      }
    }
    octets[6] = (octets[6] & 0x0F) | 0x80
    octets[8] = (octets[8] & 0x3F) | 0x80
    let hex = octets.map { String(format: "%02x", $0) }.joined()
    let chars = Array(hex)
    return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }.joined(
      separator: "-")
  }
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
