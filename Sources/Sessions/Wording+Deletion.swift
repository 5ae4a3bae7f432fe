/// What `carecoach delete` says: what it will remove, the question, and what it removed.
extension Wording {
  /// Names the conversation as a worker knows it, by client and day, not only by its id:
  /// `delete latest` with several clients could otherwise remove the wrong person's words.
  static func willDelete(
    _ id: String, client: String?, lastUsed day: String, isReview: Bool, reviews: Int,
    historyLines: Int
  ) -> String {
    let whose = client.map { " with client \($0)" } ?? ""
    var parts =
      isReview
      ? ["review \(id)\(whose), last used on \(day), and the plan version it made"]
      : [
        "conversation \(id)\(whose), last used on \(day), with its answers, notes and every "
          + "version of its plan"
      ]
    if reviews > 0 { parts.append(reviews == 1 ? "its review" : "its \(reviews) reviews") }
    if historyLines > 0 {
      parts.append(
        (historyLines == 1 ? "one line" : "\(historyLines) lines")
          + " of its answers kept for the Up arrow")
    }
    return "This will delete " + listed(parts) + ". It cannot be undone."
  }

  public static let deleteQuestion = "Delete it? Type yes to delete, or anything else to keep it: "
  public static let nothingDeleted = "OK, it is all kept. Nothing was deleted."

  static func historyLinesRemoved(_ lines: Int) -> String {
    switch lines {
    case 0: return ""
    case 1: return " One line of answers was taken out of the history for the Up arrow."
    default: return " \(lines) lines of answers were taken out of the history for the Up arrow."
    }
  }

  static func listed(_ parts: [String]) -> String {
    guard parts.count > 1, let last = parts.last else { return parts.first ?? "" }
    return parts.dropLast().joined(separator: ", ") + " and " + last
  }
}
