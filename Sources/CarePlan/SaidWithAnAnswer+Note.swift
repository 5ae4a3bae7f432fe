import Dialogue

extension SaidWithAnAnswer {
  /// The words said after a number, yes or no, or choice ("7, unless it's cold"), kept as
  /// the answer's note in the plan (`AnswerNote`).
  static func note(of answer: Answer, question: Question?) -> String? {
    AnswerNote.note(of: answer, question: question)
  }
}
