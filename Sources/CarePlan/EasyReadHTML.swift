/// The Easy Read plan as one self-contained web page, to open or print.
///
/// Like the normal page it holds everything itself (no scripts, images or links) and prints
/// in black and white. It is laid out for people who find reading hard: body text is 16pt on
/// paper and on screen, headings are larger still, every line is a paragraph of its own with
/// space around each group of lines, and there are no tables. The person's words are set in
/// bold beside a rule, so they stand apart from ours without relying on colour.
public enum EasyReadHTML {
  public static func render(
    _ plan: Plan, footer: PlanFooter, copy: Plan.Copy = .person,
    alsoSaid: [String] = []
  ) -> String {
    let outline = EasyReadOutline(plan: plan, copy: copy, alsoSaid: alsoSaid)
    let escape = PlanHTML.escape
    var html = PlanHTML.pageHead(title: outline.title, plan: plan, style: style)
    let parts = outline.parts
    var number = 0
    func section(_ part: EasyReadOutline.Part) {
      number += 1
      let id = "part-\(number)"
      html += "<section aria-labelledby=\"\(id)\"\(part.urgent ? " class=\"urgent\"" : "")>\n"
      html += "<h2 id=\"\(id)\">\(escape(part.heading))</h2>\n"
      for block in part.blocks { html += render(block) }
      html += "</section>\n"
    }
    // Urgent help comes before anything else, even what the plan is.
    for part in parts where part.urgent { section(part) }
    html += "<div class=\"about\">\n"
    for block in outline.preface { html += render(block) }
    html += "</div>\n"
    if parts.isEmpty { html += "<p>\(escape(EasyReadWording.nothingYet))</p>\n" }
    for part in parts where !part.urgent { section(part) }
    html += "</main>\n<footer>\n"
    for line in outline.footer(footer) { html += "<p>\(escape(line.text))</p>\n" }
    html += "</footer>\n</body>\n</html>\n"
    return html
  }

  /// A group of lines, each its own paragraph.
  static func render(_ block: EasyReadOutline.Block) -> String {
    var html = "<div class=\"block\">\n"
    for line in block {
      let text = PlanHTML.escape(line.text)
      switch line.kind {
      case .framing: html += "<p>\(text)</p>\n"
      case .words: html += "<p class=\"words\">\(text)</p>\n"
      case .contact: html += "<p class=\"contact\">\(text)</p>\n"
      }
    }
    return html + "</div>\n"
  }

  /// Big type, black on white, wide spacing; a section may run on to the next page but never
  /// leaves its heading behind, and a block of lines is never split.
  static let style = """
    @page { size: A4; margin: 18mm 18mm; }
    html { background: #fff; color: #000; }
    body {
      font-family: "DejaVu Sans", Verdana, Arial, sans-serif;
      font-size: 16pt; line-height: 1.5; margin: 0 auto; max-width: 34em; padding: 1em;
    }
    h1 { font-size: 28pt; line-height: 1.2; margin: 0 0 0.6em; }
    h2 {
      font-size: 22pt; line-height: 1.25; margin: 1.4em 0 0.4em;
      break-after: avoid; page-break-after: avoid;
    }
    p { margin: 0 0 0.25em; }
    .block { margin: 0 0 1em; break-inside: avoid; page-break-inside: avoid; }
    .words { font-weight: bold; border-left: 4px solid #000; padding-left: 0.6em; margin-left: 0.2em; }
    .contact { font-weight: bold; }
    .urgent { border: 3px solid #000; padding: 0.2em 0.8em 0.2em; margin: 0 0 1.2em; }
    .urgent h2 { margin-top: 0.3em; }
    .about { margin: 0 0 0.5em; }
    footer {
      border-top: 2px solid #000; margin: 1.5em auto 0; max-width: 34em; padding: 0.6em 1em;
      break-before: avoid; page-break-before: avoid;
    }
    footer p { margin: 0 0 0.4em; }
    @media print {
      main { display: contents; }
      body { font-size: 16pt; padding: 0; max-width: none; }
      footer { max-width: none; padding: 0.6em 0 0; }
    }
    """
}
