import Foundation

/// Runs a conversation script: `step(state, event) -> (state, outputs)`.
///
/// The engine is pure. It reads no clock (every event carries its time), has no randomness and
/// does no I/O, so a session stored as its events replays to the same state and the same
/// outputs, byte for byte. Each line goes through the same order every time: the safety net,
/// restart confirmation, commands, "what is ...?" questions for the glossary, global rules,
/// and only then the current question.
public struct Engine: Sendable {
  public let script: Script
  public let concepts: ConceptMatcher
  public let rules: RuleMatcher
  /// Plain answers to "what is ...?"; an empty glossary turns those answers off.
  public let glossary: Glossary
  /// Checked on every line before anything else; empty unless the caller loads one.
  public let safety: SafetyNet
  public let audience: Audience
  /// Turns an event's instant into "today" for dates such as "next Tuesday".
  public let timeZone: TimeZone
  /// What was known before the conversation began, such as the goals a review goes through.
  public let background: Background

  public init(
    script: Script, lexicon: Lexicon, glossary: Glossary = .empty, safety: SafetyNet = .empty,
    audience: Audience = .person, timeZone: TimeZone = TimeZone(identifier: "Europe/London")!,
    background: Background = .empty
  ) {
    self.init(
      script: script, concepts: ConceptMatcher(lexicon: lexicon), glossary: glossary,
      safety: safety, audience: audience, timeZone: timeZone, background: background)
  }

  /// With a concept matcher made earlier, such as one already building its indexes on another
  /// thread while the script was read (the caller runs `ConceptMatcher.prepare()` there).
  public init(
    script: Script, concepts: ConceptMatcher, glossary: Glossary = .empty,
    safety: SafetyNet = .empty, audience: Audience = .person,
    timeZone: TimeZone = TimeZone(identifier: "Europe/London")!, background: Background = .empty
  ) {
    self.script = script.worded(for: audience)
    var background = background
    if audience == .facilitator { background.names[Background.Name.facilitating] = "yes" }
    self.background = background
    self.glossary = glossary
    self.safety = safety
    self.concepts = concepts
    self.rules = RuleMatcher(
      rules: script.rules.map {
        PatternRule(id: $0.id, pattern: $0.pattern, priority: $0.priority, parsed: $0.parsedPattern)
      },
      concepts: concepts)
    self.audience = audience
    self.timeZone = timeZone
  }

  var agenda: Agenda { Agenda(script: script, background: background) }

  /// Builds what reading the first answer needs (the safety net's patterns, the lexicon's and
  /// the glossary's indexes) now, rather than at the first line that needs them.
  ///
  /// The engine starts no threads of its own: a caller with time to spare, such as a prompt on
  /// the screen waiting for a person to type, runs this on a thread it starts itself. Anything
  /// that asks for an index before it is ready waits for it, so no result depends on when this
  /// runs, or whether it does.
  public func prepareForReading() {
    safety.prepare()
    concepts.prepare()
    glossary.prepare()
  }

  /// Forgets every word people typed that the matchers remember to save work (spelling
  /// corrections), keeping what was built from the script and its files.
  ///
  /// The engine's own steps keep nothing of a person outside the `ConversationState` they
  /// return; but the safety net and the glossary are made once and shared by every engine of
  /// a loaded script, so at a shared terminal one person's words would stay in memory through
  /// the next person's session. The kiosk calls this when each session ends.
  public func forgetWhatWasTyped() {
    safety.forgetWhatWasTyped()
    glossary.forgetWhatWasTyped()
    concepts.forgetWhatWasTyped()
  }

  /// Replays a whole session from nothing.
  public func replay(_ events: [Event]) -> (state: ConversationState, outputs: [Output]) {
    var state = ConversationState()
    var outputs: [Output] = []
    for event in events {
      let result = step(state, event)
      state = result.state
      outputs += result.outputs
    }
    return (state, outputs)
  }

  public func step(_ state: ConversationState, _ event: Event) -> (
    state: ConversationState, outputs: [Output]
  ) {
    var turn = Turn(engine: self, state: state, at: event.at)
    turn.state.today = Day(event.at, in: timeZone)
    switch event {
    case .start:
      turn.start()
    case .input(let line, _):
      turn.input(line)
    case .easier(let on, _):
      turn.switchFromOutside(on)
    }
    return (turn.state, turn.outputs)
  }

  /// The words Tab should offer now: the commands and the current question's choices.
  public func completions(for state: ConversationState) -> [String] {
    var words = Command.words
    if let key = state.current, let question = script.question(key.question) {
      words += question.choices.map(\.text)
      if question.kind == .yesNo { words += ["yes", "no"] }
      if question.kind == .list { words.append("done") }
    }
    return words
  }

  /// The answers so far, one line each, labelled as in summaries.
  public func summaryLines(for state: ConversationState) -> [String] {
    // Script order, round by round, so a changed answer stays in its place.
    var position: [String: (section: Int, item: Int)] = [:]
    for (sectionIndex, section) in script.sections.enumerated() {
      for (itemIndex, item) in section.items.enumerated() {
        position[item.id] = (sectionIndex, itemIndex)
      }
    }
    // A list not finished yet is shown too, marked as so far: nothing typed goes unshown.
    let entries =
      state.orderedAnswers.map { (key: $0.key, value: $0.answer.value, soFar: false) }
      + state.listsSoFar.map { (key: $0.key, value: AnswerValue.list($0.value.items), soFar: true) }
    let ordered = entries.sorted { a, b in
      let left = position[a.key.question] ?? (Int.max, 0)
      let right = position[b.key.question] ?? (Int.max, 0)
      return (left.section, a.key.round, left.item) < (right.section, b.key.round, right.item)
    }
    return ordered.map { key, value, soFar in
      let question = script.question(key.question)
      // A worker reads the person's answers: "Who helps them", not "Who helps you".
      let named = question?.label ?? key.question
      let label =
        (audience == .facilitator ? Phrases.aboutThem(named) : named)
        + (key.round > 0 ? " (\(key.round + 1))" : "")
      return "\(label.prefix(1).uppercased() + label.dropFirst())"
        + (soFar ? " (so far): " : ": ") + Display.text(of: value, question: question)
    }
  }

  /// A question in the person's words (never the worker's), its placeholders filled from the
  /// answers in `state` as they are now: for a record of what was asked, such as the FHIR
  /// export's items. Nil when the key names no question of the script.
  public func questionText(for key: AnswerKey, in state: ConversationState) -> String? {
    guard let place = agenda.place(of: key), let question = place.item.question else {
      return nil
    }
    // Rendering reads answers only; the instant is never looked at.
    let turn = Turn(
      engine: self, state: state, at: state.startedAt ?? Date(timeIntervalSince1970: 0))
    return turn.render(question.text, place: place)
  }
}
