import Dialogue
import Foundation

/// How a session's events are written as rows, the same in every store: a kind, an optional
/// text and a time. One place for it because `org import` copies rows from the file store to the
/// server, so a row written by one store must read back as the same event in the other.
public struct StoredEvent: Equatable, Sendable {
  public var kind: String
  public var text: String?
  public var at: Date

  public init(kind: String, text: String?, at: Date) {
    self.kind = kind
    self.text = text
    self.at = at
  }

  /// The row for one of the person's events.
  public init(_ event: Event) {
    switch event {
    case .start(let at): self.init(kind: "start", text: nil, at: at)
    case .input(let line, let at): self.init(kind: "input", text: line, at: at)
    case .easier(let on, let at): self.init(kind: "easier", text: on ? "on" : "off", at: at)
    }
  }

  /// The row recording that the session carries on with a changed script, `text` in full.
  public static func scriptChange(_ text: String, at: Date) -> StoredEvent {
    StoredEvent(kind: "script", text: text, at: at)
  }

  /// What the row says, or nil for a kind this version does not know (a newer version's rows
  /// are passed over rather than misread).
  public var entry: TimelineEntry? {
    switch kind {
    case "start": return .event(.start(at: at))
    case "input": return .event(.input(text ?? "", at: at))
    case "easier": return .event(.easier(text == "on", at: at))
    case "script": return .script(text: text ?? "", at: at)
    default: return nil
    }
  }
}
