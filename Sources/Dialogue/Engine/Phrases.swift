/// The engine's own words: what it says about answers and commands, as opposed to the script's
/// questions. Kept together so they can be read and checked for plain English in one place.
enum Phrases {
  static let emptyLine = "I didn't get an answer there. Type your answer, or say skip to move on."
  static let noWords = "I couldn't read any words in that. Please try typing it again."
  static let nothingToGoBackTo = "There is nothing to go back to yet."
  static let restartQuestion =
    "Do you want to start again from the beginning? Your answers so far will be cleared. "
    + "Please say yes or no."
  static let restartKept = "OK, we'll carry on. Your answers are still here."
  static let restarted = "OK, let's start again."
  static let finishedAlready = "We have finished. Thank you for your answers."
  static let stopping = "OK, we'll stop here."
  static let summaryTitle = "What you have said so far"
  static let nothingYet = "You haven't answered any questions yet."

  /// A worker is shown the person's answers, so the summary is about them, not "you".
  static func summaryTitle(for audience: Audience) -> String {
    audience == .facilitator ? "What they have said so far" : summaryTitle
  }

  static func nothingYet(for audience: Audience) -> String {
    audience == .facilitator ? "They haven't answered any questions yet." : nothingYet
  }

  /// Said when the person would rather not say; to a worker, about the person.
  static func ratherNotSay(for audience: Audience) -> String {
    audience == .facilitator ? "That's fine. They don't have to say." : ratherNotSay
  }
  static let skipped = "OK, we'll skip that one."
  static let dontKnow = "That's fine. We'll leave that one for now."
  static let ratherNotSay = "That's fine. You don't have to say."
  static let listMore = "Anything else? Say done when you have finished."
  static let listAlreadyClosed = "That list is already finished, so we have moved on."

  static let listWasFull = "That list was full, so let's choose what to keep."

  static func listIsFull(most: Int) -> String {
    "That's \(countWord(most)), as many as I can take here, so we'll go on."
  }

  /// Said when more items came than a list takes: which were kept, and that the rest still
  /// matter, so nothing the person typed is dropped without a word.
  static func listOverflow(kept: [String], left: [String]) -> String {
    let opening =
      kept.count == 1
      ? "I can take one thing here, so I have kept the first"
      : "I can take \(countWord(kept.count)) things here, so I have kept the first "
        + countWord(kept.count)
    if asLines(kept + left) != nil {
      return "\(opening):\n\(lines(kept))\nYou can still talk about these at your appointment:\n"
        + lines(left)
    }
    return "\(opening): \(inline(kept)) You can still talk about \(Template.join(left)) at your "
      + "appointment."
  }

  /// The items so far, said back while a list is being gathered.
  /// The list said back as it is kept, when the line that added to it also closed it.
  static func gotItAll(_ items: [String]) -> String {
    if let shown = asLines(items) { return "Got it:\n\(shown)" }
    return "Got it: \(inline(items))"
  }

  static func gotIt(_ items: [String]) -> String {
    if let shown = asLines(items) { return "Got it:\n\(shown)\n\(listMore)" }
    return "Got it: \(inline(items)) \(listMore)"
  }

  /// Items as "a, b and c." for the middle of a sentence, with its closing full stop unless the
  /// last item already ends one.
  static func inline(_ items: [String]) -> String {
    sentence(Template.join(items))
  }

  /// `text` with a closing full stop, unless it already ends a sentence (a question typed as
  /// an item ends with its own question mark, and "?." reads as a mistake).
  static func sentence(_ text: String) -> String {
    endsASentence(text) ? text : text + "."
  }

  static func endsASentence(_ text: String) -> Bool {
    text.last.map { ".?!".contains($0) } == true
  }

  /// Items one a line, when there are several and one is itself a sentence, a question or
  /// holds an "and": "what is HbA1c? and my cholesterol number" and "asthma and hay fever and
  /// sugar" read badly. Nil otherwise.
  static func asLines(_ items: [String]) -> String? {
    guard items.count > 1,
      items.contains(where: {
        endsASentence($0) || $0.contains(" and ") || $0.contains(",")
      })
    else { return nil }
    return lines(items)
  }

  /// Who helps, said back as the plan will keep it when the line named more than one:
  /// "her son Imran after work, Dev twice a week, and her neighbour" read as one looked merged.
  static func savedAsPeople(_ items: [String]) -> String {
    "I've put down who helps as:\n\(lines(items))"
  }

  static func lines(_ items: [String]) -> String {
    items.map { "- \($0)" }.joined(separator: "\n")
  }

  /// Small counts in words, as the content brief asks ("three", not "3").
  static func countWord(_ count: Int) -> String {
    let words = [
      "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]
    return count < words.count ? words[count] : String(count)
  }

  /// Asked when an answer about a scale fits none of its points ("not very sure").
  static func nearestPoint(_ question: Question) -> String {
    let range = question.scaleRange
    let labels = question.scaleLabels.sorted { $0.key < $1.key }
      .map { "\($0.key) (\($0.value))" }
    let choices =
      labels.count > 1
      ? labels.dropLast().joined(separator: ", ") + " or " + labels.last! : labels.joined()
    return "Thank you. Which is nearest: \(choices)? "
      + "You can also type any number from \(range.lowerBound) to \(range.upperBound)."
  }

  static let glossaryKept = "I've also added it to your questions for the appointment."
  static let glossaryKeptHere = "It stays on your list of questions to ask."
  static let glossaryUnknown =
    "I don't have an explanation for that. It is a good one to ask at your appointment, "
    + "so I've added it to your questions."

  /// The glossary's words to a worker: the question goes on the person's list, not the
  /// worker's.
  static let workerGlossaryKept = "It is also on their list of questions for the appointment."
  static let workerGlossaryKeptHere = "It stays on their list of questions to ask."
  static let workerGlossaryUnknown =
    "There is no explanation for that here. It is a good one to ask at their appointment, "
    + "so it is on their list of questions."

  static func glossaryKept(for audience: Audience) -> String {
    audience == .facilitator ? workerGlossaryKept : glossaryKept
  }

  static func glossaryKeptHere(for audience: Audience) -> String {
    audience == .facilitator ? workerGlossaryKeptHere : glossaryKeptHere
  }

  /// Said in place of an explanation already given in this conversation.
  static func glossaryExplainedEarlier(_ terms: [String], for audience: Audience) -> String {
    let names =
      terms.count > 1
      ? terms.dropLast().joined(separator: ", ") + " and " + terms.last! : terms.joined()
    return audience == .facilitator
      ? "\(names) \(terms.count > 1 ? "were" : "was") explained earlier."
      : "I explained \(names) earlier."
  }

  static func glossaryUnknown(for audience: Audience) -> String {
    audience == .facilitator ? workerGlossaryUnknown : glossaryUnknown
  }

  static let help = """
    You can answer in your own words. You can also type:
      help - see this again
      back - go back and answer the last question again
      change ... - change an earlier answer, for example: change my goal
      skip - move on without answering
      repeat - hear the question again
      summary - see what you have said so far
      restart - start again from the beginning
      quit - stop for now
      make it simpler - plainer words and fewer questions (normal please to go back)
    """

  /// The help a worker sees, in facilitator mode: the same commands, about the person's
  /// answers, and the worker's notes, which the person's copy of the plan has only when the
  /// worker shares them.
  static let workerHelp = """
    They can answer in their own words. You can also type:
      help - see this again
      back - go back and answer the last question again
      change ... - change an earlier answer, for example: change the goal
      skip - move on without answering
      repeat - see the question again
      summary - see what they have said so far
      restart - start again from the beginning
      quit - stop for now
      make it simpler - plainer words and fewer questions (normal please to go back)
    """ + """

        /note ... - a note for you only: it is not on their copy of the plan
        /share-note ... - a note that is on their copy of the plan too
        /not-a-crisis ... - mark the last safety notice as a mistake, with the reason
      """

  /// For the worker, in facilitator mode, when `/not-a-crisis` has no reason after it.
  static let notACrisisHowTo =
    "Type the reason after /not-a-crisis, for example: "
    + "/not-a-crisis they meant their tablets are hard to keep track of."
  /// For the worker, when every notice is already marked, or none was shown.
  static let noNoticeToMark = "There is no safety notice to mark as not a crisis."

  static func help(for audience: Audience) -> String {
    audience == .facilitator ? workerHelp : help
  }

  static func listSoFar(_ items: String) -> String {
    sentence("So far: \(items)")
  }

  /// `quoted` is the items already in quotes, joined: "'a' and 'b'".
  static func listItemsRemoved(_ quoted: String) -> String {
    "I've taken \(quoted) off the list."
  }

  /// Shown under a question opened to be changed, with the old answer as `shown` (shortened
  /// if long). A yes/no is not asked "what would you like it to be?": there are only two
  /// answers, and the person needs to know which one stands.
  /// A worker changes the person's answer, so it is "their answer", never "your answer".
  static func changePrompt(
    _ previous: AnswerValue, shown: String, question: Question, for audience: Audience = .person
  ) -> String {
    let worker = audience == .facilitator
    if case .skipped = previous {
      return worker
        ? "This was skipped before. What would they like to say?"
        : "You skipped this before. What would you like to say?"
    }
    if question.kind == .yesNo {
      return (worker ? "They said" : "You said")
        + " \(shown) before. Please say yes or no, or say keep to leave it."
    }
    // "...right for me?." read as a mistake: a question shown ends its own sentence.
    return sentence((worker ? "Their answer was" : "Your answer was") + ": \(shown)")
      + " What would \(worker ? "they" : "you") like it to be? "
      + "Or say keep to leave it as it is."
  }

  /// Under a list question opened to be changed: the list as it stands, and how to add to it
  /// or take something off, since a line typed here adds rather than replaces.
  /// The items are numbered, one to a line, so "take off 2" can be said.
  static func listOpenedForChange(_ items: [String], for audience: Audience) -> String {
    let whose = audience == .facilitator ? "Their" : "Your"
    let lines = items.enumerated().map { "  \($0.offset + 1). \($0.element)" }
    return "\(whose) list:\n" + lines.joined(separator: "\n")
      + "\nType anything to add to it, or say take off and the words or number of one."
  }

  /// The reply to "wats on me list now" while a list is being typed: what it holds, numbered
  /// so "take off 2" can follow, and how to go on.
  static func listReadBack(_ items: [String], for audience: Audience) -> String {
    guard !items.isEmpty else { return "There is nothing on the list yet. \(listMore)" }
    let whose = audience == .facilitator ? "Their" : "Your"
    let lines = items.enumerated().map { "  \($0.offset + 1). \($0.element)" }
    return "\(whose) list so far:\n" + lines.joined(separator: "\n") + "\n" + listMore
  }

  /// Said when a list opened for change is finished different from before.
  static func listChanged(_ label: String, to items: [String], for audience: Audience = .person)
    -> String
  {
    let shown = items.joined(separator: "; ")
    let named = audience == .facilitator ? aboutThem(label) : label
    return sentence("Thank you. I've changed \(named) to: \(shown)")
  }

  static func changeWhich(_ labels: [String]) -> String {
    if labels.isEmpty { return "There are no answers to change yet." }
    return "Which answer would you like to change? For example: "
      + labels.prefix(4).map { "change \($0)" }.joined(separator: ", ") + "."
  }

  static func hint(for question: Question) -> String? {
    switch question.kind {
    case .text: return nil
    case .yesNo: return "Please say yes or no."
    case .choice: return "Type a number, or the words."
    case .multi: return "Type one or more numbers, such as 1 and 3."
    case .scale:
      let range = question.scaleRange
      var hint = "Type a number from \(range.lowerBound) to \(range.upperBound)."
      let labels = question.scaleLabels.sorted { $0.key < $1.key }
      if !labels.isEmpty {
        hint += " " + labels.map { "\($0.key) means \($0.value)" }.joined(separator: ", ") + "."
      }
      return hint
    case .number:
      if let low = question.validation.minimum, let high = question.validation.maximum {
        return "Type a number from \(Display.number(low)) to \(Display.number(high))."
      }
      return "Type a number."
    case .date: return "For example: tomorrow, next Tuesday, or in 2 weeks."
    case .list: return "Type one or more things. Say done when you have finished."
    }
  }

  /// Standard words when an answer cannot be read, tapering: a fuller explanation first, then
  /// shorter words, then another way to answer, so the person is never shown the same sentence
  /// twice in a row.
  static func cannotRead(
    _ question: Question, attempt: Int, detail: String? = nil, for audience: Audience = .person
  ) -> String {
    if audience == .facilitator, question.kind == .text {
      let lines = [
        Phrases.emptyLine, "Please type their answer in their own words.",
        "A few words are fine.",
      ]
      return lines[min(attempt - 1, lines.count - 1)]
    }
    let lines: [String]
    switch question.kind {
    case .yesNo:
      lines = [
        "Sorry, I wasn't sure if that was a yes or a no.",
        "Please just say yes or no.",
        "Typing y for yes or n for no is fine too.",
      ]
    case .choice:
      lines = [
        "Sorry, I couldn't match that to one of the choices. Type the number next to the one you want.",
        "Just the number is fine, such as 1.",
        "You can also type the words of the choice you want.",
      ]
    case .multi:
      lines = [
        "Sorry, I couldn't match \(detail.map { "'\($0)'" } ?? "that") to the choices. Type the numbers of the ones you want.",
        "Just the numbers are fine, such as 1 and 3.",
        "You can also type the words of each one you want, with commas between them.",
      ]
    case .scale:
      let range = question.scaleRange
      lines = [
        "Sorry, I need a number from \(range.lowerBound) to \(range.upperBound) here.",
        "Just one number is fine, such as 7.",
        "Pick the number from \(range.lowerBound) to \(range.upperBound) that feels closest. "
          + "There is no wrong answer.",
      ]
    case .number:
      lines = [
        detail ?? "Sorry, I couldn't find a number in that.",
        "Just a number is fine, such as 3.",
        "You can type it in figures, such as 2, or in words, such as two.",
      ]
    case .date:
      lines = [
        detail ?? "Sorry, I couldn't tell which day you mean.",
        "You could say tomorrow, next Monday, or in 2 weeks.",
        "A day of the week is fine too, such as Friday.",
      ]
    case .text:
      lines = [
        Phrases.emptyLine, "Please type your answer in your own words.", "A few words are fine.",
      ]
    case .list:
      lines = [
        Phrases.emptyLine, "Please type at least one thing, or say done when you have finished.",
        "You can type one thing on each line, then say done.",
      ]
    }
    return lines[min(attempt - 1, lines.count - 1)]
  }
}
