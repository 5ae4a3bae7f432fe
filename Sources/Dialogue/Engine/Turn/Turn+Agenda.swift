// MARK: Moving through the agenda

extension Turn {
  /// Says statements and section openings until the next question, then asks it.
  mutating func advance() {
    let agenda = engine.agenda
    while let place = agenda.next(in: state) {
      announce(place)
      switch place.item {
      case .statement(let statement):
        if let text = statementText(statement, place: place) { outputs.append(.say(text)) }
        if statement.showsPlan { outputs.append(.plan) }
        state.said.insert(place.key)
        if state.focus == place.key { state.focus = nil }
      case .question:
        if state.current != place.key {
          state.moveCurrent(to: place.key)
          state.failures = 0
        }
        if resuming {
          sayAgainWhatCameBefore(place)
          resuming = false
        }
        askCurrent()
        return
      }
    }
    state.moveCurrent(to: nil)
    state.focus = nil
    state.mode = .finished
    outputs.append(.plan)
    outputs.append(.finished)
  }

  /// A statement's words as this audience hears them, or nil when none of its wordings fits.
  func statementText(_ statement: Statement, place: Agenda.Place) -> String? {
    let wording = statement.wordings.first {
      $0.condition?.evaluate(in: context(for: place)) ?? true
    }
    let facilitator =
      engine.audience == .facilitator
      ? statement.facilitatorText ?? wording?.facilitatorText : nil
    return (facilitator ?? wording?.text).map { render($0, place: place) }
  }

  /// Carried on after a stop: what the part said before its question about the thing it asks
  /// of ("Their goal: ... Their step: ...") is said again under the heading, so the question
  /// says what it is about. Before, "What was agreed about this goal?" came back with no goal
  /// named. Only statements that name something (with `{{...}}`): "Thank you." or "Some ideas"
  /// said again would be out of place.
  mutating func sayAgainWhatCameBefore(_ place: Agenda.Place) {
    for item in script.sections[place.sectionIndex].items {
      if item.id == place.item.id { return }
      guard case .statement(let statement) = item, !statement.showsPlan,
        state.said.contains(AnswerKey(item.id, round: place.round)),
        statement.wordings.contains(where: { !$0.text.references.isEmpty })
          || statement.facilitatorText?.references.isEmpty == false,
        let text = statementText(statement, place: place)
      else { continue }
      outputs.append(.say(text))
    }
  }

  mutating func announce(_ place: Agenda.Place) {
    guard state.announced != place.section else { return }
    state.announced = place.section
    let section = script.sections[place.sectionIndex]
    var title =
      engine.audience == .facilitator ? section.facilitatorTitle ?? section.title : section.title
    if let repeating = section.repeating, repeating.max > 1 { title += " (\(place.round + 1))" }
    // "Part 3 of 9" counts only the sections there is something to show in.
    let shown = engine.agenda.shownSections
    let part = (shown.firstIndex(of: place.sectionIndex) ?? place.sectionIndex) + 1
    outputs.append(.progress(part: part, of: max(shown.count, part), title: title))
    // The intro opens a section once; coming back to it (after back or change) skips it.
    let visited = section.items.contains { item in
      let key = AnswerKey(item.id, round: place.round)
      return state.answers[key] != nil || state.said.contains(key) || state.setAside[key] != nil
    }
    let facilitatorIntro = engine.audience == .facilitator ? section.facilitatorIntro : nil
    if let intro = facilitatorIntro ?? section.intro, !visited {
      outputs.append(.say(render(intro, place: place)))
    }
  }

  mutating func askCurrent() {
    guard let key = state.current, let place = engine.agenda.place(of: key),
      let question = place.item.question
    else { return }
    if isOverCap(question) { return askWhatToKeep(question) }
    if askForAnAction(question, place: place) { return }
    if offerToAddAStep(question, place: place) { return }
    let template =
      engine.audience == .facilitator ? question.facilitatorText ?? question.text : question.text
    let readBack = readBackValues(question, place: place)
    var text =
      (question.readBack.isEmpty ? easierWording(question, place: place) : nil)
      ?? render(template, place: place, extra: readBack)
    if let changing = state.changing, changing.key == key, question.kind == .list,
      !state.listDraft.isEmpty
    {
      text +=
        "\n" + Phrases.listOpenedForChange(Turn.shortened(state.listDraft), for: engine.audience)
    } else if let changing = state.changing, changing.key == key {
      let shown = Turn.shorten(Display.text(of: changing.answer.value, question: question))
      text +=
        "\n"
        + Phrases.changePrompt(
          changing.answer.value, shown: shown, question: question, for: engine.audience)
    } else if question.kind == .list, !state.listDraft.isEmpty {
      text += "\n" + Phrases.listSoFar(Turn.shown(state.listDraft))
    }
    let easy = easyChoices(question, place: place)
    if !easy.isEmpty { text += "\n" + Phrases.orPickOne(for: engine.audience) }
    outputs.append(
      .ask(
        Prompt(
          key: key, text: text, kind: question.kind,
          choices: easy.isEmpty ? question.choices.map(\.text) : easy,
          hint: easy.isEmpty ? easierHint(question) : Phrases.stepVersionsHint)))
  }

  func context(for place: Agenda.Place) -> AnswerContext {
    AnswerContext(
      script: script, state: state, round: place.round,
      groupID: script.sections[place.sectionIndex].repeating?.group,
      background: engine.background)
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
      // What the person is asked to confirm (a step read back whole) and what the plan
      // already says are shown whole, wrapped, never cut: the caller shortens what it gives
      // only where a cut is harmless (an answer said back in a reflection).
      if let given = extra[name] { return given }
      if let list, let place, let item = background.value(name, of: list, at: place.round) {
        return .text(item)
      }
      if let given = background.names[name] { return .text(given) }
      let value = answers?.answer(of: name).flatMap {
        Display.templateValue($0, question: script.question(name))
      }
      return whole ? value : value.map(Turn.shorten)
    }
  }
}
