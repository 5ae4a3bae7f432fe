import Foundation
import Testing

/// Resuming and client references in a worker's sessions, through the real binary.
@Suite("Resuming a worker's sessions, and client references")
struct FacilitatorCommandTests {
  let small = ["start", "--script", fixture("scripts/small.yaml")]

  func worker(_ client: String) -> [String] {
    small + ["--mode", "facilitator", "--client", client]
  }

  /// The rows of `list --json`, as the store has them now.
  func listed(_ store: TemporaryStore, _ extra: [String] = []) throws -> [[String: Any]] {
    let listed = try run(["list", "--json"] + extra, lines: [], environment: store.environment)
    #expect(listed.status == 0, "\(listed.stderr)")
    return try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]]
      ?? []
  }

  @Test("resume names the client and the day it was last used, and asks the worker; yes carries on")
  func resumeNamesTheClient() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(worker("C-104"), lines: ["Sam"], environment: store.environment)
    let resumed = try run(
      ["resume", "latest"], lines: ["yes"] + smallAnswers.dropFirst(),
      environment: store.environment
    )
    #expect(resumed.status == 0, "\(resumed.stderr)")
    // Lines are wrapped to 80 columns: read them as running text.
    let text = resumed.stdout.replacingOccurrences(of: "\n", with: " ")
    #expect(text.contains("Welcome back. This is the conversation with client C-104"))
    #expect(text.contains(/last used on [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}\./))
    #expect(text.contains("Is this the right client? Please say yes or no."))
    #expect(resumed.stdout.contains("Plan for Sam"))
  }

  @Test("no stops, changes nothing, and says how to pick another conversation")
  func resumeDeclined() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(worker("C-104"), lines: ["Sam"], environment: store.environment)
    let before = try run(["list", "--json"], lines: [], environment: store.environment).stdout
    let declined = try run(
      ["resume", "latest"], lines: ["no", "With someone who helps me"],
      environment: store.environment)
    #expect(declined.status == 0, "\(declined.stderr)")
    #expect(declined.stdout.contains("Nothing has been changed."))
    #expect(declined.stdout.contains("carecoach list"))
    #expect(declined.stdout.contains("carecoach resume --client REF"))
    // The question was not put, and the line after "no" was not taken as an answer.
    #expect(!declined.stdout.contains("Who is with you today?"))
    let after = try run(["list", "--json"], lines: [], environment: store.environment).stdout
    #expect(after == before)
  }

  @Test("a reply that is neither yes nor no is asked about again")
  func resumeUnclearReply() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(worker("C-104"), lines: ["Sam"], environment: store.environment)
    let resumed = try run(
      ["resume", "latest"], lines: ["With someone who helps me", "yes", "quit"],
      environment: store.environment)
    #expect(resumed.stdout.contains("Please say yes to carry on with client C-104, or no to stop."))
    #expect(resumed.stdout.contains("Who is with you today?"))
  }

  @Test("a person's own conversation says when it was last used, and asks nothing")
  func resumeSelfMode() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(small, lines: ["Sam"], environment: store.environment)
    let resumed = try run(["resume", "latest"], lines: ["quit"], environment: store.environment)
    #expect(resumed.stdout.contains("Welcome back. You last used this conversation on "))
    #expect(!resumed.stdout.contains("Please say yes or no."))
    #expect(resumed.stdout.contains("Who is with you today?"))
  }

  @Test("resume latest is the latest unfinished conversation, even with a newer finished one")
  func latestUnfinished() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(worker("C-104"), lines: ["Sam"], environment: store.environment)
    let finished = try run(worker("C-200"), lines: smallAnswers, environment: store.environment)
    #expect(finished.status == 0, "\(finished.stderr)")
    let resumed = try run(
      ["resume", "latest"], lines: ["yes", "quit"], environment: store.environment)
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stdout.contains("client C-104"))
    #expect(!resumed.stderr.contains("finished"))
  }

  @Test("resume --client carries on that client's latest unfinished conversation")
  func resumeByClient() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(worker("C-104"), lines: ["Sam"], environment: store.environment)
    _ = try run(worker("C-200"), lines: ["Alex"], environment: store.environment)
    let resumed = try run(
      ["resume", "--client", "C-104"], lines: ["yes", "quit"], environment: store.environment)
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stdout.contains("client C-104"))
    #expect(resumed.stdout.contains("Who is with you today?"))
  }

  @Test("resume --client says clearly when the client has nothing to carry on, or is not there")
  func resumeByClientWithNothing() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(worker("C-200"), lines: smallAnswers, environment: store.environment)
    let finished = try run(
      ["resume", "--client", "C-200"], lines: [], environment: store.environment)
    #expect(finished.status == 1)
    #expect(
      finished.stderr.contains(
        "Every conversation with client C-200 has finished, so there is none to carry on."))
    #expect(!finished.stderr.contains("Usage:"))
    let unknown = try run(
      ["resume", "--client", "C-999"], lines: [], environment: store.environment)
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("There are no saved conversations for client C-999."))
    let latest = try run(["resume", "latest"], lines: [], environment: store.environment)
    #expect(latest.status == 1)
    #expect(latest.stderr.contains("Every saved conversation has finished"))
  }

  @Test("show, export and delete read latest --client as that client's latest, as review does")
  func latestOfOneClient() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let first = ["Sam"] + smallAnswers.dropFirst()
    let second = ["Alex"] + smallAnswers.dropFirst()
    #expect(try run(worker("C-1"), lines: first, environment: store.environment).status == 0)
    #expect(try run(worker("C-2"), lines: second, environment: store.environment).status == 0)
    let shown = try run(
      ["show", "latest", "--client", "c-1"], lines: [], environment: store.environment)
    #expect(shown.status == 0, "\(shown.stderr)")
    #expect(shown.stdout.contains("Sam") && !shown.stdout.contains("Alex"))
    let exported = try run(
      ["export", "latest", "--client", "C-1", "--format", "json"], lines: [],
      environment: store.environment)
    #expect(exported.status == 0, "\(exported.stderr)")
    #expect(exported.stdout.contains("\"C-1\"") && !exported.stdout.contains("\"C-2\""))
    // latest alone is still the most recent of the whole store.
    let newest = try run(["show", "latest"], lines: [], environment: store.environment)
    #expect(newest.stdout.contains("Alex"))
    let deleted = try run(
      ["delete", "latest", "--client", "C-1", "--yes"], lines: [], environment: store.environment)
    #expect(deleted.status == 0, "\(deleted.stderr)")
    #expect(try listed(store).map { $0["client"] as? String } == ["C-2"])
    let none = try run(
      ["show", "latest", "--client", "C-1"], lines: [], environment: store.environment)
    #expect(none.status == 1)
    #expect(none.stderr.contains("There are no saved conversations for client C-1."))
    let both = try run(
      ["export", "abc", "--client", "C-2", "--format", "json"], lines: [],
      environment: store.environment)
    #expect(both.status != 0)
    #expect(both.stderr.contains("not both"))
  }

  @Test("client references match without regard to case or spaces, and keep their first spelling")
  func referencesMatchLoosely() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(worker("C-104"), lines: ["Sam", "quit"], environment: store.environment)
    _ = try run(worker(" c-104 "), lines: ["Sam", "quit"], environment: store.environment)
    let rows = try listed(store, ["--client", "c-104"])
    #expect(rows.count == 2)
    #expect(rows.allSatisfy { $0["client"] as? String == "C-104" })
    let text = try run(["list", "--client", " c-104"], lines: [], environment: store.environment)
    #expect(text.stdout.contains("C-104"))
    #expect(!text.stdout.contains("c-104"))
    let resumed = try run(
      ["resume", "--client", "c-104 "], lines: ["yes", "quit"], environment: store.environment)
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stdout.contains("client C-104"))
  }

  @Test("after a worker's note, the question is shown again")
  func noteShowsTheQuestionAgain() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let result = try run(
      worker("C-7"), lines: ["Sam", "/note prefers mornings", "quit"],
      environment: store.environment)
    let afterNote = try #require(
      result.stdout.range(of: "Note saved.").map { String(result.stdout[$0.upperBound...]) })
    #expect(afterNote.contains("Who is with you today?\n  1. On my own"))
    // The note is not an answer: the conversation is still on the same question.
    #expect(try listed(store).first?["status"] as? String == "active")
  }

  @Test("start --client without facilitator mode is refused, with the reason")
  func clientNeedsFacilitatorMode() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let result = try run(
      small + ["--client", "C-1"], lines: ["Sam"], environment: store.environment)
    #expect(result.status == 64)
    #expect(result.stderr.contains("--client is for a worker's sessions: add --mode facilitator"))
    #expect(!FileManager.default.fileExists(atPath: store.path))
  }
}

@Suite("The command line")
struct CommandLineTests {
  @Test("a misspelt command is said to be one, with the nearest name; exit status 64")
  func misspeltCommand() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let result = try run(["strat"], lines: [], environment: store.environment)
    #expect(result.status == 64)
    #expect(result.stderr.contains("'strat' is not a carecoach command. Did you mean 'start'?"))
    #expect(!result.stderr.contains("Unexpected argument"))
    let far = try run(["xyzzy"], lines: [], environment: store.environment)
    #expect(far.status == 64)
    #expect(far.stderr.contains("'xyzzy' is not a carecoach command. The commands are: start,"))
  }

  @Test("with no command, or only --store, carecoach still starts a conversation")
  func defaultIsStart() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let bare = try run([], lines: ["quit"], environment: store.environment)
    #expect(bare.status == 0, "\(bare.stderr)")
    #expect(bare.stdout.contains("Part 1 of"))
    let withStore = try run(["--store", store.path], lines: ["quit"])
    #expect(withStore.status == 0, "\(withStore.stderr)")
    #expect(withStore.stdout.contains("Part 1 of"))
  }

  @Test("--version prints the program's version; show keeps its own --version N")
  func version() throws {
    let result = try run(["--version"], lines: [])
    #expect(result.status == 0)
    #expect(result.stdout.contains(/^carecoach \d+\.\d+\.\d+\n$/))
    let help = try run(["--help"], lines: [])
    #expect(help.stdout.contains("--version               Show the version."))
    let showHelp = try run(["show", "--help"], lines: [])
    #expect(!showHelp.stdout.contains("Show the version."))
    let missingID = try run(["show", "--version", "2"], lines: [])
    #expect(missingID.status == 64)
    #expect(!missingID.stdout.contains("carecoach "))
  }

  @Test("show and export of a conversation that is not there: one line, exit 1, no usage")
  func missingConversation() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    // A store that exists: with none at all, the message is about the store instead.
    let small = ["start", "--script", fixture("scripts/small.yaml")]
    _ = try run(small, lines: ["Sam", "quit"], environment: store.environment)
    for command in [["show", "999"], ["export", "999", "--format", "json"]] {
      let result = try run(command, lines: [], environment: store.environment)
      #expect(result.status == 1)
      #expect(
        result.stderr
          == "Error: There is no saved conversation '999'. See them with: carecoach list\n")
    }
  }

  @Test("input that ends early in a worker's session says their answers are saved")
  func earlyEndSpeaksToTheWorker() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let small = ["start", "--script", fixture("scripts/small.yaml")]
    let worker = try run(
      small + ["--mode", "facilitator", "--client", "C-5"], lines: ["Sam"],
      environment: store.environment)
    #expect(worker.status == 1)
    #expect(worker.stderr.contains("Their answers so far are saved"))
    let person = try run(small, lines: ["Sam"], environment: store.environment)
    #expect(person.stderr.contains("Your answers so far are saved"))
  }

  @Test("list --json on an empty store prints [], as its help says: an array")
  func emptyListJSON() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    // A store with nothing left in it: one conversation, deleted.
    let small = ["start", "--script", fixture("scripts/small.yaml")]
    _ = try run(small, lines: ["Sam", "quit"], environment: store.environment)
    let deleted = try run(["delete", "latest", "--yes"], lines: [], environment: store.environment)
    #expect(deleted.status == 0, "\(deleted.stderr)")
    let result = try run(["list", "--json"], lines: [], environment: store.environment)
    #expect(result.status == 0)
    #expect(result.stdout == "[]\n")
    let help = try run(["list", "--help"], lines: [], environment: ["COLUMNS": "80"])
    #expect(
      help.stdout.replacing(/\s+/, with: " ").contains("an array with one object per conversation"))
  }

  @Test("kiosk --help reads as whole lines at 80 columns, broken only where a line is full")
  func kioskHelpWraps() throws {
    let result = try run(["kiosk", "--help"], lines: [], environment: ["COLUMNS": "80"])
    #expect(
      result.stdout.contains(
        """

        Nothing about a person is kept after their session unless the configuration
        names a printer or spool folder for finished plans. Staff leave by typing
        /admin at the welcome screen and giving the PIN. When standard input is not a
        terminal, the kiosk ends (exit 0) at the end of its input, so it can be tested
        through a pipe.

        """))
  }

  @Test("every command's help fits 80 columns with no line cut short mid-paragraph")
  func helpFits() throws {
    let commands = [
      "start", "resume", "review", "list", "show", "export", "delete", "validate", "match",
      "kiosk",
    ]
    for command in [[]] + commands.map({ [$0] }) {
      let result = try run(command + ["--help"], lines: [], environment: ["COLUMNS": "80"])
      let lines = result.stdout.components(separatedBy: "\n")
      for (index, line) in lines.enumerated() where !line.hasPrefix("USAGE:") {
        #expect(line.count <= 80, "carecoach \(command) --help: \(line)")
        // A line of running text followed by more of the same paragraph is full: the next
        // word would not have fitted (ArgumentParser fills lines to 79 columns at a width of
        // 80). The old kiosk help broke after "names a".
        guard index + 1 < lines.count, !line.hasPrefix(" "), !line.isEmpty,
          let next = lines[index + 1].split(separator: " ").first, !lines[index + 1].hasPrefix(" ")
        else { continue }
        #expect(
          line.count + 1 + next.count >= 80, "carecoach \(command) --help breaks early: \(line)")
      }
    }
  }
}
