/// What `carecoach delete` says: what it will remove, the question, and what it removed.
extension Wording {
  static func willDelete(_ id: String, isReview: Bool, reviews: Int, historyLines: Int)
    -> String
  {
    var parts =
      isReview
      ? ["review \(id) and the plan version it made"]
      : ["conversation \(id) with its answers, notes and every version of its plan"]
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
