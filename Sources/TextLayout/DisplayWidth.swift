/// How many terminal columns text takes.
///
/// Wrapping by `count` would let emoji and East Asian text run past the edge and would count
/// accents as extra columns, so widths are worked out per grapheme the way terminals draw them:
/// wide characters and emoji take two columns, combining marks and joiners none.
public enum DisplayWidth {
  public static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    // The first scalar that draws decides the width; a cluster of only marks draws nothing.
    guard let base = scalars.first(where: { !isZeroWidth($0) }) else { return 0 }
    // A text-style symbol followed by VS16 is drawn as a two-column emoji.
    if scalars.contains("\u{FE0F}") && base.properties.isEmoji { return 2 }
    return isWide(base) ? 2 : 1
  }

  public static func of(_ scalar: Unicode.Scalar) -> Int {
    if isZeroWidth(scalar) { return 0 }
    if isWide(scalar) { return 2 }
    return 1
  }

  static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control:
      return true
    default:
      break
    }
    switch scalar.value {
    case 0x1160...0x11FF, 0xD7B0...0xD7FF:  // Hangul medial vowels and final consonants
      return true
    case 0xFE00...0xFE0F, 0xE0100...0xE01EF:  // variation selectors
      return true
    default:
      return false
    }
  }

  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.isEmojiPresentation { return true }
    switch scalar.value {
    case 0x1100...0x115F,  // Hangul leading consonants
      0x231A...0x231B, 0x2329...0x232A,
      0x2E80...0x303E,  // CJK radicals, punctuation
      0x3041...0x33FF,  // kana, CJK symbols
      0x3400...0x4DBF,  // CJK extension A
      0x4E00...0x9FFF,  // CJK unified ideographs
      0xA000...0xA4CF,  // Yi
      0xA960...0xA97F,  // Hangul extended A
      0xAC00...0xD7A3,  // Hangul syllables
      0xF900...0xFAFF,  // CJK compatibility ideographs
      0xFE10...0xFE19, 0xFE30...0xFE6F,  // vertical and small forms
      0xFF00...0xFF60, 0xFFE0...0xFFE6,  // fullwidth forms
      0x1F300...0x1F64F, 0x1F900...0x1F9FF,  // pictographs and emoji
      0x20000...0x2FFFD, 0x30000...0x3FFFD:  // CJK extensions B and later
      return true
    default:
      return false
    }
  }
}
