import Console
import Dialogue

extension Output {
  /// How the terminal shows what the engine said: one mapping for every loop, so a
  /// conversation looks the same at home, with a worker, and at a kiosk. Nil for outputs
  /// that are not shown as such (the end, a stop, and rule flags, which only a worker sees).
  public var block: Block? {
    switch self {
    case .progress(let part, let total, let title):
      return .progress(part: part, of: total, title: title)
    case .say(let text):
      return .say(text)
    case .ask(let prompt):
      return .question(text: prompt.text, choices: prompt.choices, hint: prompt.hint)
    case .notice(let text):
      return .notice(text)
    case .summary(let title, let items):
      return .list(title: title, items: items)
    case .safety(let notice):
      return .alert(title: notice.title, lines: notice.lines)
    // The plan is built and shown by the loop, which can reach CarePlan and the store.
    case .flag, .plan, .finished, .stopped:
      return nil
    }
  }
}
