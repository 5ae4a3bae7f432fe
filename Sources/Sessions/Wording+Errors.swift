import Dialogue

/// The one place where what went wrong becomes a sentence for the person: what happened, and
/// what to do next where there is something to do.
extension SessionError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .store(let error):
      return error.description
    case .noStore(let path):
      return "There is no store of conversations at '\(path)', so there is nothing to see "
        + "there yet. Check the --store path, or start a conversation first."
    case .noConversationsYet:
      return Wording.noConversationsYet
    case .noSuchConversation(let reference):
      return "There is no saved conversation '\(reference)'. See them with: carecoach list"
    case .noConversationsForClient(let client):
      return Wording.noConversations(client: client) + " See the saved ones with: carecoach list"
    case .nothingToResume(let client?):
      return "Every conversation with client \(client) has finished, so there is none to carry "
        + "on. See them with: carecoach list --client \(client)"
    case .nothingToResume(nil):
      return "Every saved conversation has finished, so there is none to carry on. "
        + "See them with: carecoach list. Start a new one with: carecoach start"
    case .noSuchScript(let reference, let nearest, let builtIn):
      return "There is no script '\(reference)'." + Self.didYouMean(nearest)
        + " Give the path of a script file, or one of the built-in scripts: "
        + "\(builtIn.joined(separator: ", "))."
    case .scriptIsAFolder(let reference):
      return "'\(reference)' is a folder. Give the path of a script file inside it."
    case .cannotReadScript(let reference):
      return "CareCoach cannot read '\(reference)'. Check that it can be read."
    case .scriptIsNotText(let reference):
      return "'\(reference)' is not UTF-8 text, so it cannot be a script."
    case .scriptProblems(let problems):
      return "The script has problems, so it cannot run:\n" + Self.lines(problems)
    case .scriptNoLongerLoads(let reason):
      return "The script this conversation used no longer loads, so it cannot be replayed. "
        + reason.description
    case .scriptFollowsUpAPlan(let script):
      return "The script '\(script)' follows up an existing plan. Run it with: "
        + "carecoach review <id|latest>"
    case .scriptDoesNotReviewGoals(let script):
      return "The script '\(script)' does not go through the plan's goals: a review script needs a "
        + "group with repeat: { over: goals }."
    case .reviewWithoutPlan(let id):
      return "The review \(id) does not say which plan it follows up, so it cannot be replayed."
    case .versionMissing(let version):
      return "Version \(version) of this plan is missing from the store."
    case .versionUnreadable(let version, let reason):
      return "Version \(version) of the plan could not be read back: \(reason)"
    case .versionMakerMissing(let version):
      return "The conversation that made version \(version) is missing."
    case .noVersionsYet:
      return "This plan has no saved versions yet: the conversation has not finished."
    case .noSuchVersion(let version, let newest):
      return "This plan has \(Self.versions(upTo: newest)); there is no version \(version)."
    case .planOriginMissing:
      return "The conversation that made this plan is no longer in the store, "
        + "so it cannot be reviewed."
    case .planNotFinished(let origin):
      return "That conversation has not finished, so there is no plan to review yet. "
        + "Carry on with: carecoach resume \(origin)"
    case .reviewUnderWay(let review):
      return "A review of this plan is already under way. Carry on with: carecoach resume \(review)"
    case .noVersionToReview:
      return "This plan has no saved version to review."
    case .conversationFinished(let id):
      return "That conversation has finished. See the plan with: carecoach show \(id)"
    case .laterReviewBuildsOnThis(let later, let origin):
      return "A later review (\(later)) builds on this one, so it cannot be deleted on its own. "
        + "To delete the whole plan, delete the conversation that started it"
        + Self.deleteWith(origin)
    case .cannotWrite(let path, let reason):
      return "CareCoach cannot write '\(path)': \(reason)"
    case .cannotReadKioskConfig(let path):
      return "CareCoach cannot read the kiosk's settings file '\(path)'."
    case .kioskConfigProblems(let problems):
      return "The kiosk configuration has problems, so the kiosk cannot start:\n"
        + Self.lines(problems)
    case .noPinGiven:
      return "No PIN was given."
    case .pinTooShort(let shortest):
      return "The PIN is too short. Use at least \(shortest) characters: a kiosk is left alone "
        + "with strangers, who have time to guess."
    case .pinsDiffer:
      return "The two PINs are not the same, so no hash was made. Run 'carecoach kiosk "
        + "--hash-pin' again."
    case .professionalUnclear(let problem):
      return Wording.professionalUnclear(problem)
    case .appointmentDayUnclear(let text):
      return Wording.appointmentDayUnclear(text)
    case .appointmentDayToCome(let day):
      return Wording.appointmentDayToCome(day)
    case .appointmentBeforePlan(let day, let planMade):
      return Wording.appointmentBeforePlan(day, planMade: planMade)
    case .agreementUnderWay(let id):
      return Wording.agreementUnderWay(id)
    case .easyReadNotIn(let format, let formats):
      return "There is no Easy Read \(format). Easy Read comes as "
        + formats.joined(separator: " or ") + ", for example: --format html --easy-read"
    case .easyReadChanges:
      return "The changes have no Easy Read layout. Use --easy-read or --changes, not both."
    case .latestIsAmbiguous(let candidates):
      return Wording.latestIsAmbiguous(candidates)
    }
  }

  static func didYouMean(_ nearest: String?) -> String {
    nearest.map { " Did you mean '\($0)'?" } ?? ""
  }

  static func versions(upTo newest: Int) -> String {
    newest == 1 ? "only version 1" : "versions 1 to \(newest)"
  }

  static func deleteWith(_ origin: String?) -> String {
    origin.map { ": carecoach delete \($0)" } ?? "."
  }

  static func lines(_ problems: [Diagnostic]) -> String {
    problems.map(\.description).joined(separator: "\n")
  }
}
