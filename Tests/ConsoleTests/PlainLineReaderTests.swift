import Foundation
import Testing

@testable import Console

@Suite struct PlainLineReaderTests {
  /// Feeds bytes through a real pipe, as piped standard input would arrive. A writer thread
  /// is used so input larger than the pipe buffer does not block.
  func lines(from bytes: [UInt8]) -> [String] {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    let writeEnd = fds[1]
    let writer = Thread {
      bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
          let written = write(writeEnd, buffer.baseAddress! + offset, buffer.count - offset)
          if written <= 0 { break }
          offset += written
        }
      }
      close(writeEnd)
    }
    writer.start()
    let reader = PlainLineReader(fd: fds[0])
    var result: [String] = []
    while let line = reader.readLine() { result.append(line) }
    close(fds[0])
    return result
  }

  @Test func splitsLinesAndKeepsTheLastWithoutNewline() {
    #expect(lines(from: Array("one\ntwo\r\n\nlast".utf8)) == ["one", "two", "", "last"])
  }

  @Test func emptyInputHasNoLines() {
    #expect(lines(from: []).isEmpty)
    #expect(lines(from: Array("\n".utf8)) == [""])
  }

  @Test func replacesInvalidUTF8InsteadOfDroppingTheLine() {
    let result = lines(from: [0x61, 0xFF, 0xFE, 0x62, 0x0A, 0xC3, 0xA9, 0x0A])
    #expect(result == ["a\u{FFFD}\u{FFFD}b", "é"])
  }

  @Test func readsAMegabyteLineWhole() {
    let long = [UInt8](repeating: 0x78, count: 1_048_576)
    let result = lines(from: long + [0x0A] + Array("after".utf8))
    #expect(result.count == 2)
    #expect(result.first?.utf8.count == 1_048_576)
    #expect(result.last == "after")
  }

  @Test func terminalReadsPlainLinesWithoutAPrompt() {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    _ = "yes\u{1B}[31m\n".withCString { write(fds[1], $0, strlen($0)) }
    close(fds[1])
    var shown = ""
    let terminal = Terminal(
      settings: TerminalSettings(), inputIsTerminal: false, outputIsTerminal: false,
      inputFD: fds[0], columns: 40, output: { shown += $0 })
    #expect(terminal.read(prompt: "> ", completions: []) == .line("yes\u{1B}[31m"))
    #expect(terminal.read(prompt: "> ", completions: []) == .end)
    terminal.show(.say("You said: yes\u{1B}[31m"))
    #expect(shown == "You said: yes\n")
    close(fds[0])
  }

  @Test func typedBytesBecomeLinesOnlyAtEnter() {
    let reader = PlainLineReader(fd: -1)
    reader.append(Array("Sa".utf8))
    #expect(reader.takeBufferedLine() == nil)
    #expect(reader.hasPartialLine)
    // Ctrl-D in the middle of a line hands over "Sa"; the rest follows with Enter.
    reader.append(Array("m\r\n".utf8))
    #expect(reader.takeBufferedLine() == "Sam")
    #expect(!reader.hasPartialLine)
    #expect(reader.takeBufferedLine() == nil)
  }

  @Test func aCtrlCDropsThePartialLine() {
    let reader = PlainLineReader(fd: -1)
    reader.append(Array("garbage".utf8))
    reader.discardPartialLine()
    #expect(!reader.hasPartialLine)
    reader.append(Array("Sam\n".utf8))
    #expect(reader.takeBufferedLine() == "Sam")
  }

  @Test func settingsThatPromiseNoEscapeCodesReadWithoutTheLineEditor() {
    #expect(TerminalSettings().lineEditing)
    #expect(!TerminalSettings(plain: true).lineEditing)
    #expect(
      !TerminalSettings.fromEnvironment(
        plain: false, historyFile: nil, environment: ["NO_COLOR": "1"]
      ).lineEditing)
    #expect(
      !TerminalSettings.fromEnvironment(
        plain: false, historyFile: nil, environment: ["TERM": "dumb"]
      ).lineEditing)
  }
}
