import CarePlan
import Console
import Dialogue
import Foundation
import Store

/// Joins the pure engine to the terminal and the store: read a line, save it, step the
/// engine, show what it says.
///
/// Each event is committed to the store before the engine sees it, so whatever the program
/// showed as accepted is on disk before the next question appears. The loop owns the keys that
/// are about the program rather than the conversation: Ctrl-C twice to stop, Ctrl-D, the end of
/// piped input, and a worker's `/note`.
public struct ConversationLoop {
  public enum Outcome: Equatable, Sendable {
    case finished
    /// The person chose to stop; the session can be resumed.
    case stopped
    /// Input ended before the conversation did.
    case inputEnded
    /// The store could not keep an answer, so the conversation could not go on: an error, and
    /// the command exits 1 like any other.
    case failed
    /// Resuming, the worker said this was not the client they are with: nothing was saved.
    case declined
  }

  let engine: Engine
  let terminal: any ConversationTerminal
  let session: SessionRecord
  let store: SessionStore
  var clock: () -> Date
  /// Where this computer's own files are, for the turns that wait while the server is away
  /// (tests give a folder of their own).
  var environment = ProcessInfo.processInfo.environment
  /// Whether the server was lost during this sitting: from then on every turn waits on this
  /// computer (see `UnsentTurns`), in order, even if the server comes back meanwhile, so that
  /// `resume` sends them all after what the server already has.
  let offline = Offline()

  final class Offline {
    var isOn = false
  }

  public init(
    engine: Engine, terminal: any ConversationTerminal, session: SessionRecord,
    store: SessionStore, clock: @escaping () -> Date = WallClock.now
  ) {
    self.engine = engine
    self.terminal = terminal
    self.session = session
    self.store = store
    self.clock = clock
  }

  /// `easier` (`--easy`) switches the easier way on before the first question, or before the
  /// question waiting on a resume; the switch is saved as an event, so a replay makes it too.
  public func run(
    from initial: ConversationState, startingAt start: Date, easier: Bool = false
  ) -> Outcome {
    var state = initial
    if easier, !state.easier.isOn, advance(&state, .easier(true, at: start)) == nil {
      return cannotSave()
    }
    guard let first = advance(&state, .start(at: start)) else { return cannotSave() }
    if first == .finished { return finish(easier: state.easier.isOn) }
    // The first question is on the screen; while the person reads it, build what reading an
    // answer needs, so neither the first prompt nor the first answer waits for it.
    Thread.detachNewThread { [engine] in engine.prepareForReading() }
    var interruptsInARow = 0
    while true {
      switch terminal.read(prompt: "> ", completions: engine.completions(for: state)) {
      case .line(let line):
        interruptsInARow = 0
        if engine.audience == .facilitator, let note = Note.parse(line) {
          if note.isEmpty {
            terminal.show(.notice(Wording.noteHowTo))
          } else {
            saveNote(note)
          }
          // The note's lines have pushed the question up: put it again, as `repeat` would.
          show(engine.askAgain(state, at: clock()))
          continue
        }
        let answer = AnswerLength.kept(line)
        if answer.wasCut { terminal.show(.notice(Wording.answerCut)) }
        switch advance(&state, .input(answer.text, at: clock())) {
        case nil: return cannotSave()
        case .finished?: return finish(easier: state.easier.isOn)
        case .stopped?: return stop()
        case .carryOn?: continue
        }
      case .interrupt:
        interruptsInARow += 1
        if interruptsInARow == 1 {
          terminal.show(.notice(Wording.lineCleared))
          continue
        }
        interruptsInARow = 0
        guard wantsToCarryOn() else {
          terminal.show(.say(Wording.stopping))
          return stop()
        }
        if advance(&state, .input("repeat", at: clock())) == nil { return cannotSave() }
      case .timeout:
        // This loop never gives reads a time limit.
        continue
      case .end:
        if terminal.isInteractive {
          terminal.show(.say(Wording.stopping))
          return stop()
        }
        // The caller says so on standard error: the terminal shows only the conversation.
        return .inputEnded
      }
    }
  }

  /// Asks whether to stop, after a second Ctrl-C in a row; true to carry on. Only a clear yes
  /// stops: a reply that is neither yes nor no (an answer to the question, "maybe") is asked
  /// about again, because stopping on it would end the conversation when the person meant to
  /// go on. Another Ctrl-C, or Ctrl-D, is taken as yes.
  func wantsToCarryOn() -> Bool {
    terminal.show(.notice(Wording.stopNow(for: engine.audience, offline: offline.isOn)))
    while true {
      guard case .line(let reply) = terminal.read(prompt: "> ", completions: ["yes", "no"]) else {
        return false
      }
      switch AnswerReading.yesNo(reply) {
      case true?: return false
      case false?: return true
      case nil:
        terminal.show(.notice(Wording.stopNowAgain))
      }
    }
  }

  enum StepResult { case carryOn, finished, stopped }

  /// Saves the event, then steps the engine and shows its outputs. Nil when saving failed:
  /// the conversation cannot go on without keeping what the person said. A server out of
  /// reach is not a failure: the turn, and every later one, waits on this computer for
  /// `resume` to send, and the conversation goes on.
  func advance(_ state: inout ConversationState, _ event: Event) -> StepResult? {
    if offline.isOn {
      guard UnsentTurns.keep(event, of: session.id, environment: environment) else {
        terminal.show(.notice(Wording.couldNotSave(Wording.unsentNotKept)))
        return nil
      }
    } else {
      do {
        try store.append(event, to: session.id)
      } catch {
        guard
          error.isConnectionLost
            && UnsentTurns.keep(event, of: session.id, environment: environment)
        else {
          terminal.show(.notice(Wording.couldNotSave(error.description)))
          return nil
        }
        offline.isOn = true
        terminal.show(.notice(Wording.keptUntilResume))
      }
    }
    let (next, outputs) = engine.step(state, event)
    state = next
    show(outputs)
    if outputs.contains(.finished) { return .finished }
    if outputs.contains(.stopped) { return .stopped }
    return .carryOn
  }

  /// Marks the session finished and keeps the plan it made as a new version, which from then
  /// on never changes. `easier` is whether the conversation ended in the easier way: a person
  /// who found it hard is told where the plan is in plain words, with one short line to see
  /// it again, and the longer commands are set apart for whoever helps them.
  func finish(easier: Bool = false) -> Outcome {
    if offline.isOn {
      terminal.show(.say(Wording.planKeptHere(hintReference)))
      return .finished
    }
    var finished = session
    finished.status = .finished
    let version: Int
    do {
      // The plan first, then the status: a conversation left unfinished for want of its plan
      // is one `resume` finds, and saves the plan of.
      version = try PlanHistory.saveVersion(of: finished, store: store)
      try? store.setStatus(.finished, of: session.id)
      // The whole plan as `carecoach show` prints it, grouped by goal: the summary the
      // conversation ends with (the engine's `.plan`, which comes just before `.finished`).
      let plan = try PlanHistory.plan(
        PlanHistory.planID(of: finished), version: version, store: store)
      let footer = PlanFooter(safety: engine.safety.rules)
      terminal.show(.say("\n" + PlanText.render(plan, width: terminal.width, footer: footer)))
    } catch {
      terminal.show(
        .notice(
          error.isConnectionLost
            ? Wording.planSavedOnResume(hintReference)
            : Wording.versionNotSaved("\(error)", hintReference, for: engine.audience)))
      return .finished
    }
    terminal.show(
      .say(
        session.agreedWith != nil
          ? Wording.agreementSaved(version, hintReference, for: engine.audience)
          : session.kind == .review
            ? Wording.reviewSaved(version, hintReference, for: engine.audience)
            : easier && engine.audience == .person
              ? Wording.planSavedPlainly(hintReference, latest: latestReference)
              : Wording.planSaved(hintReference, for: engine.audience)))
    return .finished
  }

  /// After `advance` has said what went wrong: what is kept, and how to go on once the store
  /// works again.
  func cannotSave() -> Outcome {
    terminal.show(.say(Wording.cannotGoOn(hintReference)))
    return .failed
  }

  /// The conversation's id as the hints at the end give it, with the store when one was chosen.
  var hintReference: String { CommandHint.reference(session.id, storePath: store.path) }

  /// "latest" as the hints give it: the short way to reach the plan just finished.
  var latestReference: String { CommandHint.reference("latest", storePath: store.path) }

  /// Says what is kept and how to carry on. With the server away the answers since the
  /// connection went are only on this computer: saying they are saved would be untrue.
  func stop() -> Outcome {
    if offline.isOn {
      terminal.show(.notice(Wording.turnsKeptHere(hintReference)))
    } else {
      terminal.show(.say(Wording.stopped(hintReference, for: engine.audience)))
    }
    return .stopped
  }

  /// Saves a worker's note. With the server away the note waits on this computer with the
  /// turns, in its place among them, for `resume` to send.
  func saveNote(_ note: Note) {
    let record = NoteRecord(
      sessionID: session.id, text: note.text, author: "worker", at: clock(), shared: note.shared)
    if offline.isOn {
      terminal.show(
        .notice(
          UnsentTurns.keep(record, environment: environment)
            ? Wording.noteKeptUntilResume : Wording.noteNotSaved(Wording.unsentNotKept)))
      return
    }
    do {
      try store.add(record)
      terminal.show(.notice(note.shared ? Wording.sharedNoteSaved : Wording.privateNoteSaved))
    } catch {
      guard error.isConnectionLost && UnsentTurns.keep(record, environment: environment) else {
        terminal.show(.notice(Wording.noteNotSaved(error.description)))
        return
      }
      offline.isOn = true
      terminal.show(.notice(Wording.keptUntilResume))
      terminal.show(.notice(Wording.noteKeptUntilResume))
    }
  }

  func show(_ outputs: [Output]) {
    for output in outputs {
      if let block = output.block {
        terminal.show(block)
      } else if output == .plan, !outputs.contains(.finished) {
        // The plan so far, for checking before the end (`show: plan`). At the end the saved
        // version is shown instead, by `finish`.
        showPlanSoFar()
      } else if case .flag(let category) = output, engine.audience == .facilitator {
        terminal.show(.notice(Wording.flagRaised(category)))
      }
    }
  }
}

extension ConversationLoop {
  /// The plan as it stands, built from what is saved, exactly as `carecoach show` would show
  /// it now: every event is committed before the engine sees it, so the store is up to date.
  func showPlanSoFar() {
    do {
      let plan = try SavedSession(session, store: store).plan(store: store).readyToCheck
      let footer = PlanFooter(safety: engine.safety.rules)
      terminal.show(.say("\n" + PlanText.render(plan, width: terminal.width, footer: footer)))
    } catch {
      terminal.show(.notice(Wording.planSoFarNotShown("\(error)", hintReference)))
    }
  }
}

/// A worker's note, typed in facilitator mode: `/note ...` is the worker's own, and
/// `/share-note ...` goes on the person's copy of the plan too.
struct Note {
  var text: String
  var shared: Bool

  /// A command with nothing after it, which is answered with how to write a note.
  var isEmpty: Bool { text.isEmpty }

  static func parse(_ line: String) -> Note? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    for (command, shared) in [("/note", false), ("/share-note", true)] {
      guard trimmed.lowercased().hasPrefix(command) else { continue }
      let rest = trimmed.dropFirst(command.count)
      // "/notes" or "/notebook" are not the command.
      if let next = rest.first, !next.isWhitespace { return nil }
      return Note(text: InputCleaner.clean(String(rest)), shared: shared)
    }
    return nil
  }
}
