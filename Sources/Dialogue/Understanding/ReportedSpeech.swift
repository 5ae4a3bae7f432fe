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
    "they feel", "says", "said", "mum says", "mum said", "mum wants", "mom says", "dad says",
    "dad said", "dad wants", "she wants to know", "he wants to know", "they want to know",
    "she would like to know", "he would like to know", "shed like to know", "hed like to know",
    "she asked", "he asked", "they asked", "she asks", "he asks", "they ask", "she wonders",
    "he wonders", "she was wondering", "he was wondering", "she wondered", "he wondered",
    "mum asked", "dad asked", "mum wants to know", "dad wants to know",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words joining the report to what was said: "she says that ...", "he wants to ...".
  static let joins: Set<String> = ["that", "to"]

  /// The last words of an opening that reports a question: "she wants to know", "he asked".
  static let asking: Set<String> = [
    "know", "asked", "asks", "ask", "wonders", "wondering", "wondered",
  ]

  /// A worker's line, one sentence at a time: "her son Imran. she says her neighbour
  /// sometimes" reports the client in its second sentence too, and the report is taken off
  /// there as well. A sentence that is nothing but a report is kept as typed.
  public static func clientSentences(_ line: String) -> String {
    var sentences: [String] = []
    var current = ""
    var characters = Array(line)[...]
    while let character = characters.popFirst() {
      current.append(character)
      if ".!?".contains(character), characters.first?.isWhitespace == true {
        sentences.append(current)
        current = ""
      }
    }
    if !current.isEmpty { sentences.append(current) }
    return sentences.enumerated().map { index, sentence in
      let lead = sentence.prefix(while: \.isWhitespace)
      let words = clientWords(String(sentence.dropFirst(lead.count)))
      // "... the doctor calls it. she says 'my chest and my heart'": words she says in quotes
      // after the first sentence are hers, and the report says so; it stays.
      if index > 0, let first = words.first, "'\"\u{2018}\u{201C}".contains(first) {
        return sentence
      }
      return lead + words
    }.joined()
  }

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
    // "she wants to know if the water tablets ...": the question is kept as a question,
    // "whether the water tablets ...", never cut to "know if".
    if let last = opening.last, asking.contains(last), pieces.count > 1,
      plainWord(pieces[0]) == "if"
    {
      pieces[0] = "whether"
    }
    let rest = pieces.joined(separator: " ")
    let trimmed = rest.drop { ",:;-".contains($0) || $0.isWhitespace }
    return trimmed.isEmpty ? line : String(trimmed)
  }

  /// A typed word in small letters with its apostrophes and edge punctuation taken off.
  static func plainWord(_ piece: String) -> String {
    String(piece.lowercased().filter { $0.isLetter || $0.isNumber })
  }
}
