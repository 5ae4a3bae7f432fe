import Console
import Dialogue
import Store

/// Before a worker's session carries on: is this the client the worker is with now?
///
/// A worker with several clients could otherwise type one person's answers into another's
/// plan. The welcome back has named the client and the day the conversation was last used;
/// this asks about it and reads the reply as one line, at a terminal or through a pipe, like
/// any answer. Nothing is saved until the worker says yes.
struct ClientCheck {
  enum Reply: Equatable { case confirmed, declined, inputEnded }

  let session: SessionRecord
  let terminal: any ConversationTerminal

  /// Only a clear yes carries on and a clear no stops; anything else is asked about again.
  /// Ctrl-C, or Ctrl-D at a terminal, stops as a no does: nothing has been changed yet.
  func ask() -> Reply {
    terminal.show(.notice(Wording.isThisTheClient(session.clientRef)))
    while true {
      switch terminal.read(prompt: "> ", completions: ["yes", "no"]) {
      case .line(let reply):
        switch AnswerReading.yesNo(reply) {
        case true?:
          return .confirmed
        case false?:
          terminal.show(.say(Wording.notResumed))
          return .declined
        case nil:
          terminal.show(.notice(Wording.isThisTheClientAgain(session.clientRef)))
        }
      case .end where !terminal.isInteractive:
        return .inputEnded
      case .interrupt, .end:
        terminal.show(.say(Wording.notResumed))
        return .declined
      case .timeout:
        continue
      }
    }
  }
}
