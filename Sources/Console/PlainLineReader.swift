import Foundation

/// Reads lines from a file descriptor that is not a terminal: a pipe, a file, a test.
///
/// Works on bytes rather than `readLine()` so that a line of any length is read whole, invalid
/// UTF-8 becomes U+FFFD instead of losing the line, and the last line counts even without a
/// newline. Nothing is ever dropped: every byte read ends up in some returned line.
public final class PlainLineReader {
  private let fd: Int32
  private var buffer: [UInt8] = []
  /// Where the unreturned part of `buffer` starts; compacted lazily to keep reads linear.
  private var start = 0
  private var reachedEnd = false
  private static let chunkSize = 64 * 1024

  public init(fd: Int32 = 0) { self.fd = fd }

  /// Whether a whole line is already read in, so a timed wait must not wait for more.
  public var hasWholeLine: Bool {
    buffer[start...].contains(0x0A)
  }

  /// The next line without its line ending ("\n" or "\r\n"), or nil at the end of input.
  public func readLine() -> String? {
    // How far past `start` has been searched already, so a long line is scanned once.
    var searched = 0
    while true {
      if let newline = buffer[(start + searched)...].firstIndex(of: 0x0A) {
        var end = newline
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        let line = decode(buffer[start..<end])
        start = newline + 1
        return line
      }
      searched = buffer.count - start
      if reachedEnd || !fill() {
        guard start < buffer.count else { return nil }
        let line = decode(buffer[start...])
        start = buffer.count
        return line
      }
    }
  }

  // MARK: Lines typed at a terminal in its own line mode

  // There the terminal driver hands over one line per read, and the end of input is a key
  // (Ctrl-D) rather than the end of the stream: `Terminal` reads the bytes itself, so that a
  // Ctrl-C can stop the wait, and keeps them here.

  /// Adds bytes read from the terminal.
  func append(_ bytes: some Sequence<UInt8>) {
    if start > 0 && start >= buffer.count / 2 {
      buffer.removeFirst(start)
      start = 0
    }
    buffer.append(contentsOf: bytes)
  }

  /// The next whole line already read in, without its line ending; nil until Enter.
  func takeBufferedLine() -> String? {
    guard let newline = buffer[start...].firstIndex(of: 0x0A) else { return nil }
    var end = newline
    if end > start && buffer[end - 1] == 0x0D { end -= 1 }
    let line = decode(buffer[start..<end])
    start = newline + 1
    return line
  }

  /// True when part of a line is waiting for its Enter (Ctrl-D in the middle of a line hands
  /// over what was typed so far).
  var hasPartialLine: Bool { start < buffer.count }

  /// Forgets a partial line, for a Ctrl-C.
  func discardPartialLine() {
    buffer.removeAll(keepingCapacity: true)
    start = 0
  }

  private func decode(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// Reads one more chunk; false at end of input or on an error that will not go away.
  private func fill() -> Bool {
    if start > 0 && start >= buffer.count / 2 {
      buffer.removeFirst(start)
      start = 0
    }
    var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
    while true {
      let count = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
      if count > 0 {
        buffer.append(contentsOf: chunk[0..<count])
        return true
      }
      if count < 0 && errno == EINTR { continue }
      reachedEnd = true
      return false
    }
  }
}
