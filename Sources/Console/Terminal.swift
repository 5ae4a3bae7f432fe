import CLibedit
import CProcessGuards
import Foundation

/// How the terminal should behave, decided once at start from flags and the environment.
public struct TerminalSettings: Sendable {
  /// No colour, no box drawing, nothing redrawn in place: for screen readers and `--plain`.
  public var plain: Bool
  /// Colour is used only when this is true and the output is a terminal; `NO_COLOR` clears it.
  public var colour: Bool
  /// Where line history is kept between runs; nil keeps it in memory only (kiosk, `--no-history`).
  public var historyFile: String?

  /// Whether libedit may edit lines. It redraws with escape codes (clear to the end of the
  /// line, clear the screen, carriage returns to move back), so with `--plain`, `NO_COLOR` or
  /// `TERM=dumb`, which promise no escape codes, lines are read in the terminal's own line mode
  /// instead: Backspace, Ctrl-U and Ctrl-W still work, but not history, Tab or Emacs keys.
  public var lineEditing: Bool { colour && !plain }

  public init(plain: Bool = false, colour: Bool = true, historyFile: String? = nil) {
    self.plain = plain
    self.colour = colour
    self.historyFile = historyFile
  }

  /// Applies `NO_COLOR` (any non-empty value) and `TERM=dumb` from the environment.
  public static func fromEnvironment(
    plain: Bool, historyFile: String?,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> TerminalSettings {
    let noColour = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
    return TerminalSettings(plain: plain, colour: !plain && !noColour, historyFile: historyFile)
  }
}

/// What one read gave.
public enum LineInput: Equatable, Sendable {
  /// A line the person entered, without its newline. Invalid UTF-8 is decoded with replacement
  /// characters, so nothing typed is lost.
  case line(String)
  /// Ctrl-C: the line being typed was cleared.
  case interrupt
  /// Ctrl-D on an empty line, or the end of piped input.
  case end
  /// No key was pressed for the time allowed (only when a read is given a time limit).
  case timeout
}

/// One piece of output, described by meaning; the terminal decides how it looks.
public enum Block: Equatable, Sendable {
  /// The assistant speaking: wrapped paragraphs.
  case say(String)
  /// A question, with its numbered choices (if any) and a short hint on how to answer.
  case question(text: String, choices: [String], hint: String?)
  /// Where the person is in the conversation: "Part 3 of 12: What matters most".
  case progress(part: Int, of: Int, title: String)
  /// A clarification, such as "I didn't catch a number there".
  case notice(String)
  /// Set apart from everything else and never carried by colour alone: urgent-help signposting.
  case alert(title: String, lines: [String])
  /// A bulleted list, such as a summary of answers.
  case list(title: String?, items: [String])
}

/// The terminal the conversation runs on: libedit when both ends are terminals and escape
/// codes are welcome, the terminal's own line mode when they are not, plain lines from a pipe.
/// Every piece of text shown is stripped of control sequences first.
///
/// This type only connects file descriptors to the pure parts (`BlockRenderer`,
/// `TextWrapper`, `DisplaySanitizer`, `Completer`), which is where the behaviour is tested.
public final class Terminal {
  public let settings: TerminalSettings
  /// True when standard input and output are both terminals (line editing, colour allowed).
  public let isInteractive: Bool
  private let outputIsTerminal: Bool
  private let inputIsTerminal: Bool
  private let output: (String) -> Void
  private let fixedColumns: Int?
  private let environment: [String: String]
  let history = LineHistory()
  private var editor: LineEditor?
  /// Lines are typed at a terminal with no line editor (`TerminalSettings.lineEditing`).
  private var readsTypedLines = false
  private let plainReader: PlainLineReader
  private var cachedColumns: Int?
  private var resizesSeen: Int32 = 0
  /// True once the SIGWINCH handler is counting resizes, so a cached width can be trusted.
  private var watchesResizes = false
  private var closed = false

  /// The terminal a `close()` at exit is owed to; only touched on the thread that runs the
  /// conversation and, at exit, by the atexit hook on that same thread.
  nonisolated(unsafe) private static weak var current: Terminal?

  public convenience init(settings: TerminalSettings) {
    let input = isatty(0) == 1
    let output = isatty(1) == 1
    self.init(
      settings: settings, inputIsTerminal: input, outputIsTerminal: output, inputFD: 0,
      columns: nil, output: Terminal.writeStandardOutput)
  }

  /// For tests and embedding: what the ends are, where input comes from, where output goes.
  /// Line editing is used only when both ends are terminals and `inputFD` is standard input.
  public init(
    settings: TerminalSettings, inputIsTerminal: Bool, outputIsTerminal: Bool,
    inputFD: Int32, columns: Int?,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    output: @escaping (String) -> Void
  ) {
    self.settings = settings
    self.inputIsTerminal = inputIsTerminal
    self.outputIsTerminal = outputIsTerminal
    self.isInteractive = inputIsTerminal && outputIsTerminal
    self.fixedColumns = columns
    self.environment = environment
    self.output = output
    self.plainReader = PlainLineReader(fd: inputFD)
    if let path = settings.historyFile { history.load(from: path) }
    if isInteractive && inputFD == 0 {
      Terminal.restoreOnSignals()
      _ = cc_use_utf8_ctype()
      if settings.lineEditing {
        startLineEditor()
      } else {
        readsTypedLines = true
      }
      resizesSeen = cc_resizes_seen()
      watchesResizes = true
    }
    Terminal.current = self
  }

  private func startLineEditor() {
    editor = LineEditor(history: history)
    editor?.columns = { [unowned self] in self.width }
    readsTypedLines = editor == nil
  }

  deinit { close() }

  /// Makes sure the terminal is put back however the program ends: SIGTERM, SIGHUP and
  /// SIGQUIT restore it and then end the program as the signal intended, and so does exit.
  /// Called by `init` for an interactive terminal; calling it again does nothing.
  public static func restoreOnSignals() {
    if isatty(0) == 1 { _ = cc_save_terminal(0) }
    cc_install_restoring_handlers()
    cc_count_resizes()
    installExitHook()
  }

  private static let exitHookInstalled: Void = {
    _ = atexit { Terminal.current?.close() }
  }()

  private static func installExitHook() { _ = exitHookInstalled }

  /// Columns available, re-read after the window is resized.
  public var width: Int {
    if let fixedColumns { return max(fixedColumns, 1) }
    let resizes = cc_resizes_seen()
    if let cachedColumns, resizes == resizesSeen, watchesResizes || !outputIsTerminal {
      return cachedColumns
    }
    resizesSeen = resizes
    let columns = Terminal.measureColumns(
      outputIsTerminal: outputIsTerminal, environment: environment)
    cachedColumns = columns
    return columns
  }

  /// Rows on the screen, re-read each time since a window can be resized; nil when output is
  /// not a terminal (or does not say), where there is no screen to fit.
  public var rows: Int? {
    guard outputIsTerminal, fixedColumns == nil else { return nil }
    let rows = Int(cc_terminal_rows(1))
    return rows > 0 ? rows : nil
  }

  /// The width to write to standard output at, for commands that only print: measured
  /// without taking over the terminal for line editing.
  public static var standardOutputWidth: Int {
    measureColumns(
      outputIsTerminal: isatty(1) == 1, environment: ProcessInfo.processInfo.environment)
  }

  /// The window size when output is a terminal, else `COLUMNS`, else 80.
  static func measureColumns(outputIsTerminal: Bool, environment: [String: String]) -> Int {
    if outputIsTerminal {
      let columns = Int(cc_terminal_columns(1))
      if columns > 0 { return columns }
    }
    if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
    return 80
  }

  /// Colour needs the setting and a terminal at both ends. Escape codes in a pipe or file are
  /// noise; and input that is not a terminal means no one is typing at this screen (a script,
  /// `printf ... | carecoach`), so it gets the same plain text a pipe would.
  var usesColour: Bool { settings.colour && !settings.plain && isInteractive }

  var renderOptions: RenderOptions {
    RenderOptions(width: width, colour: usesColour, plain: settings.plain)
  }

  public func show(_ block: Block) {
    let lines = BlockRenderer(options: renderOptions).render(block)
    output(lines.joined(separator: "\n") + "\n")
  }

  /// Clears the screen so the next person at a shared terminal sees nothing of the last.
  /// Returns false, doing nothing, when output is not a terminal or is plain (which promises
  /// no escape codes); callers that must hide earlier text then know to do it another way.
  @discardableResult
  public func clearScreen() -> Bool {
    guard outputIsTerminal, !settings.plain else { return false }
    output("\u{1B}[H\u{1B}[2J\u{1B}[3J")
    return true
  }

  /// Reads one line. `completions` are offered on Tab (commands and the current choices).
  public func read(prompt: String, completions: [String]) -> LineInput {
    let safePrompt = DisplaySanitizer.clean(prompt).replacingOccurrences(of: "\n", with: " ")
    if let editor, !closed {
      editor.completions = completions
      let styled = Styler(colour: usesColour).applyToPrompt(
        .prompt, to: safePrompt, ignore: LineEditor.promptIgnore)
      return editor.read(prompt: styled)
    }
    if readsTypedLines && !closed { return readTypedLine(prompt: safePrompt) }
    // Only someone at a keyboard needs to be asked; piped answers need no prompt in the output.
    if inputIsTerminal { output(safePrompt) }
    guard let line = plainReader.readLine() else { return .end }
    return .line(line)
  }

  /// Reads a line in the terminal's own line mode: the kernel echoes and edits it, with no
  /// escape codes. Ctrl-C and Ctrl-D mean what they mean with the line editor: Ctrl-C drops the
  /// line (`.interrupt`), and Ctrl-D on an empty line is `.end`. At a terminal that is a key,
  /// not the end of input, so the next read waits for the person again.
  private func readTypedLine(prompt: String) -> LineInput {
    var previous = sigaction()
    cc_catch_interrupts(&previous)
    defer { cc_release_interrupts(&previous) }
    _ = cc_use_line_mode(0)
    // Between reads the terminal is exactly as the person had it.
    defer { cc_restore_terminal() }
    output(prompt)
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      if let line = plainReader.takeBufferedLine() { return .line(line) }
      let count = chunk.withUnsafeMutableBufferPointer {
        cc_read_keys(0, $0.baseAddress, $0.count, -1)
      }
      if count > 0 {
        plainReader.append(chunk[0..<count])
        continue
      }
      if count == CC_READ_INTERRUPTED {
        cc_discard_typed(0)
        plainReader.discardPartialLine()
        // The terminal echoed ^C after the abandoned text; carry on from a fresh line.
        output("\n")
        return .interrupt
      }
      // Ctrl-D after part of a line hands that part over; only on an empty line does it end.
      if count == CC_READ_END && plainReader.hasPartialLine { continue }
      output("\n")
      return .end
    }
  }

  /// Reads one line, giving up with `.timeout` when no key is pressed for `idleLimit` seconds
  /// (nil waits for ever). The kiosk's idle reset rests on this: a person who walks away must
  /// not leave their answers on the screen for the next one. `typed` is put back on the line
  /// to carry on from (`unfinishedLine` of a read that gave up); only the line editor can.
  public func read(
    prompt: String, completions: [String], idleLimit: Double?, typed: String = ""
  ) -> LineInput {
    unfinishedLine = ""
    guard let idleLimit else { return read(prompt: prompt, completions: completions) }
    let safePrompt = DisplaySanitizer.clean(prompt).replacingOccurrences(of: "\n", with: " ")
    if let editor, !closed {
      editor.completions = completions
      let styled = Styler(colour: usesColour).applyToPrompt(
        .prompt, to: safePrompt, ignore: LineEditor.promptIgnore)
      let input = editor.read(prompt: styled, idleLimit: idleLimit, typed: typed)
      if input == .timeout { unfinishedLine = editor.unfinished }
      return input
    }
    if inputIsTerminal { output(safePrompt) }
    if !plainReader.hasWholeLine {
      let milliseconds = Int32(max(0, min(idleLimit * 1000, 1e9)))
      if cc_wait_for_input(milliseconds) == 0 {
        if inputIsTerminal { output("\n") }
        return .timeout
      }
    }
    guard let line = plainReader.readLine() else { return .end }
    return .line(line)
  }

  /// Keys are read so that a read can give up after a time; see `read(prompt:completions:
  /// idleLimit:)`. Called once by the kiosk before its first read.
  ///
  /// The kiosk keeps the line editor even with `--plain` or `NO_COLOR`: in the terminal's line
  /// mode no key reaches the program before Enter, so a person who walks away half way through
  /// a line could not be noticed, and their half line would wait in the terminal for the next
  /// person. The kiosk clears the screen between people anyway (see `clearScreenForNextPerson`).
  public func enableIdleLimits() {
    if readsTypedLines && !closed { startLineEditor() }
    editor?.useTimedReads()
    idleLimitsEnabled = true
  }

  private var idleLimitsEnabled = false

  /// What was typed on the line, without Enter, when the last timed read gave up: given back
  /// to the next read, so a person who pauses mid-word loses nothing.
  public private(set) var unfinishedLine = ""

  /// Starts line editing afresh: no history and an empty cut buffer, so nothing one person
  /// typed (or cut with Ctrl-U) can be brought back by the next with Up or Ctrl-Y.
  public func forgetEverythingTyped() {
    history.clear()
    guard editor != nil, !closed else { return }
    editor?.end()
    editor = LineEditor(history: history)
    editor?.columns = { [unowned self] in self.width }
    if idleLimitsEnabled { editor?.useTimedReads() }
  }

  /// Reads a secret such as a PIN without showing it, waiting at most `idleLimit` seconds.
  /// Nil when nothing came in time or input ended.
  public func readSecret(prompt: String, idleLimit: Double) -> String? {
    output(DisplaySanitizer.clean(prompt))
    let milliseconds = Int32(max(0, min(idleLimit * 1000, 1e9)))
    if inputIsTerminal {
      // libedit has left the terminal in its ordinary line mode between reads, so the line
      // discipline collects the line; only the echo is turned off.
      _ = cc_set_echo(0)
      defer {
        _ = cc_set_echo(1)
        output("\n")
      }
      guard cc_wait_for_input(milliseconds) == 1 else {
        // Half a secret typed without Enter waits in the terminal's line buffer; thrown away
        // here, it cannot turn up as the start of the next line read.
        cc_discard_typed_input()
        return nil
      }
      var bytes: [UInt8] = []
      var byte: UInt8 = 0
      while bytes.count < 1024 {
        let count = Foundation.read(0, &byte, 1)
        if count < 0 && errno == EINTR { continue }
        if count <= 0 || byte == 0x0A || byte == 0x0D { break }
        bytes.append(byte)
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    if !plainReader.hasWholeLine && cc_wait_for_input(milliseconds) != 1 { return nil }
    return plainReader.readLine()
  }

  /// Throws away keys typed but not yet read, when input is a terminal: a kiosk's wait that
  /// Enter could cut short would not slow down anyone guessing the PIN.
  public func discardTypedInput() {
    if isInteractive { cc_discard_typed_input() }
  }

  /// Clears the screen and its scrollback whatever the settings, as long as output is a
  /// terminal. Plain output promises no redrawing, but at a shared terminal leaving a person's
  /// answers for the next one is worse than one escape code.
  public func clearScreenForNextPerson() {
    guard outputIsTerminal else { return }
    // Output stopped with Ctrl-S would hold the clearing back until someone pressed Ctrl-Q.
    _ = tcflow(1, TCOON)
    output("\u{1B}[H\u{1B}[2J\u{1B}[3J")
  }

  /// Puts the terminal back as it was and saves history. Safe to call more than once.
  public func close() {
    guard !closed else { return }
    closed = true
    // A piped run never adds to the history, so it leaves the file (or its absence) alone.
    if let path = settings.historyFile, isInteractive || history.changed {
      do {
        try history.save(to: path)
      } catch {
        FileHandle.standardError.write(Data("carecoach: \(error)\n".utf8))
      }
    }
    editor?.end()
    editor = nil
    if isInteractive { cc_restore_terminal() }
  }

  private static func writeStandardOutput(_ text: String) {
    fputs(text, cc_stdout())
    fflush(cc_stdout())
  }
}
