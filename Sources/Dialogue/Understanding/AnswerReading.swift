import Foundation

// STUB: owned by the answer-reading work; replaced wholesale.
/// Reads the everyday ways people answer: yes/no, numbers, dates, lists, and "skip".
public enum AnswerReading {
  /// true for yes, false for no, nil when unclear (an unclear answer is asked again, never guessed).
  public static func yesNo(_ text: String) -> Bool? {
    switch text.lowercased().trimmingCharacters(in: .whitespaces) {
    case "yes", "y": return true
    case "no", "n": return false
    default: return nil
    }
  }
  /// The one number the text gives, nil if none or unclear.
  public static func number(_ text: String) -> Double? {
    Double(text.trimmingCharacters(in: .whitespaces))
  }
  /// Every number in the text, in order.
  public static func numbers(in text: String) -> [Double] { number(text).map { [$0] } ?? [] }
  /// The one date the text gives, relative to `today`.
  public static func date(_ text: String, today: Day) -> Day? {
    Day(iso: text.trimmingCharacters(in: .whitespaces))
  }
  /// Every date in the text, in order.
  public static func dates(in text: String, today: Day) -> [Day] {
    date(text, today: today).map { [$0] } ?? []
  }
  /// The items of a list answer: "my feet and my tablets, and also sleep" is three items.
  public static func listItems(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }
  /// Whether the person is saying their list is finished ("that's all", "done", "no more").
  public static func isEndOfList(_ text: String) -> Bool {
    ["done", "that's all"].contains(text.lowercased())
  }
  /// "skip", "don't know" or "rather not say", in their everyday forms; nil otherwise.
  public static func skipReason(_ text: String) -> SkipReason? {
    switch text.lowercased() {
    case "skip": return .skipped
    case "don't know", "dont know": return .dontKnow
    case "rather not say": return .ratherNotSay
    default: return nil
    }
  }
}
