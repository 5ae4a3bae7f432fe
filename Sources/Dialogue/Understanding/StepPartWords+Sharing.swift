// MARK: Words that name several parts, shared out between them

extension AnswerReading {
  /// The words of a line that names more than one part of a step, each part with only its own
  /// words: "thursdy nite" is the day to start ("thursdy") and the time of day ("nite"), so
  /// neither part keeps the other's words and the read-back says each once. Words that name no
  /// part ("at the", "20") go with the part named next, or the last one at the end. Nil when
  /// the line names fewer than two parts, or when its words read differently once apart
  /// ("every thursday" is how often as a whole, but "every" and a day to start apart): then
  /// the line is kept whole.
  public static func wordsByPart(_ line: String) -> [ReadBackPart: String]? {
    // "evry day wiv my brekfast": a split before a word that opens a part is the surest.
    wordsInTwoParts(line, onlyAtAnOpening: true) ?? wordsByPartWordByWord(line)
      ?? wordsInTwoParts(line, onlyAtAnOpening: false)
  }

  /// Words that open the second of two parts: "evry day | from nex week", "evry day | wiv my
  /// brekfast".
  static let partOpenings: Set<String> = [
    "from", "starting", "start", "on", "at", "in", "with", "after", "before", "by", "and",
    "every", "each", "around", "about", "then",
  ]

  /// A line whose parts need more than one word each to be told apart ("evry day from nex
  /// week": neither "day" nor "week" names a part alone) split in two, each piece naming one
  /// part. Where several splits would do, the one before a word that opens a part ("from",
  /// "with") is taken, and with `onlyAtAnOpening` only such a one; nil when none does.
  static func wordsInTwoParts(_ line: String, onlyAtAnOpening: Bool) -> [ReadBackPart: String]? {
    let typed = line.split(whereSeparator: \.isWhitespace).map(String.init)
    guard typed.count > 1 else { return nil }
    let whole = Set(stepPartKinds(line).compactMap(\.part))
    guard whole.count == 2 else { return nil }
    var found: [(at: Int, parts: [ReadBackPart: String])] = []
    for cut in 1..<typed.count {
      let left = typed[..<cut].joined(separator: " ")
      let right = typed[cut...].joined(separator: " ")
      let leftParts = Set(stepPartKinds(left).map(\.part))
      let rightParts = Set(stepPartKinds(right).map(\.part))
      guard leftParts.count == 1, rightParts.count == 1, let first = leftParts.first ?? nil,
        let second = rightParts.first ?? nil, first != second
      else { continue }
      found.append((cut, [first: left, second: right]))
    }
    let opening = found.first { cut in
      plainWords(typed[cut.at]).first.map { partOpenings.contains(meantWord($0)) } ?? false
    }
    return (onlyAtAnOpening ? opening : opening ?? found.first)?.parts
  }

  static func wordsByPartWordByWord(_ line: String) -> [ReadBackPart: String]? {
    let typed = line.split(whereSeparator: \.isWhitespace).map(String.init)
    var groups: [(part: ReadBackPart, words: [String])] = []
    var waiting: [String] = []
    for word in typed {
      let kinds = stepPartKinds(word)
      if kinds.isEmpty {
        waiting.append(word)
        continue
      }
      let parts = Set(kinds.map(\.part))
      guard parts.count == 1, let part = parts.first ?? nil else { return nil }
      if let last = groups.indices.last, groups[last].part == part {
        groups[last].words += waiting + [word]
      } else {
        groups.append((part, waiting + [word]))
      }
      waiting = []
    }
    guard let last = groups.indices.last else { return nil }
    groups[last].words += waiting
    var shared: [ReadBackPart: String] = [:]
    for group in groups {
      // A part named twice apart ("thursdy nite thursdy") is not shared out.
      guard shared[group.part] == nil else { return nil }
      let words = group.words.joined(separator: " ")
      guard Set(stepPartKinds(words).map(\.part)) == [group.part] else { return nil }
      shared[group.part] = words
    }
    let whole = Set(stepPartKinds(line).map(\.part))
    guard shared.count > 1, whole == Set(shared.keys.map { Optional($0) }) else { return nil }
    return shared
  }
}
