import CLibedit
import Foundation

/// Earlier answers, for up-arrow recall, kept in libedit's history list.
///
/// Separate from the line editor so it can be filled, saved and loaded without a terminal.
/// Answers are personal data, so the file on disk is readable by its owner only, in a
/// directory only its owner can enter.
final class LineHistory {
  let handle: OpaquePointer

  init(size: Int32 = 500) {
    handle = history_init()
    _ = cc_history_setsize(handle, size)
    _ = cc_history_setunique(handle, 1)
  }

  deinit { history_end(handle) }

  /// True once a line has been added since loading, so there is something worth saving.
  private(set) var changed = false

  /// Blank lines are left out: recalling one is never useful.
  func add(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace) else { return }
    _ = cc_history_enter(handle, line)
    changed = true
  }

  var count: Int { Int(cc_history_count(handle)) }

  /// Every line, oldest first.
  var lines: [String] {
    var found: [String] = []
    var line = cc_history_oldest(handle)
    while let current = line {
      found.append(String(cString: current))
      line = cc_history_newer(handle)
    }
    return found
  }

  /// Forgets every line, for a shared terminal between one person and the next.
  func clear() {
    _ = cc_history_clear(handle)
  }

  /// A missing or unreadable file just means no earlier answers; it must not stop the app.
  func load(from path: String) {
    guard FileManager.default.fileExists(atPath: path) else { return }
    _ = cc_history_load(handle, path)
  }

  func save(to path: String) throws {
    try HistoryFile.prepare(path)
    guard cc_history_save(handle, path) >= 0 else {
      throw HistoryFile.Failure(path: path, reason: String(cString: strerror(errno)))
    }
    // libedit writes through fopen, so set the mode again in case it was ever loosened.
    chmod(path, 0o600)
  }
}

/// A history file on disk: made private before anything is written to it, so there is no
/// moment when the data is readable by others, and cleared of a person's lines when what is
/// saved about them is deleted.
public enum HistoryFile {
  public struct Failure: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot save line history to \(path): \(reason)" }
  }

  /// How many lines of the file at `path` are among `answers`; none when there is no file.
  public static func count(of answers: Set<String>, in path: String) -> Int {
    let history = LineHistory()
    history.load(from: path)
    return history.lines.filter(answers.contains).count
  }

  /// Takes every line that is among `answers` out of the file at `path`, keeping the others
  /// in their order; the file goes altogether when nothing is left in it. Returns how many
  /// lines were taken out. The file is read and written with libedit, which encodes each line
  /// its own way, so the lines compared are the ones Up would bring back.
  @discardableResult
  public static func remove(_ answers: Set<String>, from path: String) throws -> Int {
    guard FileManager.default.fileExists(atPath: path) else { return 0 }
    let history = LineHistory()
    history.load(from: path)
    let lines = history.lines
    let kept = lines.filter { !answers.contains($0) }
    guard kept.count < lines.count else { return 0 }
    if kept.isEmpty {
      do {
        try FileManager.default.removeItem(atPath: path)
      } catch {
        throw Failure(path: path, reason: error.localizedDescription)
      }
      return lines.count
    }
    history.clear()
    for line in kept { history.add(line) }
    try history.save(to: path)
    return lines.count - kept.count
  }

  static func prepare(_ path: String) throws {
    let directory = (path as NSString).deletingLastPathComponent
    if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
      do {
        try FileManager.default.createDirectory(
          atPath: directory, withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])
      } catch {
        throw Failure(path: path, reason: "\(error.localizedDescription)")
      }
    }
    let fd = open(path, O_WRONLY | O_CREAT, 0o600)
    guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
    fchmod(fd, 0o600)
    close(fd)
  }
}
