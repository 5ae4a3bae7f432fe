import Foundation

/// What a person said after the yes of an answer ("yes, I've got my first session on the
/// 20th"): the words worth keeping beside the choice they picked, so the plan can say them back.
enum SaidWithAnAnswer {
  /// The openings that only pick the choice, longest first so "yes it's done" goes whole.
  static let openings: [String] = [
    "yes it has been done", "it has been done", "yes it's done", "yes its done", "yes done",
    "all done", "it's done", "its done", "they did it", "she did it", "he did it", "yes",
    "yeah", "yep", "yup", "done", "1",
  ]

  /// The words after the opening that picked the choice, trimmed of the comma or dash that
  /// joined them; nil when nothing more was said.
  static func words(_ typed: String) -> String? {
    let trimmed = typed.trimmingCharacters(in: .whitespacesAndNewlines)
    var rest = Substring(trimmed)
    let lower = trimmed.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    for opening in openings where lower.hasPrefix(opening) {
      // A whole word only: "yesterday" is not "yes".
      if let next = lower.dropFirst(opening.count).first, next.isLetter || next.isNumber {
        continue
      }
      rest = rest.dropFirst(opening.count)
      break
    }
    // No opening: the words as a whole picked the choice, and say nothing more.
    guard rest.count < trimmed.count else { return nil }
    let joiners = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)
      .union(CharacterSet(charactersIn: "-\u{2013}\u{2014}"))
    let words = String(rest).trimmingCharacters(in: joiners)
    return words.isEmpty ? nil : words
  }
}
