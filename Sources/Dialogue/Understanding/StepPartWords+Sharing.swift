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
