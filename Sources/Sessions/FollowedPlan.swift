import CarePlan
import Foundation
import Store

/// The plan a review or an agreement follows on from: found from any of its conversations,
/// made by a finished first conversation, with no other follow-up still under way.
struct FollowedPlan {
  let planID: String
  let origin: SessionRecord

  /// `client` scopes `latest` to that client's plans (see `SessionStore.followed`).
  init(_ reference: String, client: String? = nil, store: SessionStore) throws(SessionError) {
    let chosen = try store.followed(reference, client: client)
    planID = PlanHistory.planID(of: chosen)
    guard let origin = try PlanHistory.origin(of: planID, store: store) else {
      throw .planOriginMissing
    }
    guard origin.status == .finished else { throw .planNotFinished(originID: origin.id) }
    self.origin = origin
    let followUps = try SessionError.storeCall { try store.reviews(of: planID) }
    // One follow-up at a time: two would each make "the next version" from the same one.
    // The hint names the store when it was chosen with --store, so it works as typed.
    if let open = followUps.first(where: { $0.status == .active }) {
      let reference = CommandHint.reference(open.id, storePath: store.path)
      throw open.agreedWith == nil
        ? .reviewUnderWay(reviewID: reference) : .agreementUnderWay(agreementID: reference)
    }
  }

  /// The newest saved version, which the follow-up changes, with the plan it holds.
  func newest(store: SessionStore) throws(SessionError) -> (
    planID: String, origin: SessionRecord, version: PlanVersionRecord, plan: Plan
  ) {
    try PlanHistory.ensureFirstVersion(of: planID, store: store)
    guard let newest = try PlanHistory.versions(of: planID, store: store).last else {
      throw .noVersionToReview
    }
    return (planID, origin, newest, try PlanHistory.decode(newest))
  }
}
