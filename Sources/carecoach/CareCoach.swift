import ArgumentParser
import Dialogue
import Foundation
import Sessions

/// The `carecoach` command. With no subcommand it starts a new conversation.
@main
struct CareCoach: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "carecoach",
    abstract: "Prepare for a health or care appointment: what matters to you, your questions, "
      + "and a small plan in your own words.",
    discussion: """
      CareCoach is a self-help and preparation aid. It does not give medical advice.
      \(helpAsked ? ScriptSource.urgentHelp : "")
      """,
    version: versionAsked ? "carecoach \(version)" : "",
    subcommands: [
      Start.self, Resume.self, Review.self, Agree.self, List.self, Show.self, Export.self,
      Delete.self,
      Validate.self,
      Match.self, KioskCommand.self, Org.self,
    ],
    defaultSubcommand: Start.self
  )

  /// The program's version: `carecoach --version` prints it. Kept here and nowhere else.
  static let version = "0.9.0"

  /// Whether the version is asked for, or the help that lists `--version`: `carecoach
  /// --version` or `carecoach --help`. Only then is the version set in the configuration,
  /// because ArgumentParser gives every subcommand a version flag when it is, and `show` and
  /// `export` have a `--version N` of their own.
  static var versionAsked: Bool {
    let arguments = GlobalOptions.movingStoreAfterSubcommand(
      Array(CommandLine.arguments.dropFirst()))
    guard let first = arguments.first else { return false }
    return first == "--version" || first == "-h" || first == "--help"
      || (first == "help" && arguments.count == 1)
  }

  /// Where to get help quickly is read only when help is asked for: the configuration that
  /// carries it is built for every command, and no other command should pay for reading the
  /// safety file.
  static var helpAsked: Bool {
    CommandLine.arguments.dropFirst().contains { $0 == "-h" || $0 == "--help" || $0 == "help" }
  }

  /// Files are created readable by their owner only: everything CareCoach writes may hold
  /// personal data. `--store` may come before the subcommand, as a global option.
  static func main() {
    umask(0o077)
    var arguments = Array(CommandLine.arguments.dropFirst())
    arguments = GlobalOptions.movingStoreAfterSubcommand(arguments)
    if let word = arguments.first, let mistake = notACommand(word) {
      exit(withError: ValidationError(mistake))
    }
    if let mistake = WallClock.mistake { exit(withError: ValidationError(mistake)) }
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      exit(withError: Failure.said(error))
    }
  }
}

extension CareCoach {
  /// What to say when the first word is not a command's name, or nil when it is one.
  ///
  /// With no command `carecoach` starts a conversation, and `start` takes no words of its
  /// own, so a first word that names no command is a misspelt command: said so, with the
  /// nearest name, rather than as a word `start` did not expect.
  static func notACommand(_ word: String) -> String? {
    guard !word.hasPrefix("-") else { return nil }
    let names = configuration.subcommands.map { $0._commandName } + ["help"]
    guard !names.contains(word) else { return nil }
    let nearest = Suggestion.nearest(to: word, in: names)
    return "'\(word)' is not a carecoach command."
      + (nearest.map { " Did you mean '\($0)'?" } ?? " The commands are: "
        + names.dropLast().joined(separator: ", ") + ".")
  }
}

/// Lets `carecoach --store PATH list` mean `carecoach list --store PATH`.
enum GlobalOptions {
  static func movingStoreAfterSubcommand(_ arguments: [String]) -> [String] {
    var remaining = arguments
    var moved: [String] = []
    while let first = remaining.first, first == "--store" || first.hasPrefix("--store=") {
      remaining.removeFirst()
      moved.append(first)
      if first == "--store", !remaining.isEmpty { moved.append(remaining.removeFirst()) }
    }
    guard !moved.isEmpty else { return arguments }
    guard let subcommand = remaining.first, !subcommand.hasPrefix("-") else {
      return remaining + moved
    }
    return [subcommand] + moved + remaining.dropFirst()
  }
}
