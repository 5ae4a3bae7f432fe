import Foundation

extension AnswerReading {
  /// A time said at the end of a task ("put her tablets in a blister pack, by next week",
  /// "check her bloods in 6 weeks"): the day it names, and the task's words before it. Only
  /// `said` is the time as typed ("by next week"). Only
  /// when everything after "by", "in", "within" or "before" is that time, so "in 6 weeks to
  /// see how she is" and "in a blister pack" keep their words and set no day.
  public static func timeAtTheEnd(_ text: String, today: Day) -> (
    words: String, said: String, day: Day
  )? {
    let lowered = text.lowercased()
    var starts: [String.Index] = []
    for lead in ["by", "in", "within", "before"] {
      var from = lowered.startIndex
      while let found = lowered.range(of: " " + lead + " ", range: from..<lowered.endIndex) {
        starts.append(found.lowerBound)
        from = found.upperBound
      }
    }
    for start in starts.sorted() {
      var phrase = String(text[start...]).trimmingCharacters(in: .whitespaces)
      for lead in ["by ", "before "] where phrase.lowercased().hasPrefix(lead) {
        phrase = String(phrase.dropFirst(lead.count))
      }
      let tokens = withDateWordsSpeltRight(tokens(phrase))
      guard !tokens.isEmpty, let (found, end) = datePhrase(tokens, at: 0, today: today),
        let day = found, day >= today, tokens[end...].allSatisfy({ !$0.isWord })
      else { continue }
      var words = String(text[..<start])
      while let last = words.last, last == "," || last == " " || last == "-" {
        words.removeLast()
      }
      guard !words.isEmpty else { return nil }
      let said = String(text[start...]).trimmingCharacters(in: .whitespaces)
      return (words, said, day)
    }
    return nil
  }
}
