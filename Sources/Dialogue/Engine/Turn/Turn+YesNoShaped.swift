// MARK: Questions in words that are asked as yes or no

extension Turn {
  /// Openings of a question in words that can be answered yes or no: "Is there anything else
  /// you would like to know?", "Do you have any questions?".
  static let yesOrNoOpenings = [
    "is there", "are there", "is anything", "do you", "did you", "have you", "has anything",
    "would you", "could you", "can you", "will you", "anything",
  ]

  /// Whether a text or list question reads as a yes/no question.
  static func asksYesOrNo(_ question: Question) -> Bool {
    let asked = question.text.source.lowercased()
    return yesOrNoOpenings.contains { asked.hasPrefix($0) }
  }

  /// Whether a text question asks what, who, where, when, how or which, so that a bare "yes"
  /// answers nothing. "{{name}}, what ..." counts; "can I drive?: the answer?" does not, since
  /// yes may be its answer.
  static func asksForWords(_ question: Question) -> Bool {
    var asked = Substring(question.text.source.lowercased())
    if asked.hasPrefix("{{"), let end = asked.range(of: "}}") {
      asked = asked[end.upperBound...].drop { $0 == "," || $0 == " " }
    }
    return ["what", "who", "where", "when", "how", "which", "why"].contains {
      asked.hasPrefix($0 + " ")
    }
  }

  /// Whether a question in words asks "what ...?" (or how, where, when, which), to which a
  /// bare no says there is nothing. "Who helps you?" is not one: "no" may mean no one, and is
  /// kept as said.
  static func asksWhat(_ question: Question) -> Bool {
    var asked = Substring(question.text.source.lowercased())
    if asked.hasPrefix("{{"), let end = asked.range(of: "}}") {
      asked = asked[end.upperBound...].drop { $0 == "," || $0 == " " }
    }
    return ["what", "how", "where", "when", "which"].contains { asked.hasPrefix($0 + " ") }
  }

  /// A yes or no given to a question in words. To "Is there anything else you would like to
  /// know?", a plain "no ta" means nothing (it is not kept as a thing to know), "yes" asks
  /// the person to say what, and "yes, my tablets" is "my tablets". To "Anything else?" in a
  /// list, a plain no finishes it. To any question in words, a plain "yes" asks for the words
  /// and "yes, my husband" is "my husband". Returns whether the line was used up.
  mutating func answerYesOrNoInWords(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard question.kind == .text || question.kind == .list else { return false }
    let (reply, content) = AnswerReading.yesNoContent(line, doings: StepSentence.doingWords)
    guard let reply else { return false }
    // "no telly after 10": the no belongs to the words, which are the answer as typed.
    if let content, content == line.trimmingCharacters(in: .whitespaces) { return false }
    let typing = question.kind == .list && !state.listDraft.isEmpty
    let yesOrNo = Turn.asksYesOrNo(question)
    // A bare "yes" is no answer to "What might get in the way?": the person is asked to say
    // what. "No" may be one ("no one", "no, nothing"), and so may "fine" or "ok" to "what
    // would you like me to call you?", so only the word yes itself is read so there (and not
    // a single letter, which may be anything).
    let saidYes = AnswerReading.plainWords(line).first.map {
      $0.count > 1 && AnswerReading.yesSpellings.contains($0)
    }
    let bareYes = reply && content == nil && saidYes == true && Turn.asksForWords(question)
    // A bare "nah" to "What could get in the way?" means nothing: none said where the
    // question may be left, and where it may not (the step), no answer, as a "dunno" is.
    if !reply, content == nil, question.kind == .text, Turn.asksWhat(question) {
      if question.optional {
        outputs.append(.say(Phrases.nothingThen))
        accept(.skipped(.skipped), words: line, place: place)
      } else {
        noteSign(.dontKnow)
        if offerSuggestions(question, place: place) { return true }
        outputs.append(.say(Phrases.dontKnow))
        accept(.skipped(.dontKnow), words: line, place: place)
      }
      return true
    }
    guard yesOrNo || typing || bareYes else { return false }
    if let content {
      // "yes, why my inhaler runs out": the words after the yes or no are the answer, where
      // the question asked yes or no. Elsewhere the line is kept whole, as typed.
      guard yesOrNo, !line.contains("?") else { return false }
      if question.kind == .list {
        answerList(content, question: question, place: place)
      } else {
        answerCurrent(content)
      }
      return true
    }
    if !reply {
      if typing {
        accept(.list(state.listDraft), words: state.listWords.joined(separator: "\n"), place: place)
      } else {
        outputs.append(.say(Phrases.nothingThen))
        accept(.skipped(.skipped), words: line, place: place)
      }
      return true
    }
    outputs.append(.notice(Phrases.goOnSayWhat(for: engine.audience)))
    askCurrent()
    return true
  }
}
