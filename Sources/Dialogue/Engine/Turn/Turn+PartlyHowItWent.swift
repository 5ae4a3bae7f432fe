// MARK: "Partly" to how a step went

extension Turn {
  /// To how well the step went, from 0 to 10, a line that opens by saying it went in part
  /// ("partly, she did it 3 days", "sort of, managed 2 out of 3 walks", "half the time") is
  /// the middle of the scale, said back; the whole line stays with it as the note on how it
  /// went. Any number in it is the detail ("3 days"), never the point. Returns whether the
  /// line was used up.
  mutating func takePartlyHowItWent(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard question.kind == .scale, question.plan == .progressRating,
      ScaleWords.opensPartly(line)
    else { return false }
    let point = ScaleWords.partlyPoint(question.scaleRange)
    outputs.append(.say(Phrases.wentPartly(point, top: question.scaleRange.upperBound)))
    accept(.number(Double(point)), words: line, place: place)
    return true
  }
}
