import ArgumentParser
import Foundation
import PostgresStore
import Sessions

/// `carecoach org audit`: the audit trail as a table with headings, or as JSON for other tools.
struct OrgAudit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Print the audit trail: who created, viewed, changed, exported or deleted what, "
      + "and who asked for a conversation and was refused.",
    discussion: "A team lead reads their team's; an administrator reads all of it.")

  @Option(help: ArgumentHelp("Only this client's.", valueName: "ref"))
  var client: String?

  @Option(help: ArgumentHelp("Only what this login did.", valueName: "name"))
  var worker: String?

  @Option(help: ArgumentHelp("Only from this day on (YYYY-MM-DD).", valueName: "date"))
  var since: String?

  @Flag(help: "Print it as JSON for another program: an array, an object for each line.")
  var json = false

  @OptionGroup var store: StoreOptions

  func run() throws {
    var from: Date?
    if let since {
      let format = DateFormatter()
      format.locale = Locale(identifier: "en_GB_POSIX")
      format.dateFormat = "yyyy-MM-dd"
      guard let day = format.date(from: since) else {
        throw ValidationError("'\(since)' is not a day CareCoach can read: write it as 2026-03-01.")
      }
      from = day
    }
    let organisation = try store.organisation()
    let entries = try SessionError.storeCall {
      try organisation.audit(client: client, worker: worker, since: from)
    }
    if json {
      print(AuditTable.json(entries))
    } else if entries.isEmpty {
      print("Nothing in the audit trail that you may read matches.")
    } else {
      print(AuditTable.text(entries), terminator: "")
    }
  }
}

/// The audit trail laid out for reading: a heading over each column, the columns lined up.
enum AuditTable {
  static let headings = ["When", "Who", "What", "Client", "Conversation", "Team"]

  /// One line a heading and one an entry, each column as wide as its widest cell; "-" where a
  /// line has no client, conversation or team. Times are this computer's local time.
  static func text(_ entries: [Organisation.AuditEntry], timeZone: TimeZone = .current)
    -> String
  {
    let format = DateFormatter()
    format.locale = Locale(identifier: "en_GB_POSIX")
    format.timeZone = timeZone
    format.dateFormat = "yyyy-MM-dd HH:mm:ss"
    let rows =
      [headings]
      + entries.map { entry in
        [
          format.string(from: entry.at), entry.who, entry.action, entry.clientRef ?? "-",
          entry.sessionID ?? "-", entry.team ?? "-",
        ].map(plain)
      }
    let widths = headings.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
      zip(row, widths).map { cell, width in
        cell + String(repeating: " ", count: width - cell.count)
      }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
    }.joined()
  }

  /// A JSON array, an object an entry, its keys always the same (`at` in UTC, ISO 8601; null
  /// where a line has no client, conversation or team), so a program can rely on them.
  static func json(_ entries: [Organisation.AuditEntry]) -> String {
    struct Line: Encodable {
      var at: String
      var who: String
      var action: String
      var client: String?
      var conversation: String?
      var team: String?

      func encode(to encoder: any Encoder) throws {
        enum Key: String, CodingKey { case at, who, action, client, conversation, team }
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(at, forKey: .at)
        try container.encode(who, forKey: .who)
        try container.encode(action, forKey: .action)
        try container.encode(client, forKey: .client)
        try container.encode(conversation, forKey: .conversation)
        try container.encode(team, forKey: .team)
      }
    }
    let format = ISO8601DateFormatter()
    format.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    let lines = entries.map {
      Line(
        at: format.string(from: $0.at), who: $0.who, action: $0.action, client: $0.clientRef,
        conversation: $0.sessionID, team: $0.team)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(lines)) ?? Data("[]".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  /// A cell with control characters left out, so a typed id cannot move the cursor or break
  /// the columns.
  static func plain(_ cell: String) -> String {
    String(
      String.UnicodeScalarView(
        cell.unicodeScalars.filter { $0.properties.generalCategory != .control }))
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
