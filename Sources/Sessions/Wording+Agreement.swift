import CarePlan
import Dialogue

/// The sentences `carecoach agree` says itself: the rest of its words are in Prompts/agree.yaml.
extension Wording {
  /// `latest` could mean more than one client's plan: each is listed, newest first, and an id
  /// or a client asked for rather than one guessed.
  static func latestIsAmbiguous(_ candidates: [SessionError.LatestCandidate]) -> String {
    var lines = [
      "This store has plans for more than one person, so latest could open the wrong one. "
        + "Give the id of the conversation, or add --client with the client's reference:"
    ]
    for candidate in candidates {
      let who = candidate.client.map { "client \($0)" } ?? "no client"
      lines.append("  \(candidate.sessionID)  \(who), last active \(candidate.lastActive)")
    }
    return lines.joined(separator: "\n")
  }

  static func professionalUnclear(_ problem: Plan.Professional.Problem) -> String {
    let example = " For example: --with \"Sam Patel, practice nurse\"."
    switch problem {
    case .empty:
      return "Say who the plan is agreed with: their name, then a comma and their role."
        + example
    case .noName:
      return "The name is missing. Put the name first, then a comma and the role." + example
    case .tooLong(let limit):
      return "That is too long for a name and a role. Use at most \(limit) characters." + example
    case .notOneLine:
      return "Give the name and role on one line." + example
    }
  }

  static func appointmentDayUnclear(_ text: String) -> String {
    "CareCoach cannot read '\(text)' as a day. Give the day of the appointment, such as "
      + "2026-12-14 or last Tuesday."
  }

  static func appointmentBeforePlan(_ day: String, planMade: String) -> String {
    "The plan being agreed was made on \(planMade), so it cannot have been agreed on \(day). "
      + "Give the day of the appointment with --on, such as --on today."
  }

  static func appointmentDayToCome(_ day: String) -> String {
    "\(day) has not come yet. Give the day the appointment took place, or leave out --on "
      + "if it is today."
  }

  static func agreementUnderWay(_ id: String) -> String {
    "Going through this plan with a professional was started and not finished. "
      + "Carry on with: carecoach resume \(id)"
  }

  /// Before the first question: whose plan, which version, and what there is to go through.
  static func agreeing(
    version: Int, from day: String, with professional: String, goals: Int, questions: Int
  ) -> String {
    let things = [
      goals == 0 ? nil : goalCount(goals),
      questions == 0 ? nil : (questions == 1 ? "one question" : "\(questions) questions"),
    ].compactMap { $0 }
    return "Agreeing version \(version) of the plan from \(day) with \(professional): "
      + (things.isEmpty
        ? "there are no goals or questions open, so we will agree when to look at it again."
        : "\(things.joined(separator: " and ")) to go through.")
  }

  static func agreementSaved(_ version: Int, _ id: String, for audience: Audience = .person)
    -> String
  {
    "Thank you. " + (audience == .facilitator ? "Their" : "Your")
      + " agreed plan is saved as version \(version). The earlier versions are kept.\n"
      + "To see it, type: carecoach show \(id)\n"
      + "To share it with another service: carecoach export \(id) --format fhir -o plan.json"
  }
}
