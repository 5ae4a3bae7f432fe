/// The engine's own words: what it says about answers and commands, as opposed to the script's
/// questions. Kept together so they can be read and checked for plain English in one place.
enum Phrases {
  static let emptyLine = "I didn't get an answer there. Type your answer, or say skip to move on."
  static let noWords = "I couldn't read any words in that. Please try typing it again."
  static let offerWayOut =
    "If this one is hard to answer, you can say skip, don't know, or rather not say."
  static let nothingToGoBackTo = "There is nothing to go back to yet."
  static let restartQuestion =
    "Do you want to start again from the beginning? Your answers so far will be cleared. "
    + "Please say yes or no."
  static let restartKept = "OK, we'll carry on. Your answers are still here."
  static let restarted = "OK, let's start again."
  static let finishedAlready = "We have finished. Thank you for your answers."
  static let stopping = "OK, we'll stop here."
  static let carryingOn = "OK, let's carry on."
  static let summaryTitle = "What you have said so far"
  static let finalSummaryTitle = "Your answers"
  static let nothingYet = "You haven't answered any questions yet."
  static let skipped = "OK, we'll skip that one."
  static let dontKnow = "That's fine. We'll leave that one for now."
  static let ratherNotSay = "That's fine. You don't have to say."
  static let listMore = "Anything else? Say done when you have finished."
  static let listFull = "That's the most I can take for this one."
  static let glossaryKept = "I've also added it to your questions for the appointment."
  static let glossaryKeptHere = "It stays on your list of questions to ask."
  static let glossaryUnknown =
    "I don't have an explanation for that. It is a good one to ask at your appointment, "
    + "so I've added it to your questions."

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
    """

  static func listSoFar(_ items: String) -> String {
    // No full stop after an item that already ends a sentence, such as a question.
    "So far: \(items)" + (items.last.map { ".?!".contains($0) } == true ? "" : ".")
  }

  static func listItemRemoved(_ item: String) -> String {
    "I've taken '\(item)' off the list."
  }

  static func changePrompt(_ previous: String) -> String {
    "Your answer was: \(previous). What would you like it to be?"
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
    case .date: return "For example: tomorrow, next Tuesday, or 1 December."
    case .list: return "Type one or more things. Say done when you have finished."
    }
  }

  /// Standard words when an answer cannot be read, tapering: a fuller explanation first, then
  /// shorter words, then another way to answer, so the person is never shown the same sentence
  /// twice in a row.
  static func cannotRead(_ question: Question, attempt: Int, detail: String? = nil) -> String {
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
        "You could say tomorrow, next Monday, or a date such as 1 December.",
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
