import Foundation

// MARK: A question for the appointment typed at the plan's check

extension Turn {
  /// The rule a question typed at the plan's check is recorded under, beside the glossary's.
  static let questionAtTheCheckRule = "typed-at-the-check"

  /// "will i need an xray" to "Are you happy with your plan?": a question for the appointment,
  /// typed once the plan is shown, is added to the plan's questions and said back, and the
  /// check is put again. It was asked again as a yes or no, and the question was lost.
  /// Only at the check (a yes/no whose content names a change), only in a script that keeps
  /// questions, and only for a line that reads as a question to a nurse or doctor, not one
  /// about the plan or the conversation ("is that it", "what happens now").
  ///
  /// The same at a menu of questions to pick from ("Which would you like to take with you?"):
  /// "will it get better" is no pick, but it is a question of her own, so it is kept, not
  /// refused. Only a line the menu cannot read as picks ("can i have 1 and 3" is picks).
  mutating func addQuestionTypedAtTheCheck(_ line: String, question: Question) -> Bool {
    let atTheCheck = question.kind == .yesNo && question.contentChanges
    let atAMenu = question.kind == .multi && question.plan == .informationNeeds
    guard atTheCheck || atAMenu, Turn.isAQuestionToAsk(line),
      script.questions.contains(where: { $0.plan == .informationNeeds })
    else { return false }
    // Read as picks only once it reads as a question: every other line at the menu is read
    // as picks once, by the question itself.
    if atAMenu,
      case .value = AnswerInterpreter(question: question, today: today, acts: engine.acts).read(
        line)
    {
      return false
    }
    let text = Whitespace.trimmed(line)
    if !state.planAdditions.contains(where: { $0.field == .informationNeeds && $0.text == text }) {
      state.planAdditions.append(
        PlanAddition(
          field: .informationNeeds, text: text, rule: Turn.questionAtTheCheckRule, at: at))
    }
    outputs.append(.say(Phrases.questionAddedAtTheCheck(text, for: engine.audience)))
    askCurrent()
    return true
  }

  /// Words that open a question to a nurse or doctor.
  static let questionOpeners: Set<String> = [
    "will", "can", "could", "should", "do", "does", "is", "are", "what", "wat", "wot", "how",
    "why", "when", "where", "who", "would", "shall", "am", "whats", "wats",
  ]

  /// Words that make a line about the plan or the conversation, not the person's care.
  static let wordsAboutThePlan: Set<String> = [
    "plan", "save", "saved", "print", "printed", "copy", "email", "finished", "done", "next",
    "now", "else", "happens", "here", "this", "that", "answer", "answers", "question",
    "questions", "change", "changed", "right", "ok", "okay", "mean", "say", "said", "type",
    "wrote", "written", "see", "show", "read", "list",
  ]

  /// Whether the line reads as a question for the appointment: four words or more, opening
  /// with a question word, none of them about the plan itself.
  static func isAQuestionToAsk(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line)
    guard words.count >= 4, let first = words.first, questionOpeners.contains(first) else {
      return false
    }
    return !words.contains(where: wordsAboutThePlan.contains)
  }
}

extension Phrases {
  static func questionAddedAtTheCheck(_ text: String, for audience: Audience) -> String {
    let whose = audience == .facilitator ? "their" : "your"
    return "I've added that to \(whose) questions: \(Turn.shorten(text))"
      + (endsASentence(text) ? "" : ".")
  }
}
