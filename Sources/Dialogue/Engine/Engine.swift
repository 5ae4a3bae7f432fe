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
  /// thread while the script was read (`ConceptMatcher.prepareInBackground()`).
  public init(
    script: Script, concepts: ConceptMatcher, glossary: Glossary = .empty,
    safety: SafetyNet = .empty, audience: Audience = .person,
    timeZone: TimeZone = TimeZone(identifier: "Europe/London")!, background: Background = .empty
  ) {
    self.script = script
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

  /// Builds what the first answer needs (the safety net's patterns, the glossary's and the
  /// lexicon's indexes) on another thread, so the first prompt does not wait for it and, on a
  /// machine with a second core, the first answer does not either. Whatever asks for an index
  /// before it is ready waits for it, so no result depends on the timing.
  public func prepareInBackground() {
    let (concepts, safety, glossary) = (self.concepts, self.safety, self.glossary)
    Thread.detachNewThread {
      safety.prepare()
      concepts.prepare()
      glossary.prepare()
    }
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
      let label = (question?.label ?? key.question) + (key.round > 0 ? " (\(key.round + 1))" : "")
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

/// One step's work on a copy of the state, gathering outputs as it goes.
private struct Turn {
  let engine: Engine
  var state: ConversationState
  let at: Date
  var outputs: [Output] = []

  init(engine: Engine, state: ConversationState, at: Date) {
    self.engine = engine
    self.state = state
    self.at = at
  }

  var script: Script { engine.script }
  var today: Day { Day(at, in: engine.timeZone) }

  mutating func start() {
    guard state.startedAt == nil else {
      // Resuming: say where we are and put the current question again.
      state.lastActivity = at
      state.announced = nil
      advance()
      return
    }
    state.startedAt = at
    state.lastActivity = at
    advance()
  }

  mutating func input(_ raw: String) {
    state.lastActivity = at
    let line = InputCleaner.clean(raw)
    if checkSafety(line) { return }
    if state.awaitingSafetyChoice {
      chooseAfterSafety(line)
      return
    }
    process(line, raw: raw)
  }

  /// Everything after the safety net.
  mutating func process(_ line: String, raw: String) {
    guard !state.finished else {
      outputs.append(.notice(Phrases.finishedAlready))
      return
    }
    if state.awaitingRestartConfirmation {
      confirmRestart(line)
      return
    }
    // A list that filled up closed by itself, but the person was told to say done, and may
    // have: that "done" finishes the list, and is not the answer to the next question.
    let listJustClosed = state.listJustClosed
    state.listJustClosed = false
    if listJustClosed && AnswerReading.isFinishingWord(line) {
      outputs.append(.notice(Phrases.listAlreadyClosed))
      askCurrent()
      return
    }
    if line.isEmpty {
      outputs.append(
        .notice(raw.isEmpty || raw.allSatisfy(\.isWhitespace) ? Phrases.emptyLine : Phrases.noWords)
      )
      askCurrent()
      return
    }
    if let command = Command.parse(line), !namesAChoice(line) {
      run(command)
      return
    }
    if answerGlossaryQuestion(line) { return }
    if applyRules(line) { return }
    answerCurrent(line)
  }

  // MARK: Moving through the agenda

  /// Says statements and section openings until the next question, then asks it.
  mutating func advance() {
    let agenda = engine.agenda
    while let place = agenda.next(in: state) {
      announce(place)
      switch place.item {
      case .statement(let statement):
        let wording = statement.wordings.first {
          $0.condition?.evaluate(in: context(for: place)) ?? true
        }
        let facilitator = engine.audience == .facilitator ? statement.facilitatorText : nil
        if let template = facilitator ?? wording?.text {
          outputs.append(.say(render(template, place: place)))
        }
        if statement.showsPlan { outputs.append(.plan) }
        state.said.insert(place.key)
        if state.focus == place.key { state.focus = nil }
      case .question:
        if state.current != place.key {
          // Setting `current` also brings back a list's items typed earlier.
          state.current = place.key
          state.failures = 0
        }
        askCurrent()
        return
      }
    }
    state.current = nil
    state.focus = nil
    state.finished = true
    outputs.append(.plan)
    outputs.append(.finished)
  }

  mutating func announce(_ place: Agenda.Place) {
    guard state.announced != place.section else { return }
    state.announced = place.section
    let section = script.sections[place.sectionIndex]
    var title = section.title
    if let repeating = section.repeating, repeating.max > 1 { title += " (\(place.round + 1))" }
    outputs.append(.progress(part: place.sectionIndex + 1, of: script.sections.count, title: title))
    // The intro opens a section once; coming back to it (after back or change) skips it.
    let visited = section.items.contains { item in
      let key = AnswerKey(item.id, round: place.round)
      return state.answers[key] != nil || state.said.contains(key) || state.setAside[key] != nil
    }
    if let intro = section.intro, !visited {
      outputs.append(.say(render(intro, place: place)))
    }
  }

  mutating func askCurrent() {
    guard let key = state.current, let place = engine.agenda.place(of: key),
      let question = place.item.question
    else { return }
    let template =
      engine.audience == .facilitator ? question.facilitatorText ?? question.text : question.text
    var text = render(template, place: place)
    if let changing = state.changing, changing.key == key {
      let shown = Turn.shorten(Display.text(of: changing.answer.value, question: question))
      text += "\n" + Phrases.changePrompt(changing.answer.value, shown: shown, question: question)
    }
    if question.kind == .list, !state.listDraft.isEmpty {
      text += "\n" + Phrases.listSoFar(Turn.shown(state.listDraft))
    }
    outputs.append(
      .ask(
        Prompt(
          key: key, text: text, kind: question.kind, choices: question.choices.map(\.text),
          hint: Phrases.hint(for: question))))
  }

  func context(for place: Agenda.Place) -> AnswerContext {
    AnswerContext(
      script: script, state: state, round: place.round,
      groupID: script.sections[place.sectionIndex].repeating?.group)
  }

  /// The template's words with earlier answers put in. Shown to the person, a long answer is
  /// shortened, as in reflections, so a huge line is not printed again in every question that
  /// names it; `whole` keeps every word, for text that goes into the plan.
  func render(
    _ template: Template, place: Agenda.Place?, extra: [String: TemplateValue] = [:],
    whole: Bool = false
  ) -> String {
    let answers: AnswerContext? = place.map { self.context(for: $0) }
    let script = self.script
    let background = engine.background
    let list = place.flatMap { script.sections[$0.sectionIndex].repeating?.over }
    return template.render { name -> TemplateValue? in
      let value: TemplateValue?
      if let given = extra[name] {
        value = given
      } else if let list, let place, let item = background.value(name, of: list, at: place.round) {
        value = .text(item)
      } else {
        value = answers?.answer(of: name).flatMap {
          Display.templateValue($0, question: script.question(name))
        }
      }
      return whole ? value : value.map(Turn.shorten)
    }
  }

  // MARK: Answers

  /// Whether the line is, word for word, one of the current question's choices. A choice the
  /// question offers ("change it", "keep") is what the person means, even where the same words
  /// would otherwise be a command.
  func namesAChoice(_ line: String) -> Bool {
    guard let key = state.current, let question = engine.agenda.place(of: key)?.item.question,
      question.kind == .choice || question.kind == .multi
    else { return false }
    let text = AnswerInterpreter.normalise(line)
    return question.choices.contains { choice in
      ([choice.text, choice.id.replacingOccurrences(of: "-", with: " ")] + choice.synonyms)
        .map(AnswerInterpreter.normalise).contains(text)
    }
  }

  mutating func answerCurrent(_ line: String) {
    guard let key = state.current, let place = engine.agenda.place(of: key),
      let question = place.item.question
    else { return }
    let interpreter = AnswerInterpreter(question: question, today: today)
    // "Not sure" to "how sure are you?" is an answer about the scale, not "don't know": the
    // first time, ask which point is nearest. Said again, it stands as "don't know".
    if question.kind == .scale, state.failures == 0, interpreter.read(line) == .nearScale {
      state.failures += 1
      outputs.append(.notice(Phrases.nearestPoint(question)))
      askCurrent()
      return
    }
    if question.kind == .text, AnswerInterpreter.declines(line, in: question.decline) {
      outputs.append(.say(Phrases.ratherNotSay))
      accept(.skipped(.ratherNotSay), words: line, place: place)
      return
    }
    if let reason = AnswerReading.skipReason(line) {
      if question.kind == .list && !state.listDraft.isEmpty {
        accept(.list(state.listDraft), words: state.listWords.joined(separator: "\n"), place: place)
        return
      }
      outputs.append(
        .say(
          reason == .skipped
            ? Phrases.skipped : reason == .dontKnow ? Phrases.dontKnow : Phrases.ratherNotSay))
      accept(.skipped(reason), words: line, place: place)
      return
    }
    if question.kind == .list {
      answerList(line, question: question, place: place)
      return
    }
    switch interpreter.read(line) {
    case .value(.choice(let id)):
      if let target = question.choices.first(where: { $0.id == id })?.change,
        openToChange(target, from: place)
      {
        return
      }
      accept(.choice(id), words: line, place: place)
    case .value(let value):
      if case .text(let text) = value { explainKnownTerms(in: [text], question: question) }
      accept(value, words: line, place: place)
    case .unreadable(let detail):
      fail(question, place: place, detail: detail)
    case .nearScale:
      fail(question, place: place, detail: nil)
    }
  }

  /// A choice that means "let me change that part": the earlier question is asked again, as
  /// `change ...` would, in the same round when both are in one repeating group. False when
  /// that question does not apply now, so the choice is kept as an ordinary answer instead.
  mutating func openToChange(_ target: String, from place: Agenda.Place) -> Bool {
    let key = context(for: place).key(for: target)
    guard let targetPlace = engine.agenda.place(of: key),
      engine.agenda.isActive(targetPlace, in: state)
    else { return false }
    if let answer = state.answers[key] {
      beginChange(key, answer: answer)
    } else {
      state.focus = key
      state.current = nil
      advance()
    }
    return true
  }

  mutating func answerList(_ line: String, question: Question, place: Agenda.Place) {
    if AnswerReading.isEndOfList(line) {
      accept(.list(state.listDraft), words: state.listWords.joined(separator: "\n"), place: place)
      return
    }
    let items = AnswerReading.listItems(line)
    guard !items.isEmpty else {
      fail(question, place: place, detail: nil)
      return
    }
    state.listDraft += items
    state.listWords.append(line)
    explainKnownTerms(in: items, question: question)
    if let most = question.validation.maxItems, state.listDraft.count >= most {
      // Only what fits is kept, and the person is told which, so nothing goes silently.
      let extra = Array(state.listDraft.dropFirst(most))
      state.listDraft = Array(state.listDraft.prefix(most))
      outputs.append(
        .say(
          extra.isEmpty
            ? Phrases.listFull : Phrases.listOverflow(kept: state.listDraft, left: extra)))
      accept(.list(state.listDraft), words: state.listWords.joined(separator: "\n"), place: place)
      state.listJustClosed = true
      return
    }
    outputs.append(.notice(Phrases.gotIt(Turn.shortened(state.listDraft))))
  }

  mutating func fail(_ question: Question, place: Agenda.Place, detail: String?) {
    state.failures += 1
    let attempt = state.failures
    if attempt <= question.reprompts.count {
      outputs.append(.notice(render(question.reprompts[attempt - 1], place: place)))
    } else {
      outputs.append(.notice(Phrases.cannotRead(question, attempt: attempt, detail: detail)))
    }
    if attempt >= 3 { outputs.append(.notice(Phrases.offerWayOut)) }
    askCurrent()
  }

  mutating func accept(_ value: AnswerValue, words: String, place: Agenda.Place) {
    let key = place.key
    let found = value.isGiven ? engine.concepts.analyse(words).conceptIDs : []
    let answer = Answer(value: value, words: words, concepts: found, at: at)
    var before = state
    if let changing = state.changing, changing.key == key {
      before.answers[key] = changing.answer
    }
    state.answers[key] = answer
    state.answerOrder.removeAll { $0 == key }
    state.answerOrder.append(key)
    state.failures = 0
    state.listDraft = []
    state.listWords = []
    if state.focus == key { state.focus = nil }
    if let changing = state.changing, changing.key == key {
      state.changing = nil
      setAsideAnswersWhoseConditionsChanged(before: before, changed: key)
      if changing.answer.value != value { askAgainWhereTheWordingShowedIt(changed: key) }
    }
    if value.isGiven, let question = place.item.question {
      reflect(question, place: place, answer: answer)
    }
    advance()
  }

  /// When a changed answer alters whether later questions apply, their answers are set aside
  /// (kept, not lost) and the questions that now apply are asked.
  mutating func setAsideAnswersWhoseConditionsChanged(
    before: ConversationState, changed: AnswerKey
  ) {
    let agenda = engine.agenda
    var changedSomething = true
    while changedSomething {
      changedSomething = false
      let activeBefore = Set(agenda.places(in: before).map(\.key))
      let activeNow = Set(agenda.places(in: state).map(\.key))
      for key in state.answers.keys.sorted() where key != changed {
        if activeBefore.contains(key) != activeNow.contains(key) || !activeNow.contains(key) {
          state.setAside[key] = state.answers.removeValue(forKey: key)
          state.answerOrder.removeAll { $0 == key }
          changedSomething = true
        }
      }
    }
  }

  /// A yes/no question whose words showed the changed answer ("Here is your step: ... Is that
  /// right?") was a confirmation of the old words, so its answer is set aside (kept, not lost)
  /// and it is asked again with the new ones. Other questions that only mention an answer
  /// ("Sam, what makes a good day?") keep theirs: the answer was not about those words.
  ///
  /// Only the latest such confirmation is asked again: it is the one that showed the plan as it
  /// stood. An earlier one ("Here is your step", before the step was made smaller) confirmed
  /// words that a later read-back already replaced.
  mutating func askAgainWhereTheWordingShowedIt(changed: AnswerKey) {
    let showing = state.answerOrder.filter { key in
      guard key != changed, let question = engine.script.question(key.question),
        question.kind == .yesNo,
        question.text.references.contains(where: { $0.name == changed.question })
      else { return false }
      let group = engine.script.section(holding: key.question)?.repeating?.group
      let sameGroup =
        group != nil && group == engine.script.section(holding: changed.question)?.repeating?.group
      return !(sameGroup && key.round != changed.round)
    }
    guard let latest = showing.last else { return }
    state.setAside[latest] = state.answers.removeValue(forKey: latest)
    state.answerOrder.removeAll { $0 == latest }
  }

  mutating func reflect(_ question: Question, place: Agenda.Place, answer: Answer) {
    let context = context(for: place)
    guard
      let reflection = question.reflections.first(where: {
        $0.condition?.evaluate(in: context) ?? true
      })
    else { return }
    let shown = Display.templateValue(answer, question: question).map(Turn.shorten)
    let text = render(reflection.text, place: place, extra: shown.map { ["answer": $0] } ?? [:])
    outputs.append(.say(text))
  }

  /// Long answers are shown back shortened; the stored answer keeps every word.
  static func shorten(_ text: String, to most: Int = 200) -> String {
    text.count <= most ? text : String(text.prefix(most - 3)) + "..."
  }

  /// A list's items as shown back ("a, b and c"), each shortened and the whole kept to a few
  /// lines however many items there are.
  static func shown(_ items: [String]) -> String {
    shorten(Template.join(items.map { shorten($0) }), to: 300)
  }

  /// Items each shortened so that all of them together stay within a few lines, for notices
  /// that show them one by one.
  static func shortened(_ items: [String]) -> [String] {
    let most = max(40, 300 / max(items.count, 1))
    return items.map { shorten($0, to: most) }
  }

  static func shorten(_ value: TemplateValue) -> TemplateValue {
    let cut: (String) -> String = { shorten($0) }
    switch value {
    case .text(let text): return .text(cut(text))
    case .list(let items): return .list(items.map(cut))
    }
  }

  // MARK: Commands

  mutating func run(_ command: Command) {
    switch command {
    case .help:
      outputs.append(.say(Phrases.help))
      if let key = state.current, let help = script.question(key.question)?.help {
        outputs.append(.say(help))
      }
      askCurrent()
    case .repeatQuestion:
      askCurrent()
    case .summary:
      showSummary()
      askCurrent()
    case .back:
      goBack()
    case .change(let target):
      change(target)
    case .restart:
      state.awaitingRestartConfirmation = true
      outputs.append(.notice(Phrases.restartQuestion))
    case .quit:
      outputs.append(.say(Phrases.stopping))
      outputs.append(.stopped)
    }
  }

  mutating func showSummary() {
    let lines = engine.summaryLines(for: state)
    outputs.append(
      lines.isEmpty
        ? .notice(Phrases.nothingYet) : .summary(title: Phrases.summaryTitle, items: lines))
  }

  mutating func goBack() {
    if let key = state.current, script.question(key.question)?.kind == .list,
      let dropped = state.listDraft.popLast()
    {
      // Inside a list, back takes off the last item typed, and its words with it.
      if let line = state.listWords.popLast() {
        var items = AnswerReading.listItems(line)
        if items.last == dropped {
          items.removeLast()
          if !items.isEmpty { state.listWords.append(items.joined(separator: ", ")) }
        } else {
          state.listWords.append(line)
        }
      }
      outputs.append(.notice(Phrases.listItemRemoved(Turn.shorten(dropped))))
      askCurrent()
      return
    }
    if let changing = state.changing {
      // Going back while changing an answer puts the old answer back as it was.
      state.answers[changing.key] = changing.answer
      state.answerOrder.append(changing.key)
      state.changing = nil
      state.focus = nil
      state.current = nil
      advance()
      return
    }
    guard let last = state.answerOrder.popLast() else {
      outputs.append(.notice(Phrases.nothingToGoBackTo))
      askCurrent()
      return
    }
    state.answers.removeValue(forKey: last)
    state.focus = last
    state.current = nil
    advance()
  }

  mutating func change(_ target: String) {
    let answered = state.orderedAnswers.map(\.key)
    let labels = answered.compactMap { script.question($0.question)?.label }
    guard !target.isEmpty, let key = findAnswer(matching: target, among: answered) else {
      outputs.append(.notice(Phrases.changeWhich(labels.reversed())))
      askCurrent()
      return
    }
    beginChange(key, answer: state.answers[key]!)
  }

  /// Takes an answer out to be given again, showing the old one; `back` puts it back.
  mutating func beginChange(_ key: AnswerKey, answer: Answer) {
    if let changing = state.changing, changing.key != key {
      state.answers[changing.key] = changing.answer
      state.answerOrder.append(changing.key)
    }
    state.answers.removeValue(forKey: key)
    state.answerOrder.removeAll { $0 == key }
    state.changing = (key, answer)
    state.focus = key
    state.current = nil
    advance()
  }

  /// Finds which earlier answer the person means. In order:
  ///
  /// 1. the question's id or label, exactly, once filler words are set aside on both sides
  ///    ("change my goal" is the label "goal", not "another goal");
  /// 2. the words they use against each question's label, text and answer, the best score
  ///    winning. Where scores tie, an answer in the person's words beats a yes/no (a read-back
  ///    such as "Is that right?" is rarely what someone means to change), then the most recent.
  func findAnswer(matching target: String, among keys: [AnswerKey]) -> AnswerKey? {
    let ignored: Set<Substring> = [
      "my", "the", "a", "an", "answer", "about", "to", "what", "i", "said", "of", "for", "me", "it",
      "that", "your", "you", "our", "please", "bit", "part", "this", "those", "these", "again",
    ]
    func core(_ text: String) -> String {
      AnswerInterpreter.normalise(text).split(separator: " ").filter { !ignored.contains($0) }
        .joined(separator: " ")
    }
    let wanted = AnswerInterpreter.normalise(target)
    let wantedCore = core(target)
    for key in keys.reversed() {
      guard let question = script.question(key.question) else { continue }
      if wanted == key.question || wanted == AnswerInterpreter.normalise(question.label)
        || (!wantedCore.isEmpty
          && (wantedCore == key.question.replacingOccurrences(of: "_", with: " ")
            || wantedCore == core(question.label)))
      {
        return key
      }
    }
    let words = Set(wanted.split(separator: " ")).subtracting(ignored)
    guard !words.isEmpty else { return nil }
    var best: (key: AnswerKey, score: Int, ownWords: Bool)?
    for key in keys {
      guard let question = script.question(key.question), let answer = state.answers[key] else {
        continue
      }
      let haystack = AnswerInterpreter.normalise(
        [question.label, question.id, question.text.source, answer.words].joined(separator: " "))
      let available = Set(haystack.split(separator: " "))
      let labelWords = Set(AnswerInterpreter.normalise(question.label).split(separator: " "))
      let score = words.intersection(available).count * 2 + words.intersection(labelWords).count
      let ownWords = question.kind != .yesNo
      guard score > 0 else { continue }
      if let current = best,
        current.score > score || (current.score == score && current.ownWords && !ownWords)
      {
        continue
      }
      best = (key, score, ownWords)
    }
    return best?.key
  }

  mutating func confirmRestart(_ line: String) {
    switch AnswerReading.yesNo(line) {
    case true?:
      let startedAt = state.startedAt
      // Nothing is lost by starting again: the answers, one being changed and lists not
      // finished yet are all set aside.
      var setAside = state.setAside.merging(state.answers) { _, new in new }
      if let changing = state.changing { setAside[changing.key] = changing.answer }
      for (key, draft) in state.listsSoFar {
        let words = draft.words.joined(separator: "\n")
        setAside[key] = Answer(
          value: .list(draft.items), words: words,
          concepts: engine.concepts.analyse(words).conceptIDs, at: at)
      }
      state = ConversationState()
      state.startedAt = startedAt
      state.lastActivity = at
      state.setAside = setAside
      outputs.append(.say(Phrases.restarted))
      advance()
    case false?:
      state.awaitingRestartConfirmation = false
      outputs.append(.say(Phrases.restartKept))
      askCurrent()
    case nil:
      switch Command.parse(line) {
      case .help?:
        // Something to read before deciding: shown, then the same question again.
        outputs.append(.say(Phrases.help))
        outputs.append(.notice(Phrases.restartQuestion))
      case .summary?:
        showSummary()
        outputs.append(.notice(Phrases.restartQuestion))
      case .repeatQuestion?, nil:
        outputs.append(.notice(Phrases.restartQuestion))
      case let command?:
        // Any other command (stop, go back, change an answer) is a new wish: the question
        // about starting again is dropped and the command runs as it would anywhere.
        state.awaitingRestartConfirmation = false
        run(command)
      }
    }
  }

  // MARK: Safety

  /// Runs the safety net on a line. A serious category shows its notice, records a flag per
  /// category and asks whether to carry on or stop. A question for the appointment (a
  /// diagnosis, a medicine change, an unsafe goal) gets a kind reply and is added to the
  /// person's questions. Returns whether the line was taken.
  ///
  /// A line that set off a notice is never read as an answer, nor kept in the plan: it is in
  /// the session's record, and the plan's safety list says what was shown and when. Only a
  /// question for the appointment in the same line is kept, in its own words and apart from
  /// the words that set off the notice.
  mutating func checkSafety(_ line: String) -> Bool {
    let matches = engine.safety.check(line)
    guard !matches.isEmpty else { return false }
    let notice = engine.safety.notice(for: matches, audience: engine.audience)
    let serious = matches.filter { $0.category.level != .appointment }
    if let notice {
      outputs.append(.safety(notice))
      for match in serious {
        state.safetyFlags.append(
          SafetyFlag(
            category: match.category.id, level: match.category.level,
            signposting: notice.signposting, at: at))
      }
      if engine.audience == .facilitator {
        outputs.append(.notice(engine.safety.workerNotice(for: notice)))
      }
    }
    if let question = matches.first(where: { $0.category.level == .appointment }) {
      outputs.append(.say(question.category.message))
      let text: String? =
        notice == nil
        ? line
        : serious.contains(where: { $0.span.overlaps(question.span) })
          ? nil : question.matched.first
      if let text {
        state.planAdditions.append(
          PlanAddition(
            field: .informationNeeds, text: text, rule: "safety:\(question.category.id)", at: at))
      }
    }
    if notice != nil, !state.finished {
      state.awaitingSafetyChoice = true
    }
    reask()
    return true
  }

  /// Puts again whatever the person was last asked.
  mutating func reask() {
    if state.awaitingSafetyChoice {
      outputs.append(.say(engine.safety.rules.wording.carryOn))
    } else if state.awaitingRestartConfirmation {
      outputs.append(.notice(Phrases.restartQuestion))
    } else if !state.finished {
      if state.current == nil { advance() } else { askCurrent() }
    }
  }

  /// The reply to "carry on, or stop?". Carrying on puts the question again, where the person
  /// left it: the line that set off the notice is not an answer to it.
  ///
  /// A "not" before a choice turns it round ("I don't want to stop" is carry on). A bare "no"
  /// answers neither choice of "carry on, or stop?", so it is asked again.
  mutating func chooseAfterSafety(_ line: String) {
    let tokens = Tokenizer.tokens(of: line)
    let stopWords: Set<String> = ["stop", "quit", "exit", "end", "finish", "bye", "leave", "pause"]
    let carryOnWords: Set<String> = [
      "carry", "continue", "keep", "yes", "ok", "okay", "on", "yeah", "yep",
    ]
    var stop = false
    var carryOn = false
    for (index, token) in tokens.enumerated() {
      let isStop = stopWords.contains(token.word)
      let isCarryOn = carryOnWords.contains(token.word)
      guard isStop || isCarryOn else { continue }
      let turned = Self.isTurnedRound(at: index, in: tokens)
      if isStop != turned { stop = true } else { carryOn = true }
    }
    if stop || Command.parse(line) == .quit {
      state.awaitingSafetyChoice = false
      outputs.append(.say(Phrases.stopping))
      outputs.append(.stopped)
    } else if let command = Command.parse(line),
      [.help, .summary, .repeatQuestion].contains(command)
    {
      // Something to read before choosing: shown, then the same question again.
      if command == .help { outputs.append(.say(Phrases.help)) }
      if command == .summary { showSummary() }
      outputs.append(.say(engine.safety.rules.wording.carryOn))
    } else if carryOn {
      state.awaitingSafetyChoice = false
      outputs.append(.say(Phrases.carryingOn))
      reask()
    } else {
      outputs.append(.notice(engine.safety.rules.wording.carryOnUnclear))
      outputs.append(.say(engine.safety.rules.wording.carryOn))
    }
  }

  /// Whether a "not" or "never" comes before the word at `index` in its clause, with only a
  /// few words between: "I don't want to stop", "I'd rather not carry on".
  static func isTurnedRound(at index: Int, in tokens: [Token]) -> Bool {
    var position = index
    while position > 0, index - position < 4, !tokens[position].startsClause {
      position -= 1
      if tokens[position].word == "not" || tokens[position].word == "never" { return true }
    }
    return false
  }

  // MARK: Global rules

  /// Tries the script's pattern rules; only the highest-priority match fires, so the outcome
  /// never depends on the order rules happen to be stored in.
  mutating func applyRules(_ line: String) -> Bool {
    // The matcher was built from `script.rules` in order, so its index is the rule's place.
    guard let match = engine.rules.firstMatchIndex(line), match.index < script.rules.count
    else { return false }
    let rule = script.rules[match.index]
    let place = state.current.flatMap { engine.agenda.place(of: $0) }
    var extras: [String: TemplateValue] = ["line": .text(line)]
    if let capture = match.captures.first { extras["match"] = .text(capture) }
    for action in rule.actions {
      switch action {
      case .say(let template):
        outputs.append(.say(render(template, place: place, extra: extras)))
      case .addToPlan(let field, let template):
        let text = template.map { render($0, place: place, extra: extras, whole: true) } ?? line
        state.planAdditions.append(PlanAddition(field: field, text: text, rule: rule.id, at: at))
      case .jump(let target):
        let round = state.current?.round ?? 0
        let key = AnswerKey(
          target,
          round: engine.agenda.place(of: AnswerKey(target))
            .map { script.sections[$0.sectionIndex].repeating == nil ? 0 : round } ?? 0)
        if let answer = state.answers[key] { state.changing = (key, answer) }
        state.answers.removeValue(forKey: key)
        state.answerOrder.removeAll { $0 == key }
        state.focus = key
        state.current = nil
      case .flag(let category):
        state.flags.append(RaisedFlag(category: category, rule: rule.id, at: at))
        outputs.append(.flag(category: category))
      }
    }
    guard rule.consumes else { return false }
    if state.current == nil { advance() } else { askCurrent() }
    return true
  }

  // MARK: Glossary

  /// "What is HbA1c?" at any point: the plain answer (or a kind word when there is none), the
  /// person's words kept as a question for the appointment, and the same question put again.
  /// A question that itself collects things to ask takes the words as its answer instead, and
  /// `explainKnownTerms` gives the plain answer there.
  mutating func answerGlossaryQuestion(_ line: String) -> Bool {
    let collecting = state.current.flatMap { script.question($0.question) }?.plan
    guard collecting != .informationNeeds, let question = engine.glossary.question(in: line)
    else { return false }
    if question.entries.isEmpty {
      outputs.append(.say(Phrases.glossaryUnknown))
    } else {
      for entry in question.entries { outputs.append(.say(entry.explanation)) }
      outputs.append(.say(Phrases.glossaryKept))
    }
    if !state.planAdditions.contains(where: { $0.field == .informationNeeds && $0.text == line }) {
      state.planAdditions.append(
        PlanAddition(field: .informationNeeds, text: line, rule: Glossary.ruleID, at: at))
    }
    if state.current == nil { advance() } else { askCurrent() }
    return true
  }

  /// In a question that collects things to ask, each known word gets its plain answer straight
  /// away; the words still go in the plan as a question.
  mutating func explainKnownTerms(in items: [String], question: Question) {
    guard question.plan == .informationNeeds else { return }
    var shown: Set<String> = []
    for item in items {
      for entry in engine.glossary.entries(in: item) where shown.insert(entry.id).inserted {
        outputs.append(.say(entry.explanation))
      }
    }
    if !shown.isEmpty { outputs.append(.say(Phrases.glossaryKeptHere)) }
  }
}
