import Foundation

/// Joining a letter and a combining mark typed after it into the one character Unicode has for
/// the pair (NFC), so the line editor treats "é" typed as e then U+0301 as the single letter it
/// shows: one Backspace removes it, the cursor steps over it, and a redraw keeps the accent.
///
/// A pair with no precomposed form (q with an acute, most stacked marks) stays two characters;
/// libedit then edits the mark on its own, which is the case `docs/terminal.md` describes.
///
/// The key reader asks only about zero-width characters after a letter, so ordinary typing
/// never comes here.
enum Composition {
  static func joined(_ base: Unicode.Scalar, _ mark: Unicode.Scalar) -> Unicode.Scalar? {
    var pair = String.UnicodeScalarView()
    pair.append(base)
    pair.append(mark)
    let scalars = String(pair).precomposedStringWithCanonicalMapping.unicodeScalars
    guard scalars.count == 1, let only = scalars.first, only != base else { return nil }
    return only
  }
}
