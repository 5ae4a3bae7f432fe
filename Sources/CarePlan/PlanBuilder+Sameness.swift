import Dialogue
import Foundation

// MARK: When two things the person said are one

extension PlanBuilder {
  /// Whether two agenda items are the same item said twice, as "my knee pain" (the one thing)
  /// and "knee pain" in the list are.
  ///
  /// A wrong merge loses something the person wants to talk about, and a missed one only
  /// repeats it, so the test leans to keeping both. Two items are one when they say the same
  /// words once the small words ("my", "the", "about") and plural endings are set aside; or
  /// when every word of one is in the other and the lexicon finds the same concepts in both
  /// ("my knees" and "my knee pain"), and the fuller is kept. So "knee pain" and "knee
  /// replacement" stay two, and so do "my breathing" and "my breathing when I walk", as the
  /// second is about walking too.
  func sameAgendaItem(_ a: String, _ b: String) -> Bool {
    let first = Self.contentWords(a)
    let second = Self.contentWords(b)
    guard !first.isEmpty, !second.isEmpty else { return same(a, b) }
    if first == second { return true }
    // "my knee pain, because it stops me walking" is "my knee pain" with its reason: the
    // reason says why it matters, not another thing to talk about.
    if Self.contentWords(Self.beforeReason(a)) == second
      || Self.contentWords(Self.beforeReason(b)) == first
    {
      return true
    }
    guard first.isSubset(of: second) || second.isSubset(of: first) else { return false }
    let concepts = Set(domains(of: a))
    return !concepts.isEmpty && concepts == Set(domains(of: b))
  }

  /// Of two ways of saying one agenda item, the one that says more: every word of the shorter
  /// is in the longer (or they say the same words), so nothing the person said is lost.
  static func fuller(_ a: String, _ b: String) -> String {
    contentWords(b).count > contentWords(a).count ? b : a
  }

  /// The words that carry meaning, lower-cased, with a plural "s" taken off: the words
  /// compared when deciding whether two items are one.
  static func contentWords(_ text: String) -> Set<String> {
    let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    return Set(
      words.filter { !smallWords.contains($0) }.map { word in
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
          ? String(word.dropLast()) : word
      })
  }

  /// The words before a reason given for an item ("..., because ...", "... as ...", "... cos
  /// ...", "me knees so i can walk the dog"); the whole text when there is none. A comma alone or "when" is not a reason: "my
  /// breathing when I walk" is a narrower thing to talk about than "my breathing".
  static func beforeReason(_ text: String) -> String {
    let lower = text.lowercased()
    let markers = [
      ", because ", " because ", ", as ", ", cos ", " cos ", ", since ", " so i ", " so that ",
      " so as to ", " so we ", ", so ", " so me ", " so i'm ", " so im ",
    ]
    let cut = markers.compactMap { lower.range(of: $0)?.lowerBound }.min()
    return cut.map { String(lower[..<$0]) } ?? lower
  }

  /// Words that say nothing about which item is meant.
  static let smallWords: Set<String> = [
    "a", "an", "the", "my", "me", "mine", "i", "im", "of", "in", "on", "at", "to", "for", "and",
    "with", "about", "some", "our", "its", "it", "is", "are", "be", "get", "got", "talk",
    "talking", "ask", "asking",
  ]
}
