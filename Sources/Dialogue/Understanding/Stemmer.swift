/// A light English stemmer, so that "walk", "walks", "walked" and "walking" are one word to the
/// lexicon and to pattern rules.
///
/// It strips only inflections (plural -s, -ed, -ing) and two suffixes that keep the meaning
/// ("-ness", "-ful"), in the manner of the first step of Porter's algorithm. It does not need to
/// produce real words, only the same stem for the forms people use; and because the lexicon's
/// terms go through it too, any oddity is shared by both sides. Suffixes that change the meaning
/// ("-less" in "painless") are deliberately left alone.
enum Stemmer {
  private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

  static func stem(_ word: String) -> String {
    if let stem = asciiStem(word) { return stem }
    return characterStem(word)
  }

  /// The same steps as `characterStem`, on the bytes of a word of lower-case ASCII letters
  /// (nearly every word people type), with no `Character` handling; nil for any other word.
  /// Tests check the two agree.
  static func asciiStem(_ original: String) -> String? {
    var word = original
    return word.withUTF8 { bytes -> String? in
      guard bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
      guard bytes.count > 3 else { return original }
      // Every step below needs the word to end in s ("-ness", plurals), l ("-ful"), d or g
      // ("-ed", "-ing") or y; most words end otherwise and are their own stem.
      switch bytes[bytes.count - 1] {
      case 0x73, 0x6C, 0x64, 0x67, 0x79: break
      default: return original
      }
      var letters = Array(bytes)
      if letters.count >= 7, letters.hasSuffix("ness") {
        letters.removeLast(4)
      } else if letters.count >= 6, letters.hasSuffix("ful") {
        letters.removeLast(3)
      }
      ASCIILetters.stripPlural(&letters)
      ASCIILetters.stripVerbEnding(&letters)
      let count = letters.count
      if count > 2, letters[count - 1] == 0x79, !ASCIILetters.isVowel(letters, count - 2),
        ASCIILetters.hasVowel(letters[..<(count - 1)])
      {
        letters[count - 1] = 0x69
      }
      return String(decoding: letters, as: UTF8.self)
    }
  }

  /// The stemmer on `Character`s, for words with letters beyond ASCII.
  static func characterStem(_ word: String) -> String {
    guard word.count > 3, word.allSatisfy({ $0.isLetter }) else { return word }
    var letters = Array(word)
    for suffix in ["ness", "ful"] where letters.count - suffix.count >= 3 && word.hasSuffix(suffix)
    {
      letters.removeLast(suffix.count)
      break
    }
    stripPlural(&letters)
    stripVerbEnding(&letters)
    if letters.count > 2, letters.last == "y", !isVowel(letters, letters.count - 2),
      hasVowel(letters.dropLast())
    {
      letters[letters.count - 1] = "i"
    }
    return String(letters)
  }

  private static func isVowel(_ letters: [Character], _ index: Int) -> Bool {
    let letter = letters[index]
    if vowels.contains(letter) { return true }
    // "y" after a consonant sounds as a vowel ("dry", "happy").
    return letter == "y" && index > 0 && !vowels.contains(letters[index - 1])
  }

  private static func hasVowel(_ letters: ArraySlice<Character>) -> Bool {
    let array = Array(letters)
    return array.indices.contains { isVowel(array, $0) }
  }

  private static func stripPlural(_ letters: inout [Character]) {
    let word = String(letters)
    if word.hasSuffix("sses") {
      letters.removeLast(2)
    } else if word.hasSuffix("ies") {
      letters.removeLast(2)
    } else if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
      !word.hasSuffix("is"), letters.count > 3
    {
      letters.removeLast()
    }
  }

  private static func stripVerbEnding(_ letters: inout [Character]) {
    let word = String(letters)
    if word.hasSuffix("eed") {
      if letters.count > 4 { letters.removeLast() }
      return
    }
    var stripped = letters
    if word.hasSuffix("ing") {
      stripped.removeLast(3)
    } else if word.hasSuffix("ed") {
      stripped.removeLast(2)
    } else {
      return
    }
    guard stripped.count >= 2, hasVowel(stripped[...]) else { return }
    letters = stripped
    let count = letters.count
    if count >= 2, letters[count - 1] == letters[count - 2], !isVowel(letters, count - 1),
      !["l", "s", "z"].contains(letters[count - 1])
    {
      letters.removeLast()
    } else if endsShortSyllable(letters) {
      letters.append("e")
    }
  }

  /// A stem like "smok", "hop" or "car": one vowel group ending consonant-vowel-consonant, which
  /// lost an "e" before the ending ("smoking" from "smoke").
  private static func endsShortSyllable(_ letters: [Character]) -> Bool {
    let count = letters.count
    guard count >= 3 else { return false }
    guard !isVowel(letters, count - 1), isVowel(letters, count - 2), !isVowel(letters, count - 3),
      !["w", "x", "y"].contains(letters[count - 1])
    else { return false }
    var groups = 0
    var inVowel = false
    for index in 0..<count {
      let vowel = isVowel(letters, index)
      if vowel && !inVowel { groups += 1 }
      inVowel = vowel
    }
    return groups == 1
  }
}

/// `Stemmer`'s letter tests and endings on ASCII bytes, written to match the `Character`
/// versions step for step.
private enum ASCIILetters {
  static func isPlainVowel(_ byte: UInt8) -> Bool {
    byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75
  }

  static func isVowel<C: RandomAccessCollection<UInt8>>(_ letters: C, _ offset: Int) -> Bool {
    let index = letters.index(letters.startIndex, offsetBy: offset)
    let letter = letters[index]
    if isPlainVowel(letter) { return true }
    // "y" after a consonant sounds as a vowel ("dry", "happy").
    return letter == 0x79 && offset > 0 && !isPlainVowel(letters[letters.index(before: index)])
  }

  static func hasVowel<C: RandomAccessCollection<UInt8>>(_ letters: C) -> Bool {
    (0..<letters.count).contains { isVowel(letters, $0) }
  }

  static func stripPlural(_ letters: inout [UInt8]) {
    if letters.hasSuffix("sses") || letters.hasSuffix("ies") {
      letters.removeLast(2)
    } else if letters.hasSuffix("s"), !letters.hasSuffix("ss"), !letters.hasSuffix("us"),
      !letters.hasSuffix("is"), letters.count > 3
    {
      letters.removeLast()
    }
  }

  static func stripVerbEnding(_ letters: inout [UInt8]) {
    if letters.hasSuffix("eed") {
      if letters.count > 4 { letters.removeLast() }
      return
    }
    var stripped = letters
    if letters.hasSuffix("ing") {
      stripped.removeLast(3)
    } else if letters.hasSuffix("ed") {
      stripped.removeLast(2)
    } else {
      return
    }
    guard stripped.count >= 2, hasVowel(stripped) else { return }
    letters = stripped
    let count = letters.count
    let last = letters[count - 1]
    if count >= 2, last == letters[count - 2], !isVowel(letters, count - 1),
      last != 0x6C, last != 0x73, last != 0x7A
    {
      letters.removeLast()
    } else if endsShortSyllable(letters) {
      letters.append(0x65)
    }
  }

  static func endsShortSyllable(_ letters: [UInt8]) -> Bool {
    let count = letters.count
    guard count >= 3 else { return false }
    let last = letters[count - 1]
    guard !isVowel(letters, count - 1), isVowel(letters, count - 2), !isVowel(letters, count - 3),
      last != 0x77, last != 0x78, last != 0x79
    else { return false }
    var groups = 0
    var inVowel = false
    for index in 0..<count {
      let vowel = isVowel(letters, index)
      if vowel && !inVowel { groups += 1 }
      inVowel = vowel
    }
    return groups == 1
  }
}

extension Array where Element == UInt8 {
  /// Whether the bytes end with the ASCII `suffix`.
  fileprivate func hasSuffix(_ suffix: StaticString) -> Bool {
    let length = suffix.utf8CodeUnitCount
    guard count >= length else { return false }
    return suffix.withUTF8Buffer { tail in
      var offset = 0
      for index in (count - length)..<count {
        if self[index] != tail[offset] { return false }
        offset += 1
      }
      return true
    }
  }
}
