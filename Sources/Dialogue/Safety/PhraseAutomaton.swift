extension SafetyNet {
  /// Patterns compiled into one trie, matched anywhere in a line with bounded gaps.
  struct PhraseAutomaton: Sendable {
    private struct Edge: Hashable, Sendable {
      var node: Int32
      var label: String
    }

    /// A live place in the trie: the node, how many words the current `*` has taken, and how
    /// the words so far were read (`Flags`).
    private struct Live: Hashable {
      var node: Int32
      var gap: Int
      var flags: UInt8
    }

    private enum Flags {
      static let missingLetter: UInt8 = 1
      static let typo: UInt8 = 2
      static let idiom: UInt8 = 4
    }

    private var wordEdges: [Edge: Int32] = [:]
    private var groupEdges: [Edge: Int32] = [:]
    private var starChild: [Int32] = [-1]
    private var isStar = [false]
    private var hasGroupEdges = [false]
    /// The owners (category indices) each node completes.
    private var accepts: [Int32: [Int]] = [:]

    /// Compiles `(owner, pattern)` pairs; patterns with errors are left out (the loader reports
    /// them). The literal words of every pattern are added to `words`, for typo correction.
    init(patterns: [(Int, String)], words: inout Set<String>) {
      add(patterns, words: &words)
    }

    /// Compiles more `(owner, pattern)` pairs into the same trie, adding their literal words to
    /// `words`.
    mutating func add(_ patterns: [(Int, String)], words: inout Set<String>) {
      for (owner, pattern) in patterns.flatMap({ owner, text in
        SafetyRules.alternatives(of: text).map { (owner, $0) }
      }) {
        let parsed = PatternParser.parse(pattern)
        guard parsed.errors.isEmpty else { continue }
        words.formUnion(Tokenizer.tokens(of: SafetyNet.withoutGroups(pattern)).map(\.word))
        for sequence in PatternParser.expansions(of: parsed.elements) where !sequence.isEmpty {
          var node: Int32 = 0
          for atom in sequence { node = child(of: node, for: atom) }
          if accepts[node]?.contains(owner) != true { accepts[node, default: []].append(owner) }
        }
      }
    }

    private mutating func newNode(star: Bool) -> Int32 {
      starChild.append(-1)
      isStar.append(star)
      hasGroupEdges.append(false)
      return Int32(starChild.count - 1)
    }

    private mutating func child(of node: Int32, for atom: PatternAtom) -> Int32 {
      switch atom {
      case .word(let stem):
        let edge = Edge(node: node, label: stem)
        if let next = wordEdges[edge] { return next }
        let next = newNode(star: false)
        wordEdges[edge] = next
        return next
      case .concept(let id):
        let edge = Edge(node: node, label: id)
        if let next = groupEdges[edge] { return next }
        let next = newNode(star: false)
        groupEdges[edge] = next
        hasGroupEdges[Int(node)] = true
        return next
      case .star:
        if starChild[Int(node)] >= 0 { return starChild[Int(node)] }
        let next = newNode(star: true)
        starChild[Int(node)] = next
        return next
      }
    }

    /// Every (owner, token range, whether a pattern word read a word of an everyday phrase)
    /// matched. For each live place only the latest start is kept, so the work per word is
    /// bounded by the live places, and the ranges are the shortest.
    ///
    /// A short word missing a letter is accepted once in a match of two words or more, with no
    /// other word read as a typo: "kil myself", never "kil" alone or "kil mysefl".
    func run(readings: [[Reading]], spans: [[GroupSpan]]) -> [(Int, Range<Int>, Bool)] {
      let count = readings.count
      var live = [[Live: Int]](repeating: [:], count: count + 1)
      var found: [(Int, Range<Int>, Bool)] = []
      func reach(_ position: Int, _ state: Live, start: Int) {
        if let earlier = live[position][state], earlier >= start { return }
        live[position][state] = start
        guard let owners = accepts[state.node] else { return }
        if state.flags & Flags.missingLetter != 0,
          state.flags & Flags.typo != 0 || position - start < 2
        {
          return
        }
        for owner in owners {
          found.append((owner, start..<position, state.flags & Flags.idiom != 0))
        }
      }
      for position in 0..<count {
        reach(position, Live(node: 0, gap: 0, flags: 0), start: position)
        for (state, start) in live[position] {
          let node = Int(state.node)
          for reading in readings[position] {
            guard let next = wordEdges[Edge(node: state.node, label: reading.stem)] else {
              continue
            }
            var flags = state.flags
            switch reading.kind {
            case .exact: break
            case .typo: flags |= Flags.typo
            case .idiom: flags |= Flags.idiom
            case .missingLetter:
              if flags & Flags.missingLetter != 0 { continue }
              flags |= Flags.missingLetter
            }
            reach(position + 1, Live(node: next, gap: 0, flags: flags), start: start)
          }
          if hasGroupEdges[node] {
            for span in spans[position] {
              if let next = groupEdges[Edge(node: state.node, label: span.group)] {
                let flags = state.flags | (span.exact ? 0 : Flags.typo)
                reach(span.end, Live(node: next, gap: 0, flags: flags), start: start)
              }
            }
          }
          if starChild[node] >= 0 {
            reach(
              position + 1, Live(node: starChild[node], gap: 1, flags: state.flags), start: start)
          }
          if isStar[node], state.gap < SafetyNet.maximumGap {
            reach(
              position + 1, Live(node: state.node, gap: state.gap + 1, flags: state.flags),
              start: start)
          }
        }
      }
      return found
    }
  }
}
