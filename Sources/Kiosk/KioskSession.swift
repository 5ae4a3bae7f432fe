import CarePlan
import Dialogue
import Foundation

extension KioskRuntime {
  /// How a person's session ended.
  enum SessionEnd { case finished, left, walkedAway, inputClosed }

  /// One person, from their first answer to a clear screen. Everything they said is in
  /// `state`, a local that is gone when this returns. `firstLine` is a line typed at the
  /// welcome screen that the conversation must read first: words the safety net asks about.
  func session(startingWith firstLine: String? = nil) -> SessionEnd {
    screen.clearForNextPerson()
    let engine = script.engine()
    // The safety net and glossary outlive this person: they must not keep their words.
    defer { engine.forgetWhatWasTyped() }
    Thread.detachNewThread { [engine] in engine.prepareForReading() }
    var state = ConversationState()
    var choices: [String] = []
    /// The reception line of the latest safety notice shown, if any.
    var reception: String?
    func step(_ event: Event) -> [Output] {
      let (next, outputs) = engine.step(state, event)
      state = next
      screen.show(outputs)
      for output in outputs {
        if case .ask(let prompt) = output {
          choices = prompt.choices
          if case .yesNo = prompt.kind { choices += ["yes", "no"] }
        }
        if case .safety(let notice) = output {
          reception = receptionLine(of: notice)
          alertStaff(notice.categories)
        }
      }
      return outputs
    }
    /// A person who leaves after a safety notice keeps the numbers on screen until they have
    /// read them: the next welcome screen would clear them at once.
    func leave() -> SessionEnd {
      guard let reception else { return .left }
      return keepOnScreen(reception) ? .left : .inputClosed
    }
    /// A line the person typed, as their answer: a long one is cut, and they are told.
    func answer(_ line: String) -> [Output] {
      let kept = AnswerLength.kept(line)
      if kept.wasCut { say(.notice(KioskWording.lineCut)) }
      return step(.input(kept.text, at: clock.date))
    }
    // The easier way, when the service chose it, is on before the first question.
    if config.easy { _ = step(.easier(true, at: clock.date)) }
    var outputs = step(.start(at: clock.date))
    if let firstLine { outputs = answer(firstLine) }
    let quietLimit = config.idleTimeout - config.idleWarning
    /// Words typed without Enter before the idle warning, put back on the line to carry on.
    var carriedOn = ""
    while !outputs.contains(.finished) {
      if outputs.contains(.stopped) { return leave() }
      let typed = carriedOn
      carriedOn = ""
      switch keys.read(prompt: "> ", completions: choices, idleLimit: quietLimit, typed: typed) {
      case .line(let line):
        guard KioskRuntime.isQuit(line) else {
          outputs = answer(line)
          continue
        }
        // After a safety notice, leaving holds the notice on screen until Enter: no more asking.
        if reception != nil { return leave() }
        switch stopOrCarryOn() {
        case .stop:
          say(.say(KioskWording.goodbye))
          // A moment to read it before the screen clears; no key is read, so an Enter typed
          // now starts the next person rather than being lost.
          clock.sleep(KioskRuntime.goodbyePause)
          return .left
        case .carryOn: outputs = step(.input("repeat", at: clock.date))
        case .said(let line): outputs = answer(line)
        case .gone: return .walkedAway
        case .closed: return .inputClosed
        }
      case .interrupt:
        say(.notice(KioskWording.lineCleared))
        outputs = []
      case .idle(let typed):
        switch stillThere(typed: typed) {
        case .gone: return .walkedAway
        case .here(let typed):
          carriedOn = typed
          outputs = step(.input("repeat", at: clock.date))
        case .said(let line): outputs = answer(line)
        }
      case .endKey:
        return leave()
      case .closed:
        return .inputClosed
      }
    }
    guard let howToGetIt = deliver(plan(from: state, engine: engine)) else { return .walkedAway }
    return waitAtTheEnd(saying: howToGetIt)
  }

  /// The last screen: the plan and how to get it stay until Enter. Words typed here ("can I
  /// have it printed") are answered by saying again how to get the plan, and it waits again.
  func waitAtTheEnd(saying howToGetIt: String) -> SessionEnd {
    say(.say(KioskWording.finishedReading))
    while true {
      switch keys.read(prompt: "", completions: [], idleLimit: config.idleTimeout) {
      case .closed: return .inputClosed
      case .line(let line) where !line.trimmingCharacters(in: .whitespaces).isEmpty:
        say(.say(howToGetIt))
        say(.say(KioskWording.finishedReading))
      default: return .finished
      }
    }
  }

  /// Seconds the goodbye stays on screen after `quit` and yes.
  static let goodbyePause: Double = 2

  /// What the person said to "Stop now?".
  enum StopOrCarryOn: Equatable {
    case stop, carryOn, gone, closed
    /// Neither yes nor no: their answer to the question on the screen, read as one.
    case said(String)
  }

  /// Asks once before a `quit` clears everything: a slip of the keys must not lose a whole
  /// conversation.
  func stopOrCarryOn() -> StopOrCarryOn {
    say(.notice(KioskWording.stopNow))
    switch keys.read(prompt: "> ", completions: ["yes", "no"], idleLimit: config.idleTimeout) {
    case .line(let line):
      if KioskRuntime.isQuit(line) { return .stop }
      let words = Self.plainWords(line)
      if Self.stopWords.contains(words) { return .stop }
      if words.isEmpty || Self.carryOnWords.contains(words) { return .carryOn }
      return .said(line)
    case .interrupt: return .carryOn
    case .idle, .endKey: return .gone
    case .closed: return .closed
    }
  }

  static let stopWords: Set<String> = [
    "yes", "y", "yeah", "yep", "yes please", "yes stop", "stop", "ok", "okay", "please",
  ]
  static let carryOnWords: Set<String> = [
    "no", "n", "nope", "nah", "no thanks", "carry on", "continue", "go on", "back", "go back",
    "no carry on", "keep going",
  ]

  /// A line as lowercase words, with everything but letters and spaces taken out.
  static func plainWords(_ line: String) -> String {
    line.lowercased().filter { $0.isLetter || $0 == " " }
      .split(separator: " ").joined(separator: " ")
  }

  /// `quit` and its kin end this person's session at once; the next person starts afresh.
  static func isQuit(_ line: String) -> Bool {
    if case .quit? = Command.parse(line) { return true }
    return false
  }

  /// What the person did at the warning before an idle session ends.
  enum StillThere: Equatable {
    /// They are back: the words they had typed without Enter, if any, go back on the line.
    case here(String)
    case gone
    /// They typed their answer, or something the safety net must read: it goes to the
    /// conversation as said.
    case said(String)
  }

  /// What says "I'm still here" in reply to the idle warning, rather than answering the
  /// question on the screen.
  static let stillHereWords: Set<String> = [
    "", "yes", "y", "yeah", "yep", "ok", "okay", "here", "im here", "i am here", "still here",
    "im still here", "i am still here", "yes im here", "yes i am here", "yes still here",
  ]

  static func answersTheWarning(_ line: String) -> Bool {
    stillHereWords.contains(plainWords(line))
  }

  /// The warning before an idle session ends. What is typed at it is read as the person's
  /// answer unless it only says they are still there; the safety net reads it either way.
  /// Words typed before the pause (`typed`) stay on the line under the warning: Enter with them
  /// unchanged carries on with them still there to finish; changed, they are the answer.
  func stillThere(typed: String = "") -> StillThere {
    say(.notice(KioskWording.stillThere))
    switch keys.read(prompt: "", completions: [], idleLimit: config.idleWarning, typed: typed) {
    case .line(let line):
      if !typed.isEmpty, line == typed { return .here(typed) }
      // Enter alone, or a word such as "yes" or "still here", answers the warning. Anything else
      // is their answer (or a safety concern) and is read as one: a slow typist who finishes a
      // line under the warning loses nothing.
      return Self.answersTheWarning(line) ? .here("") : .said(line)
    case .interrupt: return .here("")
    case .idle, .endKey, .closed: return .gone
    }
  }

  func plan(from state: ConversationState, engine: Engine) -> Plan {
    let now = clock.date
    let builder = PlanBuilder(
      script: engine.script, concepts: engine.concepts, glossary: script.glossary)
    return builder.build(
      from: state,
      metadata: .init(
        planID: "kiosk-\(KioskCode.make())", createdAt: now, updatedAt: now, mode: "kiosk"))
  }
}
