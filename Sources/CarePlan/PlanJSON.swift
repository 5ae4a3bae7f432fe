import Foundation

/// The plan as JSON that validates against the plan contract.
public enum PlanJSON {
  public static func encode(_ plan: Plan) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(timestamp(date))
    }
    guard let data = try? encoder.encode(plan) else { return "{}" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// RFC 3339 in UTC with seconds, which JSON Schema's date-time format accepts.
  public static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }

  public static func decode(_ text: String) throws -> Plan {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode(Plan.self, from: Data(text.utf8))
  }
}
