extension SafetyNet {
  // MARK: The scored reader's check questions

  /// The check question the scored reader asks, when the patterns and concepts found nothing
  /// of the category: at most one, the category the line reads most like.
  ///
  /// - Beside an emergency notice the reader asks nothing: the notice answers the line.
  /// - A category the patterns already raised is not asked about twice.
  /// - The line's everyday frames let the reader's reading go, as they let ask-first words go:
  ///   "years ago", "I worry about", "what if", "now and then", a long-standing thing, too many
  ///   tablets to keep track of. The category's own ignored frames still do not count.
  func readerMatches(_ text: String, tokens: [Token], besides found: [SafetyMatch])
    -> [SafetyMatch]
  {
    guard let reader else { return [] }
    if found.contains(where: { $0.tier == .clear && $0.category.level == .emergency }) {
      return []
    }
    let raised = Set(found.map(\.category.id))
    // Most lines give the reader nothing to ask; the frames are found only for those that do.
    let asked = reader.categoriesToAsk(text).filter { !raised.contains($0) }
    guard !asked.isEmpty else { return [] }
    let frames = Frames.find(in: tokens)
    let clauses = Self.frameClauses(of: tokens)
    let ignored = compiledIgnoredFrames
    for id in asked {
      guard let index = rules.categories.firstIndex(where: { $0.id == id }),
        rules.categories[index].check != nil
      else { continue }
      let whole = 0..<tokens.count
      guard
        Self.framedTier(
          .check, range: whole, frames: frames, clauses: clauses, ignoring: ignored[index]) != nil
      else { return [] }
      let span = 0..<text.count
      return [
        SafetyMatch(
          category: rules.categories[index], matched: [text], span: span, tier: .check,
          byReader: true)
      ]
    }
    return []
  }
}
