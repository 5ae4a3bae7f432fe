// MARK: "Same", "it's fine as it is" and "sort of" to a yes or no that leads to words

extension Turn {
  /// To a yes/no question whose words go to another question (`content_to`), some lines are
  /// not those words, and are read before anything takes them as such:
  /// - "same, monday phone call" keeps what is there: the answer that leaves the other
  ///   question empty (the opposite of `content_means`), the words after "same" kept with it
  ///   as its note. "Did they get an answer?" stays open; "make the step smaller?" is a no.
  /// - To an offer to change the step, "it's fine as it is" and "5 is ok" keep it too.
  /// - "sort of", "kind of", "maybe" say neither: asked once more, with the choices.
  /// Returns whether the line was used up.
  mutating func keepOrAskAgain(_ line: String, question: Question, place: Agenda.Place) -> Bool {
    guard question.kind == .yesNo, let target = question.contentTo, !line.contains("?") else {
      return false
    }
    if Turn.saysOnlyUnclear(line) {
      fail(question, place: place, detail: nil)
      return true
    }
    let changesTheStep = script.question(target)?.plan == .actionWhat
    guard AnswerNote.opensWithSame(line) || (changesTheStep && Turn.keepsTheStep(line)) else {
      return false
    }
    accept(.yesNo(!question.contentMeans), words: line, place: place)
    return true
  }

  /// Whether every word of the line only hedges ("sort of", "kind of, I think", "maybe"):
  /// no yes, no no, and nothing to keep.
  static func saysOnlyUnclear(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line)
    let clear = AnswerReading.strongYes.union(AnswerReading.strongNo)
    guard AnswerReading.containsPhrase(AnswerReading.unclearPhrases, in: words),
      !words.contains(where: clear.contains)
    else { return false }
    let unclear = Set(AnswerReading.unclearPhrases.flatMap { $0 })
    let sayingNothing = AnswerReading.acknowledgements.subtracting(clear)
    return words.allSatisfy {
      unclear.contains($0) || sayingNothing.contains($0)
        || AnswerReading.leadingFiller.contains($0)
    }
  }

  /// Whether the line keeps the step as it is: "it's fine as it is", "leave it", "5 is ok",
  /// "10 minutes is plenty".
  static func keepsTheStep(_ line: String) -> Bool {
    // "dunno, she says 5 mins is fine": any one part of the line may say it.
    let clauses = line.split(whereSeparator: { ",;.".contains($0) }).map {
      ReportedSpeech.clientWords(Whitespace.trimmed(String($0)))
    }
    return ([line] + clauses).contains(where: keepsInOneClause)
  }

  static func keepsInOneClause(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line)
    let keeping: [[String]] = [
      ["as", "it", "is"], ["as", "is"], ["leave", "it"], ["keep", "it"], ["the", "same"],
      ["no", "change"], ["its", "fine"], ["thats", "fine"], ["its", "ok"], ["thats", "ok"],
    ]
    if AnswerReading.containsPhrase(keeping, in: words) { return true }
    // "5 is ok", "5 mins is fine": the amount as it is, said to be enough.
    let enough: Set<String> = ["ok", "okay", "fine", "enough", "plenty", "alright", "good"]
    guard words.count >= 3, words.count <= 6, let last = words.last, enough.contains(last),
      words[words.count - 2] == "is"
    else { return false }
    return words.dropLast(2).contains { $0.first?.isNumber == true || AnswerNote.isNumber($0) }
  }
}
