import ArgumentParser

/// The `carecoach` command. With no subcommand it starts a new conversation.
@main
struct CareCoach: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "carecoach",
    abstract: "Prepare for a health or care appointment: what matters to you, your questions, "
      + "and a small plan in your own words.",
    discussion: """
      CareCoach is a self-help and preparation aid. It does not give medical advice.
      In an emergency call 999. For urgent advice call NHS 111.
      """,
    subcommands: [Start.self, Validate.self, Match.self],
    defaultSubcommand: Start.self
  )
}
