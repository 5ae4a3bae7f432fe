import Dialogue

/// Made-up scripts, lexicons and input lines for the understanding benchmark.
///
/// Lexicon words begin with "v" and rule words with "q", and every made-up word ends in "x":
/// no made-up word is an English word, a contraction or a stemmed form of another, and since
/// spelling correction keeps the first letter, a rule word is never taken for a lexicon word.
enum Synthetic {
  /// Words around the made-up ones, as a person might write them.
  static let fillers = [
    "my", "friend", "today", "now", "again", "the", "doctor", "said", "so", "about", "a",
    "little", "bit", "at", "home", "we", "were", "talking", "and", "then",
  ]

  /// A made-up word: `prefix`, the index in base 26, then "x".
  static func word(_ prefix: String, _ index: Int) -> String {
    RuleMatcher.syntheticWord(prefix: prefix, index)
  }

  struct LexiconText {
    var yaml: String
    /// Concept id to its terms.
    var terms: [(id: String, terms: [String])]
    var phraseCount: Int
  }

  /// `phrases` terms of one to three made-up words, spread over `concepts` concepts.
  static func lexicon(phrases: Int, concepts: Int, random: inout SplitMix) -> LexiconText {
    let pool = (0..<(phrases * 3 / 4)).map { word("v", $0) }
    var seen: Set<String> = []
    var byConcept = [[String]](repeating: [], count: concepts)
    var made = 0
    while made < phrases {
      let length = Int.random(in: 1...3, using: &random)
      let phrase = (0..<length).map { _ in pool.randomElement(using: &random)! }
        .joined(separator: " ")
      guard seen.insert(phrase).inserted else { continue }
      byConcept[made % concepts].append(phrase)
      made += 1
    }
    var yaml = "concepts:\n"
    var terms: [(String, [String])] = []
    for (index, list) in byConcept.enumerated() {
      let id = "topic-\(index)"
      yaml += "  - id: \(id)\n    terms: [\(list.joined(separator: ", "))]\n"
      terms.append((id, list))
    }
    return LexiconText(yaml: yaml, terms: terms, phraseCount: made)
  }

  /// A script with one question and the given global rules, each with one reply.
  static func script(rules: [PatternRule]) -> String {
    var yaml = """
      id: bench
      version: "1"
      title: Benchmark
      sections:
        - id: chat
          title: Chat
          questions:
            - id: topic
              text: What would you like to talk about?
      rules:

      """
    yaml.reserveCapacity(rules.count * 90)
    for rule in rules {
      yaml += "  - id: \(rule.id)\n    pattern: \"\(rule.pattern)\"\n"
      yaml += "    priority: \(rule.priority)\n    say: Reply to \(rule.id).\n"
    }
    return yaml
  }

  /// A line the pattern matches: optional parts taken or not, each `*` one to three words,
  /// each `{concept}` one of its terms.
  static func line(
    matching pattern: String, terms: [String: [String]], random: inout SplitMix
  ) -> String {
    var words: [String] = []
    var inOptional = false
    var takeOptional = false
    for piece in pattern.split(separator: " ") {
      var text = Substring(piece)
      if text.hasPrefix("[") {
        inOptional = true
        takeOptional = Bool.random(using: &random)
        text = text.dropFirst()
      }
      let closes = text.hasSuffix("]")
      if closes { text = text.dropLast() }
      if !inOptional || takeOptional {
        if text == "*" {
          for _ in 0..<Int.random(in: 1...3, using: &random) {
            words.append(fillers.randomElement(using: &random)!)
          }
        } else if text.hasPrefix("{") {
          let id = String(text.dropFirst().dropLast())
          words.append(terms[id]?.randomElement(using: &random) ?? "nothing")
        } else {
          words.append(String(text))
        }
      }
      if closes { inOptional = false }
    }
    return words.joined(separator: " ")
  }

  /// `count` lines: most match a rule, some only name lexicon terms, some match nothing.
  static func inputs(
    count: Int, rules: [PatternRule], lexicon: LexiconText, random: inout SplitMix
  ) -> [String] {
    let terms = Dictionary(uniqueKeysWithValues: lexicon.terms.map { ($0.id, $0.terms) })
    return (0..<count).map { index in
      switch index % 5 {
      case 0, 1, 2:
        let rule = rules.randomElement(using: &random)!
        return line(matching: rule.pattern, terms: terms, random: &random)
      case 3:
        let concept = lexicon.terms.randomElement(using: &random)!
        let term = concept.terms.randomElement(using: &random)!
        return "we were talking about \(term) at home today, and then my friend said so"
      default:
        let length = Int.random(in: 3...12, using: &random)
        var words = (0..<length).map { _ in fillers.randomElement(using: &random)! }
        words.insert(word("q", rules.count + index), at: length / 2)
        return words.joined(separator: " ")
      }
    }
  }
}
