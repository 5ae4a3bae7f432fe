import Foundation

/// A plan agreed with a professional, and the UK Core profiles, in the FHIR export.
///
/// A plan the person drafted alone is a `draft` `proposal`; once agreed with a professional it
/// is `active` and a `plan`, with the professional as a contributor and their own actions as
/// activities they perform. The professional is a Practitioner with their name; when a role
/// was given, a PractitionerRole (with its Organization when one was named) says it, and is
/// what the CarePlan points to, since a role belongs to the PractitionerRole, not the person.
///
/// A plan agreed and then reviewed by the person alone stays `active` and a `plan`: what was
/// agreed still stands unless the review changed it, and the person's changes are theirs to
/// make. The earlier agreement's professional stays a contributor and the performer of their
/// own actions, and a note says when it was last agreed and that it has changed since.
extension FHIRBundle {
  /// UK Core profiles declared in `meta.profile`, only where UK Core has a published one:
  /// CarePlan's is still a draft and Goal has none, so those two claim base R4 alone.
  static let ukCorePatient = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient"
  static let ukCoreQuestionnaireResponse =
    "https://fhir.hl7.org.uk/StructureDefinition/UKCore-QuestionnaireResponse"

  static func meta(profile: String) -> FHIRJSON {
    .object([("profile", .array([.string(profile)]))])
  }

  /// `status` and `intent` of the CarePlan: agreed and finished, or agreed once and reviewed
  /// since, is active and a plan; anything else is still the person's proposal.
  static func statusAndIntent(_ plan: Plan) -> (status: String, intent: String) {
    agreedWith(plan) == nil ? ("draft", "proposal") : ("active", "plan")
  }

  /// The professional a finished agreement names, or else the one the plan was last agreed
  /// with before a review: one still under way has agreed nothing yet.
  static func agreedWith(_ plan: Plan) -> Plan.Professional? {
    if let agreement = plan.agreement {
      return plan.status == .complete ? agreement.with : plan.earlierAgreements?.last?.with
    }
    return plan.earlierAgreements?.last?.with
  }

  /// The professional's resources and the reference the CarePlan and activities use; nil for a
  /// plan not agreed with anyone.
  static func professionalEntries(_ plan: Plan)
    -> (entries: [(String, FHIRJSON)], reference: FHIRJSON)?
  {
    guard let professional = agreedWith(plan) else { return nil }
    let practitionerURL = url(plan, "Practitioner")
    var entries: [(String, FHIRJSON)] = [
      (
        practitionerURL,
        .object([
          ("resourceType", "Practitioner"), ("id", .string(id(of: practitionerURL))),
          ("active", .bool(true)),
          ("name", .array([.object([("text", .string(professional.name))])])),
        ])
      )
    ]
    guard professional.role != nil || professional.organisation != nil else {
      return (entries, reference(practitionerURL, display: professional.name))
    }
    let roleURL = url(plan, "PractitionerRole")
    var role: [(String, FHIRJSON)] = [
      ("resourceType", "PractitionerRole"), ("id", .string(id(of: roleURL))),
      ("active", .bool(true)),
      ("practitioner", reference(practitionerURL, display: professional.name)),
    ]
    if let organisation = professional.organisation {
      let organisationURL = url(plan, "Organization")
      entries.append(
        (
          organisationURL,
          .object([
            ("resourceType", "Organization"), ("id", .string(id(of: organisationURL))),
            ("active", .bool(true)), ("name", .string(organisation)),
          ])
        ))
      role.append(("organization", reference(organisationURL, display: organisation)))
    }
    if let roleName = professional.role {
      role.append(("code", .array([.object([("text", .string(roleName))])])))
    }
    entries.append((roleURL, .object(role)))
    return (entries, reference(roleURL, display: professional.nameAndRole))
  }

  static func reference(_ url: String, display: String) -> FHIRJSON {
    .object([("reference", .string(url)), ("display", .string(display))])
  }

  /// Who carries out an action: the person, or the professional it was agreed they would do.
  static func performer(
    of action: Plan.Action, patient: FHIRJSON, professional: FHIRJSON?
  ) -> FHIRJSON {
    guard action.by != nil, let professional else { return patient }
    return professional
  }
}
