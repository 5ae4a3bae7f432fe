import ArgumentParser
import Foundation
import Store

/// `--store PATH`, shared by every command that reads or writes sessions.
///
/// The command line contract makes it a global option; `CareCoach.main` moves it after the
/// subcommand's name so it may be written before or after it.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .customLong("store"),
    help: ArgumentHelp(
      "The database of sessions. Default: $CARECOACH_STORE, else "
        + "$XDG_DATA_HOME/carecoach/carecoach.sqlite.", valueName: "path"))
  var path: String?

  var resolvedPath: String { path ?? SessionStore.defaultPath() }

  func open() throws -> SessionStore {
    do {
      return try SessionStore(path: resolvedPath)
    } catch {
      throw Failure(error.description)
    }
  }
}

/// Finds a session by id, unambiguous id prefix, or `latest`.
func findSession(_ reference: String, in store: SessionStore, clientRef: String? = nil) throws
  -> SessionRecord
{
  do {
    if let session = try store.resolve(reference, clientRef: clientRef) { return session }
  } catch {
    throw Failure(error.description)
  }
  if reference == "latest" {
    throw Failure(
      "There are no saved conversations yet. Start one with: carecoach start")
  }
  throw ValidationError(
    "There is no saved conversation '\(reference)'. See them with: carecoach list")
}
