import Foundation
import Testing

/// The package's root folder, found from this file's place in Tests/.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// The built `carecoach`: `CARECOACH_BIN` when set (the Makefile sets it), else the debug build.
let binary: URL = {
  if let path = ProcessInfo.processInfo.environment["CARECOACH_BIN"], !path.isEmpty {
    return URL(fileURLWithPath: path)
  }
  return packageRoot.appendingPathComponent(".build/debug/carecoach")
}()

func fixture(_ path: String) -> String {
  packageRoot.appendingPathComponent("Tests/Fixtures/\(path)").path
}

struct RunResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs the binary with `input` on a pipe and waits for it, with a time limit so a program
/// that waits for a key press fails the test instead of hanging it.
func run(
  _ arguments: [String], input: Data = Data(), environment: [String: String] = [:],
  directory: URL? = nil, timeout: TimeInterval = 30
) throws -> RunResult {
  let process = Process()
  process.executableURL = binary
  process.arguments = arguments
  var env = ProcessInfo.processInfo.environment
  let home = FileManager.default.temporaryDirectory.appendingPathComponent(
    "carecoach-e2e-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
  env["HOME"] = home.path
  env["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
  env.removeValue(forKey: "NO_COLOR")
  for (key, value) in environment { env[key] = value }
  process.environment = env
  if let directory { process.currentDirectoryURL = directory }
  let stdin = Pipe()
  let stdout = Pipe()
  let stderr = Pipe()
  process.standardInput = stdin
  process.standardOutput = stdout
  process.standardError = stderr
  try process.run()
  // Write and read on other threads, so a large input or output cannot fill a pipe and stall.
  let writer = Thread {
    stdin.fileHandleForWriting.write(input)
    try? stdin.fileHandleForWriting.close()
  }
  writer.start()
  let collected = OutputCollector()
  let outReader = Thread { collected.setOut(stdout.fileHandleForReading.readDataToEndOfFile()) }
  let errReader = Thread { collected.setErr(stderr.fileHandleForReading.readDataToEndOfFile()) }
  outReader.start()
  errReader.start()
  let deadline = Date().addingTimeInterval(timeout)
  while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
  if process.isRunning {
    process.terminate()
    Issue.record("carecoach \(arguments.joined(separator: " ")) did not finish in \(timeout) s")
  }
  process.waitUntilExit()
  while !collected.done { Thread.sleep(forTimeInterval: 0.01) }
  try? FileManager.default.removeItem(at: home)
  return RunResult(
    status: process.terminationStatus, stdout: String(decoding: collected.out, as: UTF8.self),
    stderr: String(decoding: collected.err, as: UTF8.self))
}

func run(_ arguments: [String], lines: [String], environment: [String: String] = [:]) throws
  -> RunResult
{
  try run(
    arguments, input: Data(lines.map { $0 + "\n" }.joined().utf8), environment: environment)
}

/// Gathers the two output streams from their reader threads.
final class OutputCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var outData: Data?
  private var errData: Data?

  func setOut(_ data: Data) { lock.withLock { outData = data } }
  func setErr(_ data: Data) { lock.withLock { errData = data } }
  var out: Data { lock.withLock { outData ?? Data() } }
  var err: Data { lock.withLock { errData ?? Data() } }
  var done: Bool { lock.withLock { outData != nil && errData != nil } }
}
