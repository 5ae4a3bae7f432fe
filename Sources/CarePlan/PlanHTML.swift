import Foundation

/// The plan as one self-contained web page, to open, print or send.
///
/// Everything is inside the page (styles included, no scripts, no images, no links to fetch),
/// so it opens the same offline, on any machine, years later. It prints on A4 in black and
/// white: marks are words and borders, never colour. It says the same things in the same order
/// as the Markdown and text, because all three read the shared outline.
public enum PlanHTML {
  public static func render(
    _ plan: Plan, footer: PlanFooter, copy: Plan.Copy = .person,
    alsoSaid: [String] = []
  ) -> String {
    let outline = PlanOutline(plan: plan, copy: copy, alsoSaid: alsoSaid)
    var html = pageHead(title: outline.title, plan: plan, style: style)
    for item in outline.preface { html += "<p class=\"preface\">\(render(item))</p>\n" }
    let parts = outline.parts
    if parts.isEmpty { html += "<p>\(escape(PlanOutline.empty))</p>\n" }
    for (index, part) in parts.enumerated() {
      let id = "part-\(index + 1)"
      let classes =
        part.urgent
        ? " class=\"urgent\""
        : part.goal ? " class=\"goal\"" : part.summary ? " class=\"summary\"" : ""
      html += "<section aria-labelledby=\"\(id)\"\(classes)>\n"
      html += "<h2 id=\"\(id)\">\(escape(part.heading))</h2>\n"
      let list = part.numbered ? "ol" : "ul"
      html += "<\(list)>\n"
      for item in part.items { html += "<li>\(render(item))</li>\n" }
      html += "</\(list)>\n</section>\n"
    }
    html += """
      </main>
      <footer>
      <p>\(escape(footer.text(for: plan)))</p>
      </footer>
      </body>
      </html>

      """
    return html
  }

  /// A label in bold and a note in words, so the one thing is marked even in greyscale or when
  /// read aloud.
  static func render(_ item: PlanOutline.Item) -> String {
    var text = ""
    if let label = item.label { text += "<strong>\(escape(label)):</strong> " }
    text += escape(item.text)
    if let note = item.note { text += " <strong>(\(escape(note)))</strong>" }
    return text
  }

  /// Every character that could end text or an attribute is written as an entity, so the
  /// person's words are always shown as words and never read as markup.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// Large type, black on white, greys at most, nothing carried by colour. A4 with narrow
  /// margins for printing: body text is 12pt on paper (14pt on screen), never smaller, and
  /// spacing is kept tight so that the page holds more of the plan, not smaller words. Short
  /// sections are kept whole; a goal may run on to the next page, but never leaves its heading
  /// behind at the foot of one, and the footer never stands on a page of its own. (On paper
  /// `main` lends its sections to the page flow, so the break before the footer can be avoided
  /// like any other; on screen, where its landmark matters, it stays a box.)
  static let style = """
    @page { size: A4; margin: 14mm 16mm; }
    html { background: #fff; color: #000; }
    body {
      font-family: "DejaVu Sans", Verdana, Arial, sans-serif;
      font-size: 14pt; line-height: 1.35; margin: 0 auto; max-width: 42em; padding: 1em;
    }
    h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 0.2em; }
    h2 {
      font-size: 14pt; line-height: 1.25; margin: 0.6em 0 0.15em; border-bottom: 2px solid #000;
      break-after: avoid; page-break-after: avoid;
    }
    p { margin: 0 0 0.2em; }
    ul, ol { margin: 0; padding-left: 1.3em; }
    li { margin: 0.05em 0; break-inside: avoid; page-break-inside: avoid; }
    section { break-inside: avoid; page-break-inside: avoid; }
    section.goal { break-inside: auto; page-break-inside: auto; }
    .urgent { border: 3px solid #000; padding: 0.1em 0.7em 0.35em; margin: 0.5em 0 0.3em; }
    .urgent h2 { margin-top: 0.2em; }
    .summary { border: 2px solid #000; padding: 0.1em 0.7em 0.35em; margin: 0.5em 0 0.3em; }
    .summary h2 { margin-top: 0.2em; }
    footer {
      border-top: 2px solid #000; margin: 1em auto 0; max-width: 42em; padding: 0.4em 1em;
      break-before: avoid; page-break-before: avoid;
    }
    @media print {
      main { display: contents; }
      body { font-size: 12pt; padding: 0; max-width: none; }
      footer { max-width: none; padding: 0.4em 0 0; }
    }
    """
}

extension PlanHTML {
  /// The start of a plan's page, up to its title: one for the plan and its Easy Read copy, so
  /// both declare the same language, character set and viewport.
  static func pageHead(title: String, plan: Plan, style: String) -> String {
    let language = plan.language.flatMap { $0.isEmpty ? nil : $0 } ?? "en-GB"
    return """
      <!DOCTYPE html>
      <html lang="\(escape(language))">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(title))</title>
      <style>
      \(style)
      </style>
      </head>
      <body>
      <main>
      <h1>\(escape(title))</h1>

      """
  }
}
