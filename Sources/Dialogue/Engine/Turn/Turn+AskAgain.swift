import Foundation

// MARK: Asking again

extension Engine {
  /// What is waiting for an answer, put again as `repeat` would put it, without a step: the
  /// state does not change and nothing is saved. For a line the engine never sees, such as a
  /// worker's `/note`, after which the question would otherwise be out of sight.
  public func askAgain(_ state: ConversationState, at moment: Date) -> [Output] {
    var turn = Turn(engine: self, state: state, at: moment)
    turn.askAgain()
    return turn.outputs
  }
}

extension Turn {
  /// The question the current mode is waiting on: the safety notice's choice, "start again?",
  /// or the current question; nothing once the conversation has finished.
  mutating func askAgain() {
    switch state.mode {
    case .finished:
      break
    case .choosingAfterSafety:
      outputs.append(.say(engine.safety.rules.wording.carryOn))
    case .checkingSafety(let check, _):
      outputs.append(.say(checkQuestion(for: check)))
    case .confirmingRestart:
      outputs.append(.notice(Phrases.restartQuestion))
    case .confirmingReading(let pending, _):
      askToConfirm(pending)
    case .checkingUnderstanding(let term, _):
      askUnderstandingCheck(term)
    case .listJustClosed, .asking, .changing:
      askCurrent()
    }
  }
}
