import Foundation

/// Reads one line as an answer to one question, by the question's kind.
///
/// It only interprets; it never decides what happens next. A nil value means "could not read
/// it", with a detail for the reprompt; it never guesses.
struct AnswerInterpreter {
  enum Reading: Equatable {
    case value(AnswerValue)
    case unreadable(detail: String?)
  }

  let question: Question
  let today: Day

  func read(_ line: String) -> Reading {
    switch question.kind {
    case .text:
      return .value(.text(line))
    case .yesNo:
      return AnswerReading.yesNo(line).map { .value(.yesNo($0)) } ?? .unreadable(detail: nil)
    case .choice:
      return choice(for: line).map { .value(.choice($0)) } ?? .unreadable(detail: nil)
    case .multi:
      return readMulti(line)
    case .scale:
      return readScale(line)
    case .number:
      return readNumber(line)
    case .date:
      return readDate(line)
    case .list:
      let items = AnswerReading.listItems(line)
      return items.isEmpty ? .unreadable(detail: nil) : .value(.list(items))
    }
  }

  /// Words compared without case, surrounding punctuation or doubled spaces.
  static func normalise(_ text: String) -> String {
    let lowered = text.lowercased()
    let kept = lowered.unicodeScalars.map {
      CharacterSet.alphanumerics.contains($0) || $0 == "'" ? Character($0) : " "
    }
    return String(kept).split(separator: " ").joined(separator: " ")
  }

  /// A choice by its number, its words, a synonym, or a near spelling of one of those.
  func choice(for line: String) -> String? {
    let text = AnswerInterpreter.normalise(line)
    guard !text.isEmpty else { return nil }
    if let index = Self.choiceNumber(in: line, count: question.choices.count) {
      return question.choices[index - 1].id
    }
    func names(_ choice: Choice) -> [String] {
      ([choice.text, choice.id.replacingOccurrences(of: "-", with: " ")] + choice.synonyms)
        .map(AnswerInterpreter.normalise)
    }
    if let exact = question.choices.first(where: { names($0).contains(text) }) {
      return exact.id
    }
    let padded = " \(text) "
    let containing = question.choices.filter { choice in
      names(choice).contains { !$0.isEmpty && padded.contains(" \($0) ") }
    }
    if containing.count == 1 { return containing[0].id }
    if containing.count > 1 { return nil }
    let near = question.choices.filter { choice in
      names(choice).contains { name in
        let limit = max(1, name.count / 5)
        return Suggestion.editDistance(text, name, limit: limit) <= limit
      }
    }
    return near.count == 1 ? near[0].id : nil
  }

  /// The number of a choice when the line is one ("2", "number two", "the 3rd"): a whole
  /// number from 1 to `count` in at most three words. It comes before any choice's words.
  static func choiceNumber(in line: String, count: Int) -> Int? {
    guard count > 0, normalise(line).split(separator: " ").count <= 3,
      let number = AnswerReading.number(line), number == number.rounded(),
      let index = Int(exactly: number), (1...count).contains(index)
    else { return nil }
    return index
  }

  /// Ways of choosing none of the choices; "none" is an answer, not a failure to read one.
  static let noneOfThem: Set<String> = [
    "none", "none of them", "none of these", "none of those", "nothing", "no", "neither",
  ]

  func readMulti(_ line: String) -> Reading {
    if AnswerInterpreter.noneOfThem.contains(AnswerInterpreter.normalise(line)) {
      return .value(.choices([]))
    }
    var pieces = AnswerReading.listItems(line)
    // "1 3 4" and "1,3" are lists of numbers too.
    pieces = pieces.flatMap { piece -> [String] in
      let parts = piece.split(whereSeparator: { $0 == " " || $0 == "," })
      return parts.count > 1 && parts.allSatisfy({ Int($0) != nil })
        ? parts.map(String.init) : [piece]
    }
    var chosen: [String] = []
    for piece in pieces {
      guard let id = choice(for: piece) else { return .unreadable(detail: piece) }
      if !chosen.contains(id) { chosen.append(id) }
    }
    if chosen.isEmpty { return .unreadable(detail: nil) }
    let order = question.choices.map(\.id)
    return .value(.choices(chosen.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }))
  }

  func readScale(_ line: String) -> Reading {
    let text = AnswerInterpreter.normalise(line)
    // Words the script gives for points on the scale are read first, longest first, so
    // "not at all sure" is not taken for "sure".
    let labels = question.scaleLabels.sorted { $0.value.count > $1.value.count }
    for (point, words) in labels
    where " \(text) ".contains(" \(AnswerInterpreter.normalise(words)) ") {
      return .value(.number(Double(point)))
    }
    if let value = AnswerReading.number(line), value == value.rounded(),
      question.scaleRange.contains(Int(value))
    {
      return .value(.number(value))
    }
    return .unreadable(detail: nil)
  }

  func readNumber(_ line: String) -> Reading {
    guard let value = AnswerReading.number(line) else { return .unreadable(detail: nil) }
    let validation = question.validation
    if let low = validation.minimum, value < low {
      return .unreadable(
        detail: "That is less than \(Display.number(low)), the smallest I can take here.")
    }
    if let high = validation.maximum, value > high {
      return .unreadable(
        detail: "That is more than \(Display.number(high)), the largest I can take here.")
    }
    return .value(.number(value))
  }

  func readDate(_ line: String) -> Reading {
    guard let day = AnswerReading.date(line, today: today) else { return .unreadable(detail: nil) }
    if question.validation.futureDate && day < today {
      return .unreadable(detail: "That day has already gone. Please give a day from today on.")
    }
    return .value(.date(day))
  }
}
