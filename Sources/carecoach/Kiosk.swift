import ArgumentParser
import Foundation
import Kiosk
import Sessions

/// `carecoach kiosk`: a shared terminal in a waiting room, for one person after another.
///
/// The configuration is read once, here, before anything is shown; after that nothing the
/// person types can name a file. With no `--config`, the defaults hold: two minutes idle,
/// nothing written anywhere, and no admin PIN (the service manager stops it).
struct KioskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kiosk",
    abstract: "Run unattended on a shared terminal, one person after another.",
    discussion: """
      Nothing about a person is kept after their session unless the configuration names a \
      printer or spool folder for finished plans. Staff leave by typing /admin at the welcome \
      screen and giving the PIN. When standard input is not a terminal, the kiosk ends \
      (exit 0) at the end of its input, so it can be tested through a pipe.
      """)

  @Option(help: ArgumentHelp("The kiosk configuration (see deploy/kiosk.yaml).", valueName: "file"))
  var config: String?

  @Flag(
    help: """
      Read a PIN (twice at a terminal, once from a pipe) and print the pin_hash line for the \
      configuration.
      """)
  var hashPin = false

  @Flag(help: "Plain output: no colour, no box drawing. Suits screen readers.")
  var plain = false

  func run() throws {
    if hashPin {
      try printPinHash()
      return
    }
    // Before anything else, and before the configuration can stop the start: a kiosk that
    // crashed and is started again clears what the last person left on the screen even when
    // it cannot run, and from here a crash clears the screen and leaves no core dump.
    KioskGuards.protectBeforeStart()
    do {
      let settings = try KioskService.config(at: config)
      let loaded = try ScriptSource.load(settings.script)
      let code = KioskService.run(loaded, config: settings, plain: plain)
      if code != 0 { throw ExitCode(code) }
    } catch let error as SessionError {
      // A configuration that stops the start is not a mistake in the command line: exit 1
      // with the problems, and no usage text in the way of them.
      throw Failure(error.description)
    }
  }

  /// The pin_hash line for the configuration, alone on standard output so it can be
  /// redirected or pasted. At a terminal the PIN is asked twice, unseen, with the prompts on
  /// standard error: a typing slip would otherwise lock staff out of a kiosk left running.
  /// Through a pipe one line is read, with no prompt, as a script expects.
  func printPinHash() throws {
    do {
      let pin = try KioskService.readNewPin(shortest: KioskCommand.shortestPin)
      print("pin_hash: \"\(PinHash.make(pin: pin).text)\"")
    } catch {
      throw Failure(error.description)
    }
  }

  /// The fewest characters a staff PIN may have.
  static let shortestPin = 6
}
