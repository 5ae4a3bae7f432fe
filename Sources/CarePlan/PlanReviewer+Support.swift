import Foundation

// MARK: Who could help, said again at a review

extension PlanReviewer {
  /// Who could help after a review: "same" keeps who was there; "same, and Shirin" or "same
  /// plus her daughter" keeps them and adds the one named; anything else is who helps now.
  static func supportNow(_ answers: [String], before: [String]) -> [String] {
    if saysTheSame(answers) { return before }
    // "Same answer", kept by the conversation as what was said last time.
    if answers == [before.joined(separator: "; ")] { return before }
    var keeps = false
    var added: [String] = []
    for answer in answers {
      if saysTheSame([answer]) {
        keeps = true
      } else if let more = addedAfterSame(answer) {
        keeps = true
        if !more.isEmpty { added.append(more) }
      } else {
        added.append(answer)
      }
    }
    guard keeps else { return answers }
    let known = Set(before.map { $0.lowercased() })
    return before + added.filter { !known.contains($0.lowercased()) }
  }

  /// The words added after an opening "same" ("same, and Shirin" gives "Shirin"; "same as
  /// before plus her daughter" gives "her daughter"), or nil when the line does not open so.
  /// "same day as her class" is not such a line: "same" must be followed by a joining word.
  static func addedAfterSame(_ answer: String) -> String? {
    let text = answer.trimmingCharacters(in: .whitespacesAndNewlines)
    let lowered = text.lowercased()
    let openings = [
      "the same as before", "same as before", "the same as last time", "same as last time",
      "same again", "same people", "same as now", "the same", "same",
    ]
    guard let opening = openings.first(where: { lowered.hasPrefix($0) }) else { return nil }
    var rest = Substring(text.dropFirst(opening.count))
    let joins = [",", "and also", "and", "plus", "+", "&", "also", "as well as", "with"]
    var joined = false
    var moved = true
    while moved {
      moved = false
      rest = rest.drop { $0 == " " }
      for join in joins where rest.lowercased().hasPrefix(join) {
        let after = rest.dropFirst(join.count)
        // A word join must end there: "andy" is a name, not "and" then "y".
        if join.first?.isLetter == true, let next = after.first, next.isLetter { continue }
        rest = after
        joined = true
        moved = true
        break
      }
    }
    guard joined || rest.isEmpty else { return nil }
    return rest.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
  }
}
