import ArgumentParser
import Foundation
import PostgresStore
import Sessions
import Store

/// `carecoach org`: running an organisation's shared store on PostgreSQL. See
/// docs/organisation.md for who runs which, and why.
struct Org: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run an organisation's shared store: set it up, add and remove workers, read the "
      + "audit trail.",
    subcommands: [
      OrgInit.self, OrgAddWorker.self, OrgRemoveWorker.self, OrgAudit.self, OrgImport.self,
    ])
}

extension StoreOptions {
  /// The organisation's server named by `--store` or `CARECOACH_STORE`; a file is refused,
  /// since it has no workers, roles or audit trail.
  func organisation() throws -> Organisation {
    guard StoreLocation.isServer(resolvedPath) else {
      throw ValidationError(
        "'carecoach org' works on an organisation's server, not a file: give "
          + "--store postgresql://HOST/DATABASE (or set CARECOACH_STORE to it).")
    }
    return try SessionError.storeCall { try Organisation(address: resolvedPath) }
  }
}

struct OrgInit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Set up the database (once, as its owner), or bring it up to date.")

  @OptionGroup var store: StoreOptions

  func run() throws {
    let organisation = try store.organisation()
    let applied = try SessionError.storeCall { try organisation.initialise() }
    if applied.isEmpty {
      print("The database is already set up for CareCoach; nothing to do.")
    } else {
      print("Set up for CareCoach: " + applied.joined(separator: "; ") + ".")
      print(
        "Next, add an administrator (carecoach org add-worker NAME --admin), who adds the "
          + "workers: carecoach org add-worker NAME --team TEAM [--lead]")
    }
  }
}

struct OrgAddWorker: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add-worker",
    abstract: "Give a worker a login, in a team; a lead also reads the team's audit trail.")

  @Argument(help: "The login's name: lower-case letters, digits and _, such as sam_patel.")
  var name: String

  @Option(
    help: ArgumentHelp(
      "The team whose conversations this worker sees and changes. A lead may give several "
        + "(--team north --team south) and leads each; their own conversations go to the first.",
      valueName: "team"))
  var team: [String] = []

  @Flag(help: "A team lead: sees the team's conversations and reads its audit trail.")
  var lead = false

  @Flag(help: "An administrator: manages logins and reads the whole audit trail, no one's words.")
  var admin = false

  @OptionGroup var store: StoreOptions

  /// The teams given, trimmed, each once, in the order given.
  var teams: [String] {
    var seen: Set<String> = []
    return team.map { $0.trimmingCharacters(in: .whitespaces) }.filter { seen.insert($0).inserted }
  }

  func validate() throws {
    if let problem = Organisation.loginNameProblem(name) { throw ValidationError(problem) }
    if admin && (!team.isEmpty || lead) {
      throw ValidationError("An administrator has no team: give --admin alone.")
    }
    if !admin && (teams.isEmpty || teams.contains("")) {
      throw ValidationError("Say which team the worker is in: --team TEAM.")
    }
    if !admin && !lead && teams.count > 1 {
      throw ValidationError(
        "A worker is in one team; only a lead (--lead) may have several. Give one --team.")
    }
  }

  func run() throws {
    let organisation = try store.organisation()
    let standing: Organisation.Standing =
      admin ? .administrator : lead ? .lead(teams: teams) : .worker(team: teams[0])
    let password = try SessionError.storeCall { try organisation.add(name, as: standing) }
    let what =
      admin
      ? "an administrator"
      : lead
        ? "lead of the team" + (teams.count > 1 ? "s " : " ") + Self.listed(teams)
        : "in the team \(teams[0])"
    print("Added \(name), \(what).")
    print("Their password, shown only this once: \(password)")
    print("They can change it with psql's \\password, or keep it in their ~/.pgpass (mode 0600).")
  }

  /// "north", "north and south", "north, south and east".
  static func listed(_ names: [String]) -> String {
    guard names.count > 1 else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " and " + names.last!
  }
}

struct OrgRemoveWorker: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove-worker",
    abstract: "Take away a worker's login. Their team keeps the conversations they wrote.")

  @Argument(help: "The login's name.")
  var name: String

  @OptionGroup var store: StoreOptions

  func validate() throws {
    if let problem = Organisation.loginNameProblem(name) { throw ValidationError(problem) }
  }

  func run() throws {
    let organisation = try store.organisation()
    try SessionError.storeCall { try organisation.remove(name) }
    print("Removed \(name)'s login. Their team keeps the conversations they wrote.")
  }
}

struct OrgImport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Bring your own saved conversations from a file into the server, once.",
    discussion: "They join your team's caseload, with their client references, plan versions "
      + "and notes. A conversation already on the server is left as it is.")

  @Argument(help: "The file store to bring in, such as ~/.local/share/carecoach/carecoach.sqlite.")
  var file: String

  @OptionGroup var store: StoreOptions

  func run() throws {
    guard StoreLocation.isServer(store.resolvedPath) else {
      throw ValidationError(
        "'carecoach org import' brings a file into an organisation's server: give "
          + "--store postgresql://HOST/DATABASE (or set CARECOACH_STORE to it).")
    }
    let source = try SQLiteSessionStore.openExisting(path: file)
    let destination = try store.open()
    let brought = try StoreImport.copy(from: source, to: destination)
    func count(_ number: Int, _ one: String, _ many: String) -> String {
      "\(number) \(number == 1 ? one : many)"
    }
    print(
      "Brought in " + count(brought.conversations, "conversation", "conversations") + " ("
        + count(brought.clients, "client", "clients") + "), "
        + count(brought.planVersions, "plan version", "plan versions") + " and "
        + count(brought.notes, "note", "notes") + " from \(file).")
    if brought.alreadyThere > 0 {
      print(
        count(brought.alreadyThere, "conversation was", "conversations were")
          + " on the server already, and left as they were.")
    }
  }
}
