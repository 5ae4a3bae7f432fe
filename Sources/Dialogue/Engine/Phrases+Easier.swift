// MARK: The easier way's own words

extension Phrases {
  /// Whole lines that ask for the easier way or switch it off, whatever the script adds.
  static let easierOnWords = [
    "make it simpler", "easier please", "make it easier", "simpler please", "easy mode",
    "can you make it simpler", "can you make it easier",
  ]
  static let easierOffWords = [
    "normal please", "i'm fine thanks", "i'm fine thank you", "back to normal",
    "back to normal please", "normal questions please",
  ]

  static func easierOn(_ reason: EasierState.Reason, for audience: Audience) -> String {
    if audience == .facilitator {
      return "[The questions now come the easier way: \(why(reason)).] They are in plainer "
        + "words, with an example, and some questions are left out; they can add more later. "
        + "Type normal please to switch back."
    }
    return "Let's make this easier. I'll use plainer words and ask fewer questions. You can add "
      + "more later. To go back, say normal please."
  }

  /// Said when the easier way comes on while a list is being made: what was given is kept,
  /// and the same list goes on ("So far: ..." follows with the plainer question).
  static func easierKeepsList(for audience: Audience) -> String {
    audience == .facilitator
      ? "Their list so far is kept, and goes on below."
      : "Your list so far is kept. Let's carry on with it."
  }

  /// Why the easier way came on, for the worker.
  static func why(_ reason: EasierState.Reason) -> String {
    switch reason {
    case .asked: return "they asked for it"
    case .fromTheStart: return "it was on from the start"
    case .signal(let signal, let count):
      let times = count == 1 ? "once" : count == 2 ? "twice" : "\(count) times"
      switch signal {
      case .asksWhatItMeans: return "they asked what a question meant \(times)"
      case .dontKnow: return "they said they don't know \(times)"
      case .shortAnswers: return "they gave one-word answers \(times)"
      case .spellingSlips: return "\(count) words were typed as text-speak or misspelt"
      case .failedTries: return "\(count) answers could not be read"
      case .longPauses: return "there were long pauses \(times)"
      }
    }
  }

  static func easierOff(for audience: Audience) -> String {
    audience == .facilitator
      ? "OK. The questions are back to the usual words."
      : "OK. I'll go back to the usual questions."
  }

  static let easierAlready = "OK. I'm keeping things simple."
  static let easierNotOn = "OK. We'll carry on as we are."

  /// A scale asked in words: "Not sure, a bit sure, or very sure?"
  static func scaleInWords(_ words: [String]) -> String {
    guard let last = words.last else { return "" }
    let lower = words.dropLast().map { $0.prefix(1).lowercased() + $0.dropFirst() }
    let joined = lower.isEmpty ? last : lower.joined(separator: ", ") + ", or " + last.lowercased()
    return joined.prefix(1).uppercased() + joined.dropFirst() + "?"
  }

  static func pickedWords(_ words: String) -> String { "OK: \(words)." }
  static func sameCheckIn(_ day: String) -> String {
    "OK, the same day as the other goal: \(day)."
  }
  static func shouldBe(_ words: String) -> String { "You said it should be: \(words)." }
  static func stepKeptAsItIs(_ step: String) -> String {
    "OK, the step stays as it is: \(step)."
  }

  static func scaleInWordsHint(_ range: ClosedRange<Int>) -> String {
    "Say the words. A number from \(range.lowerBound) to \(range.upperBound) is fine too."
  }

  /// The plainer words shown to a worker beneath the question.
  static func plainerForWorker(_ lines: [String]) -> String {
    "In plainer words: " + lines.joined(separator: " ")
  }

  static let stepVersionsOffered =
    "Here are two ways to make that a clear plan. Pick one, or keep your own words."
  static let stepVersionsOfferedForWorker =
    "Here are two ways to make their step clear. Pick the one they choose, or keep their words."
  static func orPickOne(for audience: Audience) -> String {
    audience == .facilitator
      ? "Or they can pick one of these, from what they have said:"
      : "Or pick one of these, from what you have told me:"
  }

  static let stepVersionsHint = "Type a number, or your own words."
  static func keepOwnWords(for audience: Audience) -> String {
    audience == .facilitator ? "Keep their own words" : "Keep my own words"
  }

  /// For a worker: the scale to put in words first.
  static func askInWords(_ words: String) -> String { "Ask it in words: \(words)" }

  /// Words that already say when or how often, so a step with them is not vague.
  static let timeWords: Set<String> = [
    "every", "each", "daily", "day", "days", "week", "weekly", "weeks", "morning", "mornings",
    "afternoon", "afternoons", "evening", "evenings", "night", "nights", "tonight", "today",
    "tomorrow", "after", "before", "once", "twice", "times", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "weekend", "weekends", "breakfast", "lunch",
    "dinner", "tea", "minutes", "mins", "hour", "hours",
  ]
}

// MARK: Chunk and check

extension Phrases {
  static func understandingCheck(_ term: String, for audience: Audience) -> String {
    audience == .facilitator
      ? "Ask them to say in their own words what \(term) is. Any answer is fine. Type what "
        + "they say."
      : "Can you tell me in your own words what \(term) is? Any answer is fine. It helps me "
        + "check I explained it well."
  }

  static let thanksForSayingItBack = "Thank you. That helps me know I explained it well."

  static func inOtherWords(_ words: String) -> String {
    "That's fine. Let me put it another way. \(words)"
  }
}
