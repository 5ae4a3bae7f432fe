import Foundation

// MARK: A goal as the plan shows it

extension PlanBuilder {
  /// Openings that only announce the goal ("me goal is to walk to the shops"): under the
  /// heading "Goal:" they read twice, so the plan starts at the goal itself. What follows is
  /// kept exactly as typed, and the answer itself is never changed.
  static let goalLeadIns: [[String]] = [
    "my goal is to", "my goal is", "me goal is to", "me goal is", "my goal would be to",
    "my goal would be", "the goal is to", "the goal is", "goal is to",
    "goal is", "her goal is to", "her goal is", "his goal is to", "his goal is",
    "their goal is to", "their goal is",
  ].map { $0.split(separator: " ").map(String.init) }

  static func goalWithoutLeadIn(_ text: String) -> String {
    let tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
    let plain = tokens.map { $0.lowercased().filter { $0.isLetter } }
    guard
      let leadIn = goalLeadIns.first(where: {
        plain.count > $0.count && Array(plain.prefix($0.count)) == $0
      })
    else { return text }
    var rest = Array(tokens.dropFirst(leadIn.count))
    // "my goal is: walk" and "my goal - walk": the mark after the lead-in goes with it.
    while let first = rest.first, first.allSatisfy({ !$0.isLetter && !$0.isNumber }) {
      rest.removeFirst()
    }
    guard !rest.isEmpty else { return text }
    return rest.joined(separator: " ")
  }
}
