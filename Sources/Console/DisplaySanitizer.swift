/// Makes text safe to put on a terminal.
///
/// Anything shown may have come from the person (an answer read back in a summary) or from a
/// script file, so a stray escape sequence could recolour the screen, retitle the window or
/// worse. Every control sequence and control character is removed; newlines are kept because
/// they are structure, tabs become a space because their width depends on the terminal.
/// Printable text of every script, including right-to-left text, passes through unchanged.
public enum DisplaySanitizer {
  public static func clean(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var input = Array(text.unicodeScalars)[...]
    while let scalar = input.popFirst() {
      switch scalar.value {
      case 0x0A:
        scalars.append(scalar)
      case 0x09:
        scalars.append(" ")
      case 0x1B:
        skipEscapeSequence(&input)
      case 0x9B:
        skipControlSequenceBody(&input)
      case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
        skipStringBody(&input)
      case 0x00...0x1F, 0x7F...0x9F:
        break
      default:
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Removes what follows an ESC: the kind of sequence is told by the next character.
  private static func skipEscapeSequence(_ input: inout ArraySlice<Unicode.Scalar>) {
    guard let next = input.first else { return }
    switch next.value {
    case 0x5B:  // "[": control sequence
      input.removeFirst()
      skipControlSequenceBody(&input)
    case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // "]" OSC, "P" DCS, "X" SOS, "^" PM, "_" APC
      input.removeFirst()
      skipStringBody(&input)
    case 0x20...0x2F:  // intermediates, then one final character
      while let scalar = input.first, (0x20...0x2F).contains(scalar.value) {
        input.removeFirst()
      }
      if let final = input.first, (0x30...0x7E).contains(final.value) { input.removeFirst() }
    case 0x30...0x7E:  // a two-character sequence such as ESC c (reset)
      input.removeFirst()
    default:
      break  // a bare ESC: drop it and keep what follows
    }
  }

  /// Parameters and intermediates run until a final byte in 0x40...0x7E; anything else that is
  /// not part of a sequence ends it early so printable text is never swallowed.
  private static func skipControlSequenceBody(_ input: inout ArraySlice<Unicode.Scalar>) {
    while let scalar = input.first {
      switch scalar.value {
      case 0x20...0x3F:
        input.removeFirst()
      case 0x40...0x7E:
        input.removeFirst()
        return
      default:
        return
      }
    }
  }

  /// Operating-system commands and device-control strings end with BEL or ST (ESC \ or 0x9C).
  /// An unterminated one is dropped to the end of a line, the most a terminal would swallow.
  private static func skipStringBody(_ input: inout ArraySlice<Unicode.Scalar>) {
    while let scalar = input.first {
      switch scalar.value {
      case 0x07, 0x9C:
        input.removeFirst()
        return
      case 0x1B:
        // ESC \ ends the string; any other ESC starts a new sequence, left for the caller.
        if input.dropFirst().first == "\\" { input.removeFirst(2) }
        return
      case 0x0A:
        return
      default:
        input.removeFirst()
      }
    }
  }
}
