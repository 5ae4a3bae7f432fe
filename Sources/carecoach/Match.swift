import ArgumentParser
import Dialogue
import Foundation
import Sessions

/// `carecoach match`: shows, as JSON, what CareCoach understands in a piece of text, so script
/// authors can see why something matched or did not.
struct Match: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Show what CareCoach finds in TEXT: concepts, safety categories, yes/no, numbers, dates, rules and glossary terms."
  )

  @Option(help: "A built-in script id or the path of a script file, for its lexicon and rules.")
  var script: String = ScriptSource.defaultScriptID

  @Flag(help: "Read one utterance per line from standard input; print one JSON object per line.")
  var batch = false

  @Argument(help: "The text to look at.")
  var text: [String] = []

  func validate() throws {
    if batch && !text.isEmpty {
      throw ValidationError("Give TEXT, or use --batch and send lines on standard input, not both.")
    }
    if !batch && text.isEmpty {
      throw ValidationError("Give some text to look at, such as: carecoach match \"I'm worn out\"")
    }
  }

  func run() throws {
    let loaded = try ScriptSource.load(script)
    let engine = loaded.engine()
    let today = Day(WallClock.now(), in: engine.timeZone)
    func report(_ line: String) {
      print(MatchReport.jsonLine(for: line, engine: engine, today: today))
    }
    if batch {
      while let line = readLine() { report(line) }
    } else {
      report(text.joined(separator: " "))
    }
  }
}
