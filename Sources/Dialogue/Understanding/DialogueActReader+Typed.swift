extension DialogueActReader {
  /// A line as the act reader sees it: its words with everyday spellings put right, each
  /// remembering where in the typed text it came from, so the words after a phrase can be
  /// kept as the person typed them.
  struct Typed {
    let text: String
    /// Words as compared.
    let words: [String]
    /// For each compared word, where the typed word it came from ends.
    let ends: [String.Index]
    /// For each compared word, where the typed word it came from starts.
    let starts: [String.Index]

    init(_ text: String, words actWords: ActWords) {
      self.text = text
      var words: [String] = []
      var ends: [String.Index] = []
      var starts: [String.Index] = []
      var previousEnd = text.startIndex
      for found in ActWords.words(of: text) {
        let start = Typed.start(
          of: found.word.count, endingAt: found.end, in: text, after: previousEnd)
        for word in actWords.spellings[found.word] ?? [found.word] {
          words.append(word)
          ends.append(found.end)
          starts.append(start)
        }
        previousEnd = found.end
      }
      self.words = words
      self.ends = ends
      self.starts = starts
    }

    /// Where a word of `count` letters and digits ending at `end` starts (apostrophes inside
    /// it are passed over).
    private static func start(
      of count: Int, endingAt end: String.Index, in text: String, after floor: String.Index
    ) -> String.Index {
      var index = end
      var left = count
      while left > 0, index > floor {
        index = text.index(before: index)
        if text[index].isLetter || text[index].isNumber { left -= 1 }
      }
      return index
    }

    /// The words with `fillers` taken off both ends, keeping at least one.
    func core(trimming fillers: Set<String>) -> [String] {
      var core = words[...]
      while core.count > 1, let first = core.first, fillers.contains(first) {
        core = core.dropFirst()
      }
      while core.count > 1, let last = core.last, fillers.contains(last) { core = core.dropLast() }
      return Array(core)
    }

    /// The typed text after compared word `index`, trimmed of spaces and of the commas and
    /// colons that end an opening ("no, I meant: Tuesday").
    func text(after index: Int) -> String {
      guard index + 1 < words.count || index < ends.count else { return "" }
      let rest = String(text[ends[index]...])
      return Typed.trimmedOpening(rest)
    }

    /// The typed text before compared word `index`.
    func text(before index: Int) -> String {
      Typed.trimmedOpening(String(text[..<starts[index]]))
    }

    private static func trimmedOpening(_ text: String) -> String {
      var result = Substring(text)
      let edge: (Character) -> Bool = { $0.isWhitespace || ",:;-.!".contains($0) }
      while let first = result.first, edge(first) { result = result.dropFirst() }
      while let last = result.last, last.isWhitespace || ",;:-".contains(last) {
        result = result.dropLast()
      }
      return String(result)
    }

    /// The longest of `phrases` that starts at word `index`.
    func longest(of phrases: [[String]], at index: Int) -> [String]? {
      phrases.filter { phrase in
        index + phrase.count <= words.count
          && Array(words[index..<(index + phrase.count)]) == phrase
      }.max { $0.count < $1.count }
    }

    /// The first of `phrases` found anywhere, as the indexes of its first and last words.
    func find(_ phrases: [[String]]) -> (start: Int, end: Int)? {
      for start in words.indices {
        if let phrase = longest(of: phrases, at: start) {
          return (start, start + phrase.count - 1)
        }
      }
      return nil
    }
  }
}
