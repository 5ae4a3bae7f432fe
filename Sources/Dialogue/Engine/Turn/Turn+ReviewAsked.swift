import Foundation

// MARK: "When is my review?" asked where the check-in day is wanted

extension Turn {
  /// "wen is my reveiw" to "On what day shall we look at how your step went?" asks about the
  /// surgery's review, which the person does not choose. They are told kindly who sets that,
  /// and what this question means, and it is asked again; nothing is kept and it is not
  /// counted as a failed try. Returns whether the line was such a question.
  mutating func explainReviewAsked(_ line: String, question: Question) -> Bool {
    guard question.plan == .goalReviewDate, Turn.asksWhenTheReviewIs(line) else { return false }
    outputs.append(.notice(Phrases.reviewSetBySurgery(for: engine.audience)))
    askCurrent()
    return true
  }

  /// Whether a line asks when a review or appointment is: a question word ("when", "wen",
  /// "what day") and a review word ("review", "reveiw", "appointment", "check up"), with no
  /// day of its own.
  static func asksWhenTheReviewIs(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line)
    let asking: Set<String> = ["when", "wen", "whens", "wens", "what", "wat", "which", "date"]
    let reviewWords: Set<String> = [
      "review", "reveiw", "reviw", "revew", "appointment", "appt", "appointmnt",
      "apointment", "checkup", "check", "annual",
    ]
    guard !asking.isDisjoint(with: words.prefix(3)), !reviewWords.isDisjoint(with: words)
    else { return false }
    let dayWords: Set<String> = ["week", "weeks", "tomorrow", "month", "fortnight", "next"]
    return dayWords.isDisjoint(with: words) && !words.contains { $0.first?.isNumber == true }
      && !words.contains { AnswerReading.weekday($0) != nil }
  }
}

extension Phrases {
  /// Said when the person asks about their surgery review at the check-in question.
  static func reviewSetBySurgery(for audience: Audience) -> String {
    audience == .facilitator
      ? "Their surgery sets the date of their review, and will let them know. This question is about something else: a day to look back at how their step went. They can do that on their own or with someone."
      : "Your surgery sets the date of your review, and will let you know. This question is about something else: a day for you to look back at how your step went. You can do that on your own or with someone."
  }
}
