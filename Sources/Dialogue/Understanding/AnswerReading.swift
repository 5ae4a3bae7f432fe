import Foundation

/// Reads the everyday ways people answer: yes/no, numbers, dates, lists, and "skip".
///
/// Every reader is a pure function of the text (and of `today` for dates), so the engine can
/// replay a conversation and get the same answers. Each one would rather return nothing than
/// guess: an answer it cannot read is asked again. The rules a script author needs are in
/// docs/reading-answers.md.
public enum AnswerReading {
  /// true for yes, false for no, nil when unclear (an unclear answer is asked again, never guessed).
  public static func yesNo(_ text: String) -> Bool? { readYesNo(text) }

  /// The first number the text gives, nil if none. A range ("six or seven", "6-7") counts as its
  /// lower end, and "7/10" or "7 out of 10" as 7.
  public static func number(_ text: String) -> Double? {
    numberMatches(tokens(text)).first?.value
  }

  /// Every number in the text, in order, each range counted once as its lower end.
  public static func numbers(in text: String) -> [Double] {
    numberMatches(tokens(text)).map(\.value)
  }

  /// A whole number on a scale such as 0 to 10, or nil to ask again: when there is no number,
  /// when it is outside `range`, or when it is given "out of" a different top ("3 out of 5" on
  /// a 0 to 10 scale). A fraction is read down, like a range: "8.5" is 8.
  public static func scale(_ text: String, range: ClosedRange<Int>) -> Int? {
    readScale(text, range: range)
  }

  /// The first date the text gives, relative to `today`.
  public static func date(_ text: String, today: Day) -> Day? {
    let matches = dateMatches(text, today: today)
    guard matches.count > 1 else { return matches.first }
    // "monday the 14th": one day said two ways, the weekday and the day of the month. The
    // day of the month is the surer part: the weekday alone is the coming Monday, which may
    // be a week early. Two different days ("a week on Friday, on 3 Dec") keep the first.
    let typed = Set(
      text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { $0 <= 31 })
    let first = matches[0]
    if !typed.contains(first.day),
      let same = matches.first(where: { typed.contains($0.day) && $0.weekday == first.weekday })
    {
      return same
    }
    return first
  }

  /// Every date in the text, in order.
  public static func dates(in text: String, today: Day) -> [Day] {
    dateMatches(text, today: today)
  }

  /// The items of a list answer: "my feet; my tablets" and "feet, tablets and sleep" are
  /// lists, but "my feet and my tablets" is one thing as typed. See `listSplit`.
  public static func listItems(_ text: String) -> [String] { readListItems(text) }

  /// The items of a list answer, and whether the split is clear enough to use without asking:
  /// new lines, semicolons and commas between short pieces are; commas between long pieces
  /// may be one thing said at length, so the person is shown the split first.
  public static func listSplit(_ text: String) -> ListSplit { readListSplit(text) }

  /// Whether the person is saying their list is finished ("that's all", "done", "no more").
  public static func isEndOfList(_ text: String) -> Bool { readEndOfList(text) }

  /// The first sentence of a line ("Jean." of "Jean. Im 66 and on my own"), or the whole line
  /// when it is one sentence.
  public static func firstSentence(_ text: String) -> String {
    sentences(of: Substring(text)).first.map(String.init) ?? text
  }

  /// The items typed before a closing at the end of the line ("my feet. that's all for now"
  /// gives "my feet."), or nil when the line does not end with one.
  public static func itemsBeforeClosing(_ text: String) -> String? {
    readItemsBeforeClosing(text)
  }

  /// "skip", "don't know" or "rather not say", in their everyday forms, when that is the whole
  /// answer; nil otherwise, so "I don't know what HbA1c means" is not a skip.
  public static func skipReason(_ text: String) -> SkipReason? { readSkipReason(text) }
}

extension AnswerReading {
  /// Closings that can only mean "my list is finished" ("done", "that's it", "no more"),
  /// unlike "no" or "nothing", which also answer other questions. After a list closed itself,
  /// such a line is not taken as the next question's answer.
  public static func isFinishingWord(_ text: String) -> Bool {
    guard readEndOfList(text) else { return false }
    let words = plainWords(text)
    let alsoAnswers: Set<String> = [
      "no", "nope", "nah", "nothing", "none", "end", "the end", "stop", "enough", "no thanks",
      "no thank you",
    ]
    return !alsoAnswers.contains(words.joined(separator: " "))
  }
}

/// A list answer cut into items, and whether the cut is clear ("sure") or should be shown to
/// the person before it is used.
public struct ListSplit: Equatable, Sendable {
  public var items: [String]
  public var sure: Bool
  public init(items: [String], sure: Bool) {
    self.items = items
    self.sure = sure
  }
}
