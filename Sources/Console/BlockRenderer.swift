import TextLayout

/// How output should look, fixed by the caller so rendering needs no terminal.
public struct RenderOptions: Sendable, Equatable {
  public var width: Int
  public var colour: Bool
  public var plain: Bool

  public init(width: Int, colour: Bool, plain: Bool) {
    self.width = max(width, 1)
    // Plain output promises no escape codes, whatever the colour setting says.
    self.colour = colour && !plain
    self.plain = plain
  }
}

/// Turns a `Block` into the lines to print.
///
/// Pure, so every look can be tested without a terminal. All text is sanitised here, at the
/// last step before display, so nothing a person typed can reach the terminal as a control
/// sequence however it travelled through the app.
public struct BlockRenderer: Sendable {
  public var options: RenderOptions
  private var styler: Styler { Styler(colour: options.colour) }

  public init(options: RenderOptions) { self.options = options }

  public func render(_ block: Block) -> [String] {
    switch block {
    case .say(let text):
      return wrap(text)
    case .notice(let text):
      return wrap(text).map { styler.apply(.notice, to: $0) }
    case .question(let text, let choices, let hint):
      return [""] + question(text, choices: choices, hint: hint)
    case .progress(let part, let total, let title):
      let line = "Part \(part) of \(total): \(DisplaySanitizer.clean(title))"
      return [""] + wrap(line, clean: false).map { styler.apply(.progress, to: $0) }
    case .alert(let title, let lines):
      return alert(title: title, lines: lines)
    case .list(let title, let items):
      return list(title: title, items: items)
    }
  }

  private func wrap(_ text: String, clean: Bool = true, prefix: String = "") -> [String] {
    let safe = clean ? DisplaySanitizer.clean(text) : text
    return TextWrapper(width: options.width, firstPrefix: prefix).wrap(safe)
  }

  private func question(_ text: String, choices: [String], hint: String?) -> [String] {
    var lines = wrap(text).map { styler.apply(.question, to: $0) }
    let numberWidth = String(choices.count).count
    for (index, choice) in choices.enumerated() {
      let number = String(index + 1)
      let label = String(repeating: " ", count: numberWidth - number.count) + number + "."
      // Wrap with a plain-text prefix so widths are right, then colour just the number.
      let wrapped = wrap(choice, prefix: "  \(label) ")
      for (lineIndex, line) in wrapped.enumerated() {
        if lineIndex == 0 && options.colour {
          let rest = line.dropFirst(2 + label.count)
          lines.append("  " + styler.apply(.choiceNumber, to: label) + rest)
        } else {
          lines.append(line)
        }
      }
    }
    if let hint, !hint.isEmpty {
      lines += wrap(hint).map { styler.apply(.hint, to: $0) }
    }
    return lines
  }

  /// Set apart by words and layout, not colour: the title is in capitals between separators,
  /// so it stands out to a screen reader, on paper and in a monochrome terminal alike.
  private func alert(title: String, lines: [String]) -> [String] {
    let heading = wrap(DisplaySanitizer.clean(title).uppercased(), clean: false).map {
      styler.apply(.alertTitle, to: $0)
    }
    let body = lines.flatMap { wrap($0) }
    if options.plain {
      return [""] + heading + body + [""]
    }
    let rule = styler.apply(.alertRule, to: String(repeating: "━", count: min(options.width, 60)))
    return ["", rule] + heading + body + [rule, ""]
  }

  private func list(title: String?, items: [String]) -> [String] {
    var lines: [String] = []
    if let title, !title.isEmpty {
      lines += wrap(title).map { styler.apply(.listTitle, to: $0) }
    }
    let bullet = options.plain ? "  - " : "  • "
    for item in items {
      lines += wrap(item, prefix: bullet)
    }
    return lines
  }
}
