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
    let ordered = state.orderedAnswers.sorted { a, b in
      let left = position[a.key.question] ?? (Int.max, 0)
      let right = position[b.key.question] ?? (Int.max, 0)
      return (left.section, a.key.round, left.item) < (right.section, b.key.round, right.item)
    }
    return ordered.map { key, answer in
      let question = script.question(key.question)
      let label = (question?.label ?? key.question) + (key.round > 0 ? " (\(key.round + 1))" : "")
      return "\(label.prefix(1).uppercased() + label.dropFirst()): "
        + Display.text(of: answer.value, question: question)
    }
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
    if state.heldLine != nil {
      chooseAfterSafety(line)
      return
    }
    process(line, raw: raw)
  }

  /// Everything after the safety net: a line that set off a notice comes here too, once the
  /// person has chosen to carry on.
  mutating func process(_ line: String, raw: String) {
    guard !state.finished else {
      outputs.append(.notice(Phrases.finishedAlready))
      return
    }
    if state.awaitingRestartConfirmation {
      confirmRestart(line)
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
        let template =
          engine.audience == .facilitator
          ? statement.facilitatorText ?? statement.text
          : statement.text
        outputs.append(.say(render(template, place: place)))
        state.said.insert(place.key)
        if state.focus == place.key { state.focus = nil }
      case .question:
        if state.current != place.key {
          state.current = place.key
          state.failures = 0
          state.listDraft = []
          state.listWords = []
        }
        askCurrent()
        return
      }
    }
    state.current = nil
    state.focus = nil
    state.finished = true
    outputs.append(
      .summary(title: Phrases.finalSummaryTitle, items: engine.summaryLines(for: state)))
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
      text +=
        "\n" + Phrases.changePrompt(Display.text(of: changing.answer.value, question: question))
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

  func render(_ template: Template, place: Agenda.Place?, extra: [String: TemplateValue] = [:])
    -> String
  {
    let answers: AnswerContext? = place.map { self.context(for: $0) }
    let script = self.script
    let background = engine.background
    let list = place.flatMap { script.sections[$0.sectionIndex].repeating?.over }
    return template.render { name -> TemplateValue? in
      if let value = extra[name] { return value }
      if let list, let place, let value = background.value(name, of: list, at: place.round) {
        return .text(value)
      }
      guard let answer = answers?.answer(of: name) else { return nil }
      return Display.templateValue(answer, question: script.question(name))
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
    let interpreter = AnswerInterpreter(question: question, today: today)
    switch interpreter.read(line) {
    case .value(let value):
      if case .text(let text) = value { explainKnownTerms(in: [text], question: question) }
      accept(value, words: line, place: place)
    case .unreadable(let detail):
      fail(question, place: place, detail: detail)
    }
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
      if state.listDraft.count > most {
        state.listDraft =
          Array(state.listDraft.prefix(most - 1))
          + [state.listDraft.dropFirst(most - 1).joined(separator: ", ")]
      }
      outputs.append(.say(Phrases.listFull))
      accept(.list(state.listDraft), words: state.listWords.joined(separator: "\n"), place: place)
      return
    }
    let gathered = Template.join(state.listDraft)
    // No full stop after an item that already ends a sentence, such as a question.
    let stop = gathered.last.map { ".?!".contains($0) } == true ? " " : ". "
    outputs.append(.notice("Got it: \(gathered)" + stop + Phrases.listMore))
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
  mutating func askAgainWhereTheWordingShowedIt(changed: AnswerKey) {
    for key in state.answers.keys.sorted() where key != changed {
      guard let question = engine.script.question(key.question), question.kind == .yesNo,
        question.text.references.contains(where: { $0.name == changed.question })
      else { continue }
      let sameGroup =
        engine.script.section(holding: key.question)?.repeating?.group != nil
        && engine.script.section(holding: key.question)?.repeating?.group
          == engine.script.section(holding: changed.question)?.repeating?.group
      if sameGroup && key.round != changed.round { continue }
      state.setAside[key] = state.answers.removeValue(forKey: key)
      state.answerOrder.removeAll { $0 == key }
    }
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
  static func shorten(_ value: TemplateValue) -> TemplateValue {
    func cut(_ text: String) -> String {
      text.count <= 200 ? text : String(text.prefix(197)) + "..."
    }
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
      let lines = engine.summaryLines(for: state)
      outputs.append(
        lines.isEmpty
          ? .notice(Phrases.nothingYet) : .summary(title: Phrases.summaryTitle, items: lines))
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

  mutating func goBack() {
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
    if let changing = state.changing, changing.key != key {
      state.answers[changing.key] = changing.answer
      state.answerOrder.append(changing.key)
    }
    let answer = state.answers.removeValue(forKey: key)!
    state.answerOrder.removeAll { $0 == key }
    state.changing = (key, answer)
    state.focus = key
    state.current = nil
    advance()
  }

  /// Finds which earlier answer the person means: by question id or label first, then by the
  /// words they use against each question's label, text and answer. Ties go to the most recent.
  func findAnswer(matching target: String, among keys: [AnswerKey]) -> AnswerKey? {
    let wanted = AnswerInterpreter.normalise(target)
    for key in keys.reversed() {
      guard let question = script.question(key.question) else { continue }
      if wanted == key.question || wanted == AnswerInterpreter.normalise(question.label) {
        return key
      }
    }
    let ignored: Set<Substring> = [
      "my", "the", "a", "an", "answer", "about", "to", "what", "i", "said", "of", "for", "me", "it",
      "that", "your", "you",
    ]
    let words = Set(wanted.split(separator: " ")).subtracting(ignored)
    guard !words.isEmpty else { return nil }
    var best: (key: AnswerKey, score: Int)?
    for key in keys {
      guard let question = script.question(key.question), let answer = state.answers[key] else {
        continue
      }
      let haystack = AnswerInterpreter.normalise(
        [question.label, question.id, question.text.source, answer.words].joined(separator: " "))
      let available = Set(haystack.split(separator: " "))
      let labelWords = Set(AnswerInterpreter.normalise(question.label).split(separator: " "))
      let score = words.intersection(available).count * 2 + words.intersection(labelWords).count
      if score > 0, best == nil || score >= best!.score { best = (key, score) }
    }
    return best?.key
  }

  mutating func confirmRestart(_ line: String) {
    switch AnswerReading.yesNo(line) {
    case true?:
      let startedAt = state.startedAt
      let setAside = state.setAside.merging(state.answers) { _, new in new }
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
      outputs.append(.notice(Phrases.restartQuestion))
    }
  }

  // MARK: Safety

  /// Runs the safety net on a line. A serious category shows its notice, records a flag per
  /// category and holds the line while the person chooses to carry on or stop. A question for
  /// the appointment (a diagnosis, a medicine change, an unsafe goal) gets a kind reply and is
  /// added to the person's questions. Returns whether the line was taken.
  mutating func checkSafety(_ line: String) -> Bool {
    let matches = engine.safety.check(line)
    guard !matches.isEmpty else { return false }
    let notice = engine.safety.notice(for: matches, text: line, audience: engine.audience)
    if let notice {
      outputs.append(.safety(notice))
      for match in matches where match.category.level != .appointment {
        state.safetyFlags.append(
          SafetyFlag(
            category: match.category.id, level: match.category.level,
            signposting: notice.signposting, at: at))
      }
      if engine.audience == .facilitator {
        let names = notice.categories.map { $0.replacingOccurrences(of: "-", with: " ") }
        outputs.append(
          .notice(
            engine.safety.rules.wording.worker
              .replacingOccurrences(of: "{{numbers}}", with: notice.level.numbersWord)
              .replacingOccurrences(of: "{{categories}}", with: Template.join(names))))
      }
    }
    if let question = matches.first(where: { $0.category.level == .appointment }) {
      outputs.append(.say(question.category.message))
      state.planAdditions.append(
        PlanAddition(
          field: .informationNeeds, text: line, rule: "safety:\(question.category.id)", at: at))
    }
    if notice != nil, !state.finished, state.heldLine == nil {
      state.heldLine = line
    }
    reask()
    return true
  }

  /// Puts again whatever the person was last asked.
  mutating func reask() {
    if state.heldLine != nil {
      outputs.append(.say(engine.safety.rules.wording.carryOn))
    } else if state.awaitingRestartConfirmation {
      outputs.append(.notice(Phrases.restartQuestion))
    } else if !state.finished {
      askCurrent()
    }
  }

  /// The reply to "carry on, or stop?". Carrying on reads the held line as it would have been
  /// read without the notice.
  mutating func chooseAfterSafety(_ line: String) {
    let words = Set(Tokenizer.tokens(of: line).map(\.word))
    let stop: Set<String> = ["stop", "quit", "exit", "end", "finish", "bye", "leave", "pause"]
    let carryOn: Set<String> = ["carry", "continue", "go", "keep", "yes", "ok", "okay", "on"]
    if !words.isDisjoint(with: stop) || Command.parse(line) == .quit {
      state.heldLine = nil
      outputs.append(.say(Phrases.stopping))
      outputs.append(.stopped)
    } else if !words.isDisjoint(with: carryOn) {
      let held = state.heldLine ?? ""
      state.heldLine = nil
      outputs.append(.say(Phrases.carryingOn))
      process(held, raw: held)
    } else {
      outputs.append(.notice(engine.safety.rules.wording.carryOnUnclear))
      outputs.append(.say(engine.safety.rules.wording.carryOn))
    }
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
        let text = template.map { render($0, place: place, extra: extras) } ?? line
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
