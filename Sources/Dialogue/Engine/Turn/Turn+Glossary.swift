// MARK: Glossary

extension Turn {
  /// "What is HbA1c?" at any point: the plain answer (or a kind word when there is none), the
  /// person's words kept as a question for the appointment, and the same question put again.
  /// A word of the conversation's own ("what are pros") is explained and not kept.
  /// A question that itself collects things to ask takes the words as its answer instead, and
  /// `explainKnownTerms` gives the plain answer there.
  mutating func answerGlossaryQuestion(_ line: String) -> Bool {
    guard let question = engine.glossary.question(in: line) else { return false }
    if !question.entries.isEmpty, question.entries.allSatisfy({ $0.kind == .word }) {
      // "wat does pros and cons mean": a word of the question itself, explained, and the
      // question put again, even one that collects things to ask; it is not one of them.
      for entry in question.entries {
        outputs.append(.say(entry.explanation(for: engine.audience)))
      }
      if state.current == nil { advance() } else { askCurrent() }
      return true
    }
    let collecting = state.current.flatMap { script.question($0.question) }?.plan
    guard collecting != .informationNeeds else { return false }
    if question.entries.isEmpty {
      outputs.append(.say(Phrases.glossaryUnknown(for: engine.audience)))
    } else {
      // Asked for, so said even when it was said before.
      for entry in question.entries {
        outputs.append(.say(entry.explanation(for: engine.audience)))
        state.explainedTerms.insert(entry.id)
      }
      outputs.append(.say(Phrases.glossaryKept(for: engine.audience)))
      planUnderstandingCheck(question.entries)
    }
    if !state.planAdditions.contains(where: { $0.field == .informationNeeds && $0.text == line }) {
      state.planAdditions.append(
        PlanAddition(field: .informationNeeds, text: line, rule: Glossary.ruleID, at: at))
    }
    if state.current == nil { advance() } else { askCurrent() }
    return true
  }

  /// In a question that collects things to ask, each known word gets its plain answer straight
  /// away, once a conversation: a word explained before is only named, as one said again
  /// unasked would bury the conversation. The words still go in the plan as a question.
  mutating func explainKnownTerms(in items: [String], question: Question) {
    guard question.plan == .informationNeeds else { return }
    var named: [Glossary.Entry] = []
    var shown = false
    for item in items {
      for entry in engine.glossary.entries(in: item)
      where entry.kind != .word && !named.contains(entry) {
        named.append(entry)
        if state.explainedTerms.insert(entry.id).inserted {
          outputs.append(.say(entry.explanation(for: engine.audience)))
          shown = true
        }
      }
    }
    guard !named.isEmpty else { return }
    if !shown {
      outputs.append(
        .say(Phrases.glossaryExplainedEarlier(named.map(\.term), for: engine.audience)))
    }
    outputs.append(.say(Phrases.glossaryKeptHere(for: engine.audience)))
    if shown { planUnderstandingCheck(named) }
  }
}
