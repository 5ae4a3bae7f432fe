import Foundation

// MARK: A mind changed within one line

extension Turn {
  /// "not yet. actually no, ... not needed", "yes, well no", "1, no 2": to a question with set
  /// answers (choices, yes or no, a number), the last thing said wins, and is said back so the
  /// person sees which was taken. The line is then answered with those words alone. Returns
  /// whether it was.
  mutating func takeSecondThoughts(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard [.choice, .yesNo, .scale, .number].contains(question.kind),
      let (first, last) = SecondThoughts.read(line), last.count < line.count
    else { return false }
    // Only a real change of mind: what was said first is another answer.
    let interpreter = AnswerInterpreter(question: question, today: today)
    guard case .value(let settled) = interpreter.read(last),
      case .value(let before) = interpreter.read(first), before != settled
    else { return false }
    let shown = Display.text(of: settled, question: question)
    outputs.append(.say(Phrases.lastSayStands(Turn.shorten(shown, to: 80))))
    answerCurrent(last)
    return true
  }
}

extension Phrases {
  /// Said when a line changed its mind ("yes, well no"): which of its answers was taken.
  static func lastSayStands(_ shown: String) -> String {
    "You said two things there, so I have taken the last one: \(shown)."
  }
}
