import CLibedit
import Foundation
import TextLayout

/// Line editing with libedit: Emacs keys, history recall, Tab completion, Ctrl-L redraw.
///
/// libedit calls back into Swift through C function pointers that cannot capture anything, so
/// the editor registers itself as the EditLine's client data and the callbacks look it up.
final class LineEditor {
  /// Marks the start and end of escape codes in the prompt so libedit does not count them as
  /// columns; a control character that never appears in a sanitised prompt.
  static let promptIgnore: Character = "\u{1}"

  private let editLine: OpaquePointer
  private let history: LineHistory
  private var prompt: UnsafeMutablePointer<CChar>
  /// What Tab may complete to during the current read.
  var completions: [String] = []
  /// The width to lay out a list of completions in.
  var columns: () -> Int = { 80 }
  private var ended = false

  init?(history: LineHistory) {
    guard let editLine = el_init("carecoach", cc_stdin(), cc_stdout(), cc_stderr()) else {
      return nil
    }
    self.editLine = editLine
    self.history = history
    self.prompt = strdup("")
    _ = cc_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
    _ = cc_el_set_editor(editLine, "emacs")
    // libedit then restores the terminal before any signal's own handler runs, and makes
    // Ctrl-C end el_gets with no line.
    _ = cc_el_set_signal(editLine, 1)
    _ = cc_el_set_prompt_esc(
      editLine,
      { editLine in
        guard let editLine, let editor = LineEditor.owner(of: editLine) else { return nil }
        return UnsafePointer(editor.prompt)
      }, CChar(LineEditor.promptIgnoreByte))
    _ = cc_el_set_history(editLine, history.handle)
    _ = cc_el_add_function(
      editLine, "carecoach-complete", "Complete a command or a choice",
      { editLine, _ in
        guard let editLine, let editor = LineEditor.owner(of: editLine) else {
          return UInt8(CC_ERROR)
        }
        return editor.completeWord()
      })
    // Keys are read by CareCoach's own function (see cc_read_char in the shim): a Ctrl-C just
    // before the wait still ends it, the kiosk's reads can time out, and a combining mark joins
    // its letter. Its joining arrives as Delete-previous-character then the joined letter, so
    // that key is bound here whatever the terminal's erase character is.
    _ = cc_el_use_key_reader(editLine)
    // Joins a letter and a combining mark for the key reader; 0 when Unicode has no single
    // character for the pair.
    cc_set_compose { base, mark in
      guard let base = Unicode.Scalar(UInt32(bitPattern: base)),
        let mark = Unicode.Scalar(UInt32(bitPattern: mark)),
        let joined = Composition.joined(base, mark)
      else { return 0 }
      return wchar_t(bitPattern: joined.value)
    }
    _ = cc_el_bind(editLine, "^?", "em-delete-prev-char")
    _ = cc_el_keep_input_on_interrupt(editLine)
    _ = cc_el_bind(editLine, "^I", "carecoach-complete")
    _ = cc_el_bind(editLine, "^L", "ed-clear-screen")
    // Keys people expect from other terminal programs that libedit's Emacs map lacks or binds
    // differently (its Ctrl-W kills a marked region, which surprises everyone).
    _ = cc_el_bind(editLine, "^W", "ed-delete-prev-word")
    for (sequence, command) in [
      ("\u{1B}[H", "ed-move-to-beg"), ("\u{1B}[F", "ed-move-to-end"),
      ("\u{1B}[1~", "ed-move-to-beg"), ("\u{1B}[4~", "ed-move-to-end"),
      ("\u{1B}OH", "ed-move-to-beg"), ("\u{1B}OF", "ed-move-to-end"),
      ("\u{1B}[3~", "ed-delete-next-char"),
    ] {
      _ = cc_el_bind(editLine, sequence, command)
    }
  }

  deinit {
    end()
    free(prompt)
  }

  private static var promptIgnoreByte: UInt8 { promptIgnore.asciiValue ?? 1 }

  private static func owner(of editLine: OpaquePointer) -> LineEditor? {
    guard let data = cc_el_get_clientdata(editLine) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
  }

  /// Lets `read(prompt:idleLimit:)` give up when no key comes in time, even in the middle of a
  /// line, caps lines at 2,000 characters, keeps no history, and ends a read on any signal but
  /// a resize: the kiosk's reads.
  func useTimedReads() {
    // Nor may Ctrl-S stop the screen, or a kiosk's clearing would wait behind it.
    _ = cc_el_no_flow_control(editLine)
    timedReads = true
  }

  private var timedReads = false

  /// What was on the line, not yet entered, when the last read gave up with `.timeout`; empty
  /// after any other end. The kiosk gives it back to the next read, so a pause half way
  /// through a line loses none of it.
  private(set) var unfinished = ""

  /// Reads one line. Ctrl-C must not end the program while reading, so a counting SIGINT
  /// handler stands in for the usual one until the read is over. With timed reads on, a wait
  /// for a key longer than `idleLimit` seconds ends the read with `.timeout`. `typed` is put
  /// on the line first, as if typed, to be finished or changed.
  func read(prompt text: String, idleLimit: Double? = nil, typed: String = "") -> LineInput {
    free(prompt)
    prompt = strdup(text)
    unfinished = ""
    var previous = sigaction()
    cc_catch_interrupts(&previous)
    defer { cc_release_interrupts(&previous) }
    let interruptsBefore = cc_interrupts_seen()
    cc_begin_read(
      timedReads ? Int32(idleLimit.map { max(0, min($0 * 1000, 1e9)) } ?? -1) : -1,
      timedReads ? 1 : 0)
    defer { cc_end_read() }
    // Into libedit's mode before the prompt is drawn, so no key is cooked by the terminal.
    _ = cc_el_prepare_terminal(editLine)
    // Only what can be typed goes back on the line: a control key would be run as a command.
    let retyped = DisplaySanitizer.clean(typed).filter { $0 != "\n" && $0 != "\t" }
    if !retyped.isEmpty { el_push(editLine, retyped) }
    var count: Int32 = 0
    let result = el_gets(editLine, &count)
    // A whole line means Enter came first: a Ctrl-C after it does not take the line away.
    if let result, count > 0 {
      var line = String(cString: result)
      // "\r\n" is a single Character, so trim by scalar.
      while let last = line.unicodeScalars.last, last == "\n" || last == "\r" {
        line.unicodeScalars.removeLast()
      }
      // A kiosk keeps no history: Up must never bring back the last person's answer.
      if !timedReads { history.add(line) }
      return .line(line)
    }
    // The cursor is still after the abandoned text; start what follows on a fresh line.
    writeOut("\n")
    if cc_interrupts_seen() != interruptsBefore || cc_read_was_signalled() != 0 {
      return .interrupt
    }
    guard cc_idle_limit_reached() != 0 else { return .end }
    unfinished = lineSoFar()
    return .timeout
  }

  /// The text on the line now, whole, wherever the cursor is.
  private func lineSoFar() -> String {
    guard let info = cc_el_line(editLine)?.pointee, let buffer = info.buffer,
      let end = info.lastchar, end > buffer
    else { return "" }
    let bytes = UnsafeBufferPointer(
      start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: end - buffer)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Puts the terminal back to how libedit found it. Safe to call more than once.
  func end() {
    guard !ended else { return }
    ended = true
    el_end(editLine)
  }

  private func completeWord() -> UInt8 {
    guard let info = cc_el_line(editLine)?.pointee, let buffer = info.buffer else {
      return UInt8(CC_ERROR)
    }
    let length = info.cursor - buffer
    let bytes = UnsafeBufferPointer(
      start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: max(length, 0))
    let beforeCursor = String(decoding: bytes, as: UTF8.self)
    switch Completer.complete(beforeCursor, candidates: completions) {
    case .none:
      return UInt8(CC_REFRESH_BEEP)
    case .replace(let removing, let text):
      cc_el_deletestr(editLine, Int32(removing))
      _ = cc_el_insertstr(editLine, DisplaySanitizer.clean(text))
      return UInt8(CC_REFRESH)
    case .list(let matches):
      // One per line: choices have spaces in them, so a row of them would read as one.
      let wrapped = matches.flatMap {
        TextWrapper(width: columns(), firstPrefix: "  ").wrap(DisplaySanitizer.clean($0))
      }
      // The terminal is in libedit's raw mode here, so end lines with CR LF explicitly.
      writeOut("\r\n" + wrapped.joined(separator: "\r\n") + "\r\n")
      return UInt8(CC_REDISPLAY)
    }
  }

  private func writeOut(_ text: String) {
    fputs(text, cc_stdout())
    fflush(cc_stdout())
  }
}
