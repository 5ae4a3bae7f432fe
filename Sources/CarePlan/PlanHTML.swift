import Foundation

/// The plan as one self-contained web page, to open, print or send.
///
/// Everything is inside the page (styles included, no scripts, no images, no links to fetch),
/// so it opens the same offline, on any machine, years later. It prints on A4 in black and
/// white: marks are words and borders, never colour. It says the same things in the same order
/// as the Markdown and text, because all three read the shared outline.
public enum PlanHTML {
  public static func render(_ plan: Plan, footer: PlanFooter) -> String {
    let outline = PlanOutline(plan: plan)
    let language = plan.language.flatMap { $0.isEmpty ? nil : $0 } ?? "en-GB"
    var html = """
      <!DOCTYPE html>
      <html lang="\(escape(language))">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(outline.title))</title>
      <style>
      \(style)
      </style>
      </head>
      <body>
      <main>
      <h1>\(escape(outline.title))</h1>

      """
    let parts = outline.parts
    if parts.isEmpty { html += "<p>\(escape(PlanOutline.empty))</p>\n" }
    for (index, part) in parts.enumerated() {
      let id = "part-\(index + 1)"
      let classes = part.urgent ? " class=\"urgent\"" : ""
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
      <p>\(escape(footer.text))</p>
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

  /// Large type, black on white, generous spacing; A4 with margins for printing, and sections
  /// kept whole across pages where they fit.
  static let style = """
    @page { size: A4; margin: 16mm 18mm; }
    html { background: #fff; color: #000; }
    body {
      font-family: "DejaVu Sans", Verdana, Arial, sans-serif;
      font-size: 14pt; line-height: 1.45; margin: 0 auto; max-width: 42em; padding: 1em;
    }
    h1 { font-size: 24pt; margin: 0 0 0.4em; }
    h2 { font-size: 16pt; margin: 1em 0 0.3em; border-bottom: 2px solid #000; }
    ul, ol { margin: 0; padding-left: 1.4em; }
    li { margin: 0.15em 0; }
    section { break-inside: avoid; page-break-inside: avoid; }
    .urgent { border: 3px solid #000; padding: 0 0.8em 0.6em; margin-top: 1em; }
    footer { border-top: 2px solid #000; margin: 1.5em auto 0; max-width: 42em; padding: 0.5em 1em; }
    @media print {
      body { padding: 0; max-width: none; }
      footer { max-width: none; padding: 0.5em 0 0; }
    }
    """
}
