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
  }

  func run() throws {
    let sessions: [SessionRecord]
    do {
      sessions = try store.open().sessions(clientRef: client)
    } catch let error as StoreError {
      throw ValidationError(error.description)
    }
    let rows = sessions.map {
      Row(
        id: $0.id, kind: $0.kind.rawValue, script: "\($0.scriptID) \($0.scriptVersion)",
        mode: $0.mode, client: $0.clientRef, status: $0.status.rawValue,
        createdAt: Timestamp.iso($0.createdAt), updatedAt: Timestamp.iso($0.updatedAt))
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
    print("ID        STARTED           LAST ACTIVE       STATUS    CLIENT  SCRIPT")
    for row in rows {
      print(
        [
          row.id.padding(8), Timestamp.short(row.createdAt).padding(16),
          Timestamp.short(row.updatedAt).padding(16), row.status.padding(8),
          (row.client ?? "-").padding(6), row.script,
        ].joined(separator: "  "))
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
