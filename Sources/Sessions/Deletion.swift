import Store

/// Removes a conversation and everything about it from the store.
///
/// A plan's reviews hold the person's words about it, so deleting the conversation that made
/// the plan deletes its reviews and every version too. A review on its own can be deleted only
/// while it is the newest: a later review was built on the version it made.
public enum Deletion {
  /// Deletes the session `reference` names; the sentence says what went.
  public static func delete(_ reference: String, store: SessionStore) throws(SessionError)
    -> String
  {
    let record = try store.find(reference)
    let planID = PlanHistory.planID(of: record)
    let reviews = try SessionError.storeCall { try store.reviews(of: planID) }
    var doomed = [record]
    switch record.kind {
    case .conversation:
      doomed += reviews
    case .review:
      if let later = reviews.last, later.id != record.id {
        throw .laterReviewBuildsOnThis(
          laterID: later.id, originID: record.planID.map(PlanHistory.originID))
      }
    }
    // Reviews first, newest first, so no version is ever left without the ones before it.
    for session in doomed.reversed() {
      try SessionError.storeCall { try store.delete(session.id) }
    }
    switch record.kind {
    case .conversation: return Wording.deletedConversation(record.id, reviews: reviews.count)
    case .review: return Wording.deletedReview(record.id)
    }
  }
}
