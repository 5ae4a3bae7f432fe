import ArgumentParser
import Foundation
import Store

/// `carecoach list`: the saved conversations, most recent first.
struct List: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List saved conversations, most recent first.")

  @Option(help: ArgumentHelp("Only this client's conversations.", valueName: "ref"))
  var client: String?

  @Flag(help: "Print JSON, one object per conversation.")
  var json = false

  @OptionGroup var store: StoreOptions

  struct Row: Encodable {
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

  func run() throws {
    let store = try self.store.open()
    let sessions = try PlanHistory.storeCall { try store.sessions(clientRef: client) }
    let versions = try PlanHistory.storeCall {
      if let client { return try store.planVersions(clientRef: client) }
      // A conversation and its reviews share one plan: read each plan's versions once.
      let planIDs = Set(sessions.map(PlanHistory.planID)).sorted()
      return try planIDs.flatMap { try store.planVersions(of: $0) }
    }
    let versionMade = Dictionary(
      versions.map { ($0.sessionID, $0.version) }, uniquingKeysWith: { a, _ in a })
    let rows = sessions.map {
      Row(
        id: $0.id, kind: $0.kind.rawValue, script: "\($0.scriptID) \($0.scriptVersion)",
        mode: $0.mode, client: $0.clientRef, status: $0.status.rawValue,
        createdAt: Timestamp.iso($0.createdAt), updatedAt: Timestamp.iso($0.updatedAt),
        planId: PlanHistory.planID(of: $0), planVersion: versionMade[$0.id])
    }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(rows), as: UTF8.self))
      return
    }
    if rows.isEmpty {
      print(
        client.map { "There are no saved conversations for client \($0)." }
          ?? "There are no saved conversations yet. Start one with: carecoach start")
      return
    }
    print("ID        STARTED           LAST ACTIVE       STATUS    CLIENT  PLAN  SCRIPT")
    for row in rows {
      print(
        [
          row.id.padding(8), Timestamp.short(row.createdAt).padding(16),
          Timestamp.short(row.updatedAt).padding(16), row.status.padding(8),
          (row.client ?? "-").padding(6), (row.planVersion.map { "v\($0)" } ?? "-").padding(4),
          row.script,
        ].joined(separator: "  "))
    }
    if let client { try printPlansOverTime(client: client, versions: versions, store: store) }
  }

  /// A client's plans, each version with when it was made and what made it: how their plans
  /// changed over time.
  func printPlansOverTime(client: String, versions: [PlanVersionRecord], store: SessionStore)
    throws
  {
    guard !versions.isEmpty else { return }
    print("")
    print("PLANS OVER TIME FOR CLIENT \(client)")
    var planOrder: [String] = []
    for version in versions where !planOrder.contains(version.planID) {
      planOrder.append(version.planID)
    }
    for planID in planOrder {
      print("Plan from conversation \(planID.dropFirst("plan-".count)):")
      for version in versions where version.planID == planID {
        let plan = try? PlanHistory.decode(version)
        let goals = plan.map { plan in
          let active = plan.goals.filter { $0.status == .active }.count
          let done = plan.goals.filter { $0.status == .achieved }.count
          return "\(active) goal\(active == 1 ? "" : "s") in progress"
            + (done > 0 ? ", \(done) done" : "")
        }
        let made = version.version == 1 ? "first conversation" : "review \(version.sessionID)"
        print(
          "  v\(version.version)  \(Timestamp.short(Timestamp.iso(version.createdAt)))  "
            + "\(made)" + (goals.map { ": \($0)" } ?? ""))
      }
    }
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
