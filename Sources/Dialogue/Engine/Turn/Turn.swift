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
  /// A word explained this turn in the easier way, and how many outputs there were when its
  /// explanation ended: the check of it is asked there, at the end of the turn.
  var understandingCheck: (term: String, after: Int)?
  /// Set while a line cleared by a safety check is read as its answer: the check's own short
  /// line has thanked the person, so the question's reply is left out.
  var quietReflection = false
  /// Set while a stopped conversation is carried on, until its first question is put: what
  /// its part said before that question is said again (`sayAgainWhatCameBefore`).
  var resuming = false

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
      // A check waiting when the session stopped (a safety check, or a reading said back such
      // as a list's split) is put again, not skipped: what was typed waits on its answer.
      // Its part's heading comes first, as for any question a session opens with.
      switch state.mode {
      case .checkingSafety, .confirmingReading, .checkingUnderstanding:
        if let key = state.current, let place = engine.agenda.place(of: key) { announce(place) }
        reask()
      default:
        resuming = true
        advance()
      }
      return
    }
    state.startedAt = at
    state.lastActivity = at
    advance()
  }

  /// The safety net reads every line first, in every mode; then "that's not what I meant"
  /// after a notice; then the mode says what the line is a reply to. Only a worker's
  /// `/not-a-crisis` comes before the safety net: its words are the worker's, about a notice.
  mutating func input(_ raw: String) {
    let previous = state.lastActivity
    state.lastActivity = at
    let line = InputCleaner.clean(raw)
    if engine.audience == .facilitator, let reason = Self.notACrisisReason(line) {
      markNotACrisis(reason)
      return
    }
    if checkSafety(line) { return }
    if takeBackNotice(line) { return }
    noteSigns(in: line, after: previous)
    if switchWhenAsked(line) { return }
    reply(to: line, raw: raw)
    switchIfFindingItHard()
    checkUnderstanding()
  }

  /// A line the safety net has read, sent where the mode says: also a line read again once a
  /// check question or a withdrawn notice has shown it was an answer after all.
  mutating func reply(to line: String, raw: String) {
    switch state.mode {
    case .finished:
      outputs.append(.notice(Phrases.finishedAlready))
    case .choosingAfterSafety(let then):
      chooseAfterSafety(line, then: then)
    case .checkingSafety(let check, let then):
      answerSafetyCheck(line, check: check, then: then)
    case .confirmingRestart(let then):
      confirmRestart(line, then: then)
    case .listJustClosed(let then):
      // The grace lasts one line, whatever that line is.
      state.mode = then
      if !takeDoneForClosedList(line), !takeMoreForClosedList(line) { process(line, raw: raw) }
    case .confirmingReading(let pending, let then):
      confirmReading(line, raw: raw, pending: pending, then: then)
    case .checkingUnderstanding(let term, let then):
      takeUnderstandingReply(line, raw: raw, term: term, then: then)
    case .asking, .changing:
      process(line, raw: raw)
    }
  }

  /// A line while going through the agenda: a command, a "what is ...?" question, a line
  /// doing something other than answering (asking about the question, correcting, changing an
  /// earlier answer), a pattern rule, or else the answer to the current question.
  mutating func process(_ typed: String, raw: String) {
    var line = typed
    if line.isEmpty, keepAnswerBeingChanged(line) { return }
    if line.isEmpty {
      outputs.append(
        .notice(raw.isEmpty || raw.allSatisfy(\.isWhitespace) ? Phrases.emptyLine : Phrases.noWords)
      )
      askCurrent()
      return
    }
    if engine.audience == .facilitator, !isAskingTheName {
      line = ReportedSpeech.clientSentences(line)
    }
    // "sorry ignore that, thats her age": the line before is taken back, as "back" would.
    if Turn.ignoresTheLineBefore(line) {
      run(.back)
      return
    }
    // "change the step to walk round the park" at a read-back gives the new words: no command.
    if takeNamedPartChangeAtReadBack(line) { return }
    // "change the review day" once it is settled opens the day, with the day it is now.
    if changeTheReviewDay(line) { return }
    if let command = Command.parse(line), !namesAChoice(line) {
      run(command)
      return
    }
    if showPlanAgain(line) { return }
    if takeYesOrNoSaidBefore(line) { return }
    if handleAct(&line) { return }
    if answerGlossaryQuestion(line) { return }
    if applyRules(line) { return }
    answerCurrent(line)
  }

  /// Whether the question now is the name: how a worker reports a name is read there alone.
  var isAskingTheName: Bool {
    state.current.flatMap { script.question($0.question) }?.plan == .preferredName
  }
}
