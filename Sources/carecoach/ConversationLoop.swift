import Console
import Dialogue
import Foundation

/// Joins the pure engine to the terminal: read a line, step the engine, show what it says.
///
/// The loop owns the keys that are about the program rather than the conversation: Ctrl-C twice
/// to stop, Ctrl-D or the end of piped input. Everything about answers stays in the engine.
struct ConversationLoop {
  enum Outcome: Equatable {
    case finished
    /// The person chose to stop.
    case stopped
    /// Input ended before the conversation did.
    case inputEnded
  }

  let engine: Engine
  let terminal: Terminal
  var clock: () -> Date = Date.init

  func run() -> Outcome {
    var (state, outputs) = engine.step(ConversationState(), .start(at: clock()))
    show(outputs)
    var interruptsInARow = 0
    while true {
      switch terminal.read(prompt: "> ", completions: engine.completions(for: state)) {
      case .line(let line):
        interruptsInARow = 0
        (state, outputs) = engine.step(state, .input(line, at: clock()))
        show(outputs)
        if outputs.contains(.finished) {
          terminal.show(.say("Thank you. That is the end of the conversation."))
          return .finished
        }
        if outputs.contains(.stopped) { return .stopped }
      case .interrupt:
        interruptsInARow += 1
        if interruptsInARow == 1 {
          terminal.show(.notice("(Line cleared. Press Ctrl-C again to stop.)"))
          continue
        }
        terminal.show(.notice("Do you want to stop now? Please say yes or no."))
        if case .line(let reply) = terminal.read(prompt: "> ", completions: ["yes", "no"]),
          AnswerReading.yesNo(reply) == false
        {
          interruptsInARow = 0
          (state, outputs) = engine.step(state, .input("repeat", at: clock()))
          show(outputs)
          continue
        }
        terminal.show(.say("OK, we'll stop here."))
        return .stopped
      case .end:
        if terminal.isInteractive {
          terminal.show(.say("OK, we'll stop here."))
          return .stopped
        }
        FileHandle.standardError.write(
          Data(
            "carecoach: the input ended before the conversation finished. Give one answer per line, and end with the last answer.\n"
              .utf8))
        return .inputEnded
      }
    }
  }

  func show(_ outputs: [Output]) {
    for output in outputs {
      switch output {
      case .progress(let part, let total, let title):
        terminal.show(.progress(part: part, of: total, title: title))
      case .say(let text):
        terminal.show(.say(text))
      case .ask(let prompt):
        terminal.show(.question(text: prompt.text, choices: prompt.choices, hint: prompt.hint))
      case .notice(let text):
        terminal.show(.notice(text))
      case .summary(let title, let items):
        terminal.show(.list(title: title, items: items))
      case .flag(let category):
        if engine.audience == .facilitator {
          terminal.show(.notice("For the worker: a rule raised the flag '\(category)'."))
        }
      case .safety(let notice):
        terminal.show(.alert(title: notice.title, lines: notice.lines))
      case .finished, .stopped:
        break
      }
    }
  }
}
