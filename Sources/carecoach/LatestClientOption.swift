import ArgumentParser

/// `--client`, shared by `show`, `export` and `delete`: `latest` of one client, read as
/// `review` and `agree` read it.
///
/// In a worker's store `latest` alone is the most recent session of anyone; with `--client`
/// it is that client's most recent one. An id already names one session, so it takes no
/// client.
struct LatestClientOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "With latest: the most recent session of this client, not of the whole store.",
      valueName: "ref"))
  var client: String?

  /// Refuses an id given with a client, which could name another client's session.
  func check(_ session: String) throws {
    if session != "latest", client != nil {
      throw ValidationError(
        "Give the conversation's id or latest --client, not both: the id already names one "
          + "plan.")
    }
  }
}
