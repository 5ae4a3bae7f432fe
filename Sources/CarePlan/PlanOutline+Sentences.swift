import Foundation

/// An outcome and what was said with it, written as sentences: "Not yet. The nurse will ring
/// her Monday." rather than "not yet - the nurse will ring her monday". The words stay the
/// person's; only the capital that starts them, a full stop, and the capital of a day or a
/// month are added.
extension PlanOutline {
  /// "Not yet" and "the nurse will ring her monday" as "Not yet. The nurse will ring her
  /// Monday."; the outcome alone as a sentence when nothing was said with it.
  static func outcome(_ outcome: String, said: String?) -> String {
    let first = sentence(outcome)
    guard var said = said?.trimmingCharacters(in: .whitespaces), !said.isEmpty else {
      return first
    }
    // "not yet - the nurse will ring" said with the outcome "not yet" says it once.
    if said.lowercased().hasPrefix(outcome.lowercased()) {
      said = String(said.dropFirst(outcome.count))
    }
    let rest = sentence(said)
    return rest.isEmpty ? first : first + " " + rest
  }

  /// The words as a sentence: a capital first, the days and months with theirs, and a full
  /// stop at the end unless they end with their own mark.
  static func sentence(_ words: String) -> String {
    var text = words.trimmingCharacters(in: .whitespacesAndNewlines)
    // A dash that joined the outcome to what was said ("- the nurse will ring") goes.
    while let first = text.first, "-–—:;,".contains(first) {
      text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces)
    }
    guard !text.isEmpty else { return text }
    let tokens = text.split(separator: " ", omittingEmptySubsequences: false).map { token in
      let core = token.lowercased().trimmingCharacters(in: .punctuationCharacters)
      guard properNames.contains(core), let range = token.range(of: core, options: .caseInsensitive)
      else { return String(token) }
      return token.replacingCharacters(
        in: range, with: core.prefix(1).uppercased() + core.dropFirst())
    }
    text = tokens.joined(separator: " ")
    text = text.prefix(1).uppercased() + text.dropFirst()
    if let last = text.last, !".?!".contains(last) { text += "." }
    return text
  }

  /// Days and months, written with a capital whoever typed them. "May" is left as typed: it is
  /// as often "she may".
  static let properNames: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december",
  ]

  /// What a question kept open at an appointment says beside it: "Not yet. She forgot to
  /// ask."; nil when only "no" was said.
  static func stillOpen(_ need: Plan.InformationNeed) -> String? {
    need.stillOpen.map { outcome(stillOpenWords, said: $0) }
  }

  static let stillOpenWords = "not yet"

  /// How a goal went, as the plan says it: "7 out of 10. And she walked to the shop." The
  /// rating and the words are two sentences, never "7 out of 10: and she walked"; nil when
  /// neither was said.
  static func howItWent(_ progress: Plan.Progress) -> String? {
    let rating = progress.rating.map { "\($0) out of 10" }
    guard let text = progress.text, !text.isEmpty else { return rating }
    guard let rating else { return text }
    return rating + ". " + sentence(text)
  }
}
