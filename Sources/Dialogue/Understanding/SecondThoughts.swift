import Foundation

/// A mind changed within one line: "not yet. actually no, she moved them herself so not
/// needed", "yes, well no", "1, no 2". The last thing said is what the person settled on, so
/// it is read instead of the first.
///
/// Only a later clause that opens by taking back what went before ("actually", "wait", "well
/// no", "no", "sorry", "I mean") counts; a line with no such turn has no second thoughts.
public enum SecondThoughts {
  /// Words that open a clause taking back the one before.
  static let turns: [[String]] = [
    ["on", "second", "thoughts"], ["on", "second", "thought"], ["or", "rather"], ["i", "mean"],
    ["make", "that"], ["hang", "on"], ["actually"], ["wait"], ["well"], ["sorry"], ["rather"],
    ["no"], ["nope"], ["nah"],
  ]
  /// Words that only say no: kept when nothing follows them ("yes, well no" is no), set aside
  /// when something does ("1, no 2" is 2).
  static let noWords: Set<String> = ["no", "nope", "nah"]

  /// The words the person settled on, or nil when the line does not change its mind.
  public static func lastSay(in line: String) -> String? { read(line)?.last }

  /// What the line said first, before it took it back, and what it settled on.
  public static func read(_ line: String) -> (first: String, last: String)? {
    let clauses = line.split(whereSeparator: { ",.;!?".contains($0) })
      .flatMap { $0.components(separatedBy: " - ") }
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    guard clauses.count > 1 else { return nil }
    guard
      let turning = clauses.indices.dropFirst().last(where: { index in
        let words = AnswerReading.plainWords(clauses[index])
        return turns.contains { Array(words.prefix($0.count)) == $0 }
      })
    else { return nil }
    var words = clauses[turning...].flatMap { AnswerReading.plainWords($0) }
    var stripped = true
    var onlyNo = true
    while stripped {
      stripped = false
      for turn in turns where Array(words.prefix(turn.count)) == turn {
        // A lone "no" is the answer itself.
        if turn.count == 1, noWords.contains(turn[0]), words.count == 1 { continue }
        if !(turn.count == 1 && noWords.contains(turn[0])) { onlyNo = false }
        words.removeFirst(turn.count)
        stripped = true
        break
      }
    }
    guard !words.isEmpty else { return nil }
    // "no" alone turns only to a number ("1, no 2"): "agreed, no changes" and "yes, no
    // problem" say no about something, and take nothing back.
    if onlyNo, words.count > 1 || AnswerReading.number(words[0]) == nil, words != ["no"] {
      return nil
    }
    return (clauses[..<turning].joined(separator: ", "), words.joined(separator: " "))
  }
}
