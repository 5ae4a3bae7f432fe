import Foundation

/// Makes a typed line safe to keep, match and show back.
///
/// Terminal escape sequences and control characters are removed (so they can never be echoed
/// back raw), and everything else, however odd, is kept: nothing the person typed is lost.
public enum InputCleaner {
  public static func clean(_ line: String) -> String {
    // Printable ASCII has nothing to take out: the loop below would copy it as it is.
    if line.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return Whitespace.trimmed(line) }
    var output = String.UnicodeScalarView()
    var scalars = line.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    func nextScalar() -> Unicode.Scalar? {
      if let scalar = pending {
        pending = nil
        return scalar
      }
      return scalars.next()
    }
    while let scalar = nextScalar() {
      switch scalar.value {
      case 0x1B:
        skipEscapeSequence(&scalars, pending: &pending)
      case 0x9B:  // CSI as a single C1 character
        skipUntilFinalByte(&scalars)
      case 0x9D:  // OSC as a single C1 character
        skipUntilStringTerminator(&scalars)
      case 0x09, 0x0A, 0x0D:
        output.append(" ")
      case 0x00...0x1F, 0x7F, 0x80...0x9F:
        continue
      case 0x202A...0x202E, 0x2066...0x2069:
        // Bidirectional overrides can make shown text read differently from what is stored;
        // right-to-left letters themselves are kept.
        continue
      default:
        output.append(scalar)
      }
    }
    return Whitespace.trimmed(String(output))
  }

  private static func skipEscapeSequence(
    _ scalars: inout String.UnicodeScalarView.Iterator, pending: inout Unicode.Scalar?
  ) {
    guard let next = scalars.next() else { return }
    switch next {
    case "[": skipUntilFinalByte(&scalars)
    case "]", "P", "X", "^", "_": skipUntilStringTerminator(&scalars)
    case "(", ")", "*", "+", "#", "%":
      _ = scalars.next()  // a character-set selection takes one more character
    default:
      // A two-character sequence such as ESC c; anything printable after a lone ESC goes too,
      // but a control character starts over so it is handled on its own.
      if next.value < 0x20 { pending = next }
    }
  }

  /// CSI parameters run until a byte from 0x40 to 0x7E.
  private static func skipUntilFinalByte(_ scalars: inout String.UnicodeScalarView.Iterator) {
    while let scalar = scalars.next() {
      if (0x40...0x7E).contains(scalar.value) { return }
      if scalar.value < 0x20 || scalar.value > 0x7E { return }
    }
  }

  /// OSC and similar strings end with BEL or ESC \.
  private static func skipUntilStringTerminator(
    _ scalars: inout String.UnicodeScalarView.Iterator
  ) {
    var sawEscape = false
    while let scalar = scalars.next() {
      if scalar.value == 0x07 || scalar.value == 0x9C { return }
      if sawEscape && scalar == "\\" { return }
      sawEscape = scalar.value == 0x1B
    }
  }
}
