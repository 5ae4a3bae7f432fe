/// "can i see it again", "show me", "read it back": asking to see what was just shown (the new
/// plan) once more, before saying whether it is right.
public enum SeeAgainWords {
  /// Words that ask to look: one of them must be said.
  static let looking: Set<String> = ["show", "see", "read", "view", "look", "display"]

  /// Words that may go with them and change nothing.
  static let around: Set<String> = [
    "can", "could", "would", "will", "i", "we", "you", "u", "please", "pls", "plz", "just",
    "again", "once", "more", "one", "time", "the", "new", "plan", "it", "me", "her", "him",
    "them", "us", "to", "have", "a", "look", "at", "let", "lets", "over", "back", "out", "that",
    "this", "first", "whole", "thing", "all", "of", "through", "again", "then", "ok", "okay",
    "so", "um", "erm", "hang", "on", "wait", "sorry", "before", "say", "yes", "her", "his",
    "their", "my", "our",
    // Everyday spellings of "again" and "please": "can i see it agen".
    "agen", "agin", "agian", "agan", "agane", "againe", "agn", "plese", "pleas", "ta", "now",
  ]

  /// Whether the whole line asks to see it again, and says nothing else: "show me the plan
  /// again please" does; "i can't see my feet" and "look after my feet" do not.
  public static func asks(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line)
    guard !words.isEmpty, words.count <= 10, words.contains(where: looking.contains) else {
      return false
    }
    return words.allSatisfy { looking.contains($0) || around.contains($0) }
  }
}
