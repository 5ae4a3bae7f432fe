// The engine's words for what a line does besides answering: asking about the question,
// correcting, changing and keeping an answer, and moving on after several tries.

extension Phrases {
  static let askingAgain = "Let me ask that again."
  /// Said when a line was only "hmm": no answer is kept, and the question is put again.
  static func takeYourTime(for audience: Audience) -> String {
    audience == .facilitator
      ? "That's fine, there is no rush. Type their answer when they are ready."
      : "That's fine, there is no rush. Type your answer when you are ready."
  }
  /// To a worker the "don't know" is the client's, and the change is the worker's to make.
  static func movingOnAfterTries(for audience: Audience) -> String {
    "Let's leave that one for now. I've put down that "
      + (audience == .facilitator ? "they don't know. " : "you don't know. ")
      + "You can change it later if you like."
  }

  static func offerWayOut(simpler: Bool) -> String {
    "If this one is hard to answer, you can say skip, don't know, or rather not say."
      + (simpler ? " Or try it in simpler words:" : "")
  }

  static func forExample(_ example: String) -> String { "For example: \(example)" }

  /// Why a question is asked, when it has no reason of its own (`why`): "why do you need
  /// that?" is a fair question, and deserves a plain answer before the question comes again.
  static let whyAsked =
    "Your answers help you get ready for your appointment. They go in your plan, in your "
    + "own words."
  static let whyAskedForWorker =
    "The answers help them get ready for their appointment. They go in their plan, in their "
    + "own words."
  static let maySkip = "You don't have to answer. You can say skip."
  static let maySkipForWorker = "They don't have to answer. You can type skip."

  /// Said when a list is closed with nothing on it: true, and nothing more.
  static let listLeftEmpty = "OK, none for now."

  static func corrected(_ shown: String) -> String { "I've changed that to: \(shown)." }

  static func correctionUnreadable(label: String, kept: String, for audience: Audience = .person)
    -> String
  {
    let whose = audience == .facilitator ? "their" : "your"
    let named = audience == .facilitator ? aboutThem(label) : label
    return "I couldn't use that as \(whose) answer about \(named). It is still: \(kept)."
  }

  /// A worker keeps the person's answer, so to them it is "their answer".
  static func keptAsItWas(_ shown: String, for audience: Audience = .person) -> String {
    "OK, I've kept \(audience == .facilitator ? "their" : "your") answer as it was: \(shown)."
  }

  /// The words said with "same", kept beside the answer kept.
  static func notedWithIt(_ note: String) -> String {
    "I've noted this with it: \(note)."
  }

  static func answerTakenOut(_ shown: String, for audience: Audience = .person) -> String {
    "I've taken out \(audience == .facilitator ? "their" : "your") old answer. It was: \(shown)."
  }
}
