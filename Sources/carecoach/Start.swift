import ArgumentParser
import Sessions

/// `carecoach start`: a new conversation in the terminal, saved as it goes.
struct Start: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Start a new conversation.")

  @Option(help: "A built-in script id or the path of a script file.")
  var script: String = ScriptSource.defaultScriptID

  @Option(
    help: ArgumentHelp(
      "Who is at the keyboard: self, facilitator (a worker with a client), or kiosk (the "
        + "same as `carecoach kiosk` with its default settings)."))
  var mode: Mode = .self

  @Option(
    help: ArgumentHelp(
      "Facilitator mode: the organisation's own reference for the client. No name is needed.",
      valueName: "ref"))
  var client: String?

  @Flag(
    help: ArgumentHelp(
      "Put the questions the easier way from the start: plainer words with an example, "
        + "sureness in words, and fewer questions."))
  var easy = false

  @OptionGroup var display: DisplayOptions
  @OptionGroup var store: StoreOptions

  enum Mode: String, ExpressibleByArgument, CaseIterable {
    case `self`
    case facilitator
    case kiosk
  }

  func validate() throws {
    if mode == .kiosk && client != nil {
      throw ValidationError("A kiosk is for strangers: it takes no client reference.")
    }
    if mode == .self && client != nil {
      throw ValidationError("--client is for a worker's sessions: add --mode facilitator")
    }
    if let client {
      if client.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("The client reference is empty. Give the organisation's reference.")
      }
      if client.count > 100 || client.contains(where: \.isNewline) {
        throw ValidationError("The client reference must be one line of at most 100 characters.")
      }
    }
  }

  func run() throws {
    if mode == .kiosk {
      // Nothing of a kiosk session is stored, so it is the kiosk command's own loop.
      let kiosk = try KioskCommand.parse(display.plain ? ["--plain"] : [])
      try kiosk.run()
      return
    }
    var opening = try Opening.new(
      script: script, mode: mode.rawValue, clientRef: client, openStore: store.openOrCreate)
    opening.easier = easy
    try display.run(opening)
  }
}
