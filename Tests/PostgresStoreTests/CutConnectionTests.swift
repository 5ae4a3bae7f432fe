import Foundation
import PostgresNIO
import Testing

@testable import PostgresStore
@testable import Store

/// The server stops in the middle of a conversation: the person carries on, their answers wait
/// on this computer, and `resume` sends them all, once each and in order, and saves the plan.
///
/// The test stops and starts a server of its own (Tests/postgres/cluster.sh), so the other
/// tests' server is never cut under them.
@Suite("A connection cut mid-conversation", .enabled(if: TestServer.isTested))
struct CutConnectionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Runs Tests/postgres/cluster.sh `command` on `folder`; returns what it printed. Spawned and
  /// waited for directly: the server it starts outlives it, and `Process` may then never see it
  /// end.
  @discardableResult
  static func cluster(
    _ command: String, _ folder: String, environment extra: [String: String] = [:]
  ) throws -> String {
    let script = root.appendingPathComponent("Tests/postgres/cluster.sh").path
    let printed = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-cluster-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: printed) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, printed, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let arguments = [script, command, folder]
    var argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var child: pid_t = 0
    let environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
    var envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in envp { free(pointer) } }
    let spawned = posix_spawn(&child, script, &actions, nil, &argv, &envp)
    #expect(spawned == 0, "cluster.sh \(command) could not start")
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    #expect(status == 0, "cluster.sh \(command) ended with \(status)")
    return (try? String(contentsOfFile: printed, encoding: .utf8) ?? "")?
      .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
  }

  @Test("stop the server, answer on, start it, resume: every turn there once, in order")
  func carryOnAndResume() throws {
    let folder = "/tmp/carecoach-cut-" + TestServer.suffix()
    let base = try Self.cluster("start", folder)
    defer { _ = try? Self.cluster("stop", folder) }
    let name = "carecoach_" + TestServer.suffix()
    let owner = try PostgresAddress(base).user
    let server = try BlockingConnection(try PostgresAddress(base))
    try server.run(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
    server.close()
    func address(_ user: String) -> String {
      base.replacingOccurrences(of: "/postgres?", with: "/\(name)?")
        .replacingOccurrences(of: "user=\(owner)", with: "user=\(user)")
    }
    _ = try Organisation(address: address(owner)).initialise()
    _ = try Organisation(address: address(owner)).add("ana", as: .worker(team: "north"))

    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-cut-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = home.path
    environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
    environment.removeValue(forKey: "CARECOACH_STORE")
    let small = Self.root.appendingPathComponent("Tests/Fixtures/scripts/small.yaml").path
    let answers = [
      "Sam", "2", "walking the dog", "my hip, sleep", "done", "yes", "3", "1 and 3", "walk more",
      "7", "next Tuesday", "no",
    ]
    let before = 4

    let talk = Process()
    talk.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
    talk.arguments = [
      "start", "--script", small, "--mode", "facilitator", "--client", "C-9", "--plain",
      "--store", address("ana"),
    ]
    talk.environment = environment
    let input = Pipe()
    let output = home.appendingPathComponent("out")
    FileManager.default.createFile(atPath: output.path, contents: nil)
    talk.standardInput = input
    talk.standardOutput = try FileHandle(forWritingTo: output)
    talk.standardError = FileHandle.nullDevice
    try talk.run()
    input.fileHandleForWriting.write(Data(answers[..<before].map { $0 + "\n" }.joined().utf8))

    // Wait until the answers typed so far are on the server, then stop it.
    let store = try PostgresSessionStore(address: address("ana"))
    var id: String?
    for _ in 0..<200 {
      if let found = try store.sessions().first?.id,
        try store.events(of: found).filter({ if case .input = $0 { true } else { false } })
          .count == before
      {
        id = found
        break
      }
      Thread.sleep(forTimeInterval: 0.1)
    }
    let session = try #require(id)
    try Self.cluster("halt", folder)
    input.fileHandleForWriting.write(Data(answers[before...].map { $0 + "\n" }.joined().utf8))
    try input.fileHandleForWriting.close()
    talk.waitUntilExit()
    let said = try String(contentsOf: output, encoding: .utf8)
    #expect(said.contains("We can carry on"), "\(said)")
    #expect(said.components(separatedBy: "connection to the server was lost").count == 2)
    #expect(said.contains("this plan is kept on this computer"), "\(said)")
    #expect(said.contains("carecoach resume \(session)"), "\(said)")

    try Self.cluster("restart", folder)
    let resume = Process()
    resume.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
    resume.arguments = ["resume", session, "--plain", "--store", address("ana")]
    resume.environment = environment
    let resumed = Pipe()
    resume.standardInput = FileHandle.nullDevice
    resume.standardOutput = resumed
    try resume.run()
    let shown = String(
      decoding: resumed.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    resume.waitUntilExit()
    #expect(resume.terminationStatus == 0, "\(shown)")
    #expect(shown.contains("answers kept on this computer are now saved"), "\(shown)")
    #expect(shown.contains("walk more"), "\(shown)")

    let after = try PostgresSessionStore(address: address("ana"))
    let typed = try after.events(of: session).compactMap { event -> String? in
      if case .input(let text, _) = event { text } else { nil }
    }
    #expect(typed == answers)
    #expect(try after.session(session)?.status == .finished)
    #expect(try after.planVersion(producedBy: session) != nil)
    // Sent once: a second resume finds nothing waiting and a finished conversation.
    #expect(
      !FileManager.default.fileExists(
        atPath: home.appendingPathComponent("data/carecoach/unsent-\(session).jsonl").path))
  }
}
