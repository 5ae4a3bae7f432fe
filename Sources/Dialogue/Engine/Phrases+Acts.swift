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

  /// "Same as before" at a review: the answer given last time, kept and said back.
  static func keptFromLastTime(_ shown: String, for audience: Audience = .person) -> String {
    "I've kept what \(audience == .facilitator ? "they" : "you") said last time: \(shown)."
  }

  /// "Same as before" where a change was just chosen: the choice it is now.
  static func choiceTakenBack(_ choice: String, for audience: Audience = .person) -> String {
    "The same as before, then. I've changed \(audience == .facilitator ? "their" : "your") "
      + "choice to: \(choice)."
  }

  /// "Partly, she did it 3 days" to how a step went: the point it is put down as.
  static func wentPartly(_ point: Int, top: Int) -> String {
    "I've put that down as partly: \(point) out of \(top), with what was said."
  }

  /// "Change the review day": the day it is now, before the new one is asked for.
  static func reviewDayNow(_ day: String?) -> String {
    day.map { "The plan says to look at it again on \($0). Let's pick a new day." }
      ?? "No day is set yet to look at the plan again. Let's pick one."
  }

  /// The review day taken from the line that asked to change it.
  static func reviewDayChanged(_ day: String) -> String {
    "OK. The day to look at the plan again is now \(day)."
  }

  /// "Same as before" to what is new, when there was nothing before either.
  static let nothingNewToAdd = "OK. Nothing new to add, then."

  /// "Same as before" when nothing was said last time: there is nothing to keep.
  static func nothingFromLastTime(for audience: Audience = .person) -> String {
    "There was no answer to this last time, so there is nothing to keep. "
      + "Please \(audience == .facilitator ? "type" : "say") one now, or skip."
  }

  /// "Same as before" for a day that has gone by: a day in the past is no plan.
  static func lastTimesDayHasGone(_ day: String) -> String {
    "The day from last time, \(day), has gone by. Please pick a new day."
  }

  static func lastTimesDayIsToday(_ day: String) -> String {
    "The day from last time, \(day), is today. Please pick a day still to come."
  }

  /// The words said with "same", kept beside the answer kept.
  static func notedWithIt(_ note: String) -> String {
    "I've noted this with it: \(note)."
  }

  static func answerTakenOut(_ shown: String, for audience: Audience = .person) -> String {
    "I've taken out \(audience == .facilitator ? "their" : "your") old answer. It was: \(shown)."
  }
}
