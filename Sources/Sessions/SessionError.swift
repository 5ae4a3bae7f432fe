import CarePlan
import Dialogue
import Store

/// What stopped the application layer, as a fact rather than a sentence.
///
/// The sentences are in `Wording+Errors.swift`, one place for all of them, where they are
/// checked for plain English. The executable tells the two kinds apart: a usage mistake is said
/// with the command's usage (exit status 64); anything else is said alone (exit status 1).
public enum SessionError: Error, Equatable {
  /// The store could not be opened, read or written, with the store's error and its cause
  /// (busy, disk full, ...) as they were thrown.
  case store(StoreError)
  case noConversationsYet
  /// A command that reads sessions was pointed at a store that does not exist: it is not
  /// created, so a mistyped `--store` leaves nothing behind.
  case noStore(path: String)
  case noSuchConversation(String)
  /// No conversation is saved for the client reference given.
  case noConversationsForClient(String)
  /// Every saved conversation (of the client, when given, as the store spells them) has
  /// finished, so there is none to carry on.
  case nothingToResume(client: String?)
  case noSuchScript(String, nearest: String?, builtIn: [String])
  case scriptIsAFolder(String)
  case cannotReadScript(String)
  case scriptIsNotText(String)
  case scriptProblems([Diagnostic])
  /// A stored session's script no longer loads, so its answers cannot be rebuilt.
  indirect case scriptNoLongerLoads(SessionError)
  /// The script given to `start` follows up a plan, so it is for `review`.
  case scriptFollowsUpAPlan(String)
  /// The script given to `review` does not go through the plan's goals.
  case scriptDoesNotReviewGoals(String)
  case reviewWithoutPlan(sessionID: String)
  case versionMissing(Int)
  case versionUnreadable(Int, reason: String)
  case versionMakerMissing(Int)
  case noVersionsYet
  case noSuchVersion(Int, newest: Int)
  case planOriginMissing
  case planNotFinished(originID: String)
  case reviewUnderWay(reviewID: String)
  case noVersionToReview
  case conversationFinished(sessionID: String)
  case laterReviewBuildsOnThis(laterID: String, originID: String?)
  case cannotWrite(path: String, reason: String)
  case cannotReadKioskConfig(String)
  /// The kiosk configuration's errors: the kiosk does not start with any of them.
  case kioskConfigProblems([Diagnostic])
  case noPinGiven
  case pinTooShort(shortest: Int)
  /// The PIN typed the second time, to check it, was not the first.
  case pinsDiffer
  /// `agree --with` did not give a professional that can be read ("NAME, ROLE").
  case professionalUnclear(Plan.Professional.Problem)
  /// `agree --on` did not give a day that can be read.
  case appointmentDayUnclear(String)
  /// `agree --on` gave a day still to come: an agreement records an appointment that happened.
  case appointmentDayToCome(String)
  /// `--on` names a day before the version being agreed was made: it cannot have been agreed
  /// then.
  case appointmentBeforePlan(day: String, planMade: String)
  /// An agreement of the plan was started and not finished: it is carried on, not begun again.
  case agreementUnderWay(agreementID: String)
  /// `--easy-read` was asked of a format that has no Easy Read layout.
  case easyReadNotIn(format: String, formats: [String])
  /// `show --easy-read --changes`: the changes between versions have no Easy Read layout.
  case easyReadChanges
  /// `latest` for a review or an agreement in a store with more than one client's plans: it
  /// could open another client's, so the candidates are listed and an id or --client asked for.
  case latestIsAmbiguous([LatestCandidate])

  /// One plan `latest` could have meant: its newest conversation, whose client, and when.
  public struct LatestCandidate: Equatable, Sendable {
    public var sessionID: String
    public var client: String?
    public var lastActive: String

    public init(sessionID: String, client: String?, lastActive: String) {
      self.sessionID = sessionID
      self.client = client
      self.lastActive = lastActive
    }
  }

  /// A mistake in what was typed on the command line (a name that is not there), as opposed
  /// to something that went wrong although the command line was right.
  ///
  /// A conversation that is not in the store is not such a mistake: the command was written
  /// right, and its usage would only hide the one line that says what to do.
  public var isUsageMistake: Bool {
    switch self {
    case .noSuchScript, .scriptIsAFolder, .scriptFollowsUpAPlan,
      .scriptDoesNotReviewGoals, .noVersionsYet, .noSuchVersion, .professionalUnclear,
      .appointmentDayUnclear, .appointmentDayToCome, .easyReadNotIn, .easyReadChanges,
      .appointmentBeforePlan:
      return true
    default:
      return false
    }
  }

  /// Whether the store's server was lost, so the same step may work once it is back.
  var isConnectionLost: Bool {
    if case .store(let error) = self { return error.isConnectionLost }
    return false
  }

  /// Runs a store call, keeping its error as this layer's.
  public static func storeCall<T>(_ work: () throws -> T) throws(SessionError) -> T {
    do {
      return try work()
    } catch let error as StoreError {
      throw .store(error)
    } catch {
      // The store throws nothing else; said as it is, should that change.
      throw .store(.failed(underlying: error))
    }
  }
}
