import Dialogue
import Foundation

/// The health conditions as the plan lists them.
///
/// People say their conditions in sentences ("she has copd and heart failure, she calls it her
/// weak heart"), and the list reader cuts such a line at its commas. What comes back is not
/// always a list of conditions: "she has" opens a sentence, two conditions a glossary knows can
/// share an item ("copd and heart failure"), and what the person calls a condition is their
/// own word for one already listed, not another.
extension PlanBuilder {
  /// The conditions, each on its own, and the person's own names for them, kept apart.
  func conditions(from items: [String]) -> (conditions: [String], ownWords: [String]) {
    var conditions: [String] = []
    var ownWords: [String] = []
    for item in items {
      let said = item.trimmingCharacters(in: Self.edges)
      guard !said.isEmpty else { continue }
      if Self.namesItsOwnWord(said) {
        ownWords.append(said)
        continue
      }
      let body = Self.withoutOpening(said)
      let parts = body.components(separatedBy: " and ").map {
        $0.trimmingCharacters(in: Self.edges)
      }
      // Cut at "and" only when each side is a condition the glossary knows: "heart and lung
      // disease" stays whole.
      let known = parts.map { part in
        glossary.entry(named: part).flatMap { $0.kind == .condition ? $0 : nil }
      }
      let named = parts.count > 1 && known.allSatisfy { $0 != nil } ? parts : [body]
      for part in named {
        // Written as the glossary writes it ("COPD") only when it is that very word.
        let entry = glossary.entry(named: part)
        let text =
          entry.map { $0.term.lowercased() == part.lowercased() ? $0.term : part } ?? part
        if !conditions.contains(where: { same($0, text) }) { conditions.append(text) }
      }
    }
    return (conditions, ownWords)
  }

  /// Spaces, and the commas and full stops a line was cut at.
  static let edges = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ".,;"))

  /// Whether the words say what the person calls a condition ("she calls it her weak heart",
  /// "I call it my sugar").
  static func namesItsOwnWord(_ text: String) -> Bool {
    let words =
      " " + text.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ") + " "
    return ownWordPhrases.contains { words.contains(" \($0) ") }
  }

  static let ownWordPhrases = [
    "call it", "calls it", "calling it", "call them", "calls them", "known as", "refers to it",
  ]

  /// The words without the opening that only starts a sentence about them ("she has", "I've
  /// got"); the words as they were when there is none, or nothing would be left.
  static func withoutOpening(_ text: String) -> String {
    let lower = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    for opening in sentenceOpenings where lower.hasPrefix(opening + " ") {
      let rest = text.dropFirst(opening.count).trimmingCharacters(in: edges)
      if !rest.isEmpty { return rest }
    }
    return text
  }

  /// Longest first, so "she has got" goes whole.
  static let sentenceOpenings = [
    "she has got", "he has got", "they have got", "i have got", "she's got", "he's got",
    "they've got", "i've got", "shes got", "hes got", "ive got", "she has", "he has",
    "they have", "i have", "has got", "got",
  ]
}
