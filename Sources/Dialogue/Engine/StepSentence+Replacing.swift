import Foundation

extension StepSentence {
  /// What the person will do with one part's old words put right where they stood in it:
  /// "do my knee exercises for 5 minutes", with how much changed from "5 minutes" to "10
  /// minutes", is "do my knee exercises for 10 minutes", not the old words with the new ones
  /// added after. Nil when the old words are not in it (the part was said apart from it).
  public static func replacingPart(in what: String, old: String, new: String) -> String? {
    let old = old.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
    let new = new.trimmingCharacters(in: .whitespacesAndNewlines)
    guard old.count >= 2, !new.isEmpty,
      let range = what.range(of: old, options: [.caseInsensitive, .diacriticInsensitive])
    else { return nil }
    // Whole words only: "5 minutes" is in "for 5 minutes", not "15 minutes".
    let before =
      range.lowerBound == what.startIndex ? nil : what[what.index(before: range.lowerBound)]
    let after = range.upperBound == what.endIndex ? nil : what[range.upperBound]
    if before?.isLetter == true || before?.isNumber == true { return nil }
    if after?.isLetter == true || after?.isNumber == true { return nil }
    var replaced = what
    replaced.replaceSubrange(range, with: new)
    return replaced
  }
}

extension StepSentence {
  /// What the person will do with the amount it names ("5 minutes" in "do my knee exercises
  /// for 5 minutes") put right to a new how much that is an amount too ("10 minutes"): a step
  /// whose how much was said inside what, with no how much of its own. Nil when either has no
  /// amount: "a bit less" is no amount to put in place of "5 minutes".
  public static func replacingAmount(in what: String, with new: String) -> String? {
    guard let old = amount(in: what), amount(in: new) != nil else { return nil }
    var words = new.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
    // "for 10 minutes" in place of "5 minutes" after "for": the "for" is said once.
    if words.lowercased().hasPrefix("for "), what[..<old.lowerBound].lowercased().hasSuffix("for ")
    {
      words = String(words.dropFirst(4))
    }
    var replaced = what
    replaced.replaceSubrange(old, with: words)
    return replaced
  }

  /// The amount some words name ("5 minutes" in "do my knee exercises for 5 minutes"), or
  /// nil when they name none.
  public static func amountSaid(in words: String) -> String? {
    amount(in: words).map { String(words[$0]) }
  }

  /// Where a number and what it counts stand in some words ("5 minutes", "ten laps", "2
  /// glasses"), or nil.
  static func amount(in words: String) -> Range<String.Index>? {
    words.range(of: amountPattern, options: [.regularExpression, .caseInsensitive])
  }

  static let amountPattern =
    #"\b([0-9]+([.,][0-9]+)?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|a few|half an?)\s+(minutes?|mins?|hours?|hrs?|times|laps?|glasses|glass|cups?|steps|miles?|km|lengths?|pages?|sets?|rounds?|goes)\b"#
}
