/// A worker sitting with a client often types what the client said as they heard it: "she says
/// her knees", "he wants to walk to the shops". The reporting words are the worker's; the rest
/// is the client's answer, and only that is kept, every word of it.
public enum ReportedSpeech {
  /// Openings that report what the client said, in plain words ("shed" is "she'd" without its
  /// apostrophe).
  static let openings: [[String]] = [
    "she says", "he says", "they say", "she said", "he said", "they said", "she sez",
    "he sez", "she wants", "he wants", "they want", "she would like", "he would like",
    "they would like", "shed like", "hed like", "theyd like", "she thinks", "he thinks",
    "they think", "she reckons", "he reckons", "they reckon", "she feels", "he feels",
    "they feel", "says", "said",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words joining the report to what was said: "she says that ...", "he wants to ...".
  static let joins: Set<String> = ["that", "to"]

  /// The client's words with the reporting opening taken off; the line as typed when it has
  /// none, or when nothing would be left.
  public static func clientWords(_ line: String) -> String {
    var pieces = line.split(whereSeparator: \.isWhitespace).map(String.init)
    // "hmm she says no": a sound of thinking before the report is the worker's too.
    var thinking = 0
    while thinking < pieces.count - 1,
      AnswerReading.hesitations.contains(plainWord(pieces[thinking]))
    {
      thinking += 1
    }
    if thinking > 0 {
      let reported = Array(pieces.dropFirst(thinking))
      let plainReported = reported.map(plainWord)
      guard
        openings.contains(where: {
          $0.count < plainReported.count && Array(plainReported.prefix($0.count)) == $0
        })
      else { return line }
      pieces = reported
    }
    let plain = pieces.map(plainWord)
    guard
      let opening = openings.filter({
        $0.count < plain.count && Array(plain.prefix($0.count)) == $0
      })
      .max(by: { $0.count < $1.count })
    else { return line }
    pieces.removeFirst(opening.count)
    if pieces.count > 1, joins.contains(plainWord(pieces[0])) { pieces.removeFirst() }
    let rest = pieces.joined(separator: " ")
    let trimmed = rest.drop { ",:;-".contains($0) || $0.isWhitespace }
    return trimmed.isEmpty ? line : String(trimmed)
  }

  /// A typed word in small letters with its apostrophes and edge punctuation taken off.
  static func plainWord(_ piece: String) -> String {
    String(piece.lowercased().filter { $0.isLetter || $0.isNumber })
  }
}
