/// The words that work on every line, whatever the question.
///
/// A command is recognised only when it is the whole line (a leading `/` is allowed), so an
/// answer such as "back pain" or "help with shopping" is never taken for one.
public enum Command: Hashable, Sendable {
  case help
  case back
  case change(String)
  case repeatQuestion
  case summary
  case restart
  case quit

  /// The command words, for Tab completion and help.
  public static let words = [
    "help", "back", "change", "skip", "repeat", "summary", "restart", "quit",
  ]

  static let phrases: [String: Command] = [
    "help": .help, "what can i say": .help, "what can i type": .help,
    "back": .back, "go back": .back, "undo": .back,
    // "no go back" after answering the wrong question was kept as an answer to the next one.
    "no go back": .back, "go bak": .back, "no go bak": .back, "go back please": .back,
    "go back pls": .back, "can i go back": .back, "can we go back": .back, "no back": .back,
    "oops go back": .back, "sorry go back": .back, "wait go back": .back, "no wait go back": .back,
    "no, go back": .back, "oh no go back": .back, "back please": .back,
    // Taking back the line just typed, said in everyday words.
    "take that out": .back, "take it out": .back, "take that back": .back,
    "take that out its wrong": .back, "take that out it's wrong": .back,
    "take that out thats wrong": .back, "take that out that's wrong": .back,
    "take it out its wrong": .back, "take it out it's wrong": .back, "remove that": .back,
    "repeat": .repeatQuestion, "say that again": .repeatQuestion, "again": .repeatQuestion,
    "repeat the question": .repeatQuestion, "what was the question": .repeatQuestion,
    "summary": .summary, "what have i said": .summary, "show my answers": .summary,
    "restart": .restart, "start again": .restart, "start over": .restart,
    "quit": .quit, "exit": .quit, "i want to stop": .quit, "stop now": .quit,
  ]

  /// Reasons said after going back, which do not make the line an answer.
  static let reasonsForGoingBack = [
    "thats wrong", "that's wrong", "its wrong", "it's wrong", "wrong", "thats rong", "rong",
    "i made a mistake", "my mistake", "mistake", "sorry", "wrong one", "wrong question",
    "thats not right", "that's not right",
  ]

  public static func parse(_ line: String) -> Command? {
    var text = Whitespace.trimmed(line).lowercased()
    if text.hasPrefix("/") { text.removeFirst() }
    while let last = text.last, ".!".contains(last) { text.removeLast() }
    // Runs of spaces become one; most lines have none to collapse.
    if text.hasPrefix(" ") || text.hasSuffix(" ") || text.utf8.adjacentSpaces {
      text = text.split(separator: " ").joined(separator: " ")
    }
    if let command = phrases[text] { return command }
    // "no go back thats wrong": going back, with the reason said after it. It was kept as an
    // item of the list being typed.
    for reason in Self.reasonsForGoingBack where text.hasSuffix(" " + reason) {
      let going = String(text.dropLast(reason.count + 1)).trimmingCharacters(
        in: .punctuationCharacters.union(.whitespaces))
      if phrases[going] == .back { return .back }
    }
    for prefix in ["change ", "change my answer to ", "change my answer about ", "change the "] {
      if text.hasPrefix(prefix) {
        return .change(String(text.dropFirst(prefix.count)))
      }
    }
    if text == "change" || text == "change an answer" || text == "change my answer" {
      return .change("")
    }
    return nil
  }
}

extension String.UTF8View {
  /// Whether two spaces stand next to each other.
  fileprivate var adjacentSpaces: Bool {
    var previous: UInt8 = 0
    for byte in self {
      if byte == 0x20 && previous == 0x20 { return true }
      previous = byte
    }
    return false
  }
}
