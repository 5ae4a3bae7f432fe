import Dialogue
import Foundation

// MARK: Questions to ask, each once

extension PlanBuilder {
  /// The glossary term a bare "what is X?" asks about ("what is TSH", "what does my HbA1c
  /// mean", "TSH?"); nil for a question that says anything more.
  func bareTerm(_ question: String) -> Glossary.Entry? {
    guard let asked = glossary.question(in: question), asked.entries.count == 1 else {
      return nil
    }
    return glossary.entry(named: asked.words)
  }

  /// Whether a question names the term and says more about it than "what is it?": "my
  /// HbA1c was 58, is that bad?" does, "HbA1c" and "what does HbA1c mean" do not.
  func asksMore(_ question: String, about term: Glossary.Entry) -> Bool {
    guard bareTerm(question) == nil,
      glossary.entries(in: question).contains(where: { $0.id == term.id })
    else { return false }
    let termWords = term.names.reduce(into: Set<String>()) {
      $0.formUnion(Self.contentWords($1))
    }
    return !Self.contentWords(question).subtracting(termWords).subtracting(Self.askingWords)
      .isEmpty
  }

  /// The words of asking what something is, which say nothing more about it.
  static let askingWords: Set<String> = [
    "what", "whats", "does", "do", "mean", "meaning", "explain", "tell", "that", "this",
  ]

  /// The questions with each bare "what is X?" folded into a fuller question the person asked
  /// about the same X ("what is TSH" into "My TSH was 6.2 - does my levothyroxine dose need
  /// looking at?"): the fuller one asks it too, and its words are kept as they were, so no
  /// word is lost. It folds only when the fuller question names that very term; a bare
  /// question about anything else stays as it is.
  func foldingBareQuestions(_ needs: [Plan.InformationNeed]) -> [Plan.InformationNeed] {
    var result = needs
    var index = 0
    while index < result.count {
      guard let term = bareTerm(result[index].question),
        let fuller = result.indices.first(where: { other in
          other != index && asksMore(result[other].question, about: term)
        })
      else {
        index += 1
        continue
      }
      for source in result[index].from where !result[fuller].from.contains(source) {
        result[fuller].from.append(source)
      }
      result.remove(at: index)
    }
    return result
  }
}

extension PlanBuilder {
  /// The life areas of a question to ask: the lexicon's, and the area of any glossary word in
  /// it, so "what is TSH" is a question about tests, and one naming a medicine the lexicon
  /// does not list is about medicines. The plan groups its questions by these.
  func questionDomains(of text: String) -> [String] {
    var found = domains(of: text)
    for entry in glossary.entries(in: text) {
      guard let area = Self.glossaryArea[entry.kind], !found.contains(area),
        concepts.lexicon.concepts.contains(where: { $0.id == area })
      else { continue }
      found.append(area)
    }
    return found
  }

  /// The lexicon concept each kind of glossary word belongs to, where there is one.
  static let glossaryArea: [Glossary.Kind: String] = [
    .test: PlanOutline.testsArea, .result: PlanOutline.testsArea, .check: PlanOutline.testsArea,
    .medicine: PlanOutline.medicinesArea,
  ]

  /// Whether an item given as a question says it is not one ("Not a question exactly, but you
  /// never asked about my mood", "Just to say my mood is ok"): something the person wants to
  /// tell, kept with what they want to talk about.
  public static func isNotAQuestion(_ text: String) -> Bool {
    let words = text.lowercased().filter { $0 != "'" && $0 != "\u{2019}" }
      .split(whereSeparator: { !$0.isLetter }).prefix(12).map(String.init)
    func has(_ phrase: [String], from starts: Range<Int>) -> Bool {
      starts.contains { start in
        start + phrase.count <= words.count
          && Array(words[start..<(start + phrase.count)]) == phrase
      }
    }
    // "just to say" counts only as the item's opening words: "is it ok just to say no to the
    // statin?" is a question.
    let notAQuestion = [["not", "a", "question"], ["not", "really", "a", "question"]]
    let justSaying = [
      ["just", "to", "say"], ["just", "want", "to", "say"], ["just", "wanted", "to", "say"],
    ]
    return notAQuestion.contains { has($0, from: 0..<words.count) }
      || justSaying.contains { has($0, from: 0..<1) }
  }
}
