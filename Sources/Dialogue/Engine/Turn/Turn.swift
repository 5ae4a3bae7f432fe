import Foundation

/// One step's work on a copy of the state, gathering outputs as it goes.
///
/// Its work is split by job, one file each: moving through the agenda (`Turn+Agenda`), reading
/// answers (`Turn+Answers`) and lists (`Turn+Lists`), commands (`Turn+Commands`), starting
/// again (`Turn+Restart`), the safety net (`Turn+Safety`), the script's pattern rules
/// (`Turn+Rules`) and "what is ...?" questions (`Turn+Glossary`). This file decides which of
/// them reads a line, from the conversation's mode.
struct Turn {
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

  /// The safety net reads every line first, in every mode; then the mode says what the line
  /// is a reply to.
  mutating func input(_ raw: String) {
    state.lastActivity = at
    let line = InputCleaner.clean(raw)
    if checkSafety(line) { return }
    switch state.mode {
    case .finished:
      outputs.append(.notice(Phrases.finishedAlready))
    case .choosingAfterSafety(let then):
      chooseAfterSafety(line, then: then)
    case .confirmingRestart(let then):
      confirmRestart(line, then: then)
    case .listJustClosed(let then):
      // The grace lasts one line, whatever that line is.
      state.mode = then
      if !takeDoneForClosedList(line) { process(line, raw: raw) }
    case .confirmingReading(let pending, let then):
      confirmReading(line, raw: raw, pending: pending, then: then)
    case .asking, .changing:
      process(line, raw: raw)
    }
  }

  /// A line while going through the agenda: a command, a "what is ...?" question, a pattern
  /// rule, or else the answer to the current question.
  mutating func process(_ line: String, raw: String) {
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
}
