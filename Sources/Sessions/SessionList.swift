import Foundation
import Store

/// The saved conversations, most recent first, for `carecoach list`: as a table or as JSON,
/// and for one client, how their plans changed over time.
public struct SessionList {
  public struct Row: Encodable {
    var id: String
    var kind: String
    var script: String
    var mode: String
    var client: String?
    var status: String
    var createdAt: String
    var updatedAt: String
    /// The plan this conversation made or reviewed.
    var planId: String
    /// The plan version it made, once finished.
    var planVersion: Int?
  }

  public let rows: [Row]
  /// Only this client's conversations, when given.
  let client: String?
  let versions: [PlanVersionRecord]

  public init(store: SessionStore, client: String?) throws(SessionError) {
    let sessions = try SessionError.storeCall { try store.sessions(clientRef: client) }
    // The client as the store spells them (as first typed), whatever the case typed now.
    var spelling = client.map(ClientReference.trimmed)
    if let client {
      spelling = try SessionError.storeCall { try store.clientSpelling(of: client) } ?? spelling
    }
    let versions = try SessionError.storeCall {
      if let client { return try store.planVersions(clientRef: client) }
      // A conversation and its reviews share one plan: read each plan's versions once.
      let planIDs = Set(sessions.map(PlanHistory.planID)).sorted()
      var versions: [PlanVersionRecord] = []
      for planID in planIDs { versions += try store.planVersions(of: planID) }
      return versions
    }
    let versionMade = Dictionary(
      versions.map { ($0.sessionID, $0.version) }, uniquingKeysWith: { a, _ in a })
    self.rows = sessions.map {
      Row(
        id: $0.id, kind: Self.kind(of: $0), script: "\($0.scriptID) \($0.scriptVersion)",
        mode: $0.mode, client: $0.clientRef, status: $0.status.rawValue,
        createdAt: Timestamp.iso($0.createdAt), updatedAt: Timestamp.iso($0.updatedAt),
        planId: PlanHistory.planID(of: $0), planVersion: versionMade[$0.id])
    }
    self.client = spelling
    self.versions = versions
  }

  /// One JSON object per conversation, in an array: `[]` when there are none.
  public var json: String {
    // The encoder's pretty printing writes an empty array over three lines.
    if rows.isEmpty { return "[]" }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(rows)) ?? Data(), as: UTF8.self)
  }

  /// The table, one conversation a line; for a client, their plans over time after it.
  public var lines: [String] {
    if rows.isEmpty {
      return [client.map(Wording.noConversations(client:)) ?? Wording.noConversationsYet]
    }
    var lines = [
      "ID        KIND          STARTED           LAST ACTIVE       STATUS      CLIENT  PLAN  SCRIPT"
    ]
    for row in rows {
      lines.append(
        [
          row.id.padding(8), row.kind.padding(12), Timestamp.short(row.createdAt).padding(16),
          Timestamp.short(row.updatedAt).padding(16), Self.statusWord(row.status).padding(10),
          (row.client ?? "-").padding(6), (row.planVersion.map { "v\($0)" } ?? "-").padding(4),
          row.script,
        ].joined(separator: "  "))
    }
    if let client { lines += plansOverTime(client: client) }
    return lines
  }

  /// What a conversation was: the first conversation, a review, or an agreement with a
  /// professional. The store keeps an agreement as a follow-up like a review (it makes the
  /// plan's next version the same way); what tells it apart is who it was agreed with.
  static func kind(of session: SessionRecord) -> String {
    session.agreedWith != nil ? Wording.agreementKind : session.kind.rawValue
  }

  /// The table's word for a status. In the store, "active" is any conversation not yet
  /// finished, which to a worker reading the list means one they stopped part way and can
  /// resume; the JSON keeps the store's word for scripts that read it.
  static func statusWord(_ status: String) -> String {
    status == SessionRecord.Status.active.rawValue ? Wording.unfinishedStatus : status
  }

  /// A client's plans, each version with when it was made and what made it: how their plans
  /// changed over time.
  func plansOverTime(client: String) -> [String] {
    guard !versions.isEmpty else { return [] }
    var lines = ["", Wording.plansOverTime(client: client)]
    var planOrder: [String] = []
    for version in versions where !planOrder.contains(version.planID) {
      planOrder.append(version.planID)
    }
    for planID in planOrder {
      lines.append(Wording.planFrom(PlanHistory.originID(of: planID)))
      for version in versions where version.planID == planID {
        let plan = try? PlanHistory.decode(version)
        let goals = plan.map { plan in
          Wording.goalsInProgress(
            plan.goals.filter { $0.status == .active }.count,
            done: plan.goals.filter { $0.status == .achieved }.count)
        }
        let agreed = plan.map { $0.agreement != nil && $0.sessionId == version.sessionID }
        let made =
          version.version == 1
          ? Wording.madeByFirstConversation
          : agreed == true
            ? Wording.madeByAgreement(version.sessionID) : Wording.madeByReview(version.sessionID)
        lines.append(
          "  v\(version.version)  \(Timestamp.short(Timestamp.iso(version.createdAt)))  "
            + "\(made)" + (goals.map { ": \($0)" } ?? ""))
      }
    }
    return lines
  }
}

enum Timestamp {
  static func iso(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }

  /// "2026-11-22T10:00:00Z" as "2026-11-22 10:00".
  static func short(_ iso: String) -> String {
    String(iso.prefix(16)).replacingOccurrences(of: "T", with: " ")
  }
}

extension String {
  func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
