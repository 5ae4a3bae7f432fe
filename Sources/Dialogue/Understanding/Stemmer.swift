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
