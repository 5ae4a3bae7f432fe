import TextLayout

/// The Easy Read plan as plain text, for `show --easy-read` and `export --format text
/// --easy-read`: each heading underlined, a blank line between blocks and two between parts,
/// the person's words indented under the line that introduces them.
public enum EasyReadText {
  public static func render(
    _ plan: Plan, width: Int = PlanText.emailWidth, footer: PlanFooter, copy: Plan.Copy = .person,
    alsoSaid: [String] = []
  ) -> String {
    let outline = EasyReadOutline(plan: plan, copy: copy, alsoSaid: alsoSaid)
    let width = max(20, width)
    func heading(_ text: String, _ mark: Character) -> [String] {
      let lines = PlanText.wrap(text, width: width, first: "", rest: "")
      let widest = lines.map { DisplayWidth.of($0) }.max() ?? 0
      return lines + [String(repeating: mark, count: min(width, widest))]
    }
    func block(_ lines: [EasyReadOutline.Line]) -> [String] {
      lines.flatMap { line in
        // The person's words stand apart from ours, indented, with no mark that needs reading.
        let indent = line.kind == .framing ? "" : "    "
        return PlanText.wrap(line.text, width: width, first: indent, rest: indent)
      }
    }
    var lines = heading(outline.title, "=") + [""]
    let parts = outline.parts
    // Urgent help comes before anything else, even what the plan is.
    let urgent = parts.filter(\.urgent)
    for part in urgent {
      lines += heading(part.heading, "=")
      for each in part.blocks { lines += [""] + block(each) }
      lines += ["", ""]
    }
    for preface in outline.preface { lines += block(preface) + [""] }
    if parts.isEmpty { lines += [EasyReadWording.nothingYet, ""] }
    for part in parts where !part.urgent {
      lines += [""] + heading(part.heading, "-")
      for each in part.blocks { lines += [""] + block(each) }
      lines.append("")
    }
    lines.append(String(repeating: "-", count: min(width, 40)))
    lines += outline.footer(footer).flatMap { block([$0]) }
    return lines.joined(separator: "\n") + "\n"
  }
}
