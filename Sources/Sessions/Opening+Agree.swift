import CarePlan
import Dialogue
import Foundation
import Store

extension Opening {
  /// The script `carecoach agree` runs.
  public static let agreeScriptID = "agree"

  /// The professional `--with` names, or why it cannot be read: checked before anything is
  /// opened, so a mistyped name is said with the command's usage.
  public static func professional(_ text: String) throws(SessionError) -> Plan.Professional {
    do {
      return try Plan.Professional.parse(text)
    } catch {
      throw .professionalUnclear(error)
    }
  }

  /// Going through the plan `reference` made or reviewed with `professional` ("NAME, ROLE"):
  /// the conversation makes the agreed version, the next one. Like a review, it runs against
  /// the newest version and every earlier one stays as it was. `mode` is by default that of
  /// the conversation that made the plan; in facilitator mode a worker records, afterwards,
  /// what was agreed.
  public static func agree(
    _ reference: String, with professional: String, mode: String?, store: SessionStore
  ) throws(SessionError) -> Opening {
    let agreedWith = try Self.professional(professional)
    let chosen = try store.find(reference)
    let planID = PlanHistory.planID(of: chosen)
    guard let origin = try PlanHistory.origin(of: planID, store: store) else {
      throw .planOriginMissing
    }
    guard origin.status == .finished else { throw .planNotFinished(originID: origin.id) }
    let reviews = try SessionError.storeCall { try store.reviews(of: planID) }
    if let open = reviews.first(where: { $0.status == .active }) {
      throw .reviewUnderWay(reviewID: open.id)
    }
    let loaded = try ScriptSource.load(agreeScriptID)
    try PlanHistory.ensureFirstVersion(of: planID, store: store)
    guard let newest = try PlanHistory.versions(of: planID, store: store).last else {
      throw .noVersionToReview
    }
    let basePlan = try PlanHistory.decode(newest)
    let now = Date()
    let record = SessionRecord(
      id: SessionID.make(), kind: .review, scriptReference: agreeScriptID,
      scriptID: loaded.script.id, scriptVersion: loaded.script.version,
      scriptText: loaded.file.text,
      mode: mode ?? (origin.mode == "facilitator" ? "facilitator" : "self"),
      clientRef: origin.clientRef, createdAt: now, planID: planID, planVersion: newest.version,
      agreedWith: professional.trimmingCharacters(in: .whitespacesAndNewlines))
    try SessionError.storeCall { try store.create(record) }
    let engine = loaded.engine(
      audience: record.audience,
      background: PlanAgreer.background(for: basePlan, professional: agreedWith))
    let notice = Wording.agreeing(
      version: newest.version, from: Display.day(of: origin.createdAt),
      with: agreedWith.nameAndRole,
      goals: PlanReviewer.goalsToReview(in: basePlan).count,
      questions: PlanAgreer.openQuestions(in: basePlan).count)
    return Opening(
      session: record, store: store, engine: engine, state: ConversationState(), start: now,
      preamble: [.notice(notice)])
  }
}
