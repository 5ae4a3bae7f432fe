extension SafetyNet {
  /// The groups' words and phrases as one trie over stems. Unlike the lexicon's matcher, it
  /// finds every group phrase at every word, overlapping or not: "left arm" is a place pain
  /// spreads to, and "arm" within it is still a limb that may go weak.
  struct GroupTrie: Sendable {
    private var children: [[String: Int]] = [[:]]
    private var owners: [[String]] = [[]]
    private var depth = 0
    /// Groups' ranges of numbers ("10..999"), for a number typed in digits.
    private var numbers: [(range: ClosedRange<Int>, group: String)] = []

    init(groups: [Lexicon.Concept], words: inout Set<String>) {
      for group in groups {
        for term in group.terms {
          if let range = SafetyRules.numberRange(term) {
            numbers.append((range, group.id))
            continue
          }
          let tokens = Tokenizer.tokens(of: term)
          guard !tokens.isEmpty else { continue }
          words.formUnion(tokens.map(\.word))
          depth = max(depth, tokens.count)
          var node = 0
          for token in tokens {
            if let next = children[node][token.stem] {
              node = next
            } else {
              children.append([:])
              owners.append([])
              children[node][token.stem] = children.count - 1
              node = children.count - 1
            }
          }
          if !owners[node].contains(group.id) { owners[node].append(group.id) }
        }
      }
    }

    private struct Place: Hashable {
      var node: Int
      var exact: Bool
    }

    /// For each word, every group phrase starting there. A group is read only from a word as
    /// written or a typo of one: a short word missing a letter is left to a pattern's own words,
    /// and so is a word of an everyday phrase.
    func spans(_ readings: [[Reading]]) -> [[GroupSpan]] {
      var result = [[GroupSpan]](repeating: [], count: readings.count)
      func add(_ span: GroupSpan, at start: Int) {
        if let index = result[start].firstIndex(where: {
          $0.end == span.end && $0.group == span.group
        }) {
          result[start][index].exact = result[start][index].exact || span.exact
        } else {
          result[start].append(span)
        }
      }
      for start in readings.indices {
        if !numbers.isEmpty, let own = readings[start].first, own.kind == .exact,
          own.stem.utf8.allSatisfy({ (0x30...0x39).contains($0) }), own.stem.utf8.count <= 9,
          let value = Int(own.stem)
        {
          for (range, group) in numbers where range.contains(value) {
            add(GroupSpan(end: start + 1, group: group, exact: true), at: start)
          }
        }
        var frontier: Set<Place> = [Place(node: 0, exact: true)]
        var position = start
        while !frontier.isEmpty, position < readings.count, position - start < depth {
          var next: Set<Place> = []
          for place in frontier {
            for reading in readings[position]
            where reading.kind == .exact || reading.kind == .typo {
              guard let child = children[place.node][reading.stem] else { continue }
              let exact = place.exact && reading.kind == .exact
              next.insert(Place(node: child, exact: exact))
              for group in owners[child] {
                add(GroupSpan(end: position + 1, group: group, exact: exact), at: start)
              }
            }
          }
          frontier = next
          position += 1
        }
      }
      return result
    }
  }
}
