import ArgumentParser
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
    subcommands: [
      Start.self, Resume.self, Review.self, List.self, Show.self, Export.self, Delete.self,
      Validate.self,
      Match.self, KioskCommand.self,
    ],
    defaultSubcommand: Start.self
  )

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
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      exit(withError: Failure.said(error))
    }
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
