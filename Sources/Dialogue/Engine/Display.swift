import Foundation

/// How answers read when they are shown back: in summaries, reflections and templates.
public enum Display {
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
  static let weekdayNames = [
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
  ]

  /// 7 rather than 7.0; 2.5 stays 2.5.
  public static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }

  /// "Tuesday 1 December 2026": words, not digits, so it can't be misread.
  public static func day(_ day: Day) -> String {
    "\(weekdayNames[day.weekday - 1]) \(day.day) \(monthNames[day.month - 1]) \(day.year)"
  }

  /// The day a moment fell on where the conversation is held, as `day(_:)` says it. Plans and
  /// their versions are dated this way, in the UK's time zone, like the conversation itself.
  public static func day(
    of moment: Date, in timeZone: TimeZone = TimeZone(identifier: "Europe/London")!
  ) -> String {
    day(Day(moment, in: timeZone))
  }

  /// An answer for a template: lists stay lists so they can be joined as "a, b and c".
  static func templateValue(_ answer: Answer, question: Question?) -> TemplateValue? {
    switch answer.value {
    case .text(let text): return .text(text)
    case .yesNo(let yes): return .text(yes ? "yes" : "no")
    case .choice(let id): return .text(choiceText(id, question))
    case .choices(let ids): return .list(ids.map { choiceText($0, question) })
    case .number(let value): return .text(number(value))
    case .date(let value): return .text(day(value))
    case .list(let items): return .list(items)
    case .skipped: return nil
    }
  }

  /// An answer as one line of a summary.
  public static func text(of value: AnswerValue, question: Question?) -> String {
    switch value {
    case .skipped(.skipped): return "(skipped)"
    case .skipped(.dontKnow): return "(don't know)"
    case .skipped(.ratherNotSay): return "(rather not say)"
    case .list(let items) where items.isEmpty: return "(nothing)"
    case .choices(let ids) where ids.isEmpty: return "(none)"
    // In a summary, items are kept apart with semicolons: they are often whole sentences or
    // questions, and "a? and b?" reads badly.
    case .list(let items): return items.joined(separator: "; ")
    case .choices(let ids): return ids.map { choiceText($0, question) }.joined(separator: "; ")
    default:
      let answer = Answer(value: value, words: "", concepts: [], at: .distantPast)
      return templateValue(answer, question: question)?.joined ?? ""
    }
  }

  static func choiceText(_ id: String, _ question: Question?) -> String {
    question?.choices.first { $0.id == id }?.text ?? id
  }
}
