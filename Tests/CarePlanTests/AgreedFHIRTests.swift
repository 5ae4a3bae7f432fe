import CarePlan
import Dialogue
import Foundation
import Testing

@Suite("Export: FHIR of a plan agreed with a professional, and the UK Core profiles")
struct AgreedFHIRTests {
  func reference(_ value: Any?) -> String? { (value as? [String: Any])?["reference"] as? String }

  func fullURL(of resource: [String: Any]?) -> String? {
    (resource?["id"] as? String).map { "urn:uuid:" + $0 }
  }

  @Test("the person's own draft, and an agreement still under way, are a draft proposal")
  func draftIsAProposal() throws {
    let underWay = try agree(draftPlan(), ["1"], with: nurse)
    #expect(underWay.plan.status == .inProgress)
    let own = Agreed(engine: underWay.engine, state: underWay.state, plan: draftPlan())
    for held in [own, underWay] {
      let carePlan = try #require(held.resources("CarePlan").first)
      #expect(carePlan["status"] as? String == "draft")
      #expect(carePlan["intent"] as? String == "proposal")
      #expect(held.resources("Practitioner").isEmpty)
      #expect(carePlan["contributor"] == nil)
    }
  }

  @Test(
    "agreed: an active plan, the PractitionerRole a contributor and the performer of their action")
  func agreedIsAnActivePlan() throws {
    let held = try agree(draftPlan(), agreedAnswers, with: nurse)
    let carePlan = try #require(held.resources("CarePlan").first)
    #expect(carePlan["status"] as? String == "active")
    #expect(carePlan["intent"] as? String == "plan")
    let practitioner = try #require(held.resources("Practitioner").first)
    #expect((practitioner["name"] as? [[String: Any]])?.first?["text"] as? String == "Sam Patel")
    let role = try #require(held.resources("PractitionerRole").first)
    #expect(reference(role["practitioner"]) == fullURL(of: practitioner))
    #expect((role["code"] as? [[String: Any]])?.first?["text"] as? String == "practice nurse")
    let roleURL = try #require(fullURL(of: role))
    let contributors = try #require(carePlan["contributor"] as? [Any])
    #expect(contributors.map(reference) == [roleURL])

    let patientURL = fullURL(of: held.resources("Patient").first)
    let activities = try #require(carePlan["activity"] as? [[String: Any]])
    let performers = activities.map { activity -> [String?] in
      let detail = activity["detail"] as? [String: Any]
      return ((detail?["performer"] as? [Any]) ?? []).map(reference)
    }
    let descriptions = activities.map {
      ($0["detail"] as? [String: Any])?["description"] as? String
    }
    // The person's two steps, then the nurse's referral.
    #expect(
      descriptions == ["check my feet each night", "refer you to podiatry", "walk to the shop"])
    #expect(performers == [[patientURL], [roleURL], [patientURL]])
  }

  @Test("a goal not agreed now is proposed, with the reason in a note; an agreed one is active")
  func notAgreedNowIsProposed() throws {
    let held = try agree(draftPlan(), agreedAnswers, with: nurse)
    let goals = held.resources("Goal")
    #expect(goals.map { $0["lifecycleStatus"] as? String } == ["active", "proposed"])
    let notes = (goals.last?["note"] as? [[String: Any]])?.compactMap { $0["text"] as? String }
    #expect(notes?.contains { $0.hasPrefix("Not agreed at the appointment") } == true)
  }

  @Test("a name alone is a Practitioner, who is then the contributor and performer")
  func nameAlone() throws {
    let held = try agree(draftPlan(), agreedAnswers, with: Plan.Professional(name: "Dr Khan"))
    #expect(held.resources("PractitionerRole").isEmpty)
    let practitioner = try #require(held.resources("Practitioner").first)
    let carePlan = try #require(held.resources("CarePlan").first)
    #expect((carePlan["contributor"] as? [Any])?.map(reference) == [fullURL(of: practitioner)])
    let activities = try #require(carePlan["activity"] as? [[String: Any]])
    let referral = activities[1]["detail"] as? [String: Any]
    #expect((referral?["performer"] as? [Any])?.map(reference) == [fullURL(of: practitioner)])
  }

  @Test("an organisation named is an Organization the role belongs to")
  func organisation() throws {
    let professional = Plan.Professional(
      name: "Sam Patel", role: "practice nurse", organisation: "Riverside Surgery")
    let held = try agree(draftPlan(), agreedAnswers, with: professional)
    let organisation = try #require(held.resources("Organization").first)
    #expect(organisation["name"] as? String == "Riverside Surgery")
    let role = try #require(held.resources("PractitionerRole").first)
    #expect(reference(role["organization"]) == fullURL(of: organisation))
  }

  @Test("Patient and QuestionnaireResponse declare UK Core; CarePlan and Goal claim no profile")
  func ukCoreProfiles() throws {
    let held = try agree(draftPlan(), agreedAnswers, with: nurse)
    func profiles(_ type: String) -> [String]? {
      (held.resources(type).first?["meta"] as? [String: Any])?["profile"] as? [String]
    }
    let base = "https://fhir.hl7.org.uk/StructureDefinition/"
    #expect(profiles("Patient") == [base + "UKCore-Patient"])
    #expect(profiles("QuestionnaireResponse") == [base + "UKCore-QuestionnaireResponse"])
    #expect(held.resources("CarePlan").first?["meta"] == nil)
    #expect(held.resources("Goal").allSatisfy { $0["meta"] == nil })
  }

  @Test("the plan's period starts the day it was agreed; the review day is a note, not its end")
  func period() throws {
    let held = try agree(draftPlan(), agreedAnswers, with: nurse)
    let carePlan = try #require(held.resources("CarePlan").first)
    let period = try #require(carePlan["period"] as? [String: Any])
    #expect(period["start"] as? String == "2026-12-14")
    #expect(period["end"] == nil)
    let notes = (carePlan["note"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    #expect(notes.contains("Next review of this plan: Monday 25 January 2027"))

    // A draft with no review day starts the day it was prepared, and has no end.
    let own = Agreed(engine: held.engine, state: held.state, plan: draftPlan())
    let draftPeriod = own.resources("CarePlan").first?["period"] as? [String: Any]
    #expect(draftPeriod?["start"] as? String == "2026-11-22")
    #expect(draftPeriod?["end"] == nil)
  }

  @Test("a replaced goal's step is stopped, a dropped goal's cancelled, each with a reason")
  func replacedStepIsStopped() throws {
    let held = try agree(draftPlan(), agreedAnswers, with: nurse)
    var plan = held.plan
    plan.goals[0].status = .changed
    plan.goals[1].status = .dropped
    let reviewed = Agreed(engine: held.engine, state: held.state, plan: plan)
    let carePlan = try #require(reviewed.resources("CarePlan").first)
    let details = try #require(carePlan["activity"] as? [[String: Any]]).compactMap {
      $0["detail"] as? [String: Any]
    }
    #expect(details.map { $0["status"] as? String } == ["stopped", "stopped", "cancelled"])
    let reasons = details.map { ($0["statusReason"] as? [String: Any])?["text"] as? String }
    #expect(
      reasons == [
        "Replaced by a newer goal and step", "Replaced by a newer goal and step",
        "Set aside by the person",
      ])
    // The narrative lists only what is planned now.
    let narrative = ((carePlan["text"] as? [String: Any])?["div"] as? String) ?? ""
    #expect(!narrative.contains("check my feet each night"))
  }
}
