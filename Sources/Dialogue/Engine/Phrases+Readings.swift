// The engine's words for answers it read by a guess and says back before keeping, for lists
// over their cap, and for a step read back as one sentence.

extension Phrases {
  /// "So that's about 5 out of 10, somewhere in the middle. Is that right?"
  static func scalePointCheck(_ point: Int, question: Question) -> String {
    let range = question.scaleRange
    let share =
      Double(point - range.lowerBound) / Double(max(1, range.upperBound - range.lowerBound))
    let place =
      share <= 0
      ? "right at the bottom"
      : share < 0.45
        ? "on the low side"
        : share <= 0.55
          ? "somewhere in the middle"
          : share < 1 ? "on the high side" : "right at the top"
    return "So that's about \(point) out of \(range.upperBound), \(place). Is that right?"
  }

  /// Said before a hedge ("depends on my knees") is read back as the middle of the scale.
  static let itDepends = "That's fair. It can change from day to day."

  static let scalePointCheckHint = "Say yes, or type the number you mean."

  static func scalePointRejected(_ question: Question) -> String {
    "OK. Please type the number you mean, from \(question.scaleRange.lowerBound) to "
      + "\(question.scaleRange.upperBound)."
  }

  /// "I've got 2 things: ... Is that right?"
  static func listSplitCheck(_ items: [String]) -> String {
    "I've got \(countWord(items.count)) things:\n\(lines(items))\nIs that right?"
  }

  static let listSplitCheckHint = "Say yes, or no to keep it as one thing."

  static let listKeptWhole = "OK, I've kept it as one thing."

  /// After a no that says the cut was wrong: the words typed are said back, so none are lost.
  static func listOneALine(_ typed: String) -> String {
    "Sorry, I cut that up wrongly. You typed: \(typed)\n"
      + "Please type them one at a time, each on its own line. Say done when that is all."
  }

  /// Asked when two or more things come where one is asked for.
  static func whichOneMatters(_ items: [String]) -> String {
    "You have named \(countWord(items.count)) things:\n\(lines(items))\n"
      + "Which one matters most? Or say \(bothOrAll(items.count)) to keep them together."
  }
  static func whichOneMattersHint(_ count: Int) -> String {
    "Type a number, or say \(bothOrAll(count))."
  }
  static func bothOrAll(_ count: Int) -> String { count == 2 ? "both" : "all" }
  static let oneOfSeveralExplained =
    "This question is about just one thing. I want to check which one you mean."

  /// Asked when more items came than a list takes: the person chooses, nothing is dropped.
  static func listChooseWhatToKeep(most: Int, given: Int) -> String {
    "I can take \(countWord(most)) things here, and you have given me \(countWord(given)). "
      + "Which \(countWord(most)) would you like to keep?"
  }

  static func listChooseHint(most: Int) -> String {
    most == 1
      ? "Type the number of the one to keep."
      : "Type the numbers of the ones to keep, such as 1, 2 and 4, or say the first \(countWord(most))."
  }

  static func listChoseTooMany(most: Int) -> String {
    "That's more than \(countWord(most)). Please pick up to \(countWord(most))."
  }

  static let listChooseAgain =
    "Please pick which to keep, so nothing is left out without you choosing."

  /// After the person chose what to keep: the rest are still theirs to raise.
  static func listLeftOut(_ left: [String], for audience: Audience) -> String {
    audience == .facilitator
      ? "They can still talk about \(Template.join(left)) at the appointment."
      : "You can still talk about \(Template.join(left)) at your appointment."
  }
}

extension Phrases {
  /// Before a step with no doing in it is read back. The words the person gave, when they
  /// said something ("a stick"), are said back, so they can build the step from them.
  static func nameAnAction(after words: String?) -> String {
    let ask =
      "Before I read your step back, let's name one thing you will do. It can be very small."
    guard let words else { return ask }
    return
      "You said: \(Turn.shorten(words)). \(ask) For example: walk to the shop, or rest my feet."
  }
  /// Asked in place of a read-back when there is no step to read.
  static func noStepYet(for audience: Audience) -> String {
    audience == .facilitator
      ? "They have not picked a step yet. Ask: would they like to add one? Type it, or say no."
      : "You have not picked a step yet. Would you like to add one? Type it, or say no."
  }

  static let noStepYetHint = "Say yes or no, or type your step."

  static func noStepLeftOut(for audience: Audience) -> String {
    audience == .facilitator
      ? "That's fine. They can add a step later." : "That's fine. You can add a step later."
  }

  /// Said when words given at the two versions change the step rather than replace it.
  static func stepAmended(_ added: String, for audience: Audience = .person) -> String {
    let whose = audience == .facilitator ? "their" : "your"
    return "I've kept \(whose) step and added: \(Turn.shorten(added))."
  }

  static let stepChanged = "Thank you. I've changed your step."
  static let stepChangedForWorker = "Thank you. I've changed their step."

  /// "Thank you. I'll use your own idea as your step: gentle knee exercises." A worker typed
  /// the person's idea, so to them it is "their own idea as their step".
  static func ownIdeaKept(_ idea: String, as label: String, for audience: Audience = .person)
    -> String
  {
    let whose = audience == .facilitator ? "their" : "your"
    let named = audience == .facilitator ? aboutThem(label) : label
    return "Thank you. I'll use \(whose) own idea as \(whose) \(named): \(Turn.shorten(idea))."
  }

  /// A script's label ("who helps you", "how you'll know", "news about your care") as a worker
  /// reads it: about the person. "you" before another word is "they" ("how they'll know"),
  /// and last, "them" ("who helps them").
  static func aboutThem(_ label: String) -> String {
    let words = label.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    return words.enumerated().map { index, word in
      switch word.lowercased() {
      case "you": return index == words.count - 1 ? "them" : "they"
      case "your": return "their"
      case "yours": return "theirs"
      case "yourself": return "themselves"
      case "you'll": return "they'll"
      case "you're": return "they're"
      case "you've": return "they've"
      default: return word
      }
    }.joined(separator: " ")
  }

  /// "Thank you. I've written that down for results to explain: the kidney one."
  static func contentKept(_ words: String, as label: String, for audience: Audience = .person)
    -> String
  {
    let named = audience == .facilitator ? aboutThem(label) : label
    return "Thank you. I've written that down for \(named): \(Turn.shorten(words))."
  }
}

extension Phrases {
  /// Said with goals written from the person's own earlier answers, after "don't know".
  static func suggestionsOffered(for audience: Audience) -> String {
    audience == .facilitator
      ? "That's fine. Here are some ideas from what they have said. Pick one, or type their own."
      : "That's fine. Here are some ideas from what you have told me. Pick one, or type your own."
  }

  static let suggestionsHint = "Type a number, or your own words."
  static let leaveItOut = "Leave this out for now"
  static let leftOut = "That's fine. We'll leave it out for now."

  /// Said back when a suggestion is chosen by number or position, so the person hears which.
  static func suggestionChosen(_ option: String) -> String { "OK. You picked: \(option)." }
  /// Said after a goal picked by number with words of the person's own after it.
  static func wordsKeptWithTheGoal(_ words: String) -> String {
    "I've kept your words with it: \(words). They can help with your step."
  }

  static func pickOneSuggestion(count: Int) -> String {
    "Please pick just one. Type a number from 1 to \(count), or type your own words."
  }

  /// "What do you mean?" while suggestions are shown: what they are, and how to pick.
  static let suggestionsExplained =
    "These are ideas I made from what you told me. Type the number of the one you like. Or type your own words."
  static let scalePointExplained =
    "I want to check I have the right number."
  static let listItemCorrectionExplained =
    "I want to check which thing in your list you meant to change."
  static let stepVersionsExplained =
    "These are small steps made from what you said. Type the number of the one you like. Or type your own words."
  /// Said when "done" came to a yes/no check: it is not taken as a yes.
  static let doneIsNoYes = "I need a yes or a no here. Is it right? Please say yes or no."

  static let listSplitExplained =
    "I want to check that I split what you typed the right way."
}

extension Phrases {
  /// What a said-back reading is asking, for a person who asked what it means.
  static func explaining(
    _ pending: ConversationState.PendingReading, for audience: Audience = .person
  ) -> String {
    switch pending {
    case .scalePoint: return scalePointExplained
    case .listSplit: return listSplitExplained
    case .suggestions: return suggestionsExplained
    case .listItemCorrection: return listItemCorrectionExplained
    case .stepVersions: return stepVersionsExplained
    case .laterCheckIn:
      return audience == .facilitator ? laterCheckInExplainedForWorker : laterCheckInExplained
    case .weekendReview: return weekendReviewExplained
    case .answerToChange: return answerToChangeExplained
    case .dayToReplace: return dayToReplaceExplained
    case .oneOfSeveral: return oneOfSeveralExplained
    case .whichDay: return whichDayExplained
    }
  }
}

extension Phrases {
  /// Said back when words are taken out of a step at its read-back.
  static func wordsTakenOut(_ words: String) -> String {
    "I've taken \"\(words)\" out of your step."
  }
  static func wordsNotInStep(_ words: String) -> String {
    "Your step does not say \"\(words)\", so there is nothing to take out."
  }
}

extension Phrases {
  /// "Which day does Tuesday take the place of?", when one new day is said for a step done on
  /// several.
  static func whichDayToReplace(_ day: String) -> String {
    "Which day should \(day) take the place of?"
  }
  /// Said back when a step on several days is put right to one of them ("no its tuesdays").
  static func thatDayOnly(_ day: String) -> String { "So that's \(day)s only." }
  static func everyDayNamed(count: Int) -> String { count == 2 ? "Both" : "All of them" }
  static let whichDayToReplaceHint = "Type a number, or the day."
  static let dayToReplaceExplained =
    "Your step is on more than one day. I want to check which day you want to change."
}

extension Phrases {
  /// "Which one should I change to my knees?", when a correction could mean more than one item.
  static func whichItemToCorrect(_ correction: String) -> String {
    "Which one should I change to \(Turn.shorten(correction, to: 80))?"
  }

  static func keepAllAndAdd(_ correction: String) -> String {
    "Keep them all, and add \(Turn.shorten(correction, to: 80))"
  }

  /// "I've changed me feet to my knees."
  static func itemCorrected(from old: String, to new: String) -> String {
    "I've changed \(Turn.shorten(old, to: 80)) to \(Turn.shorten(new, to: 80))."
  }
}

extension Phrases {
  /// A plain no to "Is there anything else ...?".
  static let nothingThen = "That's fine."
  /// A plain yes to "Is there anything else ...?": the person is asked to say what.
  static let goOnSayWhat = "Go on. Please type it in your own words."

  static func goOnSayWhat(for audience: Audience) -> String {
    audience == .facilitator ? "Go on. Please type it in their own words." : goOnSayWhat
  }
}

// MARK: Answers given to the wrong part of a step

extension Phrases {
  static func soundsLikeHowLong(_ label: String) -> String {
    "That sounds like how long you will keep it going. This question is about \(label)."
  }

  static func doesNotFitPart(_ label: String) -> String {
    "That sounds like a different part of your step. This question is about \(label)."
  }
}

// MARK: A check-in before the step has begun

extension Phrases {
  /// A worker is told about their client's step ("their step"), never "your step": the
  /// step is not the worker's own.
  static func laterCheckIn(
    said: String, start: String, offered: String, for audience: Audience = .person
  ) -> String {
    let step = audience == .facilitator ? "their step" : "your step"
    let they = audience == .facilitator ? "they have" : "you have"
    let begin = audience == .facilitator ? "they start" : "you start"
    let when =
      said == start
      ? "That is \(said), the day \(step) starts."
      : "That is \(said), before \(step) starts on \(start)."
    return """
      \(when) It helps to check once \(they) had a go. How about \(offered), a week after \
      \(begin)?
      """
  }

  static let laterCheckInExplained =
    "A check-in is a day to look at how your step went, so it comes after you start."
  static let laterCheckInExplainedForWorker =
    "A check-in is a day to look at how their step went, so it comes after they start."
  static let laterCheckInHint = "Say yes, or give another day."
  static let laterCheckInRejected =
    "That's fine. Pick a day after you start your step. For example: in two weeks."
  static let laterCheckInRejectedForWorker =
    "That's fine. Pick a day after they start their step. For example: in two weeks."
}

extension Phrases {
  /// "I've changed how often to: thursdys for bingo."
  /// Said when a line at a read-back names a part of the step but not clearly what it should be.
  static let whichPartToChange = "I'm not sure which part of the step that changes."

  /// Said to "evry day i said", when that part already has those words.
  static func alreadyTold(_ label: String, _ shown: String) -> String {
    "Yes, you told me. I have \(label) as: \(Turn.shorten(shown))."
  }

  /// A time given where how sure was asked ("in 2 weeks"): not kept as a point on the scale.
  static func timeAtAScale(_ label: String) -> String {
    "That sounds like a day or a time. This question is about \(label)."
  }

  /// "I've got how long (5 mins) and when (after lunch) from your step."
  static func partsFromTheStep(_ parts: [String], for audience: Audience) -> String {
    let whose = audience == .facilitator ? "their" : "your"
    return "I've got \(Template.join(parts)) from \(whose) step."
  }

  static func partCorrected(_ label: String, to shown: String) -> String {
    "Thank you. I've changed \(label) to: \(Turn.shorten(shown))."
  }
}

// MARK: A review day at the weekend

extension Phrases {
  /// "Saturday 9 January is a weekend day. Most surgeries are closed at weekends. Is that
  /// the day you want?"
  static func weekendReview(_ day: String, for audience: Audience) -> String {
    let want = audience == .facilitator ? "the day they want" : "the day you want"
    return "\(day) is a weekend day. Most surgeries are closed at weekends. Is that \(want)?"
  }

  static let weekendReviewExplained =
    "I want to check the day, because most surgeries are closed on Saturdays and Sundays."
  static let weekendReviewHint = "Say yes to keep it, or give another day."
  static let weekendReviewRejected =
    "That's fine. Which day would be better? For example: next Monday."
}

extension Phrases {
  /// Said when `change ...` opened an answer found by its words, so it is clear which one.
  static func changingAnswer(_ label: String) -> String {
    "Changing the answer for: \(label)."
  }

  static let whichAnswerToChange =
    "Those words fit more than one answer. Which one do you want to change?"
  static let noneOfTheseAnswers = "None of these"
  static let answerToChangeExplained =
    "I was not sure which answer you meant, so nothing has been changed yet. Type the number of the one to change."
  static let nothingOpened = "OK, nothing has been changed."
}
