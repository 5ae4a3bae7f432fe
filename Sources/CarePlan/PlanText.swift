import TextLayout

/// The plan as plain text, wrapped to a width: for the terminal and for `--format text`.
///
/// Widths are display widths, as in the terminal: a line of wide characters (Chinese, Japanese,
/// emoji) takes two columns for each, and an accent none, so such a line fits the width too.
public enum PlanText {
  /// The width of `--format text`: an email-friendly line.
  public static let emailWidth = 72

  public static func render(
    _ plan: Plan, width: Int = emailWidth, footer: PlanFooter, copy: Plan.Copy = .person,
    alsoSaid: [String] = []
  ) -> String {
    let outline = PlanOutline(plan: plan, copy: copy, alsoSaid: alsoSaid)
    let width = max(20, width)
    // Underlined headings read as headings in any mail client or printout. The title keeps the
    // person's name as they wrote it.
    func heading(_ text: String, _ mark: Character) -> [String] {
      let lines = wrap(text, width: width, first: "", rest: "")
      let widest = lines.map { DisplayWidth.of($0) }.max() ?? 0
      return lines + [String(repeating: mark, count: min(width, widest))]
    }
    var lines = heading(outline.title, "=") + [""]
    for item in outline.preface {
      lines += wrap(item.line, width: width, first: "", rest: "") + [""]
    }
    let parts = outline.parts
    if parts.isEmpty { lines += [PlanOutline.empty, ""] }
    for part in parts {
      lines += heading(part.heading, "-")
      for (index, line) in part.lines.enumerated() {
        let bullet = part.numbered ? "  \(index + 1). " : "  - "
        lines += wrap(
          line, width: width, first: bullet, rest: String(repeating: " ", count: bullet.count))
      }
      lines.append("")
    }
    lines.append(String(repeating: "-", count: min(width, 40)))
    lines += wrap(footer.text(for: plan), width: width, first: "", rest: "")
    return lines.joined(separator: "\n") + "\n"
  }

  /// A line of the plan wrapped so that no number is parted from the word before it ("call
  /// 999", "116 123", "option 2"): a phone number broken over two lines is easy to misdial.
  static func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
    TextWrapper(
      width: width, firstPrefix: first, restPrefix: rest, keepsNumbersWithWordBefore: true
    )
    .wrapWords(text)
  }
}
