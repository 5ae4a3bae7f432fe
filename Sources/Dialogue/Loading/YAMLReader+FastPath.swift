import Yams

extension YAMLReader {
  /// Whether the fast reader and Yams disagree about `text`: the fast reader read it, but into
  /// a different tree from the one Yams composes (or Yams refuses the text). Nil means they
  /// agree, or the fast reader left the text to Yams, as it does with anything unusual.
  ///
  /// Every file is read by the fast reader when it can; this is how checks outside the module
  /// hold it to Yams's reading on text nobody wrote by hand.
  public static func fastPathDisagreement(in text: String) -> String? {
    guard let fast = FastYAMLParser.parse(text) else { return nil }
    let yams = yamsTree(of: text)
    guard fast != yams else { return nil }
    guard let yams else { return "the fast reader read text that Yams refuses: \(fast)" }
    return "the fast reader read \(fast), Yams read \(yams)"
  }
}
