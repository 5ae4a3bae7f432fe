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

extension SeeAgainWords {
  /// Words that ask what a list holds: one of them must be said, with "list" or "so far".
  static let asking: Set<String> = [
    "what", "whats", "wat", "wats", "wot", "wots", "read", "show", "see", "tell", "remind",
  ]

  static let aroundTheList: Set<String> = [
    "is", "on", "in", "my", "me", "the", "list", "now", "so", "far", "got", "have", "has", "i",
    "ive", "weve", "we", "they", "theyve", "back", "again", "agen", "out", "can", "could", "you",
    "u", "please", "pls", "ta", "it", "did", "do", "say", "said", "put", "down", "was", "of",
    "there", "theres", "her", "his", "their", "sorry",
  ]

  /// Whether the whole line asks what is on the list so far ("wats on me list now", "what
  /// have i got so far", "read me the list back"), and says nothing else: while a list is
  /// being typed, such a line is a question about it, not one more item.
  public static func asksForTheList(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line)
    guard !words.isEmpty, words.count <= 10, words.contains(where: asking.contains),
      words.contains("list") || words.contains("far")
    else { return false }
    return words.allSatisfy { asking.contains($0) || aroundTheList.contains($0) }
  }
}
