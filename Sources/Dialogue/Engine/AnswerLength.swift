/// The longest answer kept: a plan holds a person's words about a goal, not a document, and a
/// flood pasted by mistake would bury the plan (and stall a shared screen redrawing it).
///
/// A longer line is not refused, so nothing the person typed is thrown away unseen: its first
/// `limit` characters are kept as the answer, and the person is told the rest was left out,
/// so they can say it again more briefly in their next answer. The terminal's own key filter
/// at the kiosk stops one character past the limit, so the program still sees that the line
/// was too long.
public enum AnswerLength {
  public static let limit = 2000

  /// The line as it is kept, and whether it had to be cut.
  public static func kept(_ line: String) -> (text: String, wasCut: Bool) {
    guard line.count > limit else { return (line, false) }
    return (String(line.prefix(limit)), true)
  }
}
