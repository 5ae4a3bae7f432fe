import Dialogue
import Foundation

// MARK: The answers behind the plan, as a QuestionnaireResponse

extension FHIRBundle {
  /// The Questionnaire the answers follow: the script, by id and version. CareCoach publishes
  /// no Questionnaire at a web address, so the canonical is a URN naming the script, with its
  /// version after `|` as canonical references allow.
  static func questionnaire(_ script: Script) -> String {
    "urn:carecoach:questionnaire:\(script.id)|\(script.version)"
  }

  /// Every given answer, in the order the script asks its questions.
  ///
  /// Each item's `linkId` is the question's id and its `text` the question as it was put to
  /// the person. A repeating group of sections (such as up to three goals) is an R4 repeating
  /// group: one `group` item per round, each with the same `linkId` (the group's id) and the
  /// round's answers nested inside, in order. R4 repeats a group by repeating the item, not by
  /// numbering its questions, so the questions inside keep their plain ids; and answered items
  /// side by side may not share a linkId (qrs-2), so the rounds cannot be flat repeated items. Should a group's
  /// id also be a question's id, the group's linkId gets "-group" added, as linkIds must be
  /// unique within a Questionnaire.
  ///
  /// A question with nothing to record has no item: one skipped, said "don't know" to, or a
  /// list left empty. R4 has no answer value for "chose not to say", and an item that holds
  /// neither answers nor items says nothing; a round with no answers has no group either.
  static func answerItems(state: ConversationState, engine: Engine) -> [FHIRJSON] {
    let script = engine.script
    let questionIDs = Set(script.questions.map(\.id))
    func item(_ key: AnswerKey, _ question: Question) -> FHIRJSON? {
      guard let answer = state.answers[key] else { return nil }
      let values = answerValues(answer.value, question: question)
      if values.isEmpty { return nil }
      let text = engine.questionText(for: key, in: state) ?? question.label
      return .object([
        ("linkId", .string(question.id)), ("text", .string(text)),
        ("answer", .array(values.map { .object([$0]) })),
      ])
    }
    var items: [FHIRJSON] = []
    let sections = script.sections
    var index = 0
    while index < sections.count {
      guard let group = sections[index].repeating?.group else {
        for question in sections[index].items.compactMap(\.question) {
          if let found = item(AnswerKey(question.id), question) { items.append(found) }
        }
        index += 1
        continue
      }
      // The sections of one group stand together; their rounds are asked one after another.
      var end = index
      while end < sections.count, sections[end].repeating?.group == group { end += 1 }
      let questions = sections[index..<end].flatMap { $0.items.compactMap(\.question) }
      let ids = Set(questions.map(\.id))
      let rounds = Set(state.answers.keys.filter { ids.contains($0.question) }.map(\.round))
      let linkID = questionIDs.contains(group) ? group + "-group" : group
      for round in rounds.sorted() {
        let answers = questions.compactMap { item(AnswerKey($0.id, round: round), $0) }
        if answers.isEmpty { continue }
        items.append(
          .object([
            ("linkId", .string(linkID)), ("text", .string(sections[index].title)),
            ("item", .array(answers)),
          ]))
      }
      index = end
    }
    return items
  }

  /// One `value[x]` per answer: a list gives one string per item, several choices one coding
  /// each.
  static func answerValues(_ value: AnswerValue, question: Question) -> [(String, FHIRJSON)] {
    func coding(_ id: String) -> (String, FHIRJSON) {
      let text = question.choices.first { $0.id == id }?.text ?? id
      return ("valueCoding", .object([("code", .string(id)), ("display", .string(text))]))
    }
    switch value {
    case .text(let text): return text.isEmpty ? [] : [("valueString", .string(text))]
    case .yesNo(let yes): return [("valueBoolean", .bool(yes))]
    case .choice(let id): return [coding(id)]
    case .choices(let ids): return ids.map(coding)
    case .number(let number):
      if number.rounded() == number, abs(number) < 2_147_483_648 {
        return [("valueInteger", .int(Int(number)))]
      }
      return [("valueDecimal", .decimal(number))]
    case .date(let day): return [("valueDate", .string(day.iso))]
    case .list(let items): return items.filter { !$0.isEmpty }.map { ("valueString", .string($0)) }
    case .skipped: return []
    }
  }
}
